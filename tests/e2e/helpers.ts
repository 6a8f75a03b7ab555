/**
 * Shared helpers of the e2e tests: the content the site was built from (read from the same
 * ARCHIVE_CONTENT_DIR as the build, so the tests run on the fixture or the real archive), the
 * list of routes, and relative URLs that work under any base path.
 */
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import type { Article } from '../../src/schemas/article.ts';
import { readArchive } from '../../src/utils/article-mdx.ts';
import { linkable, loadGlossaries } from '../../src/utils/glossary-loader.ts';
import { pageCount, pageSize } from '../../src/utils/paging.ts';

export const contentDir = process.env.ARCHIVE_CONTENT_DIR || 'tests/fixtures/content-sample';
export const dataDir = process.env.ARCHIVE_DATA_DIR || 'tests/fixtures/data-sample';

export const records: Article[] = readArchive(contentDir).sort((a, b) =>
	a.slug.localeCompare(b.slug),
);

export const langs = ['zh', 'en'] as const;
export type Lang = (typeof langs)[number];
export const htmlLang = { zh: 'zh-CN', en: 'en' } as const;

export const entityIds = [...new Set(records.flatMap((r) => r.entities.map((e) => e.id)))].sort();
export const topicIds = [...new Set(records.flatMap((r) => r.topics))].sort();
export const indicatorIds = [
	...new Set(records.flatMap((r) => r.metrics.map((m) => m.indicator))),
].sort();

/** Whether the glossary lets an entity's mentions be linked (the site's own rule). */
export const isLinkable = linkable(loadGlossaries(dataDir).entities);

export const translated = records.find((r) => r.translation !== null);
export const untranslated = records.find((r) => r.translation === null);
/** An article with a figure in its body and a linked entity mention. */
export const rich =
	records.find((r) => r.metrics.length > 0 && r.entities.some((e) => isLinkable(e.id))) ??
	records[0]!;

const countBy = (keys: string[]) =>
	keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
/** Articles per entity, topic and timeline year (`undated` for the undated). */
export const entityCounts = countBy(records.flatMap((r) => r.entities.map((e) => e.id)));
export const topicCounts = countBy(records.flatMap((r) => r.topics));
export const indicatorCounts = countBy(records.flatMap((r) => r.metrics.map((m) => m.indicator)));
export const yearCounts = countBy(
	records.map((r) => (r.date && r.datePrecision !== 'unknown' ? r.date.slice(0, 4) : 'undated')),
);

/** The entity most articles mention (its list runs over the most pages). */
export const biggestEntity = [...entityCounts].sort(
	(a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
)[0]![0];

/**
 * `path`, then `path2/`, `path3/` … for a list of `count` items (ARCHIVE_PAGE_SIZE as in the build;
 * an indicator's value table has `factor` times as many rows per page).
 */
export function pagesOf(path: string, count: number, factor = 1): string[] {
	return Array.from({ length: pageCount(count, pageSize() * factor) }, (_, i) =>
		i === 0 ? path : `${path}${i + 1}/`,
	);
}

/** Site paths (no base, no leading slash) of every page in one language. */
export function routesOf(lang: Lang): string[] {
	return [
		`${lang}/`,
		`${lang}/archive/`,
		...[...yearCounts].flatMap(([year, n]) => pagesOf(`${lang}/archive/${year}/`, n)),
		`${lang}/entities/`,
		...entityIds.flatMap((id) => pagesOf(`${lang}/entities/${id}/`, entityCounts.get(id)!)),
		`${lang}/topics/`,
		...topicIds.flatMap((id) => pagesOf(`${lang}/topics/${id}/`, topicCounts.get(id)!)),
		`${lang}/metrics/`,
		...indicatorIds.flatMap((id) => pagesOf(`${lang}/metrics/${id}/`, indicatorCounts.get(id)!, 4)),
		...records.map((r) => `${lang}/articles/${r.slug}/`),
		`${lang}/about/`,
		`${lang}/about/cleaning/`,
		`${lang}/about/citing/`,
		`${lang}/data/`,
		`${lang}/search/`,
	];
}

/** One page of each type, for axe and screenshots. */
export function pageTypes(lang: Lang): Record<string, string> {
	return {
		home: `${lang}/`,
		'article-translated': `${lang}/articles/${(translated ?? rich).slug}/`,
		'article-untranslated': `${lang}/articles/${(untranslated ?? rich).slug}/`,
		archive: `${lang}/archive/`,
		'archive-year': `${lang}/archive/${[...yearCounts.keys()].sort().reverse()[0]}/`,
		entities: `${lang}/entities/`,
		'entity-page-2': pagesOf(
			`${lang}/entities/${biggestEntity}/`,
			entityCounts.get(biggestEntity)!,
		).at(-1)!,
		entity: `${lang}/entities/${rich.entities[0]!.id}/`,
		topics: `${lang}/topics/`,
		topic: `${lang}/topics/${topicIds[0]}/`,
		metrics: `${lang}/metrics/`,
		metric: `${lang}/metrics/${rich.metrics[0]!.indicator}/`,
		about: `${lang}/about/`,
		'about-cleaning': `${lang}/about/cleaning/`,
		'about-citing': `${lang}/about/citing/`,
		data: `${lang}/data/`,
		search: `${lang}/search/?q=${encodeURIComponent(lang === 'zh' ? '开发区' : 'zone')}`,
	};
}

/** The base path of the running project (`/` or `/archive/`). */
export function basePath(testInfo: TestInfo): string {
	return (testInfo.project.metadata as { base: string }).base;
}

export function outDir(testInfo: TestInfo): string {
	return (testInfo.project.metadata as { outDir: string }).outDir;
}

/** Fail the test on any console error, uncaught exception, dialog or failed request of the page. */
export const test = base.extend<{ errors: string[] }>({
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(String(e)));
			// No failed request: a resource that does not load (blocked, missing) or answers with an error.
			// Aborted requests (the test navigated on) and the 404 page's own document are not failures.
			page.on('requestfailed', (r) => {
				if (r.failure()?.errorText !== 'net::ERR_ABORTED')
					errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
			});
			page.on('response', (r) => {
				if (r.status() >= 400 && r.request().resourceType() !== 'document')
					errors.push(`HTTP ${r.status()}: ${r.url()}`);
			});
			page.on('dialog', (d) => {
				errors.push(`dialog: ${d.message()}`);
				void d.dismiss();
			});
			await use(errors);
			expect(errors, 'console errors, exceptions, dialogs or failed requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Path of the current page without the base (for comparisons). */
export function sitePath(page: Page, testInfo: TestInfo): string {
	const { pathname } = new URL(page.url());
	const b = basePath(testInfo);
	return pathname.startsWith(b) ? pathname.slice(b.length) : pathname;
}

/** Wait until the search page has finished its search (`data-state` done or error on #search-app). */
export const searchDone = (page: Page) =>
	page.waitForFunction(() =>
		['done', 'error'].includes(document.getElementById('search-app')?.dataset.state ?? ''),
	);

/** Article slugs the search page lists as results, sorted (every page of results: "more" clicked until gone). */
export async function resultSlugs(page: Page): Promise<string[]> {
	await searchDone(page);
	while (await page.locator('#search-more:not([hidden])').count()) {
		await page.locator('#search-more').click();
		await searchDone(page);
	}
	const paths = await page
		.locator('#search-results > li [data-result-link]')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	return paths.map((p) => /\/articles\/([^/]+)\//.exec(p)![1]!).sort();
}

/**
 * Search: the header form lands on the localized search page; Chinese queries find exactly the
 * articles that print them (names, quoted phrases, figures), nothing for characters that only occur
 * apart; filters with counts, sort by date, the indicator panel, English names on English pages,
 * highlights on the article page, and a URL that reproduces the search (and the back button).
 * Expected results come from the records the site was built from (helpers.ts): the articles that
 * print the query, and for a name the glossaries know, every article about that thing
 * (scripts/search-queries.ts `expectedHits`; more in search-trust.e2e.ts).
 */
import {
	test,
	expect,
	records,
	translated,
	basePath,
	dataDir,
	resultSlugs,
	searchDone,
} from './helpers.ts';
import { enText, expectedHits, glossaryThings } from '../../scripts/search-queries.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { thingsNamed } from '../../src/scripts/search-query.ts';

const done = searchDone;

const glossaries = loadGlossaries(dataDir);
const things = glossaryThings(glossaries);
const zhHits = (q: string) => expectedHits(q, 'zh', records, things, glossaries).sort();

/** A name of 3–6 Han characters that some but not all articles print (from the records' entities). */
const name = (() => {
	const names = [...new Set(records.flatMap((r) => r.entities.map((e) => e.name.zh)))].filter((n) =>
		/^\p{Script=Han}{3,6}$/u.test(n),
	);
	return names.find((n) => zhHits(n).length > 0 && zhHits(n).length < records.length) ?? names[0]!;
})();

test('zh: the header box lands on the search page, which lists exactly the articles that print a name', async ({
	page,
}, testInfo) => {
	const failed: string[] = [];
	page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
	});
	await page.goto('zh/');
	await page.locator('#site-search-q').fill(name);
	await page.locator('#site-search-q').press('Enter');
	await expect(page).toHaveURL(new RegExp(`${basePath(testInfo)}zh/search/\\?q=`));
	expect(await resultSlugs(page)).toEqual(zhHits(name));
	await expect(page.locator('#search-q')).toHaveValue(name);
	const hrefs = await page
		.locator('#search-results a')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	for (const h of hrefs) expect(h.startsWith(`${basePath(testInfo)}zh/`)).toBe(true);
	// Title, date line, highlighted excerpt; no word-segmentation spaces or zero-width spaces.
	const first = page.locator('#search-results > li').first();
	await expect(first.locator('h2 a')).not.toBeEmpty();
	await expect(first.locator('.search-result__meta')).not.toBeEmpty();
	const names = new Set([name, ...thingsNamed(name, things).flatMap((t) => t.marks)]);
	const marks = await first.locator('.search-result__excerpt mark').allTextContents();
	expect(marks.length).toBeGreaterThan(0);
	for (const m of marks) expect(names).toContain(m);
	for (const text of await page.locator('#search-results p').allInnerTexts())
		expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}|\u200b/u);
	expect(failed).toEqual([]);
});

test('zh: characters of a name that only occur apart find nothing, and the page says so', async ({
	page,
}) => {
	const chars = [...name];
	const scrambled = [chars.at(-1)!, ...chars.slice(0, -1)].join('');
	test.skip(zhHits(scrambled).length > 0, 'the scrambled name is printed somewhere');
	await page.goto(`zh/search/?q=${encodeURIComponent(scrambled)}`);
	expect(await resultSlugs(page)).toEqual([]);
	await expect(page.locator('#search-status')).toContainText('没有找到');
});

test('zh: quoted phrases (with punctuation) and figures match exactly', async ({ page }) => {
	const quotes = [
		...new Set(
			records.flatMap((r) =>
				r.blocks.flatMap((b) => [...b.text.matchAll(/“([^”]{3,14})”/g)].map((m) => m[1]!)),
			),
		),
	];
	const phrase = quotes.find((q) => /[、，]/.test(q)) ?? quotes[0]!;
	await page.goto(`zh/search/?q=${encodeURIComponent(`"${phrase}"`)}`);
	expect(await resultSlugs(page)).toEqual(zhHits(phrase));
	const figure = records
		.flatMap((r) => r.metrics)
		.find((m) => m.match && /^\d+(\.\d+)?%$/.test(m.match))?.match;
	test.skip(!figure, 'no percentage figure');
	await page.goto(`zh/search/?q=${encodeURIComponent(figure!)}`);
	expect(await resultSlugs(page)).toEqual(zhHits(figure!));
});

test('zh: a year filter narrows the results with counts, the URL keeps it, the back button restores the search', async ({
	page,
}) => {
	const q = '开发区';
	const all = zhHits(q);
	test.skip(all.length < 2, 'too few results to filter');
	await page.goto(`zh/search/?q=${encodeURIComponent(q)}`);
	expect(await resultSlugs(page)).toEqual(all);
	const year = records.find((r) => all.includes(r.slug) && r.date)!.date!.slice(0, 4);
	const expected = records
		.filter((r) => all.includes(r.slug) && r.date?.startsWith(year))
		.map((r) => r.slug)
		.sort();
	const option = page.locator(`[data-facet="year"] input[value="${year}"]`);
	// Full-width brackets on the Chinese page (`2019（1）`).
	await expect(
		page.locator(`[data-facet="year"] label[for="${await option.getAttribute('id')}"]`),
	).toContainText(`（${expected.length}）`);
	await option.check();
	await expect(page).toHaveURL(/[?&]year=\d{4}/);
	expect(await resultSlugs(page)).toEqual(expected);
	await expect(page.locator(`[data-facet="year"] input[value="${year}"]`)).toBeChecked();
	// The URL alone reproduces it (shareable).
	const url = page.url();
	const other = await page.context().newPage();
	await other.goto(url);
	expect(await resultSlugs(other)).toEqual(expected);
	await expect(other.locator('#search-q')).toHaveValue(q);
	await other.close();
	await page.goBack();
	await expect(page).not.toHaveURL(/year=/);
	expect(await resultSlugs(page)).toEqual(all);
	// Topic and entity facets are there too.
	await expect(page.locator('[data-facet="topic"] input').first()).toBeVisible();
	await expect(page.locator('[data-facet="entity"] input').first()).toBeVisible();
});

test('zh: sort by date orders the results newest first, and by relevance again', async ({
	page,
}) => {
	await page.goto(`zh/search/?q=${encodeURIComponent('开发区')}`);
	await done(page);
	await page.locator('#search-sort').selectOption('date-desc');
	await expect(page).toHaveURL(/sort=date-desc/);
	await resultSlugs(page);
	const dates = await page
		.locator('#search-results > li .search-result__meta time')
		.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
	expect(dates.length).toBeGreaterThan(0);
	expect([...dates].sort().reverse()).toEqual(dates);
	await page.goBack();
	await expect(page.locator('#search-sort')).toHaveValue('relevance');
});

test('zh: the article opened from a result has the terms highlighted', async ({ page }) => {
	await page.goto(`zh/search/?q=${encodeURIComponent(name)}`);
	await done(page);
	await page.locator('#search-results [data-result-link]').first().click();
	await expect(page).toHaveURL(/\/articles\/[^/]+\/\?highlight=/);
	const hits = page.locator('article mark.search-hit');
	await expect(hits.first()).toBeVisible();
	const text = (await hits.allTextContents()).join('');
	expect(text).toContain(name.slice(0, 1));
});

test('zh: an indicator query lists the articles that report it, with the figure', async ({
	page,
}) => {
	const metric = records.flatMap((r) => r.metrics).find((m) => m.label.zh && m.match)!;
	await page.goto(`zh/search/?q=${encodeURIComponent(metric.label.zh)}`);
	await done(page);
	const panel = page.locator('#search-indicator');
	await expect(panel).toBeVisible();
	await expect(panel.locator('h2')).toContainText(metric.label.zh);
	await expect(
		panel.locator('.search-indicator__value', { hasText: metric.match! }).first(),
	).toBeVisible();
});

test('en: an English entity name finds the articles that mention the entity', async ({ page }) => {
	const entity =
		records.flatMap((r) => r.entities).find((e) => e.id === 'zhongtong-bus') ??
		records[0]!.entities.find((e) => /^[A-Za-z ]+$/.test(e.name.en))!;
	const expected = records
		.filter((r) => r.entities.some((e) => e.id === entity.id))
		.map((r) => r.slug)
		.sort();
	await page.goto(`en/search/?q=${encodeURIComponent(entity.name.en)}`);
	const got = await resultSlugs(page);
	for (const slug of expected) expect(got).toContain(slug);
	for (const slug of got)
		expect(
			enText(
				records.find((r) => r.slug === slug)!,
				glossaries,
			).toLowerCase(),
		).toContain(entity.name.en.split(' ')[0]!.toLowerCase());
});

test('en: search finds a translated article by an English word and opens it', async ({
	page,
}, testInfo) => {
	test.skip(!translated, 'no translation');
	const word = translated!.translation!.title.split(/\W+/).find((w) => w.length > 5)!;
	await page.goto(`en/search/?q=${encodeURIComponent(word)}`);
	await done(page);
	await expect(
		page.locator(`#search-results a[href*="/en/articles/${translated!.slug}/"]`).first(),
	).toBeVisible();
	await page
		.locator(`#search-results [data-result-link][href*="/en/articles/${translated!.slug}/"]`)
		.click();
	await expect(page.locator('h1')).toHaveText(translated!.translation!.title);
	expect(new URL(page.url()).pathname.startsWith(basePath(testInfo))).toBe(true);
});

test('en: a search with no hit says so; the form works from the keyboard', async ({ page }) => {
	await page.goto('en/search/');
	await page.locator('#search-q').focus();
	await page.keyboard.type('xyzzyplugh');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?q=xyzzyplugh/);
	await expect(page.locator('#search-status')).toContainText('No articles match');
	await page.goBack();
	await expect(page.locator('#search-q')).toHaveValue('');
});

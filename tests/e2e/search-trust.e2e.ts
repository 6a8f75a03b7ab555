/**
 * Search a reporter can trust (issue 11), on the seeds and the field-case articles
 * (tests/fixtures/field-search/, ingested with the seeds by scripts/e2e-content.ts):
 * - a thing under any of its names (alias, English name, Traditional form, the other edition's name)
 *   finds every article about it; the count, the facets and the indicator box agree;
 * - a search that finds nothing here but finds the other edition says so, with a link that keeps the
 *   query; the language switch keeps the query;
 * - excerpts start and end on clause boundaries, carry no Latin `. ` between Chinese text, mark every
 *   term they show, and come from the body where it has the term;
 * - the article page marks every occurrence of every term through the ingest's folding;
 * - English figures match as whole numbers, English stop words are never marked;
 * - the search pages do not shift while results arrive (layout-shift score < 0.05).
 * Expected results come from the records and the glossaries (scripts/search-queries.ts). Field-case
 * tests are skipped when the site was built without those articles (the fixture content).
 */
import type { Page } from '@playwright/test';
import { test, expect, records, dataDir, resultSlugs, searchDone, type Lang } from './helpers.ts';
import {
	about,
	enText,
	expectedHits,
	glossaryThings,
	zhText,
} from '../../scripts/search-queries.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { thingsNamed } from '../../src/scripts/search-query.ts';
import { findTerms, foldTerm } from '../../src/utils/fold.ts';

const glossaries = loadGlossaries(dataDir);
const things = glossaryThings(glossaries);
const expected = (q: string, lang: Lang) =>
	expectedHits(q, lang, records, things, glossaries).sort();
const done = searchDone;

/** Open the search page for `q` and return the result slugs (helpers.ts `resultSlugs`). */
async function search(page: Page, lang: Lang, q: string): Promise<string[]> {
	await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
	return resultSlugs(page);
}

/** Excerpts as text with marks in brackets. */
const excerpts = (page: Page) =>
	page
		.locator('.search-result__excerpt')
		.evaluateAll((ps) =>
			ps.map((p) =>
				[...p.childNodes]
					.map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.textContent))
					.join(''),
			),
		);

const field = (title: RegExp) => records.find((r) => title.test(r.title));
const bipv = field(/BIPV太阳能发电玻璃/);
const kangxi = field(/经济实现“开门红”/);
const spaces = field(/推进园区提档升级/);

test.describe('a thing under any of its names', () => {
	const gdpArticles = records
		.filter((r) => r.metrics.some((m) => m.indicator === 'gdp'))
		.map((r) => r.slug)
		.sort();

	for (const [lang, q] of [
		['zh', 'GDP'],
		['zh', '地区生产总值'],
		['zh', '生產總值'],
		['en', 'GDP'],
		['en', '地区生产总值'],
	] as const) {
		test(`${lang} ${q}: every article reporting GDP; count and indicator box agree`, async ({
			page,
		}) => {
			test.skip(!gdpArticles.length, 'no GDP figures');
			const got = await search(page, lang, q);
			for (const slug of gdpArticles) expect(got).toContain(slug);
			expect(got).toEqual(expected(q, lang));
			await expect(page.locator('#search-status')).toContainText(String(got.length));
			const box = page.locator('#search-indicator');
			await expect(box).toBeVisible();
			await expect(box.locator('p').first()).toContainText(String(gdpArticles.length));
			// Facet counts are of these results: the year counts add up to the count.
			const years = await page
				.locator('[data-facet="year"] .search-facet__count')
				.allTextContents();
			expect(years.reduce((s, c) => s + Number(/\d+/.exec(c)![0]), 0)).toBe(got.length);
		});
	}

	for (const [lang, q] of [
		['zh', '实际利用外资'],
		['en', '中通客车'],
		['zh', 'Zhongtong'],
		['zh', '中通客車'],
		['en', 'Zhongtong Bus'],
	] as const) {
		test(`${lang} ${q}: every article about the thing`, async ({ page }) => {
			const named = thingsNamed(q, things);
			expect(named.length, 'the glossaries know the name').toBeGreaterThan(0);
			const about_ = records.filter((r) => named.some((t) => about(r, t))).map((r) => r.slug);
			test.skip(!about_.length, 'no article about it');
			const got = await search(page, lang, q);
			for (const slug of about_) expect(got).toContain(slug);
			expect(got).toEqual(expected(q, lang));
		});
	}

	test('zh: a term the glossaries do not know keeps exact-phrase precision', async ({ page }) => {
		const q = '太阳能';
		expect(thingsNamed(q, things)).toEqual([]);
		const got = await search(page, 'zh', q);
		expect(got).toEqual(
			records
				.filter((r) => zhText(r).includes(q))
				.map((r) => r.slug)
				.sort(),
		);
	});

	test('zh: field case 12 queries find the articles that print them, in any printed form', async ({
		page,
	}) => {
		test.skip(!bipv || !kangxi || !spaces, 'field-case articles not in this build');
		for (const [q, article] of [
			['BIPV太阳能', bipv],
			['BIPV 玻璃', bipv],
			['ＢＩＰＶ', bipv],
			['区产业', bipv],
			['开发区产业', bipv],
			['5G智慧工厂', bipv],
			['金融中心', kangxi],
			['一季度', kangxi],
			['生产总值', kangxi],
			['实际使用外资', spaces],
			['入驻企业', spaces],
		] as const) {
			const got = await search(page, 'zh', q);
			expect(got, q).toContain(article!.slug);
			expect(got, q).toEqual(expected(q, 'zh'));
		}
	});
});

test.describe('either edition', () => {
	test('zh: an English-only word says the English edition has it, and the link keeps the query', async ({
		page,
	}) => {
		const q = 'yacht';
		const en = expected(q, 'en');
		test.skip(!en.length, 'no English page has the word');
		expect(await search(page, 'zh', q)).toEqual([]);
		const note = page.locator('#search-other');
		await expect(note).toBeVisible();
		await expect(note).toContainText(String(en.length));
		await note.locator('a[data-other-edition]').click();
		await expect(page).toHaveURL(/\/en\/search\/\?q=yacht$/);
		await done(page);
		await expect(page.locator('#search-results > li')).toHaveCount(Math.min(en.length, 10));
	});

	test('en: Chinese text only the Chinese edition prints says so', async ({ page }) => {
		const zh = records.find((r) => r.translation)!;
		const q = [
			...new Set(zh.blocks.flatMap((b) => b.text.match(/\p{Script=Han}{4}/gu) ?? [])),
		].find(
			(x) =>
				expected(x, 'en').length === 0 &&
				expected(x, 'zh').length > 0 &&
				!thingsNamed(x, things).length,
		);
		test.skip(!q, 'no such phrase');
		expect(await search(page, 'en', q!)).toEqual([]);
		await expect(page.locator('#search-other a[data-other-edition]')).toHaveAttribute(
			'href',
			new RegExp(`/zh/search/\\?q=${encodeURIComponent(q!).replace(/%/g, '%')}`),
		);
	});

	test('the language switch on the search page keeps the query', async ({ page }) => {
		await search(page, 'zh', '开发区');
		const href = await page.locator('[data-lang-switch]').getAttribute('href');
		expect(href).toMatch(/\/en\/search\/\?q=/);
		await page.locator('[data-lang-switch]').click();
		await done(page);
		await expect(page.locator('#search-q')).toHaveValue('开发区');
	});
});

test.describe('excerpts a reader can quote', () => {
	for (const q of ['开发区', '进出口', '增长', 'BIPV 玻璃', '项目']) {
		test(`zh ${q}: clause boundaries, no stray digits, no Latin separators, every shown term marked`, async ({
			page,
		}) => {
			await search(page, 'zh', q);
			const texts = await excerpts(page);
			expect(texts.length).toBeGreaterThan(0);
			const terms = q.split(' ');
			for (const e of texts) {
				const plain = e.replace(/[[\]]/g, '');
				expect(plain, e).not.toMatch(/^…?[，、。；：）”]/u);
				expect(plain, e).not.toMatch(/^…?\d/u);
				expect(plain, e).not.toMatch(/\d…$/u);
				expect(plain, e).not.toMatch(/\p{Script=Han}\. |\. \p{Script=Han}/u);
				for (const t of terms)
					if (findTerms(plain, [t]).length)
						expect(e, t).toMatch(new RegExp(`\\[[^\\]]*${t}[^\\]]*\\]`, 'u'));
			}
		});
	}

	test('en: never the indexed names list when the body has the term', async ({ page }) => {
		const r = records.find(
			(x) =>
				x.translation &&
				x.entities.some((e) => x.translation!.blocks.some((b) => b.text.includes(e.name.en))),
		);
		test.skip(!r, 'no translated body that prints an entity name');
		const name = r!.entities.find((e) =>
			r!.translation!.blocks.some((b) => b.text.includes(e.name.en)),
		)!.name.en;
		await search(page, 'en', name);
		const li = page.locator(`#search-results > li[data-result-url*="/en/articles/${r!.slug}/"]`);
		const text = (await li.locator('.search-result__excerpt').innerText()).replace(/…/g, '').trim();
		const body = [
			r!.translation!.title,
			r!.translation!.subtitle,
			r!.translation!.summary,
			...r!.translation!.blocks.map((b) => b.text),
		].join('\n');
		expect(body).toContain(text.slice(0, 30));
	});
});

test.describe('highlight on the article page', () => {
	/** Open the result for `slug` from the search for `q`; the marked runs of the article body. */
	async function openResult(
		page: Page,
		q: string,
		slug: string,
	): Promise<{ runs: string[]; text: string }> {
		await search(page, 'zh', q);
		await page.locator(`#search-results [data-result-link][href*="/zh/articles/${slug}/"]`).click();
		await expect(page).toHaveURL(/highlight=/);
		await page.waitForLoadState('load');
		return page.evaluate(() => {
			const root = document.querySelector('[data-pagefind-body]')!;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			const runs: string[] = [];
			let run = '';
			let text = '';
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (n.parentElement?.closest('[hidden]')) continue;
				if (n.parentElement?.closest('mark.search-hit')) run += n.textContent;
				else if (run && n.textContent) {
					runs.push(run);
					run = '';
				}
				text += n.textContent;
			}
			if (run) runs.push(run);
			return { runs, text };
		});
	}

	test('every occurrence of every term, through the ingest folding (field case 13)', async ({
		page,
	}) => {
		test.skip(!bipv || !kangxi || !spaces, 'field-case articles not in this build');
		for (const [q, r] of [
			['太阳能', bipv],
			['BIPV 玻璃', bipv],
			['ＢＩＰＶ', bipv],
			['金融中心', kangxi],
			['实际使用外资', spaces],
			['入驻企业', spaces],
		] as const) {
			const { runs, text } = await openResult(page, q, r!.slug);
			for (const term of q.split(' ')) {
				const occurrences = findTerms(text, [term]).length;
				expect(occurrences, `${q}: ${term} printed`).toBeGreaterThan(0);
				expect(
					runs.filter((x) => foldTerm(x).includes(foldTerm(term))).length,
					`${q}: ${term} marked ${JSON.stringify(runs)}`,
				).toBe(occurrences);
			}
		}
	});

	test('a name found through its thing is marked in the form the page prints', async ({ page }) => {
		const r = records.find(
			(x) => x.metrics.some((m) => m.indicator === 'gdp') && !zhText(x).includes('GDP'),
		);
		test.skip(!r, 'every GDP article prints GDP');
		const { runs } = await openResult(page, 'GDP', r!.slug);
		expect(runs.length).toBeGreaterThan(0);
	});
});

test.describe('English precision', () => {
	test('en 7.3%: whole numbers only, nothing else marked', async ({ page }) => {
		const got = await search(page, 'en', '7.3%');
		expect(got).toEqual(expected('7.3%', 'en'));
		for (const slug of got) {
			const r = records.find((x) => x.slug === slug)!;
			const text = r.translation ? enText(r, glossaries) : `${enText(r, glossaries)}\n${zhText(r)}`;
			expect(findTerms(text, ['7.3%'], true).length, slug).toBeGreaterThan(0);
		}
		for (const m of await page.locator('.search-result__excerpt mark').allTextContents())
			expect(m).toBe('7.3%');
	});

	test('en imports and exports: stop words are never required or marked', async ({ page }) => {
		await search(page, 'en', 'imports and exports');
		const marks = await page.locator('.search-result__excerpt mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		for (const m of marks) expect(m.toLowerCase()).not.toBe('and');
		const link = await page
			.locator('#search-results [data-result-link]')
			.first()
			.getAttribute('href');
		expect(
			new URL(link!, 'http://x/').searchParams.getAll('highlight').map((h) => h.toLowerCase()),
		).not.toContain('and');
		await page.locator('#search-results [data-result-link]').first().click();
		await page.waitForLoadState('load');
		for (const m of await page.locator('article mark.search-hit').allTextContents())
			expect(m.toLowerCase()).not.toBe('and');
	});
});

test.describe('no layout shift', () => {
	for (const [lang, q] of [
		['zh', '开发区'],
		['en', 'investment'],
	] as const) {
		test(`${lang} search page: layout-shift score below 0.05 while results arrive`, async ({
			page,
		}) => {
			await page.addInitScript(() => {
				(window as unknown as { cls: number }).cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
			await done(page);
			await page.waitForTimeout(500);
			expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(
				0.05,
			);
		});
	}
});

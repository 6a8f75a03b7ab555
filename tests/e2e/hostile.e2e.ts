/**
 * Article text is data, never code: the hostile fixture article (tests/fixtures/hostile/100_hostile.txt,
 * ingested with the seeds by scripts/e2e-content.ts) renders every `{…}`, `<script>`, `<img onerror>`,
 * `javascript:` link, comment, backtick and `$$` literally, in both languages and in its folded source text; no
 * dialog opens and no element comes from article text.
 */
import { expect, test } from '@playwright/test';
import { records } from './helpers.ts';

const hostile = records.find((r) =>
	r.blocks.some((b) => b.text.includes('<script>alert(1)</script>')),
);
const literal = [
	'{process.exit(1)}',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	"import fs from 'fs'",
	'$$E=mc^2$$',
	'[点击](javascript:alert(1))',
	'<!-- 注释 -->',
	'&amp; &lt;b&gt;',
];

test.describe('hostile article text', () => {
	test.skip(!hostile, 'the content has no hostile fixture article');

	for (const path of ['zh/articles/SLUG/', 'en/articles/SLUG/', 'zh/articles/SLUG/#source-text']) {
		test(`renders literally and runs nothing: ${path}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(path.replace('SLUG', hostile!.slug));
			if (path.endsWith('#source-text'))
				await page.locator('details#source-text > summary').click();
			const text = await page.locator('main').innerText();
			for (const s of literal.filter(
				(s) => path.includes('source-text') || hostile!.blocks.some((b) => b.text.includes(s)),
			)) {
				expect(text).toContain(s);
			}
			// No element was made from article text.
			expect(
				await page
					.locator('main img[onerror], main img[src="x"], main a[href^="javascript:"]')
					.count(),
			).toBe(0);
			const scripts = await page
				.locator('script:not([type="application/ld+json"])')
				.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
			expect(scripts.filter((s) => s.includes('alert('))).toEqual([]);
			// JSON-LD may quote article text, but never a raw `<` that could close its script element.
			for (const json of await page
				.locator('script[type="application/ld+json"]')
				.evaluateAll((els) => els.map((e) => e.textContent ?? ''))) {
				expect(json).not.toContain('<');
				expect(() => JSON.parse(json)).not.toThrow();
			}
			await page.waitForTimeout(300);
			expect(dialogs).toEqual([]);
			expect(errors).toEqual([]);
		});
	}
});

test.describe('hostile article text in search', () => {
	test.skip(!hostile, 'the content has no hostile fixture article');

	for (const [lang, q] of [
		['zh', '公告中写道'],
		['zh', 'alert'],
		['en', 'onerror'],
	] as const) {
		test(`${lang} search "${q}": the excerpt shows the text, and nothing in it runs`, async ({
			page,
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await page.goto(`${lang}/search/?q=${encodeURIComponent(q)}`);
			const result = page.locator(`#search-results > li:has(a[href*="${hostile!.slug}"])`).first();
			await expect(result).toBeVisible({ timeout: 15_000 });
			const excerpt = result.locator('.search-result__excerpt');
			await expect(excerpt).toBeVisible();
			// Only <mark> elements come into an excerpt; the article's tags are text.
			expect(await excerpt.locator('*:not(mark)').count()).toBe(0);
			expect(
				await page
					.locator('#search-results img, #search-results script, #search-results iframe')
					.count(),
			).toBe(0);
			if (q !== '公告中写道') expect(await excerpt.innerText()).toMatch(/alert|onerror/);
			await page.waitForTimeout(300);
			expect(dialogs).toEqual([]);
		});
	}
});

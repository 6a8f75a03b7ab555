/** Responsive from 360 px: no page scrolls sideways (wide tables scroll inside their own region). */
import { test, expect, langs, pageTypes } from './helpers.ts';

test.use({ viewport: { width: 360, height: 740 } });

for (const lang of langs) {
	for (const [type, path] of Object.entries(pageTypes(lang))) {
		test(`${lang} ${type} fits 360 px`, async ({ page }) => {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}

test('Chinese body text: CJK font stack, line height about 1.8, no spaces between Han characters', async ({
	page,
}) => {
	await page.goto(pageTypes('zh')['article-translated']!);
	const body = page.locator('.article-body .para').first();
	const style = await body.evaluate((el) => {
		const s = getComputedStyle(el);
		return { family: s.fontFamily, lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
	});
	expect(style.family).toMatch(/Noto Serif CJK SC|Songti SC|Source Han Serif/);
	expect(style.lineHeight).toBeGreaterThanOrEqual(1.75);
	expect(style.lineHeight).toBeLessThanOrEqual(1.9);
	// Paragraphs only: headlines use a space as a separator on purpose (聚焦主责主业 奋力担当作为).
	for (const text of await page.locator('.article-body .para').allInnerTexts())
		expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
});

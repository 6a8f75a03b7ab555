/** axe-core on one page of each type, in both languages, light and dark: no violations. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, langs, pageTypes } from './helpers.ts';

for (const scheme of ['light', 'dark'] as const) {
	for (const lang of langs) {
		for (const [type, path] of Object.entries(pageTypes(lang))) {
			test(`axe ${scheme} ${lang} ${type}`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				if (type === 'search') await page.locator('#search-results li').first().waitFor();
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				const summary = results.violations.map(
					(v) =>
						`${v.id}: ${v.help} (${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')})`,
				);
				expect(summary).toEqual([]);
			});
		}
	}
}

// `?choose` keeps the language chooser from redirecting, so its own content can be checked.
for (const path of ['./?choose', 'data/', 'zh/no-such-page/']) {
	test(`axe ${path}`, async ({ page, errors }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		errors.splice(0, errors.length, ...errors.filter((e) => !/404/.test(e)));
	});
}

test('keyboard: the skip link is the first stop and moves focus to the main content', async ({
	page,
}) => {
	await page.goto('zh/');
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('keyboard: links show a visible focus ring', async ({ page }) => {
	await page.goto('en/');
	for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
	const style = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const s = getComputedStyle(el);
		return { tag: el.tagName, outline: s.outlineStyle, width: s.outlineWidth };
	});
	expect(style.outline).toBe('solid');
	expect(parseFloat(style.width)).toBeGreaterThanOrEqual(2);
});

/** Chinese typography of the UI, and tables on a phone (390 px). */
import { test, expect, pageTypes, rich, biggestEntity } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('Chinese pages: a CJK face before system-ui, full-width colon and parentheses in UI text', async ({
	page,
}) => {
	await page.goto(pageTypes('zh').metric!);
	const family = await page.evaluate(
		() => getComputedStyle(document.querySelector('.page-header p, main p')!).fontFamily,
	);
	expect(family.indexOf('system-ui')).toBeGreaterThan(
		family.search(/PingFang SC|Noto Sans CJK SC|Source Han Sans SC/),
	);
	expect(family.search(/PingFang SC|Noto Sans CJK SC|Source Han Sans SC/)).toBeGreaterThanOrEqual(
		0,
	);
	await expect(page.locator('main')).toContainText(/数值个数：\d+/);
	await expect(page.locator('main')).not.toContainText(/数值个数: /);
	await page.goto(`zh/entities/${biggestEntity}/`);
	await expect(page.locator('#articles-heading')).toHaveText(/（\d+）$/);
});

test('Chinese article text: a figure link may break between number and unit (no gaps in justified lines)', async ({
	page,
}) => {
	await page.goto(`zh/articles/${rich.slug}/`);
	const ws = await page
		.locator('.article-body .figure')
		.first()
		.evaluate((el) => getComputedStyle(el).whiteSpace);
	expect(ws).toBe('normal');
});

test('value tables at 390 px: rows stack, nothing runs past the screen edge', async ({ page }) => {
	await page.goto(pageTypes('en').metric!);
	const table = page.locator('.table-wrap--stack').first();
	await expect(table).toBeVisible();
	const overflow = await table.evaluate((wrap) => {
		const right = document.documentElement.clientWidth;
		return [...wrap.querySelectorAll('td')].filter(
			(td) => td.getBoundingClientRect().right > right + 0.5,
		).length;
	});
	expect(overflow).toBe(0);
	expect(await table.evaluate((wrap) => wrap.scrollWidth <= wrap.clientWidth)).toBe(true);
});

/** Search: the header form goes to the localized search page, which queries that language's Pagefind index. */
import { test, expect, records, translated, basePath } from './helpers.ts';

test('zh: search finds an article by a Chinese word from its title', async ({ page }, testInfo) => {
	const requests: string[] = [];
	page.on('requestfailed', (r) => requests.push(`${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => {
		if (r.status() >= 400) requests.push(`${r.url()} ${r.status()}`);
	});
	const r = records[0]!;
	const word = r.title.replace(/[^\p{Script=Han}]/gu, '').slice(0, 2);
	await page.goto('zh/');
	await page.locator('#site-search-q').fill(word);
	await page.locator('#site-search-q').press('Enter');
	await expect(page).toHaveURL(new RegExp(`${basePath(testInfo)}zh/search/\\?q=`));
	await expect(page.locator('#search-results li').first()).toBeVisible();
	const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	for (const h of hrefs) expect(h.startsWith(`${basePath(testInfo)}zh/`)).toBe(true);
	// No stray spaces between Han characters in the excerpts (Pagefind segments words with spaces).
	for (const text of await page.locator('#search-results p').allInnerTexts()) expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
	expect(requests).toEqual([]);
});

test('en: search finds a translated article by an English word', async ({ page }, testInfo) => {
	test.skip(!translated, 'no translation');
	const word = translated!.translation!.title.split(/\W+/).find((w) => w.length > 5)!;
	await page.goto(`en/search/?q=${encodeURIComponent(word)}`);
	await expect(page.locator(`#search-results a[href$="/en/articles/${translated!.slug}/"]`)).toBeVisible();
	await page.locator(`#search-results a[href$="/en/articles/${translated!.slug}/"]`).click();
	await expect(page.locator('h1')).toHaveText(translated!.translation!.title);
	expect(new URL(page.url()).pathname.startsWith(basePath(testInfo))).toBe(true);
});

test('en: a search with no hit says so', async ({ page }) => {
	await page.goto('en/search/?q=xyzzyplugh');
	await expect(page.locator('#search-status')).toContainText('No articles match');
});

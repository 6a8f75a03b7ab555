/** Every route in both languages loads, with the right <html lang>, a title, an h1 and no errors. */
import { test, expect, langs, htmlLang, routesOf, records } from './helpers.ts';

/** Routes grouped by page type (one test per group keeps the suite fast on the full archive). */
function groups(lang: (typeof langs)[number]): Record<string, string[]> {
	const all = routesOf(lang);
	const kind = (p: string) =>
		p
			.split('/')
			.slice(1)
			.filter(Boolean)
			.map((seg, i) => (i === 0 ? seg : '*'))
			.join('/') || 'home';
	const out: Record<string, string[]> = {};
	for (const p of all) (out[kind(p)] ??= []).push(p);
	return out;
}

for (const lang of langs) {
	test.describe(`${lang} routes`, () => {
		for (const [kind, paths] of Object.entries(groups(lang))) {
			test(`${kind} (${paths.length})`, async ({ page }) => {
				test.setTimeout(30_000 + paths.length * 3_000);
				for (const path of paths) {
					const response = await page.goto(path);
					expect(response?.status(), path).toBe(200);
					await expect(page.locator('html'), path).toHaveAttribute('lang', htmlLang[lang]);
					await expect(page.locator('h1'), path).toHaveCount(1);
					await expect(page, path).toHaveTitle(/\S/);
					// Every page is styled from the site's own stylesheet.
					expect(await page.locator('link[rel="stylesheet"]').count(), path).toBeGreaterThan(0);
				}
			});
		}
	});
}

test('the language chooser sends a Chinese browser to /zh/', async ({ browser }, testInfo) => {
	const context = await browser.newContext({
		locale: 'zh-CN',
		baseURL: testInfo.project.use.baseURL,
	});
	const page = await context.newPage();
	await page.goto('./');
	await page.waitForURL(/\/zh\/$/);
	await context.close();
});

test('the language chooser sends an English browser to /en/', async ({ browser }, testInfo) => {
	const context = await browser.newContext({
		locale: 'en-GB',
		baseURL: testInfo.project.use.baseURL,
	});
	const page = await context.newPage();
	await page.goto('./');
	await page.waitForURL(/\/en\/$/);
	await context.close();
});

test('the language chooser works without JavaScript: plain links to both languages', async ({
	browser,
}, testInfo) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		baseURL: testInfo.project.use.baseURL,
	});
	const page = await context.newPage();
	await page.goto('./');
	await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', /zh\/$/);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await context.close();
});

test('/data/ lists the data files, and they download', async ({ page, request }) => {
	await page.goto('data/');
	await expect(page.locator('h1')).toBeVisible();
	const csvHref = await page.locator('a[href$="figures.csv"]').first().getAttribute('href');
	const csv = await request.get(new URL(csvHref!, page.url()).href);
	expect(csv.status()).toBe(200);
	const text = (await csv.text()).replace(/^\uFEFF/, '');
	const [header, ...rows] = text.trim().split(/\r\n/);
	expect(header).toBe(
		'indicator,indicator_zh,indicator_en,value,value_max,unit,unit_id,unit_scale,kind,period,period_en,period_series,rank,rank_scope,rank_position,article,title,date,date_precision,url,sentence',
	);
	expect(rows.length).toBe(records.reduce((n, r) => n + r.metrics.length, 0));
	for (const r of records) {
		const json = await request.get(new URL(`articles/${r.slug}.json`, page.url()).href);
		expect(json.status()).toBe(200);
		// The whole record, the cleaning report's messages included (the collection keeps them in their file).
		expect(await json.json()).toEqual(r);
	}
});

test('an unknown URL gets the bilingual 404 page', async ({ page, errors }) => {
	const response = await page.goto('zh/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('找不到页面');
	await expect(page.locator('[lang="en"] h2')).toContainText('Page not found');
	// The browser logs the 404 response itself.
	errors.splice(0, errors.length, ...errors.filter((e) => !/404/.test(e)));
});

test("a language folder without its trailing slash is served, not the preview server's bare 404", async ({
	page,
}) => {
	for (const lang of ['zh', 'en']) {
		const res = await page.goto(lang);
		expect(res?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`/${lang}/$`),
		);
	}
	// Any other miss gets the site's own 404 page: the test above.
});

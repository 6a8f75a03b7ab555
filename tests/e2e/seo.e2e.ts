/** hreflang, canonical, Open Graph, JSON-LD NewsArticle, RSS and sitemap. */
import { test, expect, langs, htmlLang, rich, translated, records, basePath } from './helpers.ts';

for (const lang of langs) {
	test(`${lang}: reciprocal hreflang alternates with x-default, canonical, og:locale`, async ({
		page,
	}, testInfo) => {
		const path = `${lang}/articles/${rich.slug}/`;
		await page.goto(path);
		const alternates = async () =>
			Object.fromEntries(
				await page
					.locator('link[rel="alternate"][hreflang]')
					.evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
			);
		const mine = await alternates();
		expect(Object.keys(mine).sort()).toEqual(['en', 'x-default', 'zh-CN']);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toBe(mine[htmlLang[lang]]);
		expect(new URL(canonical!).pathname).toBe(`${basePath(testInfo)}${path}`);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
			'content',
			lang === 'zh' ? 'zh_CN' : 'en_GB',
		);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		// The other language's page lists the same set.
		const other = lang === 'zh' ? 'en' : 'zh';
		await page.goto(new URL(mine[htmlLang[other]]!).pathname.slice(basePath(testInfo).length));
		expect(await alternates()).toEqual(mine);
	});
}

test('JSON-LD NewsArticle on article pages', async ({ page }) => {
	await page.goto(`zh/articles/${rich.slug}/`);
	const data = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent())!,
	);
	expect(data['@type']).toBe('NewsArticle');
	expect(data.headline).toBe(rich.title);
	expect(data.inLanguage).toBe('zh-CN');
	expect(data.publisher.name).toBe(rich.source.name);
	if (rich.date) expect(data.datePublished).toBe(rich.date);
	if (rich.source.page) expect(data.printPage).toBe(rich.source.page);
	expect(Array.isArray(data.author)).toBe(true);
});

test('JSON-LD of a translation says what it is based on', async ({ page }) => {
	test.skip(!translated, 'no translation');
	await page.goto(`en/articles/${translated!.slug}/`);
	const data = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent())!,
	);
	expect(data.inLanguage).toBe('en');
	expect(data.headline).toBe(translated!.translation!.title);
	expect(new URL(data.isBasedOn).pathname).toMatch(
		new RegExp(`/zh/articles/${translated!.slug}/$`),
	);
});

for (const lang of langs) {
	test(`${lang}: RSS feed lists every article with absolute links under the base`, async ({
		page,
		request,
	}, testInfo) => {
		await page.goto(`${lang}/`);
		const href = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
		const res = await request.get(new URL(href!, page.url()).href);
		expect(res.status()).toBe(200);
		const xml = await res.text();
		expect(xml).toContain(`<language>${htmlLang[lang].toLowerCase()}</language>`);
		const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map(
			(m) => new URL(m[1]!).pathname,
		);
		expect(links).toHaveLength(records.length);
		for (const l of links)
			expect(l.startsWith(`${basePath(testInfo)}${lang}/articles/`)).toBe(true);
	});
}

test('the sitemap lists language pages with their alternates', async ({ request }, testInfo) => {
	const index = await request.get('sitemap-index.xml');
	expect(index.status()).toBe(200);
	const first = (await index.text()).match(/<loc>([^<]+)<\/loc>/)![1]!;
	const res = await request.get(new URL(first).pathname.slice(basePath(testInfo).length));
	const xml = await res.text();
	const loc = `${basePath(testInfo)}zh/articles/${rich.slug}/`;
	const entry = xml
		.split('<url>')
		.find((u) => new URL(u.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? 'http://x/').pathname === loc);
	expect(entry).toBeDefined();
	expect(entry).toContain('hreflang="en"');
	expect(entry).toContain('hreflang="x-default"');
});

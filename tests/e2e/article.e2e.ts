/**
 * The article page: language switch, figures ↔ table ↔ indicator page, entity and topic links both
 * ways, citations, translation notices, hostile text, copy button.
 */
import {
	test,
	expect,
	records,
	rich,
	translated,
	untranslated,
	isLinkable,
	sitePath,
	basePath,
	type Lang,
} from './helpers.ts';

const article = (lang: Lang, slug: string) => `${lang}/articles/${slug}/`;

test('the language switch lands on the same article, both ways', async ({ page }, testInfo) => {
	await page.goto(article('zh', rich.slug));
	await page.locator('[data-lang-switch]').click();
	expect(sitePath(page, testInfo)).toBe(article('en', rich.slug));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.locator('[data-lang-switch]').click();
	expect(sitePath(page, testInfo)).toBe(article('zh', rich.slug));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

for (const lang of ['zh', 'en'] as const) {
	test(`${lang}: a figure in the text links to its table row, which links back to the sentence`, async ({
		page,
	}) => {
		await page.goto(article('zh', rich.slug).replace(/^zh/, lang));
		const figure = page.locator('.article-body a.figure[id^="fig-"]').first();
		test.skip((await figure.count()) === 0, 'no figure in this language’s text');
		const id = await figure.getAttribute('id');
		const n = Number(id!.slice(4));
		await figure.click();
		await expect(page).toHaveURL(new RegExp(`#m-${n}$`));
		const row = page.locator(`#m-${n}`);
		await expect(row).toBeVisible();
		await row.locator('a.back-link').click();
		await expect(page).toHaveURL(new RegExp(`#fig-${n}$`));
		await expect(page.locator(`#fig-${n}`)).toBeInViewport();
		// The figure sits in the block its metric was read from.
		if (lang === 'zh')
			await expect(page.locator(`#b${rich.metrics[n]!.block} #fig-${n}`)).toHaveCount(1);
	});
}

test('a figure links to its indicator page, whose row links to the exact sentence', async ({
	page,
}, testInfo) => {
	await page.goto(article('zh', rich.slug));
	const m = rich.metrics[0]!;
	await page.locator('#m-0 th a').click();
	// The page of the indicator's value table that holds this value.
	expect(sitePath(page, testInfo)).toMatch(new RegExp(`^zh/metrics/${m.indicator}/(\\d+/)?$`));
	const row = page.locator(`[id="v-${rich.slug}--0"]`);
	await expect(row).toBeVisible();
	await expect(row.locator('td.sentence')).toContainText(m.text);
	await row.locator('td.num a').click();
	expect(sitePath(page, testInfo)).toBe(article('zh', rich.slug));
	await expect(page).toHaveURL(/#fig-0$/);
	await expect(page.locator('#fig-0')).toBeInViewport();
});

test('the indicator page draws an accessible chart with a table fallback', async ({ page }) => {
	await page.goto(`en/metrics/${rich.metrics[0]!.indicator}/`);
	const svg = page.locator('figure.chart svg').first();
	await expect(svg).toHaveAttribute('role', 'img');
	await expect(svg.locator('title')).toHaveText(/\S/);
	await expect(svg.locator('desc')).toHaveText(/\S/);
	const values = records
		.flatMap((r) => r.metrics)
		.filter((x) => x.indicator === rich.metrics[0]!.indicator).length;
	// The first page of the value table: newest first, four list pages' worth of rows.
	await expect(page.locator('table tbody tr')).toHaveCount(
		Math.min(values, 4 * Number(process.env.ARCHIVE_PAGE_SIZE)),
	);
});

test('entity links resolve both ways: article → entity page → article', async ({
	page,
}, testInfo) => {
	await page.goto(article('en', rich.slug));
	const e = rich.entities.find((x) => isLinkable(x.id))!;
	const mention = page.locator(`.article-body a.mention[data-entity="${e.id}"]`);
	if ((await mention.count()) > 0) {
		// Linked once per section at most.
		const sections = await page.locator('.article-body .section-heading').count();
		expect(await mention.count()).toBeLessThanOrEqual(sections + 1);
	}
	await page
		.locator('.article-entities')
		.getByRole('link', { name: e.name.en, exact: true })
		.click();
	expect(sitePath(page, testInfo)).toBe(`en/entities/${e.id}/`);
	await expect(page.locator('h1')).toHaveText(e.name.en);
	await page.locator(`.article-list a[href$="/en/articles/${rich.slug}/"]`).click();
	expect(sitePath(page, testInfo)).toBe(article('en', rich.slug));
});

test('a mention in the text links to the entity page', async ({ page }, testInfo) => {
	await page.goto(article('zh', rich.slug));
	const mention = page.locator('.article-body a.mention').first();
	const id = await mention.getAttribute('data-entity');
	await mention.click();
	expect(sitePath(page, testInfo)).toBe(`zh/entities/${id}/`);
});

test('topic links resolve both ways', async ({ page }, testInfo) => {
	const r = records.find((x) => x.topics.length > 0)!;
	await page.goto(article('zh', r.slug));
	await page.locator('.article-topics a').first().click();
	expect(sitePath(page, testInfo)).toBe(`zh/topics/${r.topics[0]}/`);
	// The topic's list may run over several pages: follow them to the article.
	const link = page.locator(`.article-list a[href$="/zh/articles/${r.slug}/"]`);
	while ((await link.count()) === 0) await page.locator('.pagination a[rel="next"]').click();
	await link.click();
	expect(sitePath(page, testInfo)).toBe(article('zh', r.slug));
});

/** Today in the browser's (and this process's) time zone: the GB/T access date the page writes in. */
const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('citations: GB/T 7714 and APA', async ({ page }, testInfo) => {
	const r = records.find((x) => x.byline.length > 0 && x.source.page) ?? rich;
	await page.goto(article('zh', r.slug));
	const gbt = (await page.locator('#cite-gbt').textContent())!.trim();
	const authors = [
		...new Set(
			r.byline
				.filter((b) => ['reporter', 'correspondent', 'author'].includes(b.role))
				.map((b) => b.name),
		),
	];
	const date =
		r.date && r.datePrecision !== 'unknown'
			? r.date.slice(0, r.datePrecision === 'year' ? 4 : r.datePrecision === 'month' ? 7 : 10)
			: null;
	// The page cited is the canonical URL (ARCHIVE_SITE + base path).
	const url = await page.locator('link[rel="canonical"]').getAttribute('href');
	const expected = `${authors.length ? `${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ', 等' : ''}. ` : ''}${r.title}[N/OL]. ${r.source.name}${date ? `, ${date}` : ''}${r.source.page ? `(${r.source.page})` : ''}[${today()}]. ${url}.`;
	expect(gbt).toBe(expected);
	const apa = (await page.locator('#cite-apa').textContent())!.trim();
	expect(apa).toContain(r.title);
	expect(apa).toMatch(/\((\d{4}(, [A-Z][a-z]+( \d{1,2})?)?|n\.d\.)\)/);
	// APA ends with the page's canonical URL (ARCHIVE_SITE + base path).
	expect(apa).toMatch(new RegExp(`https?://\\S+${basePath(testInfo)}zh/articles/${r.slug}/$`));
});

test('without JavaScript the GB/T reference has no access date rather than a wrong one', async ({
	browser,
}, testInfo) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		baseURL: testInfo.project.use.baseURL,
	});
	const page = await context.newPage();
	await page.goto(article('zh', rich.slug));
	const gbt = (await page.locator('#cite-gbt').textContent())!.trim();
	expect(gbt).toMatch(/\[N\/OL\]\. /);
	expect(gbt).not.toMatch(/\[\d{4}-\d{2}-\d{2}\]/);
	await context.close();
});

test('the fixture citation is exactly GB/T 7714 and APA 7', async ({ page }) => {
	const r = records.find(
		(x) =>
			x.slug === '2024-06-12-wei-quanshi-jingji-shehui-gaozhiliang-fazhan-gongxian-kaifaqu-liliang',
	);
	test.skip(!r, 'fixture only');
	await page.goto(article('en', r!.slug));
	const url = await page.locator('link[rel="canonical"]').getAttribute('href');
	await expect(page.locator('#cite-gbt')).toHaveText(
		`张超, 张广玉. 为全市经济社会高质量发展贡献开发区力量[N/OL]. 聊城日报, 2024-06-12(3)[${today()}]. ${url}.`,
	);
	await expect(page.locator('#cite-apa')).toContainText(
		'Zhang, C., & Zhang, G. (2024, June 12). 为全市经济社会高质量发展贡献开发区力量',
	);
	await expect(page.locator('#cite-apa')).toContainText(`聊城日报 [Liaocheng Daily], 3. ${url}`);
});

test('the copy button copies the citation', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(article('zh', rich.slug));
	const button = page.locator('button[data-copy="cite-gbt"]');
	await expect(button).toBeVisible();
	await button.click();
	await expect(button).toHaveText('已复制');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await page.locator('#cite-gbt').textContent())!.trim());
});

test('article pages ship no script beyond the copy button and the search-term highlight', async ({
	page,
}) => {
	await page.goto(article('en', rich.slug));
	const scripts = await page
		.locator('script:not([type="application/ld+json"])')
		.evaluateAll((s) => s.map((x) => (x as HTMLScriptElement).src));
	// The copy button (Citation) and the article page's own script, which marks ?highlight= terms.
	expect(scripts).toHaveLength(2);
	expect(scripts.filter((src) => /Citation/.test(src))).toHaveLength(1);
	expect(
		scripts.filter((src) => /\/_astro\/index\.astro_astro_type_script/.test(src)),
	).toHaveLength(1);
	const bytes = await Promise.all(
		scripts.map(async (src) => (await (await page.request.get(src)).body()).length),
	);
	expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThan(8 * 1024);
});

test('a translated article is marked as a translation and links to the original', async ({
	page,
}, testInfo) => {
	test.skip(!translated, 'no translated article');
	await page.goto(article('en', translated!.slug));
	await expect(page.locator('h1')).toHaveText(translated!.translation!.title);
	const notice = page.locator('.notice--translation');
	await expect(notice).toBeVisible();
	await expect(notice.locator('cite')).toHaveText(translated!.title);
	await notice.getByRole('link').click();
	expect(sitePath(page, testInfo)).toBe(article('zh', translated!.slug));
});

test('an untranslated article has an English page with the Chinese text marked zh-CN', async ({
	page,
}) => {
	test.skip(!untranslated, 'every article is translated');
	await page.goto(article('en', untranslated!.slug));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.notice--untranslated')).toBeVisible();
	await expect(page.locator('.article-body')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('h1')).toHaveAttribute('lang', 'zh-CN');
	// English metadata, figures with English labels, entity names in English.
	await expect(page.locator('.article-meta dt').first()).toHaveText(/^(By|Source)$/);
	if (untranslated!.metrics.length)
		await expect(page.locator('#m-0 th a')).toHaveText(untranslated!.metrics[0]!.label.en);
	if (untranslated!.entities.length)
		await expect(page.locator('.article-entities')).toContainText(
			untranslated!.entities[0]!.name.en,
		);
});

test('the date shows its precision and evidence', async ({ page }) => {
	for (const r of records) {
		await page.goto(article('zh', r.slug));
		const time = page.locator('.article-meta time');
		if (r.date) await expect(time).toHaveAttribute('datetime', r.date);
		if (r.datePrecision === 'year') await expect(time).toHaveText(`约${r.date!.slice(0, 4)}年`);
		if (r.datePrecision === 'day') await expect(time).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
		if (r.dateEvidence) {
			await page.locator('.date-evidence summary').click();
			await expect(page.locator('.date-evidence p')).toContainText(r.dateEvidence);
		}
		if (r.dateNote) {
			// Each edition shows the editor's note in its own language, and only that one.
			await page.locator('.date-evidence summary').click();
			await expect(page.locator('.date-evidence__note')).toHaveText(r.dateNote.zh);
			await page.goto(article('en', r.slug));
			await page.locator('.date-evidence summary').click();
			await expect(page.locator('.date-evidence__note')).toHaveText(r.dateNote.en);
		}
	}
});

test('hostile text in the archive is shown literally and never runs', async ({ page }) => {
	const r = records.find((x) => x.blocks.some((b) => b.text.includes('<script>')));
	test.skip(!r, 'fixture only');
	for (const lang of ['zh', 'en'] as const) {
		await page.goto(article(lang, r!.slug));
		await expect(page.locator('.article-body')).toContainText('<script>alert(1)</script>');
		await expect(page.locator('.article-body')).toContainText('{process.exit(1)}');
		await expect(page.locator('.article-body script')).toHaveCount(0);
		await expect(page.locator('h1')).toContainText('{process.exit(1)}');
	}
});

test('previous and next follow date order', async ({ page }, testInfo) => {
	const dated = records
		.filter((r) => r.date)
		.sort((a, b) =>
			a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.slug.localeCompare(b.slug),
		);
	test.skip(dated.length < 2, 'needs two dated articles');
	await page.goto(article('zh', dated[0]!.slug));
	await page.locator('a[rel="next"]').click();
	expect(sitePath(page, testInfo)).toBe(article('zh', dated[1]!.slug));
	await page.locator('a[rel="prev"]').click();
	expect(sitePath(page, testInfo)).toBe(article('zh', dated[0]!.slug));
});

test('the article page folds the source file as received, with a verified hash and the cleaning log', async ({
	page,
	request,
}) => {
	await page.goto(`en/articles/${rich.slug}/`);
	const source = page.locator('details#source-text');
	await expect(source.locator('.original-text')).toBeHidden();
	await source.locator('summary').first().click();
	await expect(source.locator('.original-text')).toBeVisible();
	await expect(source.locator('.hash')).toHaveText(rich.sha256);
	await expect(source.locator('.original-meta')).toContainText('matches the hash');
	await expect(source).toContainText(
		`${rich.cleaning.coverage.sourceChars} Han characters and digits`,
	);
	const href = await page
		.getByRole('link', { name: 'Download the original file' })
		.getAttribute('href');
	const res = await request.get(new URL(href!, page.url()).href);
	const { createHash } = await import('node:crypto');
	expect(
		createHash('sha256')
			.update(await res.body())
			.digest('hex'),
	).toBe(rich.sha256);
	// The folded text is the file as received, not the cleaned text: its lines are there as printed.
	const shown = await source.locator('.original-text').innerText();
	const lines = (await res.text())
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 10);
	expect(lines.length).toBeGreaterThan(0);
	for (const line of lines) expect(shown).toContain(line);
});

test('the cleaning log shows each message with its place (none when it has none), [stage:rule] and actual → expected', async ({
	page,
}) => {
	await page.goto(`en/articles/${rich.slug}/`);
	const source = page.locator('details#source-text');
	await source.locator('summary').first().click();
	await source.locator('details summary', { hasText: 'Cleaning log' }).click();
	const items = source.locator('.cleaning-log li');
	await expect(items).toHaveCount(rich.cleaning.messages.length);
	for (const [i, m] of rich.cleaning.messages.entries()) {
		const item = items.nth(i);
		await expect(item).toContainText(m.reason);
		if (m.source && m.ruleId)
			await expect(item.locator('.cleaning-log__rule')).toHaveText(`[${m.source}:${m.ruleId}]`);
		if (m.place)
			await expect(item.locator('.cleaning-log__place')).toHaveText(
				new RegExp(`^${m.place.start.line}:${m.place.start.column}\\b`),
			);
		else await expect(item.locator('.cleaning-log__place')).toHaveCount(0);
		if (m.actual !== null) await expect(item.locator('del')).toHaveText(m.actual);
		if (m.severity === 'warning') await expect(item.locator('strong')).toHaveText('Doubt');
	}
});

/**
 * What reference managers and link previews read from every article page: the Highwire `citation_*`
 * tags (checked against the record), the RIS / BibTeX / CSL-JSON downloads, the share card
 * (og:image, twitter:image, JSON-LD image, a 1200 × 630 PNG that is served) and the publisher logo.
 */
import { test, expect, records, langs, basePath, type Lang } from './helpers.ts';
import type { Article } from '../../src/schemas/article.ts';

const authorsOf = (r: Article) => [
	...new Set(
		r.byline
			.filter((b) => ['reporter', 'correspondent', 'author'].includes(b.role))
			.map((b) => b.name),
	),
];
/** The record's date as Highwire writes it, with no more parts than its precision vouches for. */
function highwireDate(r: Article): string | null {
	if (!r.date || r.datePrecision === 'unknown') return null;
	const parts = r.date.split('-');
	return parts
		.slice(0, r.datePrecision === 'year' ? 1 : r.datePrecision === 'month' ? 2 : 3)
		.join('/');
}
/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const metas = (page: import('@playwright/test').Page, name: string) =>
	page
		.locator(`head meta[name="${name}"]`)
		.evaluateAll((els) => els.map((e) => e.getAttribute('content')));

for (const lang of langs) {
	test(`${lang}: every article page's citation meta tags say what its record says`, async ({
		page,
	}) => {
		test.setTimeout(60_000 + records.length * 20_000);
		for (const r of records) {
			await page.goto(`${lang}/articles/${r.slug}/`);
			expect(await metas(page, 'citation_title')).toEqual([r.title]);
			expect((await metas(page, 'citation_author')).map((a) => a!.replace(', ', ''))).toEqual(
				authorsOf(r),
			);
			const date = highwireDate(r);
			expect(await metas(page, 'citation_date')).toEqual(date ? [date] : []);
			expect(await metas(page, 'citation_publication_date')).toEqual(date ? [date] : []);
			expect(await metas(page, 'citation_language')).toEqual(['zh-CN']);
			expect(await metas(page, 'z.itemType')).toEqual(['newspaperArticle']);
			expect(await metas(page, 'prism.publicationName')).toEqual([r.source.name]);
			expect(await metas(page, 'prism.edition')).toEqual(
				r.source.edition ? [r.source.edition] : [],
			);
			expect(await metas(page, 'citation_firstpage')).toEqual(r.source.page ? [r.source.page] : []);
			// Zotero would save a journal article; there is no PDF.
			expect(await metas(page, 'citation_journal_title')).toEqual([]);
			expect(await metas(page, 'citation_pdf_url')).toEqual([]);
		}
	});
}

test('every article page has a share card: og:image, twitter:image and JSON-LD image, a 1200 × 630 PNG under the base', async ({
	page,
	request,
}, testInfo) => {
	test.setTimeout(60_000 + records.length * 40_000);
	const seen = new Map<string, string>();
	for (const r of records) {
		for (const lang of langs as readonly Lang[]) {
			await page.goto(`${lang}/articles/${r.slug}/`);
			const og = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(new URL(og!).pathname).toBe(`${basePath(testInfo)}cards/${r.slug}.png`);
			await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', og!);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
				'content',
				'summary_large_image',
			);
			await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
				'content',
				'1200',
			);
			await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute(
				'content',
				'630',
			);
			expect(
				await page.locator('meta[property="og:image:alt"]').getAttribute('content'),
			).toBeTruthy();
			const data = JSON.parse(
				(await page.locator('script[type="application/ld+json"]').textContent())!,
			);
			expect(data.image.url).toBe(og);
			if (r.date && r.datePrecision !== 'unknown') expect(data.dateModified).toBe(r.date);
			expect(data.publisher.logo.url).toMatch(/\.png$/);
			for (const url of [og!, data.publisher.logo.url as string]) {
				const res = await request.get(new URL(url).pathname.slice(basePath(testInfo).length));
				expect(res.status(), url).toBe(200);
				expect(res.headers()['content-type']).toContain('image/png');
				const size = pngSize(await res.body());
				expect(size).toEqual(
					url === og ? { width: 1200, height: 630 } : { width: 600, height: 60 },
				);
				if (url === og) seen.set(r.slug, (await res.body()).toString('base64'));
			}
		}
	}
	// One card per article, each its own.
	expect(new Set(seen.values()).size).toBe(records.length);
});

test('the citation downloads: RIS, BibTeX and CSL-JSON of the article, citing its Chinese page', async ({
	page,
	request,
}, testInfo) => {
	test.setTimeout(60_000 + records.length * 20_000);
	for (const r of records) {
		await page.goto(`en/articles/${r.slug}/`);
		const links = await page
			.locator('.citation__downloads a[download]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links.map((l) => l.replace(/^.*\.(ris|bib|csl\.json)$/, '$1'))).toEqual([
			'ris',
			'bib',
			'csl.json',
		]);
		const zhPage = new RegExp(`https?://[^/]+${basePath(testInfo)}zh/articles/${r.slug}/`);
		const [ris, bib, csl] = await Promise.all(
			links.map(async (l) => {
				const res = await request.get(l.slice(basePath(testInfo).length));
				expect(res.status(), l).toBe(200);
				return res.text();
			}),
		);
		expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
		expect(ris).toContain(`TI  - ${r.title}\r\n`);
		expect(ris).toContain(`T2  - ${r.source.name}\r\n`);
		expect(ris).toMatch(new RegExp(`UR  - ${zhPage.source}\\r\\n`));
		for (const a of authorsOf(r))
			expect(ris.replace(/AU {2}- (.+?), /g, 'AU  - $1')).toContain(`AU  - ${a}\r\n`);
		// BibTeX protects capitals with braces (`{BIPV}`) and escapes TeX's special characters: read the field back.
		const bibTitle = bib.match(/^\ttitle = \{(.*)\},?$/m)?.[1];
		expect(bibTitle?.replace(/(?<!\\)[{}]/g, '').replace(/\\([{}&%$#_])/g, '$1'), bib).toBe(
			r.title,
		);
		const [item] = JSON.parse(csl!);
		expect(item).toMatchObject({
			type: 'article-newspaper',
			title: r.title,
			'container-title': r.source.name,
			language: 'zh-CN',
		});
		expect(item.URL).toMatch(zhPage);
		const date = highwireDate(r);
		expect(item.issued?.['date-parts'][0] ?? null).toEqual(
			date ? date.split('/').map(Number) : null,
		);
	}
});

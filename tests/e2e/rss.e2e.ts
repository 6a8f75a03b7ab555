/**
 * The RSS feeds say no more than the archive knows: no exact day for an article dated to a month or a
 * year (dc:date with that precision instead), descriptions in whole sentences with an ellipsis when
 * cut (Chinese) and at most about 200 characters (English).
 */
import { test, expect, records, langs } from './helpers.ts';

const items = (xml: string) =>
	[...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
		const get = (tag: string) => m[1]!.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1];
		return {
			link: get('link')!,
			pubDate: get('pubDate'),
			dcDate: get('dc:date'),
			description: get('description'),
		};
	});
const unescape = (s: string) =>
	s
		.replace(/^<!\[CDATA\[|\]\]>$/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
const chars = (s: string) => Array.from(s).length;

for (const lang of langs) {
	test(`${lang} RSS: dates only as precise as known; descriptions cut at sentences`, async ({
		page,
	}) => {
		const res = await page.request.get(`${lang}/rss.xml`);
		expect(res.ok()).toBe(true);
		const xml = await res.text();
		expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
		const feed = items(xml);
		expect(feed).toHaveLength(records.length);
		for (const r of records) {
			const item = feed.find((i) => i.link.endsWith(`/${lang}/articles/${r.slug}/`));
			expect(item, r.slug).toBeDefined();
			if (r.date && r.datePrecision === 'day') {
				expect(new Date(item!.pubDate!).toISOString().slice(0, 10)).toBe(r.date);
				expect(item!.dcDate).toBeUndefined();
			} else if (r.date && (r.datePrecision === 'month' || r.datePrecision === 'year')) {
				expect(
					item!.pubDate,
					`${r.slug} is dated to the ${r.datePrecision}: no day`,
				).toBeUndefined();
				expect(item!.dcDate).toBe(r.date);
			} else {
				expect(item!.pubDate).toBeUndefined();
				expect(item!.dcDate).toBeUndefined();
			}
			if (!item!.description) continue;
			const d = unescape(item!.description);
			const whole = (
				lang === 'en'
					? r.translation?.summary
					: r.blocks.find((b) => b.type === 'lede' || b.type === 'paragraph')?.text
			)?.trim();
			// The whole text when it fits; else its first whole sentences (or, for one overlong first
			// sentence, clauses) and an ellipsis saying it was cut.
			if (d !== whole) {
				const ellipsis = lang === 'zh' ? '……' : '…';
				expect(d.endsWith(ellipsis), `${r.slug}: cut, so it says so`).toBe(true);
				expect(whole!.startsWith(d.slice(0, -ellipsis.length))).toBe(true);
				if (lang === 'zh') expect(d).toMatch(/(?:[。！？][”’」』）]*|[^，、；：])……$/u);
			}
			expect(chars(d)).toBeLessThanOrEqual(lang === 'zh' ? 122 : 201);
		}
	});
}

import { readArchive } from '../../src/utils/article-mdx.ts';
import { Cite } from '@citation-js/core';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	APA_STYLE,
	apa,
	bibliography,
	GBT_STYLE,
	bibtex,
	citationMeta,
	cslDate,
	cslItem,
	cslJson,
	cslName,
	gbt7714,
	ris,
	romanisedName,
} from '../../src/utils/cite.ts';
import { romanise } from '../../src/utils/names.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';

const base = {
	slug: '2024-06-12-wei-quanshi',
	title: '为全市经济社会高质量发展贡献开发区力量',
	byline: [
		{ role: 'reporter', roleLabel: '记者', name: '张超' },
		{ role: 'correspondent', roleLabel: '通讯员', name: '张广玉' },
		{ role: 'editor', roleLabel: '编辑', name: '李四' },
	],
	source: { name: '聊城日报', edition: '开发区专刊', page: '3' },
	date: '2024-06-12',
	datePrecision: 'day',
	translation: null,
} as unknown as Article;
const url = 'https://x.test/zh/articles/2024-06-12-wei-quanshi/';

describe('CSL item', () => {
	it('splits Han names into surname and given name, compound surnames included', () => {
		expect(cslName('张广玉')).toEqual({ family: '张', given: '广玉' });
		expect(cslName('欧阳明辉')).toEqual({ family: '欧阳', given: '明辉' });
		expect(cslName('John Smith')).toEqual({ literal: 'John Smith' });
		expect(romanisedName('欧阳明辉')).toEqual({ family: 'Ouyang', given: 'Minghui' });
	});
	it('keeps the precision of the date', () => {
		expect(cslDate('2024-06-12', 'day')).toEqual({ 'date-parts': [[2024, 6, 12]] });
		expect(cslDate('2024-06', 'month')).toEqual({ 'date-parts': [[2024, 6]] });
		expect(cslDate('2024-06-12', 'month')).toEqual({ 'date-parts': [[2024, 6]] });
		expect(cslDate('2023', 'year')).toEqual({ 'date-parts': [[2023]] });
		expect(cslDate(null, 'unknown')).toBeUndefined();
	});
	it('is a newspaper article with paper, edition, page, URL and language, authors but no editors', () => {
		expect(cslItem(base, url)).toEqual({
			id: base.slug,
			type: 'article-newspaper',
			title: base.title,
			'container-title': '聊城日报',
			author: [
				{ family: '张', given: '超' },
				{ family: '张', given: '广玉' },
			],
			issued: { 'date-parts': [[2024, 6, 12]] },
			edition: '开发区专刊',
			page: '3',
			URL: url,
			language: 'zh-CN',
		});
	});
});

describe('GB/T 7714-2015 (CSL)', () => {
	it('follows 作者. 题名[N/OL]. 报纸名, YYYY-MM-DD(版次)[引用日期]. URL.', () => {
		expect(gbt7714(base, url, '2026-11-30')).toBe(
			`张超, 张广玉. 为全市经济社会高质量发展贡献开发区力量[N/OL]. 聊城日报, 2024-06-12(3)[2026-11-30]. ${url}.`,
		);
	});
	it('lists three authors then 等', () => {
		const many = {
			...base,
			byline: ['甲乙', '丙丁', '戊己', '庚辛'].map((name) => ({
				role: 'author',
				roleLabel: '文',
				name,
			})),
		} as Article;
		expect(gbt7714(many, url)).toMatch(/^甲乙, 丙丁, 戊己, 等\. /);
	});
	it('prints the date with its precision and drops what is not known', () => {
		const bare = {
			...base,
			byline: [],
			source: { name: '聊城日报', edition: null, page: null },
			date: '2023-05',
			datePrecision: 'month',
		} as Article;
		expect(gbt7714(bare, url)).toBe(
			`为全市经济社会高质量发展贡献开发区力量[N/OL]. 聊城日报, 2023-05. ${url}.`,
		);
		expect(gbt7714({ ...bare, date: '2023', datePrecision: 'year' } as Article, url)).toContain(
			'聊城日报, 2023. ',
		);
		expect(gbt7714({ ...bare, date: null, datePrecision: 'unknown' } as Article, url)).not.toMatch(
			/\d{4}\./,
		);
	});
});

describe('one formatting per article', () => {
	it('prints each page its own URL, the same text as formatting that URL from scratch', () => {
		const other = 'https://example.org/archive/en/articles/x-1/';
		const withOther = gbt7714(base, other, '2026-11-30');
		expect(withOther).toBe(
			new Cite({ ...cslItem(base, other, '2026-11-30') })
				.format('bibliography', {
					template: 'gb-t-7714-2015-numeric',
					lang: 'zh-CN',
					format: 'text',
				})
				.trim()
				.replace(/^\[1\]\s*/, ''),
		);
		expect(withOther).toContain(other);
		expect(withOther).not.toContain(url);
		expect(gbt7714(base, url, '2026-11-30')).toContain(url);
		expect(apa(base, other)).toContain(other);
		expect(apa(base, other)).not.toContain('invalid');
	});
});

describe('reference cache (ARCHIVE_CITATION_CACHE)', () => {
	const item = cslItem(base, url, '2026-11-30');
	const fresh = (it: object, style: string, lang: string) =>
		new Cite(it).format('bibliography', { template: style, lang, format: 'text' }).trim();

	it('writes one file per item, style and language, holding what citeproc-js prints', () => {
		const dir = mkdtempSync(join(tmpdir(), 'citations-'));
		expect(bibliography(item, GBT_STYLE, 'zh-CN', dir)).toBe(fresh(item, GBT_STYLE, 'zh-CN'));
		expect(bibliography(item, APA_STYLE, 'en-US', dir)).toBe(fresh(item, APA_STYLE, 'en-US'));
		// The second page of the article (other URL) formats nothing new.
		bibliography(
			{ ...item, URL: 'https://x.test/en/articles/2024-06-12-wei-quanshi/' },
			GBT_STYLE,
			'zh-CN',
			dir,
		);
		const files = readdirSync(dir);
		expect(files).toHaveLength(2);
		for (const f of files) {
			expect(f).toMatch(/^[0-9a-f]{64}\.txt$/);
			expect(readFileSync(join(dir, f), 'utf8')).toContain('https://cited-page.invalid/');
		}
	});

	it('reads a reference formatted before from its file, with the page URL put in', () => {
		const first = mkdtempSync(join(tmpdir(), 'citations-'));
		bibliography(item, GBT_STYLE, 'zh-CN', first);
		const [file] = readdirSync(first);
		const second = mkdtempSync(join(tmpdir(), 'citations-'));
		writeFileSync(join(second, file!), 'FROM THE CACHE https://cited-page.invalid/');
		expect(bibliography(item, GBT_STYLE, 'zh-CN', second)).toBe(`FROM THE CACHE ${url}`);
		// Another item is another file: formatted, not read from this one.
		const other = { ...item, title: '另一篇文章' };
		expect(bibliography(other, GBT_STYLE, 'zh-CN', second)).toBe(fresh(other, GBT_STYLE, 'zh-CN'));
		expect(readdirSync(second)).toHaveLength(2);
	});
});

describe('APA 7 (CSL)', () => {
	it('formats a newspaper article with romanised authors', () => {
		expect(apa(base, url)).toBe(
			`Zhang, C., & Zhang, G. (2024, June 12). 为全市经济社会高质量发展贡献开发区力量. 聊城日报 [Liaocheng Daily], 3. ${url}`,
		);
	});
	it('adds the English title of a translation and handles month and unknown dates', () => {
		const t = {
			...base,
			date: '2024-09',
			datePrecision: 'month',
			translation: { title: 'Contributing' },
		} as Article;
		expect(apa(t, url)).toContain(
			'(2024, September). 为全市经济社会高质量发展贡献开发区力量 [Contributing].',
		);
		expect(apa({ ...t, byline: [], date: null, datePrecision: 'unknown' } as Article, url)).toMatch(
			/\(n\.d\.\)/,
		);
	});
});

describe('exports read back by Citation.js', () => {
	// A real record of the archive, not a hand-made one.
	const record = articleSchema.parse(
		readArchive('content').find(
			(a) => a.slug === '2024-06-wei-quanshi-jingjishehui-gaozhiliang-fazhan-gongxian-kaifaqu',
		),
	);
	const page = `https://x.test/zh/articles/${record.slug}/`;
	const names = (item: Record<string, unknown>) =>
		(item.author as { family?: string; given?: string }[]).map((n) => `${n.family}${n.given}`);

	it('RIS: a NEWS record with title, authors, date, paper, URL and language', () => {
		const text = ris(record, page);
		expect(text).toMatch(/^TY {2}- NEWS\r\n/);
		expect(text).toMatch(/\r\nER {2}- \r\n$/);
		const [item] = new Cite(text).data;
		expect(item).toMatchObject({
			type: 'article-newspaper',
			title: record.title,
			'container-title': '聊城日报',
			URL: page,
			language: 'zh-CN',
		});
		expect(text).toContain('DA  - 2024/06//');
		expect(text).toContain('AU  - 张, 超\r\nAU  - 张, 广玉');
		// Citation.js reads a NEWS record's AU as CSL `reporter`, unparsed, and only the PY year
		// (Zotero reads AU as authors and DA as the date).
		expect(item!.reporter).toEqual(['张, 超', '张, 广玉']);
		expect(item!.issued).toEqual({ 'date-parts': [[2024]] });
	});
	it('RIS: a long URL is never wrapped', () => {
		const long = `https://x.test/zh/articles/${'a'.repeat(120)}/`;
		expect(ris(record, long)).toContain(`UR  - ${long}\r\n`);
		expect(new Cite(ris(record, long)).data[0]!.URL).toBe(long);
	});
	it('CSL-JSON: every field back, the date with its month precision', () => {
		const [item] = new Cite(JSON.parse(cslJson(record, page))).data;
		expect(item).toMatchObject({
			type: 'article-newspaper',
			title: record.title,
			'container-title': '聊城日报',
			issued: { 'date-parts': [[2024, 6]] },
			URL: page,
			language: 'zh-CN',
		});
		expect(names(item!)).toEqual(['张超', '张广玉']);
	});
	it('BibTeX: Chinese text kept, labelled with the slug', () => {
		const text = bibtex(record, page);
		expect(text).toContain(`@article{${record.slug},`);
		const [item] = new Cite(text).data;
		expect(item).toMatchObject({
			title: record.title,
			'container-title': '聊城日报',
			URL: page,
			issued: { 'date-parts': [[2024, 6]] },
		});
		expect(names(item!)).toEqual(['张超', '张广玉']);
	});
	it('BibTeX: TeX special characters in article text are escaped and read back as printed', () => {
		// Article text is data: a title may hold braces, &, %, $, #, _ or a backslash (the hostile fixture does).
		const title = '代码不是文本{process.exit(1)} & 50% $5 #1 a_b \\ end';
		const [item] = new Cite(bibtex({ ...record, title }, page)).data;
		expect(item!.title).toBe(title);
	});
	it('edition and page come through RIS and CSL-JSON', () => {
		const r = { ...record, source: { ...record.source, edition: '市两会特刊', page: 'A3' } };
		expect(new Cite(ris(r, page)).data[0]).toMatchObject({ edition: '市两会特刊', page: 'A3' });
		expect(new Cite(JSON.parse(cslJson(r, page))).data[0]).toMatchObject({
			edition: '市两会特刊',
			page: 'A3',
		});
	});
});

describe('romanise', () => {
	it('writes names and newspapers in pinyin', () => {
		expect(romanise('张广玉')).toBe('Zhang Guangyu');
		expect(romanise('聊城日报', 'title')).toBe('Liaocheng Daily');
		expect(romanise('Zhang')).toBe('Zhang');
	});
});

describe('citation meta tags (Highwire + what Zotero needs for a newspaper article)', () => {
	const get = (tags: [string, string][], name: string) =>
		tags.filter(([n]) => n === name).map(([, c]) => c);
	it('title, authors family-first, date with precision, language, paper, edition, page', () => {
		const tags = citationMeta(base);
		expect(get(tags, 'citation_title')).toEqual([base.title]);
		expect(get(tags, 'citation_author')).toEqual(['张, 超', '张, 广玉']);
		expect(get(tags, 'citation_date')).toEqual(['2024/06/12']);
		expect(get(tags, 'citation_publication_date')).toEqual(['2024/06/12']);
		expect(get(tags, 'citation_language')).toEqual(['zh-CN']);
		expect(get(tags, 'z.itemType')).toEqual(['newspaperArticle']);
		expect(get(tags, 'prism.publicationName')).toEqual(['聊城日报']);
		expect(get(tags, 'prism.edition')).toEqual(['开发区专刊']);
		expect(get(tags, 'citation_firstpage')).toEqual(['3']);
		// Zotero would type the page a journal article; there is no PDF.
		expect(get(tags, 'citation_journal_title')).toEqual([]);
		expect(get(tags, 'citation_pdf_url')).toEqual([]);
	});
	it('never claims a day or month it does not know', () => {
		expect(
			get(
				citationMeta({ ...base, date: '2024-06', datePrecision: 'month' } as Article),
				'citation_date',
			),
		).toEqual(['2024/06']);
		expect(
			get(
				citationMeta({ ...base, date: '2024', datePrecision: 'year' } as Article),
				'citation_date',
			),
		).toEqual(['2024']);
		const none = citationMeta({
			...base,
			byline: [],
			date: null,
			datePrecision: 'unknown',
			source: { name: '聊城日报', edition: null, page: null },
		} as Article);
		expect(none.map(([n]) => n)).toEqual([
			'citation_title',
			'citation_language',
			'z.itemType',
			'prism.publicationName',
		]);
	});
});

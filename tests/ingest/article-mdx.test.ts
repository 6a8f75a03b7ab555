/**
 * The article files are data: `readArticle` (what the site's content loader runs) accepts the fixed
 * vocabulary and nothing else, and names the file, line and column of what it refuses. Each case starts
 * from a valid article the emitter wrote and adds one kind of content that is not allowed.
 */
import { describe, expect, test } from 'vitest';
import { toMdx } from '../../scripts/ingest/mdx.ts';
import { parsePeriod, parseRank } from '../../scripts/ingest/period.ts';
import type { Article } from '../../src/schemas/article.ts';
import { parseUnit } from '../../src/utils/units.ts';
import { ArticleFileError, readArticle } from '../../src/utils/article-mdx.ts';

const record: Article = {
	id: 'abc',
	slug: '2024-x',
	sourceFile: 'a.txt',
	sha256: '0'.repeat(64),
	lang: 'zh',
	title: '标题',
	subtitle: null,
	kicker: null,
	byline: [],
	source: { name: '聊城日报', edition: null, page: null },
	date: '2024',
	datePrecision: 'year',
	dateSource: 'text-year',
	dateEvidence: null,
	dateNote: { zh: '据文中数据定为2024年。', en: 'Dated 2024 from the figures in the text.' },
	blocks: [
		{ type: 'heading', level: 2, text: '小标题', id: 'b0', source: { start: 3, end: 3 } },
		{
			type: 'paragraph',
			text: '中通客车出口增长7.3%。{x}',
			id: 'b1',
			source: { start: 4, end: 6 },
		},
	],
	// Structured unit, period and rank and code-point offsets: the frontmatter must carry them whole.
	metrics: [
		{
			indicator: 'exports',
			label: { zh: '出口', en: 'Exports' },
			value: 7.3,
			unit: parseUnit('%')!,
			period: parsePeriod('上半年')!,
			kind: 'growth',
			rank: parseRank('全市第2')!,
			text: '中通客车出口增长7.3%。',
			block: 1,
			match: '7.3%',
			blockOffset: 8,
			textOffset: 0,
		},
	],
	entities: [
		{
			id: 'zhongtong-bus',
			type: 'company',
			name: { zh: '中通客车', en: 'Zhongtong Bus' },
			count: 1,
			blocks: [1],
			mentions: [{ block: 1, offset: 0, length: 4 }],
		},
	],
	topics: [],
	furniture: [],
	corrections: [],
	cleaning: {
		stages: {},
		messages: [],
		coverage: { sourceChars: 0, coveredChars: 0, ratio: 1, missing: {} },
	},
	translation: null,
};

const files = toMdx(record, () => true);
const lines = files.zh.split('\n');
/** Line number (1-based) of the paragraph b1 in the emitted file. */
const paraLine = lines.findIndex((l) => l.startsWith('<Para id="b1"')) + 1;

/** The Chinese file with `text` inserted as lines before the paragraph b1 (a blank line either side). */
const withBefore = (text: string) =>
	[...lines.slice(0, paraLine - 1), text, '', ...lines.slice(paraLine - 1)].join('\n');
const read = (zh: string) =>
	readArticle({
		zh: { path: 'zh/2024-x.mdx', text: zh },
		en: null,
		cleaning: { path: 'cleaning/2024-x.json', text: files.cleaning },
	});

function refusal(zh: string): ArticleFileError {
	try {
		read(zh);
	} catch (error) {
		expect(error).toBeInstanceOf(ArticleFileError);
		return error as ArticleFileError;
	}
	throw new Error('accepted');
}

describe('article MDX vocabulary', () => {
	test('the emitted file is accepted and reads back into the record', () => {
		expect(read(files.zh)).toEqual(record);
	});

	test.each([
		['an expression', '{process.exit(1)}', /expression/],
		['an import', "import fs from 'node:fs'", /import\/export/],
		['an export', 'export const x = 1', /import\/export/],
		['raw HTML', '<div>text</div>', /raw HTML <div>/],
		['a script element', '<script>alert(1)</script>', /raw HTML <script>/],
		['an unknown component', '<Chart data="x" />', /unknown component <Chart>/],
		['Markdown', '*emphasis* and [a link](https://example.com)', /Markdown syntax/],
	])('%s before a paragraph fails with file and line', (_, text, reason) => {
		const e = refusal(withBefore(text));
		expect(e.file).toBe('zh/2024-x.mdx');
		expect(e.line).toBe(paraLine);
		expect(e.reason).toMatch(reason);
		expect(e.message).toMatch(new RegExp(`^zh/2024-x\\.mdx:${paraLine}:1: `));
	});

	test.each([
		[
			'an expression inside a paragraph',
			(l: string) => l.replace('&#123;x&#125;', '{x}'),
			/expression/,
		],
		[
			'HTML inside a paragraph',
			(l: string) => l.replace('&#123;x&#125;', '<b>x</b>'),
			/raw HTML <b>/,
		],
		[
			'an unknown inline component',
			(l: string) => l.replace('&#123;x&#125;', '<Link to="x">x</Link>'),
			/unknown component <Link>/,
		],
		[
			'an attribute expression',
			(l: string) => l.replace('id="b1"', 'id={"b1"}'),
			/not a quoted string/,
		],
		['an attribute spread', (l: string) => l.replace('id="b1"', '{...props}'), /spread/],
		[
			'an unknown attribute',
			(l: string) => l.replace('id="b1"', 'id="b1" onclick="x"'),
			/unknown attribute onclick/,
		],
		['a Figure naming no metric', (l: string) => l.replace('metric="0"', 'metric="5"'), /names 5/],
		[
			'a Mention naming no entity',
			(l: string) => l.replace('entity="zhongtong-bus"', 'entity="nobody"'),
			/names nobody/,
		],
		['an unclosed expression', (l: string) => l.replace('&#123;x&#125;', '{x'), /not valid MDX/],
	])('%s fails with file and line', (_, edit, reason) => {
		const zh = lines.map((l, i) => (i === paraLine - 1 ? edit(l) : l)).join('\n');
		expect(zh).not.toBe(files.zh);
		const e = refusal(zh);
		expect(e.message).toMatch(/^zh\/2024-x\.mdx:\d+:\d+: /);
		expect(e.line).toBe(paraLine);
		expect(e.reason).toMatch(reason);
	});

	test('a frontmatter that does not match the schema fails naming the field', () => {
		const e = refusal(files.zh.replace('datePrecision: "year"', 'datePrecision: "week"'));
		expect(e.file).toBe('zh/2024-x.mdx');
		expect(e.reason).toMatch(/datePrecision/);
	});

	test('a missing cleaning report or English edition fails naming it', () => {
		expect(() =>
			readArticle({ zh: { path: 'zh/2024-x.mdx', text: files.zh }, en: null, cleaning: null }),
		).toThrow(/cleaning\/2024-x\.json is missing/);
		const translated = toMdx(
			{
				...record,
				translation: {
					title: 'T',
					subtitle: null,
					kicker: null,
					summary: 'S',
					translator: 'X',
					blocks: [{ type: 'paragraph', text: 'Text', id: 'b0' }],
				},
			},
			() => true,
		);
		expect(() =>
			readArticle({
				zh: { path: 'zh/2024-x.mdx', text: translated.zh },
				en: null,
				cleaning: { path: 'c', text: translated.cleaning },
			}),
		).toThrow(/en\/2024-x\.mdx is missing/);
		const other = translated.en!.replace('slug: "2024-x"', 'slug: "2024-y"');
		expect(() =>
			readArticle({
				zh: { path: 'zh/2024-x.mdx', text: translated.zh },
				en: { path: 'en/2024-x.mdx', text: other },
				cleaning: { path: 'c', text: translated.cleaning },
			}),
		).toThrow(/^en\/2024-x\.mdx:2:1: translates article/);
	});
});

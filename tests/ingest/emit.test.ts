import { describe, expect, test } from 'vitest';
import { coverage } from '../../scripts/ingest/coverage.ts';
import { escapeMdx, toMdx } from '../../scripts/ingest/mdx.ts';
import { makeSlug } from '../../scripts/ingest/slug.ts';
import { parseTranslation } from '../../scripts/ingest/translation.ts';
import type { Article } from '../../src/schemas/article.ts';
import { zhFrontmatterSchema } from '../../src/schemas/article.ts';
import { parse } from 'yaml';
import { vfile } from './helpers.ts';

const hostile = [
	'{process.exit(1)}',
	'<script>alert(1)</script>',
	"import fs from 'fs'",
	'export const x = 1',
	'`code`',
	'$$x$$',
	'[x](javascript:alert(1))',
	'<img src=x onerror=alert(1)>',
	'<!-- c -->',
	'&amp; \\{',
];

const record = (text: string): Article => ({
	id: 'abc',
	slug: '2024-x',
	sourceFile: 'a.txt',
	sha256: '0'.repeat(64),
	lang: 'zh',
	title: '标题 {x}',
	subtitle: null,
	kicker: null,
	byline: [],
	source: { name: '聊城日报', edition: null, page: null },
	date: '2024',
	datePrecision: 'year',
	dateSource: 'text-year',
	dateEvidence: null,
	dateNote: null,
	blocks: [
		{ type: 'heading', level: 2, text: '小标题', id: 'b0' },
		{ type: 'paragraph', text, id: 'b1' },
	],
	metrics: [],
	entities: [],
	topics: [],
	furniture: [],
	corrections: [],
	cleaning: {
		stages: {},
		messages: [],
		coverage: { sourceChars: 0, coveredChars: 0, ratio: 1, missing: {} },
	},
	translation: null,
});

describe('mdx emit', () => {
	test.each(hostile)('article text %s carries no ASCII punctuation into the MDX body', (text) => {
		const escaped = escapeMdx(text);
		expect(escaped).not.toMatch(/[{}<>`$[\]()\\!'"=]/);
		expect(escaped.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))).toBe(text);
	});
	test('body is the component vocabulary; frontmatter is valid YAML that the schema accepts', () => {
		const { zh, en } = toMdx(record('增长{1}<b>'), () => true);
		expect(en).toBeNull();
		const [, front, body] = zh.split(/^---$/m);
		expect(zhFrontmatterSchema.parse(parse(front!))).toMatchObject({
			title: '标题 {x}',
			lang: 'zh',
		});
		expect(body!.trim().split('\n\n')).toEqual([
			'<Heading id="b0" level="2">小标题</Heading>',
			'<Para id="b1" kind="paragraph">增长&#123;1&#125;&#60;b&#62;</Para>',
		]);
	});
	test('figures and first mentions per section become inline components', () => {
		const r = record('中通客车出口增长7.3%，中通客车再创新高。');
		r.metrics = [
			{
				indicator: 'exports',
				label: { zh: '出口', en: 'Exports' },
				value: 7.3,
				unit: { id: 'percent', scale: 1, printed: '%' },
				period: null,
				kind: 'growth',
				rank: null,
				text: r.blocks[1]!.text,
				block: 1,
				match: '7.3%',
				blockOffset: 8,
				textOffset: 0,
			},
		];
		r.entities = [
			{
				id: 'zhongtong-bus',
				type: 'company',
				name: { zh: '中通客车', en: 'Zhongtong Bus' },
				count: 2,
				blocks: [1],
				mentions: [
					{ block: 1, offset: 0, length: 4 },
					{ block: 1, offset: 13, length: 4 },
				],
			},
		];
		const { zh } = toMdx(r, () => true);
		expect(zh).toContain(
			'<Para id="b1" kind="paragraph"><Mention entity="zhongtong-bus">中通客车</Mention>出口增长<Figure metric="0">7&#46;3&#37;</Figure>，中通客车再创新高。</Para>',
		);
		expect(toMdx(r, () => false).zh).toContain(
			'<Para id="b1" kind="paragraph">中通客车出口增长<Figure metric="0">7&#46;3&#37;</Figure>，中通客车再创新高。</Para>',
		);
	});
});

describe('slug', () => {
	test('date and pinyin words, ASCII only', () => {
		expect(makeSlug('2024-06', '为全市经济社会高质量发展贡献开发区力量')).toMatch(
			/^2024-06-wei-quanshi-[a-z0-9-]+$/,
		);
		expect(makeSlug(null, '<script>')).toBe('undated-script');
		expect(makeSlug('2024', '')).toBe('2024-untitled');
	});
});

describe('coverage', () => {
	test('counts Han characters and digits of the source that the record does not hold', () => {
		const f = vfile();
		const r = record('增长7.3%');
		const c = coverage('小标题\n增长7.3%\n丢失', { ...r, title: '标题' }, f);
		expect(c).toEqual({ sourceChars: 9, coveredChars: 7, ratio: 7 / 9, missing: { 丢: 1, 失: 1 } });
		expect(f.messages.map(String)).toEqual([
			'test.txt:1:1: Coverage 77.78%: 2 source character(s) not in the record: 丢失',
		]);
	});
});

describe('translation', () => {
	test('frontmatter and blocks; the first paragraph is the lede when the Chinese has one', () => {
		const f = vfile();
		const t = parseTranslation(
			'---\ntitle: "T"\nsubtitle: null\nkicker: null\nsummary: "S"\ntranslator: "X"\n---\nLede {x}.\n\n## Heading\n\nBody\nwrapped.\n\n[caption] Photo.\n',
			[
				{ type: 'lede', text: '导语', id: 'b0' },
				{ type: 'heading', text: '标题', id: 'b1' },
				{ type: 'paragraph', text: '正文', id: 'b2' },
				{ type: 'caption', text: '图', id: 'b3' },
			],
			f,
		);
		expect(t?.blocks).toEqual([
			{ type: 'lede', text: 'Lede {x}.', id: 'b0' },
			{ type: 'heading', level: 2, text: 'Heading', id: 'b1' },
			{ type: 'paragraph', text: 'Body wrapped.', id: 'b2' },
			{ type: 'caption', text: 'Photo.', id: 'b3' },
		]);
		expect(f.messages.filter((m) => m.fatal === false)).toEqual([]);
	});
	test('bad frontmatter is a fatal error', () => {
		const f = vfile();
		expect(parseTranslation('---\ntitle: "T"\n---\nx', [], f)).toBeNull();
		expect(f.messages[0]!.reason).toMatch(/frontmatter is invalid: summary/);
	});
});

import { describe, expect, it } from 'vitest';
import {
	contains,
	highlights,
	rewrite,
	splitTerms,
	thingsNamed,
	type Thing,
} from '../../src/scripts/search-query.ts';
import { foldTerm } from '../../src/utils/fold.ts';
import { thingToken } from '../../src/utils/search-facets.ts';
import { segmentHan } from '../../src/integrations/pagefind.ts';

describe('rewrite (zh)', () => {
	it('searches a Chinese term as the exact phrase of its characters', () => {
		expect(rewrite('中通客车', 'zh')).toEqual([
			{
				text: '中通客车',
				phrases: ['"中 通 客 车"'],
				verify: false,
				things: [],
				marks: ['中通客车'],
			},
		]);
	});
	it('keeps numbers whole and verifies figures against the text', () => {
		expect(rewrite('7.3%', 'zh')).toEqual([
			expect.objectContaining({ text: '7.3%', phrases: ['"7.3"'], verify: true }),
		]);
		expect(rewrite('30平方公里', 'zh')[0]).toMatchObject({
			text: '30平方公里',
			phrases: ['"30 平 方 公 里"'],
			verify: true,
		});
		expect(rewrite('33.3亿元', 'zh')[0]!.phrases).toEqual(['"33.3 亿 元"']);
	});
	it('splits a quoted phrase at punctuation and verifies it as typed', () => {
		expect(rewrite('"争创一流，走在前列"', 'zh')).toMatchObject([
			{ text: '争创一流，走在前列', phrases: ['"争 创 一 流"', '"走 在 前 列"'], verify: true },
		]);
		expect(rewrite('“不忘初心、牢记使命”', 'zh')[0]!.phrases).toHaveLength(2);
	});
	it('treats spaces as AND between terms, quotes as grouping', () => {
		expect(splitTerms('中通客车  "双招 双引" GDP')).toEqual(['中通客车', '双招 双引', 'GDP']);
		expect(rewrite('GDP 增长', 'zh').map((t) => t.phrases)).toEqual([['"gdp"'], ['"增 长"']]);
	});
	it('reads full-width Latin letters and digits as ASCII', () => {
		expect(rewrite('ＧＤＰ', 'zh')[0]!.phrases).toEqual(['"gdp"']);
	});
});

describe('rewrite (en)', () => {
	it('leaves words to Pagefind and quoted phrases exact', () => {
		expect(rewrite('Zhongtong Bus', 'en')).toMatchObject([
			{ text: 'Zhongtong Bus', phrases: ['Zhongtong Bus'], verify: false },
		]);
		expect(rewrite('yacht "Tuhai River"', 'en').map((t) => t.phrases[0])).toEqual([
			'yacht',
			'"Tuhai River"',
		]);
	});
	it('highlights words of two letters or more', () => {
		expect(highlights(rewrite('a yacht', 'en'), 'en')).toEqual(['yacht']);
	});
	it('never requires or marks English stop words', () => {
		const terms = rewrite('imports and exports', 'en');
		expect(terms.map((t) => t.phrases)).toEqual([['imports exports']]);
		expect(highlights(terms, 'en')).toEqual(['imports', 'exports']);
	});
	it('verifies figures as whole numbers', () => {
		const [t] = rewrite('7.3%', 'en');
		expect(t).toMatchObject({ text: '7.3%', verify: true });
		expect(contains('up 73.3% and 2.73', '7.3%', 'en')).toBe(false);
		expect(contains('rose 7.3% in', '7.3%', 'en')).toBe(true);
	});
});

/** Things as the search page embeds them (src/pages/[lang]/search.astro builds them from the glossaries). */
const thing = (kind: Thing['kind'], id: string, names: string[], marks: string[]): Thing => ({
	kind,
	id,
	label: names[0]!,
	keys: names.map(foldTerm),
	marks,
	token: thingToken(kind, id),
});
const THINGS = [
	thing(
		'indicator',
		'gdp',
		['地区生产总值', 'GDP', '生产总值', '地區生產總值'],
		['地区生产总值', '生产总值', 'GDP'],
	),
	thing(
		'entity',
		'zhongtong-bus',
		['中通客车', 'Zhongtong Bus', '中通客車', '中通'],
		['中通客车', '中通'],
	),
	thing(
		'indicator',
		'imports-exports',
		['进出口', 'Imports and exports', '進出口'],
		['Imports and exports'],
	),
];

describe('names (glossary things)', () => {
	it('finds a thing by any of its names, folded (case, full width, Traditional forms)', () => {
		for (const q of ['gdp', 'ＧＤＰ', '生产总值', '地區生產總值'])
			expect(
				thingsNamed(q, THINGS).map((t) => t.id),
				q,
			).toEqual(['gdp']);
		expect(thingsNamed('中通客車', THINGS).map((t) => t.id)).toEqual(['zhongtong-bus']);
		expect(thingsNamed('zhongtong', THINGS).map((t) => t.id)).toEqual(['zhongtong-bus']);
	});
	it('knows nothing of a term the glossaries do not list (exact-phrase precision stays)', () => {
		expect(thingsNamed('客车', THINGS)).toEqual([]);
		expect(thingsNamed('Bus', THINGS)).toEqual([]);
		expect(rewrite('太阳能', 'zh', THINGS)[0]!.things).toEqual([]);
	});
	it('carries the thing into the term, with the names this edition prints as marks', () => {
		const [t] = rewrite('GDP', 'zh', THINGS);
		expect(t!.things.map((x) => x.id)).toEqual(['gdp']);
		expect(t!.marks).toEqual(['GDP', '地区生产总值', '生产总值']);
		expect(rewrite('中通客车', 'en', THINGS)[0]!.things.map((x) => x.id)).toEqual([
			'zhongtong-bus',
		]);
		expect(rewrite('imports and exports', 'en', THINGS)).toMatchObject([
			{ phrases: ['imports exports'], things: [{ id: 'imports-exports' }] },
		]);
	});
});

describe('contains', () => {
	it('does not find a figure inside a longer number', () => {
		expect(contains('同比增长17.3%', '7.3%')).toBe(false);
		expect(contains('同比增长7.3%', '7.3%')).toBe(true);
		expect(contains('超14亿元', '4亿元')).toBe(false);
		expect(contains('超4亿元', '4亿元')).toBe(true);
		expect(contains('GDPR', 'GDP')).toBe(false);
	});
});

describe('index-time helpers', () => {
	it('sets every Han character of text between zero-width spaces, never inside tags', () => {
		expect(segmentHan('<p title="中通">中通客车 Bus<a>中</a>通</p>')).toBe(
			'<p title="中通">\u200b中\u200b\u200b通\u200b\u200b客\u200b\u200b车\u200b Bus<a>\u200b中\u200b</a>\u200b通</p>',
		);
	});
	it('folds the text it indexes, never the markup', () => {
		expect(
			segmentHan('<p data-x="ＢＩＰＶ">ＢＩＰＶ⼀期\uF90A，７％</p>').replace(/\u200b/g, ''),
		).toBe('<p data-x="ＢＩＰＶ">BIPV一期金，7%</p>');
	});
});

describe('rewrite (en), Chinese text', () => {
	it('searches Han text on English pages as the Chinese edition does', () => {
		expect(rewrite('太阳能 glass', 'en')).toMatchObject([
			{ text: 'glass' },
			{ text: '太阳能', phrases: ['"太 阳 能"'] },
		]);
	});
});

describe('thing index words', () => {
	it('are one word each, and none is a prefix of another (Pagefind prefix-matches the last word)', () => {
		const ids = ['retail-sales', 'retail-sales-above-size', 'gdp', 'gdp-growth', 'a1', 'a-1'];
		const tokens = ids.map((id) => thingToken('indicator', id));
		for (const t of tokens) expect(t).toMatch(/^QXTi\d{3}[a-z0-9]+$/);
		for (const a of tokens)
			for (const b of tokens) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
	});
});

describe('rewrite (en), a Chinese name', () => {
	it('finds the thing and the pages that print the name in Chinese', () => {
		expect(rewrite('地区生产总值', 'en', THINGS)).toMatchObject([
			{ phrases: ['"地 区 生 产 总 值"'], things: [{ id: 'gdp' }] },
		]);
	});
});

describe('index-time segmentation per edition', () => {
	it('sets Han characters between spaces on English pages (Pagefind splits English at whitespace only)', () => {
		expect(segmentHan('<p>地区生产总值 GDP</p>', 'en')).toBe('<p> 地  区  生  产  总  值  GDP</p>');
	});
});

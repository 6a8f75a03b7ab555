import { describe, expect, it } from 'vitest';
import { parsePeriod, parseRank } from '../../scripts/ingest/period.ts';
import { periodSchema, rankSchema } from '../../src/schemas/article.ts';

describe('parsePeriod', () => {
	it.each([
		['2024年1—11月份', { year: 2024, months: [1, 11], cumulative: true }],
		['1-5月', { months: [1, 5], cumulative: true }],
		['1-5月份', { months: [1, 5], cumulative: true }],
		['1~5月', { months: [1, 5], cumulative: true }],
		['3-5月', { months: [3, 5] }],
		['今年1-5月', { relativeYear: 0, months: [1, 5], cumulative: true }],
		['一季度', { quarter: 1, months: [1, 3] }],
		['第二季度', { quarter: 2, months: [4, 6] }],
		['2023年4季度', { year: 2023, quarter: 4, months: [10, 12] }],
		['前三季度', { quarter: 3, months: [1, 9], cumulative: true }],
		['上半年', { half: 1, months: [1, 6] }],
		['2023年下半年', { year: 2023, half: 2, months: [7, 12] }],
		['全年', { months: [1, 12] }],
		['2021年', { year: 2021 }],
		['2023年度', { year: 2023 }],
		['去年', { relativeYear: -1 }],
		['上年', { relativeYear: -1 }],
		['10月份', { months: [10, 10] }],
		['10月底', { months: [10, 10], asOf: true }],
		['2024年10月11日', { year: 2024, months: [10, 10], day: 11 }],
		['截至9月末', { months: [9, 9], asOf: true }],
		['今年以来', { relativeYear: 0, sinceStart: 'year', cumulative: true }],
		['近5年', { sinceStart: 'years', years: 5 }],
		['十年来', { sinceStart: 'years', years: 10 }],
	])('%s', (printed, expected) => {
		const p = parsePeriod(printed);
		expect(p).toEqual({ printed, ...expected });
		expect(periodSchema.parse(p)).toEqual(p);
	});

	it('refuses what is no period, or an impossible one', () => {
		for (const s of ['13月', '5-3月', '1-13月', '第五季度', '2024年13月', '十年', '', '0年来'])
			expect(parsePeriod(s)).toBeNull();
	});
});

describe('parseRank', () => {
	it.each([
		['全市第2', { scope: 'city', position: 2 }],
		['全省第十二', { scope: 'province', position: 12 }],
		['第116位', { scope: null, position: 116 }],
		['全国首位', { scope: 'country', position: 1 }],
		['同类开发区第3名', { scope: 'peer-zones', position: 3 }],
	])('%s', (printed, expected) => {
		const r = parseRank(printed);
		expect(r).toEqual({ printed, ...expected });
		expect(rankSchema.parse(r)).toEqual(r);
	});

	it('refuses what is no rank', () => {
		for (const s of ['第0位', '全市', '排名第二位次']) expect(parseRank(s)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { parsePeriod, parseRank } from '../../scripts/ingest/period.ts';
import type { Metric } from '../../src/schemas/article.ts';
import {
	formatDate,
	formatFigure,
	formatMonth,
	formatPeriod,
	formatRank,
	periodSeries,
	periodSeriesLabel,
	unitLabel,
} from '../../src/utils/format.ts';
import { parseUnit } from '../../src/utils/units.ts';

/** A figure as the ingest stores it, from its printed unit. */
const fig = (value: number, unit: string, kind: Metric['kind'], valueMax?: number) => ({
	value,
	unit: parseUnit(unit) ?? { id: 'rank', scale: 1, printed: unit },
	kind,
	valueMax,
});
const en = (printed: string) => formatPeriod(parsePeriod(printed), 'en')?.text;
const zh = (printed: string) => formatPeriod(parsePeriod(printed), 'zh')?.text;
const HAN = /\p{Script=Han}/u;

describe('formatDate', () => {
	it('formats a day in each locale', () => {
		expect(formatDate('2025-01-11', 'day', 'zh')).toBe('2025年1月11日');
		expect(formatDate('2025-01-11', 'day', 'en')).toBe('11 January 2025');
	});
	it('formats a month', () => {
		expect(formatDate('2024-09', 'month', 'zh')).toBe('2024年9月');
		expect(formatDate('2024-09', 'month', 'en')).toBe('September 2024');
	});
	it('marks a year as approximate', () => {
		expect(formatDate('2023', 'year', 'zh')).toBe('约2023年');
		expect(formatDate('2023', 'year', 'en')).toBe('c. 2023');
	});
	it('never claims more precision than the record has', () => {
		expect(formatDate('2024-09-03', 'month', 'zh')).toBe('2024年9月');
		expect(formatDate('2024-09', 'day', 'en')).toBe('September 2024');
	});
	it('says undated', () => {
		expect(formatDate(null, 'unknown', 'zh')).toBe('日期不详');
		expect(formatDate(null, 'unknown', 'en')).toBe('Undated');
	});
	it('formats a month heading', () => {
		expect(formatMonth(2024, 6, 'zh')).toBe('2024年6月');
		expect(formatMonth(2024, 6, 'en')).toBe('June 2024');
	});
});

describe('formatFigure', () => {
	it('keeps Chinese figures as printed', () => {
		expect(formatFigure(fig(27.3, '亿元', 'level'), 'zh').text).toBe('27.3亿元');
		expect(formatFigure(fig(2159.5, '万美元', 'level'), 'zh').text).toBe('2159.5万美元');
		expect(formatFigure(fig(7.3, '%', 'growth'), 'zh').text).toBe('7.3%');
		expect(formatFigure(fig(3, '亿元', 'level', 5), 'zh').text).toBe('3—5亿元');
	});
	it('converts units in English from the canonical unit and scale', () => {
		expect(formatFigure(fig(27.3, '亿元', 'level'), 'en').text).toBe('CNY 2.73 bn');
		expect(formatFigure(fig(6.8, '亿元', 'level'), 'en').text).toBe('CNY 680 m');
		expect(formatFigure(fig(2159.5, '万美元', 'level'), 'en').text).toBe('USD 21.595 m');
		expect(formatFigure(fig(9000, '万元', 'level'), 'en').text).toBe('CNY 90 m');
		expect(formatFigure(fig(500, '元', 'level'), 'en').text).toBe('CNY 500');
		expect(formatFigure(fig(1.02, '万亿元', 'level'), 'en').text).toBe('CNY 1,020 bn');
		expect(formatFigure(fig(22, '家', 'count'), 'en').text).toBe('22 firms');
		expect(formatFigure(fig(35, '个', 'count'), 'en').text).toBe('35');
		expect(formatFigure(fig(2.33, '亿人次', 'count'), 'en').text).toBe('233 million visits');
		expect(formatFigure(fig(8, '万平方米', 'level'), 'en').text).toBe('80,000 m²');
		expect(formatFigure(fig(35.2, '平方公里', 'level'), 'en').text).toBe('35.2 km²');
		expect(formatFigure(fig(20.4, '个百分点', 'points'), 'en').text).toBe('20.4 pp');
		expect(formatFigure(fig(-2.1, '%', 'growth'), 'en').text).toBe('-2.1%');
		expect(formatFigure(fig(-1.2, '亿元', 'change'), 'en').text).toBe('CNY -120 m');
		expect(formatFigure(fig(3, '亿元', 'level', 5), 'en').text).toBe('CNY 300–500 m');
		expect(formatFigure(fig(6, '%', 'growth', 8), 'en').text).toBe('6–8%');
		expect(formatFigure(fig(3, '倍', 'growth'), 'en').text).toBe('3×');
	});
	it('formats ranks', () => {
		expect(formatFigure(fig(2, '位', 'rank'), 'zh').text).toBe('第2');
		expect(formatFigure(fig(2, '位', 'rank'), 'en').text).toBe('No. 2');
	});
	it('keeps a unit id it does not know in Chinese, and says so', () => {
		expect(
			formatFigure(
				{ value: 3, unit: { id: 'dang', scale: 1, printed: '档' }, kind: 'count' },
				'en',
			),
		).toEqual({ text: '3档', lang: 'zh' });
	});
});

describe('units, periods and ranks', () => {
	it('labels chart axes', () => {
		expect(unitLabel(parseUnit('亿元')!, 'en')).toBe('CNY 100 million');
		expect(unitLabel(parseUnit('万美元')!, 'en')).toBe('USD 10,000');
		expect(unitLabel(parseUnit('%')!, 'en')).toBe('%');
		expect(unitLabel(parseUnit('平方公里')!, 'en')).toBe('km²');
		expect(unitLabel(parseUnit('万平方米')!, 'en')).toBe('10,000 m²');
		expect(unitLabel(parseUnit('亿元')!, 'zh')).toBe('亿元');
	});
	it('writes periods in English', () => {
		expect(formatPeriod(parsePeriod('上半年'), 'en')).toEqual({ text: 'H1', lang: 'en' });
		expect(en('2023年上半年')).toBe('H1 2023');
		expect(en('一季度')).toBe('Q1');
		expect(en('2024年一季度')).toBe('Q1 2024');
		expect(en('前三季度')).toBe('Q1–Q3');
		expect(en('1-8月')).toBe('Jan–Aug');
		expect(en('1—10月份')).toBe('Jan–Oct');
		expect(en('2024年1—11月')).toBe('Jan–Nov 2024');
		expect(en('今年1-5月')).toBe('Jan–May this year');
		expect(en('2023年')).toBe('2023');
		expect(en('全年')).toBe('full year');
		expect(en('去年')).toBe('last year');
		expect(en('10月底')).toBe('end of Oct');
		expect(en('今年以来')).toBe('year to date');
		expect(en('近5年')).toBe('last 5 years');
		expect(en('十年来')).toBe('last 10 years');
		expect(formatPeriod(null, 'en')).toBeNull();
	});
	it('writes one Chinese form for every printing of a period', () => {
		for (const printed of ['1-5月', '1-5月份', '1—5月份', '1~5月', '1——5月'])
			expect(zh(printed)).toBe('1—5月');
		expect(zh('2024年1-11月份')).toBe('2024年1—11月');
		expect(zh('第二季度')).toBe('二季度');
		expect(zh('上半年')).toBe('上半年');
		expect(zh('截至9月末')).toBe('9月底');
	});
	it('never prints Han in English, even for a period the ingest could not structure', () => {
		const unread = formatPeriod({ printed: '“十三五”期间' }, 'en')!;
		expect(unread.text).not.toMatch(HAN);
		expect(formatPeriod({ printed: '“十三五”期间' }, 'zh')!.text).toBe('“十三五”期间');
		for (const printed of ['2024年1—11月份', '前三季度', '今年以来', '近5年', '10月11日', '上年'])
			expect(en(printed)).not.toMatch(HAN);
	});
	it('puts comparable periods in one series, whatever the year or printing', () => {
		expect(periodSeries(parsePeriod('2023年1-5月'))).toBe(periodSeries(parsePeriod('1—5月份')));
		expect(periodSeries(parsePeriod('上半年'))).toBe(periodSeries(parsePeriod('1-6月')));
		expect(periodSeries(parsePeriod('2021年'))).toBe(periodSeries(parsePeriod('全年')));
		expect(
			new Set(
				['1-5月', '上半年', '1-10月', '2021年', '一季度', '今年以来'].map((s) =>
					periodSeries(parsePeriod(s)),
				),
			).size,
		).toBe(6);
		expect(periodSeries(null)).toBe('none');
		expect(periodSeriesLabel(parsePeriod('2024年1-5月'), 'en')).toBe('Jan–May');
		expect(periodSeriesLabel(parsePeriod('2021年'), 'en')).toBe('Full year');
	});
	it('writes ranks per locale', () => {
		expect(formatRank(parseRank('全市第3'), 'en')).toBe('3rd in the city');
		expect(formatRank(parseRank('全省第1'), 'en')).toBe('1st in the province');
		expect(formatRank(parseRank('全市第22'), 'en')).toBe('22nd in the city');
		expect(formatRank(parseRank('第116位'), 'en')).toBe('116th');
		expect(formatRank(parseRank('全国首位'), 'en')).toBe('1st in the country');
		expect(formatRank(parseRank('全市第3'), 'zh')).toBe('全市第3');
		expect(formatRank(parseRank('第116位'), 'zh')).toBe('第116位');
		expect(formatRank(null, 'en')).toBeNull();
	});
});

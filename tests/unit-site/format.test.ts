import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatMonth, formatPeriod, splitUnit, unitLabel } from '../../src/utils/format.ts';

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
		expect(formatFigure({ value: 27.3, unit: '亿元', kind: 'level' }, 'zh').text).toBe('27.3亿元');
		expect(formatFigure({ value: 2159.5, unit: '万美元', kind: 'level' }, 'zh').text).toBe('2159.5万美元');
		expect(formatFigure({ value: 7.3, unit: '%', kind: 'growth' }, 'zh').text).toBe('7.3%');
	});
	it('converts currency to ISO codes with bn / m', () => {
		expect(formatFigure({ value: 27.3, unit: '亿元', kind: 'level' }, 'en').text).toBe('CNY 2.73 bn');
		expect(formatFigure({ value: 6.8, unit: '亿元', kind: 'level' }, 'en').text).toBe('CNY 680 m');
		expect(formatFigure({ value: 2159.5, unit: '万美元', kind: 'level' }, 'en').text).toBe('USD 21.595 m');
		expect(formatFigure({ value: 9000, unit: '万元', kind: 'level' }, 'en').text).toBe('CNY 90 m');
		expect(formatFigure({ value: 500, unit: '元', kind: 'level' }, 'en').text).toBe('CNY 500');
	});
	it('translates counts and measures', () => {
		expect(formatFigure({ value: 22, unit: '家', kind: 'count' }, 'en').text).toBe('22 firms');
		expect(formatFigure({ value: 35, unit: '个', kind: 'count' }, 'en').text).toBe('35');
		expect(formatFigure({ value: 2.33, unit: '亿人次', kind: 'count' }, 'en').text).toBe('233 million visits');
		expect(formatFigure({ value: 8, unit: '万平方米', kind: 'level' }, 'en').text).toBe('80,000 m²');
		expect(formatFigure({ value: 20.4, unit: '个百分点', kind: 'points' }, 'en').text).toBe('20.4 pp');
	});
	it('formats ranks', () => {
		expect(formatFigure({ value: 2, unit: '位', kind: 'rank' }, 'zh').text).toBe('第2');
		expect(formatFigure({ value: 2, unit: '位', kind: 'rank' }, 'en').text).toBe('No. 2');
	});
	it('keeps an unknown unit in Chinese and says so', () => {
		expect(formatFigure({ value: 3, unit: '档', kind: 'count' }, 'en')).toEqual({ text: '3档', lang: 'zh' });
	});
});

describe('units and periods', () => {
	it('splits multipliers', () => {
		expect(splitUnit('亿元')).toEqual({ multiplier: 1e8, base: '元' });
		expect(splitUnit('万美元')).toEqual({ multiplier: 1e4, base: '美元' });
		expect(splitUnit('万')).toEqual({ multiplier: 1, base: '万' });
	});
	it('labels chart axes', () => {
		expect(unitLabel('亿元', 'en')).toBe('CNY, 100 million');
		expect(unitLabel('%', 'en')).toBe('%');
		expect(unitLabel('亿元', 'zh')).toBe('亿元');
	});
	it('translates common periods', () => {
		expect(formatPeriod('上半年', 'en')).toEqual({ text: 'H1', lang: 'en' });
		expect(formatPeriod('一季度', 'en')?.text).toBe('Q1');
		expect(formatPeriod('1-8月', 'en')?.text).toBe('Jan–Aug');
		expect(formatPeriod('1—10月份', 'en')?.text).toBe('Jan–Oct');
		expect(formatPeriod('2024年1—11月', 'en')?.text).toBe('Jan–Nov 2024');
		expect(formatPeriod('2023年', 'en')?.text).toBe('2023');
		expect(formatPeriod('全年', 'en')?.text).toBe('full year');
		expect(formatPeriod('1-5月份', 'zh')?.text).toBe('1-5月份');
		expect(formatPeriod('“十三五”期间', 'en')).toEqual({ text: '“十三五”期间', lang: 'zh' });
		expect(formatPeriod(null, 'en')).toBeNull();
	});
});

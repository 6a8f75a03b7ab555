/**
 * Mastheads of any newspaper (masthead.ts, structure's masthead phase). Lines are tested as printed:
 * full-width digits and U+3000 are read by the masthead itself (NFKC), not left to an earlier stage.
 */
import { describe, expect, test } from 'vitest';
import { chineseNumber, readMastheadLine } from '../../scripts/ingest/masthead.ts';
import { normalize } from '../../scripts/ingest/normalize.ts';
import { structure } from '../../scripts/ingest/structure.ts';
import { unwrap } from '../../scripts/ingest/unwrap.ts';
import { lines, vfile } from './helpers.ts';

describe('readMastheadLine', () => {
	test.each([
		['二〇二三年十月三十日 星期一', '2023-10-30'],
		['二零一九年十二月一日　星期日', '2019-12-01'],
		['二〇二四年二月二十九日', '2024-02-29'],
		['2019 年 10 月 30 日 星期三', '2019-10-30'],
		['２０２３年１０月３０日　星期一', '2023-10-30'],
		['2025年1月11日 甲辰年十二月十二', '2025-01-11'],
		['2023年10月30日 星期一 农历九月十六', '2023-10-30'],
		['2023年10月30日 星期一 癸卯年九月十六 总第24567期', '2023-10-30'],
	])('%s → %s', (line, iso) => {
		expect(readMastheadLine(line)?.date?.iso).toBe(iso);
	});

	test.each([
		['齐鲁晚报 2023年10月30日 星期一 A2版', { name: '齐鲁晚报', edition: null, page: 'A2' }],
		['南方都市报 第B3版', { name: '南方都市报', edition: null, page: 'B3' }],
		['大众日报 2022年3月1日 第4版 要闻', { name: '大众日报', edition: '要闻', page: '4' }],
		['新京报', { name: '新京报', edition: null, page: null }],
		['临河晚报 国庆特刊', { name: '临河晚报', edition: '国庆特刊', page: null }],
		['第3版', { name: null, edition: null, page: '3' }],
	])('%s: name, edition, page', (line, expected) => {
		expect(readMastheadLine(line)).toMatchObject(expected);
	});

	test.each([
		'2023年2月30日 星期四', // no such day
		'2023年10月30日召开大会', // a date inside other words
		'10月28日，开发区项目集中开工。',
		'临河开发区十月份工业用电量创新高',
		'聚焦主责主业 奋力担当作为',
		'开发区专刊',
	])('not a masthead line (or no printed date): %s', (line) => {
		const m = readMastheadLine(line);
		expect(m?.date ?? null).toBeNull();
		if (!/星期/.test(line)) expect(m).toBeNull();
	});

	test.each([
		['十', 10],
		['九', 9],
		['十二', 12],
		['二十', 20],
		['二十九', 29],
		['三十一', 31],
	])('chineseNumber(%s) = %i', (text, n) => {
		expect(chineseNumber(text)).toBe(n);
	});
});

describe('masthead in an article', () => {
	const run = (text: string) => {
		const f = vfile();
		return structure(normalize(unwrap(lines(text), new Set(), f), f), f);
	};
	const body = '今年以来，园区新签约项目21个，总投资86亿元，同比增长15.2%。';

	test('a paper in no glossary, a Chinese-numeral date, lunar date and page: source, date, page; never the title', () => {
		const s = run(
			[
				'东昌晚报',
				'',
				'二〇二三年十月三十日　星期一　农历九月十六',
				'',
				'A3版',
				'',
				'园区项目建设提速',
				'',
				'记者 王海',
				'',
				body,
			].join('\n'),
		);
		expect(s.title).toBe('园区项目建设提速');
		expect(s.source).toEqual({ name: '东昌晚报', edition: null, page: 'A3' });
		expect(s.printedDate).toBe('二〇二三年十月三十日　星期一　农历九月十六');
		expect(s.furniture).toEqual(['二〇二三年十月三十日　星期一　农历九月十六', 'A3版']);
	});

	test('name, date and page on one line: kept whole as furniture (the evidence), fields read', () => {
		const s = run(
			[
				'运河商报 2021年5月6日 星期四 第B2版',
				'',
				'园区项目建设提速',
				'',
				'记者 王海',
				'',
				body,
			].join('\n'),
		);
		expect(s.title).toBe('园区项目建设提速');
		expect(s.source).toEqual({ name: '运河商报', edition: null, page: 'B2' });
		// normalize squeezed the spaces around the digits and between Han runs of one character.
		expect(s.printedDate).toBe('运河商报2021年5月6日星期四第B2版');
		expect(s.furniture).toEqual(['运河商报2021年5月6日星期四第B2版']);
	});
});

/** Field case 09 (../shared/field/09-masthead-dates): masthead dates with spaces and full-width digits. */
import { expect, test } from 'vitest';
import { ingestCase } from './ingest-case.ts';

test('field 09 b: `2019 年 10 月 30 日 星期三` is the printed date, 临河日报 the source', () => {
	const { record, metrics } = ingestCase('09-masthead-dates', 'b-spaced-date.txt');
	expect([record.date, record.datePrecision, record.dateSource]).toEqual([
		'2019-10-30',
		'day',
		'printed',
	]);
	expect(record.source.name).toBe('临河日报');
	expect(record.title).toBe('临河开发区十月份工业用电量创新高');
	expect(metrics).toContain('industrial-value-added growth 8.4%');
});

test('field 09 c: `２０２３年１０月３０日　星期一` (full-width digits, U+3000) is the printed date', () => {
	const { record } = ingestCase('09-masthead-dates', 'c-fullwidth-date.txt');
	expect([record.date, record.datePrecision, record.dateSource]).toEqual([
		'2023-10-30',
		'day',
		'printed',
	]);
	expect(record.source.name).toBe('临河日报');
	expect(record.title).toBe('临河开发区1—9月进出口增长较快');
	// The figures (３６．４亿元, １２．５％) need the `chars` stage of branch `bytes` (full-width `．`).
});

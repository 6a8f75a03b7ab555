import { describe, expect, test } from 'vitest';
import { excerpt, sentences } from '../../src/utils/excerpt.ts';

const zh =
	'今年以来，园区经济运行稳中向好。规模以上工业增加值增长8.2%，高于全市平均水平。外贸进出口总额达到35亿元！下一步将继续扩大开放。';
const en =
	'The zone grew faster than the city this year. Industrial value added rose 8.2%, above the city average. Exports and imports reached RMB 3.5 billion! Next, the zone will open up further.';

describe('excerpt', () => {
	test('sentences keep their closing punctuation and quotes', () => {
		expect(sentences('他说：“好。”然后走了。')).toEqual(['他说：“好。”', '然后走了。']);
		expect(sentences('One. Two! 3.5 billion.')).toEqual(['One.', 'Two!', '3.5 billion.']);
	});

	test('a text that fits is returned whole, without an ellipsis', () => {
		expect(excerpt(zh, 'zh', 200)).toBe(zh);
		expect(excerpt(en, 'en', 500)).toBe(en);
	});

	test('zh: whole sentences, then ……', () => {
		expect(excerpt(zh, 'zh', 41)).toBe(
			'今年以来，园区经济运行稳中向好。规模以上工业增加值增长8.2%，高于全市平均水平。……',
		);
		expect(excerpt(zh, 'zh', 20)).toBe('今年以来，园区经济运行稳中向好。……');
	});

	test('zh: a first sentence longer than the limit is cut at a clause mark', () => {
		expect(
			excerpt('今年以来，园区经济运行稳中向好，各项指标全面提升，发展后劲持续增强。', 'zh', 20),
		).toBe('今年以来，园区经济运行稳中向好……');
	});

	test('en: whole sentences up to the limit, then …; never more than max + 1 characters', () => {
		const e = excerpt(en, 'en', 110);
		expect(e).toBe(
			'The zone grew faster than the city this year. Industrial value added rose 8.2%, above the city average.…',
		);
		for (const max of [20, 50, 80, 120, 200])
			expect(Array.from(excerpt(en, 'en', max)).length).toBeLessThanOrEqual(max + 1);
	});

	test('en: a long first sentence is cut at a word boundary', () => {
		expect(
			excerpt(
				'The development zone reported strong growth across industry, trade and investment this year.',
				'en',
				40,
			),
		).toBe('The development zone reported strong…');
	});

	test('counts characters (code points), not UTF-16 code units', () => {
		expect(excerpt('𠀀𠀀。𠀀𠀀。', 'zh', 3)).toBe('𠀀𠀀。……');
	});

	test('max < 1 throws', () => {
		expect(() => excerpt('x', 'en', 0)).toThrow(RangeError);
	});
});

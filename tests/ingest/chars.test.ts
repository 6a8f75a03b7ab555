import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EQUIVALENT_UNIFIED, foldChars, parseEquivalents } from '../../scripts/ingest/chars.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { ingestOne } from '../../scripts/ingest/index.ts';
import { fullWidth, ideographicSpaces, prng, standIns } from '../../scripts/synth/damage.ts';
import { lines, messages, vfile } from './helpers.ts';

const fold = (text: string) => {
	const f = vfile();
	return {
		text: foldChars(lines(text), f)
			.map((l) => l.text)
			.join('\n'),
		file: f,
	};
};

/** New text (no seed, no field case): an invented report with figures, Latin words and a byline. */
const ARTICLE = `东昌湖新区前三季度经济运行稳中向好

本报记者 刘晓燕

今年前三季度，东昌湖新区完成固定资产投资52.4亿元，同比增长6.8%，其中工业投资增长12.5%；规模以上工业企业实现营业收入1,118.6亿元，GDP增速-2.1%。新区坚持项目为王，新开工亿元以上项目14个，总投资87亿元，长江路改造工程已经完工。

下一步，新区将继续优化营商环境，推动重点项目早投产、早见效，确保全年目标任务圆满完成。`;

describe('chars: single folds, each reported', () => {
	test.each([
		['⼀季度', '一季度', 'kangxi-radical'],
		['增⻓', '增长', 'radical-supplement'],
		['⾦融', '金融', 'kangxi-radical'],
		['\uF90A融', '金融', 'compatibility-ideograph'],
		['\u{2F800}', '\u4E3D', 'compatibility-ideograph'],
		['⼯工业', '工业', 'radical-stutter'],
		['增⻓长', '增长', 'radical-stutter'],
		['增长３６．４亿元', '增长36.4亿元', 'full-width'],
		['增长１２．５％', '增长12.5%', 'full-width'],
		['增速－２．１％', '增速-2.1%', 'full-width'],
		['营收１２，５００万元', '营收12,500万元', 'full-width'],
		['全区ＧＤＰ增长', '全区GDP增长', 'full-width'],
		['记者　周启明', '记者 周启明', 'ideographic-space'],
	])('%s → %s (%s)', (input, output, ruleId) => {
		const { text, file } = fold(input);
		expect(text).toBe(output);
		expect(file.messages.map((m) => m.ruleId)).toContain(ruleId);
		const m = file.messages.find((x) => x.ruleId === ruleId)!;
		expect(m.source).toBe('chars');
		expect(m.actual).toBeTruthy();
		expect(m.expected).toHaveLength(1);
		expect(m.place).toMatchObject({ line: 1 });
	});
	test('places name the line and column (UTF-16 code units) of each fold', () => {
		const { file } = fold('第一行\n今年⼀季度增⻓７．１％');
		expect(messages(file)).toEqual([
			'test.txt:2:3: Folded Kangxi radical ⼀ (U+2F00) to 一 (U+4E00)',
			'test.txt:2:7: Folded CJK radical ⻓ (U+2ED3) to 长 (U+957F)',
			'test.txt:2:8: Full-width number ７．１％ to 7.1%',
		]);
		expect(file.messages.map((m) => [m.actual, m.expected])).toEqual([
			['⼀', ['一']],
			['⻓', ['长']],
			['７．１％', ['7.1%']],
		]);
	});
	test('a leading 　　 indent stays (unwrap reads it as a paragraph mark); inner ideographic spaces go', () => {
		expect(fold('\u3000\u3000今年以来，开发区\u3000坚持\u3000\u3000项目为王').text).toBe(
			'\u3000\u3000今年以来，开发区 坚持  项目为王',
		);
	});
	test('full-width punctuation outside numbers is Chinese typography and stays', () => {
		expect(fold('一是抓项目，二是优环境：“１，２”（见表）。').text).toBe(
			'一是抓项目，二是优环境：“1，2”（见表）。',
		);
	});
	test('a radical with no equivalent ideograph stays, with a warning', () => {
		const { text, file } = fold('重复⺀号');
		expect(text).toBe('重复⺀号');
		expect(file.messages[0]!.fatal).toBe(false);
		expect(file.messages[0]!.reason).toMatch(/no equivalent unified ideograph/);
	});
	test('text without stand-ins is returned as it is, without messages', () => {
		const { text, file } = fold(ARTICLE);
		expect(text).toBe(ARTICLE);
		expect(file.messages).toEqual([]);
	});
});

describe('chars: the Unicode data', () => {
	test('EquivalentUnifiedIdeograph.txt is parsed, ranges included', () => {
		expect(EQUIVALENT_UNIFIED.get('\u2ED3')).toBe('长');
		expect(EQUIVALENT_UNIFIED.size).toBeGreaterThan(300);
		expect(parseEquivalents('2E81..2E82 ; 5382 # x\n# c\n')).toEqual(
			new Map([
				['\u2E81', '\u5382'],
				['\u2E82', '\u5382'],
			]),
		);
		expect(() => parseEquivalents('2E81 5382')).toThrow(/unexpected line/);
	});
});

describe('chars: new text with every kind of damage folds back to what was printed', () => {
	const supplement = new Map([...EQUIVALENT_UNIFIED].filter(([r]) => /[\u2E80-\u2EFF]/.test(r)));
	for (const seed of [1, 2, 3]) {
		test(`stand-ins (seed ${seed}, with and without stutter), full-width numbers, ideographic spaces`, () => {
			const rand = prng(seed);
			const damaged = ideographicSpaces(
				fullWidth(standIns(ARTICLE, rand, { rate: 0.6, stutter: seed === 2, supplement })),
			);
			expect(damaged).not.toBe(ARTICLE);
			const { text, file } = fold(damaged);
			expect(text).toBe(ARTICLE);
			expect(file.messages.length).toBeGreaterThan(10);
			expect(file.messages.every((m) => m.ruleId && m.actual && m.expected && m.place)).toBe(true);
		});
	}
	test('an indented (　　) article keeps its indents', () => {
		const damaged = ideographicSpaces(ARTICLE, true);
		expect(fold(damaged).text).toBe(ARTICLE.replace(/(^|\n\n)(?=\S)/g, '$1\u3000\u3000'));
	});
});

describe('field case 02: Kangxi radicals and compatibility ideographs', () => {
	test('title, text and figures read in unified ideographs', () => {
		const bytes = readFileSync('tests/ingest/field/fixtures/02-kangxi-radicals/linhe-kangxi.txt');
		const { record, file } = ingestOne({ name: 'linhe-kangxi.txt', bytes }, loadGlossaries('data'));
		expect(record).not.toBeNull();
		expect(record!.title).toBe('临河开发区一季度经济实现“开门红”');
		const body = record!.blocks.map((b) => b.text).join('\n');
		expect(body).toContain(
			'今年一季度，临河经济技术开发区地区生产总值完成38.6亿元，同比增长7.1%。一方面，开发区抓实重点项目建设',
		);
		expect(body).toContain('国际金融中心项目');
		expect(body).not.toMatch(/[\u2E80-\u2FDF\uF900-\uFAFF]/u);
		const gdp = record!.metrics.filter((m) => m.indicator === 'gdp');
		expect(gdp.map((m) => [m.kind, m.value, m.unit.printed])).toEqual([
			['level', 38.6, '亿元'],
			['growth', 7.1, '%'],
		]);
		expect(record!.date).toBe('2024');
		expect(file.messages.filter((m) => m.source === 'chars')).toHaveLength(15);
		expect(record!.cleaning.coverage.ratio).toBe(1);
	});
});

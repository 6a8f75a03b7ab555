import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../scripts/ingest/normalize.ts';
import { prng, spaceHanRuns, spreadDigits } from '../../scripts/synth/damage.ts';
import { messages, vfile } from './helpers.ts';

describe('normalize', () => {
	test.each([
		['全区GDP增长7 . 3%，排名全市第2', '全区GDP增长7.3%，排名全市第2'],
		['累计招引过亿元项目 3 5个。', '累计招引过亿元项目35个。'],
		['设 备 3 0 0 0 套 ，年 产 值 达 1 6 亿元；', '设备3000套，年产值达16亿元；'],
		['项 目 聊 城 分 会 场 集 中 开 工 仪式', '项目聊城分会场集中开工仪式'],
		['达 6 亿 元 、利 税 9 0 0 0 万 元 。此外', '达6亿元、利税9000万元。此外'],
		['访问量达2 . 3 3亿人次', '访问量达2.33亿人次'],
		['带动就业1 . 8万余人', '带动就业1.8万余人'],
		['发展理念,推动经济;增速8.2%,排名', '发展理念，推动经济；增速8.2%，排名'],
		['稳步上升态势,1-5月增长', '稳步上升态势，1-5月增长'],
		['２０２４年ＧＤＰ', '2024年GDP'],
	])('%s → %s', (input, expected) => {
		expect(normalizeText(input, vfile(), 1)).toBe(expected);
	});

	test.each([
		'聚焦主责主业 奋力担当作为',
		'张超 聊城报道',
		'本刊策划：韩庆阳 冉令军 王亚飞',
		'2025年1月11日 甲辰年十二月十二',
		'N12D双层电动巴士 and AI 客服',
		'CN 37-0048',
		'1,000元',
	])('keeps spaces printed on purpose: %s', (text) => {
		const f = vfile();
		expect(normalizeText(text, f, 1)).toBe(text);
		expect(f.messages).toEqual([]);
	});

	test('each change is reported with before and after', () => {
		const f = vfile();
		normalizeText('增长7 . 3%', f, 4);
		expect(messages(f)).toEqual(['test.txt:4:1: Removed spaces inside spread numbers']);
		expect(f.messages[0]!.actual).toBe('增长7 . 3%');
		expect(f.messages[0]!.expected).toEqual(['增长7.3%']);
	});

	test('undoes spreading applied to new text', () => {
		const clean =
			'园区完成投资12.6亿元，同比增长18.4%，新签约过亿元项目9个，年产碳纤维板材2000吨。';
		const rand = prng(7);
		for (let i = 0; i < 20; i++) {
			const damaged = spreadDigits(clean, rand, 0.9);
			expect(normalizeText(damaged, vfile(), 1)).toBe(clean);
		}
	});

	describe('spaces between Han runs in running prose', () => {
		const clean =
			'园区聚焦高端装备主导产业，新增专精特新企业9家，引进GDP核算 and AI 平台，“一窗受理”改革全面推开。';

		test('word-gap spaces applied to new text go, the spaces Latin words and numbers need stay', () => {
			const rand = prng(11);
			for (let i = 0; i < 30; i++) {
				const damaged = spaceHanRuns(clean, rand, 0.3);
				const f = vfile();
				expect(normalizeText(damaged, f, 1)).toBe(clean);
				expect(f.messages.filter((m) => m.fatal === false)).toEqual([]);
			}
		});

		test('between runs of several characters too (the old rule kept these)', () => {
			expect(
				normalizeText('开发区实际 使用外资完成3860万美元，入驻 企业 达到560家。', vfile(), 1),
			).toBe('开发区实际使用外资完成3860万美元，入驻企业达到560家。');
		});

		test('a bracketed byline keeps the spaces between names', () => {
			const text = '本报讯（记者 李文华 通讯员 赵一鸣）近日，园区 新建 厂房投入使用。';
			expect(normalizeText(text, vfile(), 1)).toBe(
				'本报讯（记者 李文华 通讯员 赵一鸣）近日，园区新建厂房投入使用。',
			);
		});

		test('a space inside a quotation is kept and reported', () => {
			const f = vfile();
			expect(normalizeText('园区开展“项目攻坚年 服务提升年”活动，成 效明显。', f, 3)).toBe(
				'园区开展“项目攻坚年 服务提升年”活动，成效明显。',
			);
			const w = f.messages.filter((m) => m.fatal === false);
			expect(w.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
				['han-space-left', '项目攻坚年 服务提升年', ['项目攻坚年服务提升年']],
			]);
		});

		test('lines without sentence punctuation (titles, headings, bylines) keep their spaces', () => {
			for (const t of ['强化项目支撑 增强投资拉动', '记者 李文华', '创新创业新高地 宜商宜居新城区'])
				expect(normalizeText(t, vfile(), 1)).toBe(t);
		});
	});

	// Text not in the seeds: ASCII parentheses as extraction leaves them in Chinese text.
	test.each([
		['各村(社区)党支部书记参加', '各村（社区）党支部书记参加'],
		['引进高端数控机床(CNC)生产线', '引进高端数控机床（CNC）生产线'],
		['主要任务:(1)稳产能;(2)扩内需。', '主要任务：（1）稳产能；（2）扩内需。'],
		['华泰化工 (集团) 有限公司', '华泰化工（集团）有限公司'],
		['(以下简称“园区”)', '（以下简称“园区”）'],
		['东昌府区(含开发区)(不含高新区)', '东昌府区（含开发区）（不含高新区）'],
	])('full-width parentheses in Chinese text: %s → %s', (input, expected) => {
		const f = vfile();
		expect(normalizeText(input, f, 1)).toBe(expected);
		expect(f.messages.some((m) => m.ruleId === 'ascii-parens')).toBe(true);
	});

	test.each([
		'the CNC (computer numerical control) line',
		'Q3 (2024) figures',
		'收入增长(见附表',
		'f(x)',
	])('parentheses outside Chinese text, or unpaired, stay: %s', (text) => {
		expect(normalizeText(text, vfile(), 1)).toBe(text);
	});
});

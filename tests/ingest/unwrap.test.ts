import { describe, expect, test } from 'vitest';
import { latinWrap } from '../../scripts/ingest/latin.ts';
import { joinLines, unwrap } from '../../scripts/ingest/unwrap.ts';
import { columnBreak, indentParagraphs, wrapColumn } from '../../scripts/synth/damage.ts';
import { lines, messages, vfile } from './helpers.ts';

const para1 =
	'园区引进的碳纤维复合材料项目总投资15亿元，建成后年产高性能碳纤维板材2000吨，可实现年产值8.5亿元。';
const para2 = '在此基础上，园区还与三所高校共建研发中心，聚焦轻量化材料的关键技术攻关。';

describe('unwrap', () => {
	test('joins hard-wrapped lines and a sentence broken by a column break', () => {
		const text = `${columnBreak(wrapColumn(para1, 12), 2)}\n\n${wrapColumn(para2, 12)}`;
		const f = vfile();
		const out = unwrap(lines(text), new Set(), f);
		expect(out.map((p) => p.text)).toEqual([para1, para2]);
		expect(messages(f).filter((m) => m.includes('column break'))).toEqual([
			'test.txt:4:1: Joined a sentence across a column break',
		]);
	});

	test('steps over captions printed inside a sentence and keeps them after the paragraph', () => {
		const text = [
			para2,
			'',
			'在此基础上，园区还与三所高校共建研发中',
			'',
			'工人正在调试设备。',
			'',
			'新厂区鸟瞰。',
			'',
			'心，聚焦轻量化材料的关键技术攻关，力争年内形成一批可以转化落地的科研成果，服务园区企业转型升级。',
		].join('\n');
		const out = unwrap(lines(text), new Set(), vfile());
		expect(out.map((p) => [p.text, !!p.interrupting])).toEqual([
			[para2, false],
			[
				'在此基础上，园区还与三所高校共建研发中心，聚焦轻量化材料的关键技术攻关，力争年内形成一批可以转化落地的科研成果，服务园区企业转型升级。',
				false,
			],
			['工人正在调试设备。', true],
			['新厂区鸟瞰。', true],
		]);
	});

	test('never joins across blank lines in the header (before any sentence punctuation)', () => {
		const text = ['聚焦主责主业 奋力担当作为', '开发区开创新局面', '', '记者 张超', '', para2].join(
			'\n',
		);
		const out = unwrap(lines(text), new Set(), vfile());
		expect(out.map((p) => p.lines)).toEqual([
			['聚焦主责主业 奋力担当作为', '开发区开创新局面'],
			['记者 张超'],
			[para2],
		]);
	});

	test('short headings between paragraphs are not continuations', () => {
		const text = [`${para1.slice(0, -1)}`, '', '重大项目异军突起', ''].join('\n');
		const f = vfile();
		const out = unwrap(lines(text), new Set(), f);
		expect(out.map((p) => p.text)).toEqual([para1.slice(0, -1), '重大项目异军突起']);
		expect(messages(f)).toContain(
			'test.txt:1:1: Paragraph ends mid-sentence and no continuation was found',
		);
	});

	test('Latin words across a wrap keep a space; Han and digits do not', () => {
		expect(joinLines(['solar', 'glass'])).toBe('solar glass');
		expect(joinLines(['BIPV', '太阳能'])).toBe('BIPV太阳能');
		expect(joinLines(['3 5', '个'])).toBe('3 5个');
	});

	describe('Latin text cut by a column wrap', () => {
		const clean =
			'园区引入AIGC内容平台和LiDAR测绘系统，建成5G基站36个，打造smart city示范区，推广photovoltaic技术。';

		test.each([5, 7, 9, 11, 13])(
			'new text wrapped at %i characters: tokens cut by the wrap are rejoined, two words get their space',
			(width) => {
				// The extractor drops the space at a line end: wrap the text, then trim each line.
				const damaged = wrapColumn(clean, width)
					.split('\n')
					.map((l) => l.trim())
					.join('\n');
				const f = vfile();
				const [p] = unwrap(lines(damaged), new Set(), f);
				const undecided = f.messages.filter((m) => m.ruleId === 'latin-wrap-undecided');
				// Either the text is exactly right, or each difference is a wrap reported as undecided.
				if (p!.text !== clean) expect(undecided.length).toBeGreaterThan(0);
				expect(p!.text.replaceAll(' ', '')).toBe(clean.replaceAll(' ', ''));
			},
		);

		test.each([
			['开发区G', 'DP完成', 'join'],
			['的BI', 'PV光伏', 'join'],
			['中德合作的IN', 'DUSTRIEPARK智能', 'join'],
			['推广indus', 'trial园区', 'join'],
			['打造smart', 'city示范区', 'space'],
			['solar', 'glass', 'space'],
			['引入Li', 'DAR系统', 'join'],
			['北斗Bei', 'Dou系统', 'undecided'],
		] as const)('%s⏎%s → %s', (left, right, how) => {
			expect(latinWrap(left, right)).toBe(how);
		});

		test('an undecided wrap keeps both parts with a space and says so', () => {
			const f = vfile();
			const [p] = unwrap(lines('园区接入Bei\nDou导航系统。'), new Set(), f);
			expect(p!.text).toBe('园区接入Bei Dou导航系统。');
			const w = f.messages.filter((m) => m.fatal === false);
			expect(w.map((m) => [m.ruleId, m.line, m.actual])).toEqual([
				['latin-wrap-undecided', 2, 'Bei⏎Dou'],
			]);
		});

		test('a digit on either side of the wrap joins: 5⏎G, IPv⏎6', () => {
			expect(joinLines(['建成5', 'G基站'])).toBe('建成5G基站');
			expect(joinLines(['支持IPv', '6协议'])).toBe('支持IPv6协议');
		});
	});

	describe('paragraphs marked only by a first-line indent (U+3000 as received, before any folding)', () => {
		const heading = '创新平台增强';
		test.each([
			['two ideographic spaces', '\u3000\u3000', 13],
			['one ideographic space', '\u3000', 11],
			['four ASCII spaces', '    ', 15],
		])(
			'%s, no blank lines: one paragraph per indent, the short one stands alone',
			(_, indent, width) => {
				const text = indentParagraphs([para1, para2, heading, para1], width, indent);
				const f = vfile();
				const out = unwrap(lines(text), new Set(), f);
				expect(out.map((p) => p.text)).toEqual([para1, para2, heading, para1]);
				expect(f.messages.some((m) => m.ruleId === 'indent-paragraphs')).toBe(true);
			},
		);

		test('an indented paragraph is not a continuation even when the one before ends mid-sentence', () => {
			const text = indentParagraphs(['园区还与三所高校共建研发中心', para2], 12);
			expect(unwrap(lines(text), new Set(), vfile()).map((p) => p.text)).toEqual([
				'园区还与三所高校共建研发中心',
				para2,
			]);
		});

		test('when every line is indented, the indent marks nothing', () => {
			const text = wrapColumn(para1, 12)
				.split('\n')
				.map((l) => `\u3000\u3000${l}`)
				.join('\n');
			expect(unwrap(lines(text), new Set(), vfile()).map((p) => p.text)).toEqual([para1]);
		});
	});
});

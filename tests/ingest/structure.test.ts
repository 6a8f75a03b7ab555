import { describe, expect, test } from 'vitest';
import { normalize } from '../../scripts/ingest/normalize.ts';
import { parseByline } from '../../scripts/ingest/byline.ts';
import { structure } from '../../scripts/ingest/structure.ts';
import { unwrap } from '../../scripts/ingest/unwrap.ts';
import { wrapColumn } from '../../scripts/synth/damage.ts';
import { lines, messages, vfile } from './helpers.ts';

function run(text: string) {
	const f = vfile();
	const s = structure(normalize(unwrap(lines(text), new Set(), f), f), f);
	return { ...s, f, types: s.blocks.map((b) => `${b.type}:${b.text.slice(0, 6)}`) };
}

const p1 =
	'园区引进的碳纤维复合材料项目总投资15亿元，建成后年产高性能碳纤维板材2000吨，可实现年产值8.5亿元。';
const p2 =
	'在此基础上，园区还与三所高校共建研发中心，聚焦轻量化材料的关键技术攻关，服务企业转型升级。';
const p3 = '园区持续优化营商环境，推行企业开办一窗通办，审批时限压减一半以上，群众满意度明显提升。';
const lede =
	'今年以来，新材料产业园聚焦主导产业，前三季度完成投资12.6亿元，同比增长18.4%，为全区经济发展注入强劲动能。';

describe('structure', () => {
	test('kicker, title, lede before the byline, headings before sections', () => {
		const text = [
			'',
			'新材料产业园——',
			'',
			'为全区高质量发展注入新动能',
			'',
			lede,
			'',
			'李明 聊城报道',
			'通讯员 王芳 赵磊',
			'',
			'项目建设提速',
			'',
			p1,
			'',
			'创新平台增强',
			'',
			p2,
		].join('\n');
		const s = run(text);
		expect(s.kicker).toBe('新材料产业园——');
		expect(s.title).toBe('为全区高质量发展注入新动能');
		expect(s.byline).toEqual([
			{ role: 'reporter', roleLabel: '聊城报道', name: '李明' },
			{ role: 'correspondent', roleLabel: '通讯员', name: '王芳' },
			{ role: 'correspondent', roleLabel: '通讯员', name: '赵磊' },
		]);
		expect(s.types).toEqual([
			'lede:今年以来，新',
			'heading:项目建设提速',
			'paragraph:园区引进的碳',
			'heading:创新平台增强',
			'paragraph:在此基础上，',
		]);
		expect(s.blocks.map((b) => b.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
	});

	test('headings printed after their sections move back; a wide first paragraph is the lede', () => {
		const text = [
			'标题第一行 标题第二行',
			'这是副标题说明文字',
			'',
			wrapColumn(lede, 40),
			'',
			wrapColumn(p1, 12),
			'',
			'项目建设提速',
			'',
			wrapColumn(p2, 12),
			'',
			wrapColumn(p3, 12),
			'',
			'创新平台增强',
		].join('\n');
		const s = run(text);
		expect(s.title).toBe('标题第一行 标题第二行');
		expect(s.subtitle).toBe('这是副标题说明文字');
		expect(s.types).toEqual([
			'lede:今年以来，新',
			'heading:项目建设提速',
			'paragraph:园区引进的碳',
			'heading:创新平台增强',
			'paragraph:在此基础上，',
			'paragraph:园区持续优化',
		]);
		expect(messages(s.f).filter((m) => m.includes('heading printed after'))).toHaveLength(2);
	});

	test('a lede printed after the closing byline moves to the front; two short lines are one heading', () => {
		const text = [
			'全力建设',
			'',
			'新材料产业高地',
			'',
			p1,
			'',
			'项目建设提速',
			'',
			'创新平台增强',
			'',
			p2,
			'',
			'(文/李明)',
			'',
			wrapColumn(lede, 15),
		].join('\n');
		const s = run(text);
		expect(s.title).toBe('全力建设新材料产业高地');
		expect(s.byline).toEqual([{ role: 'author', roleLabel: '文', name: '李明' }]);
		expect(s.types).toEqual([
			'lede:今年以来，新',
			'paragraph:园区引进的碳',
			'heading:项目建设提速',
			'paragraph:在此基础上，',
		]);
		expect(s.blocks[2]!.text).toBe('项目建设提速 创新平台增强');
		expect(messages(s.f)).toContain(
			'test.txt:15:1: Moved the lede printed after the closing byline to the front',
		);
	});

	test('masthead, banner, markdown headings, captions and credits', () => {
		const text = [
			'主题',
			'',
			'# 横幅口号',
			'',
			'# 园区专刊',
			'',
			'聊城日报 年终特刊',
			'',
			'国内统一连续出版物号 CN 37-0048',
			'',
			'2024年12月30日 甲辰年十一月三十',
			'',
			'星期一',
			'',
			'## 新材料产业园蓬勃发展',
			'',
			'■ 李明',
			'',
			p1,
			'',
			'工厂车间',
			'',
			'### 项目建设',
			'',
			'#### 打造发展新引擎',
			'',
			p2,
			'',
			'本版责编：张三 本版美编：李四',
			'',
			'园区鸟瞰图',
		].join('\n');
		const s = run(text);
		expect(s.title).toBe('新材料产业园蓬勃发展');
		expect(s.source).toEqual({ name: '聊城日报', edition: '年终特刊', page: null });
		expect(s.printedDate).toBe('2024年12月30日 甲辰年十一月三十');
		expect(s.furniture).toEqual([
			'主题',
			'# 横幅口号',
			'# 园区专刊',
			'国内统一连续出版物号 CN 37-0048',
			'2024年12月30日 甲辰年十一月三十',
			'星期一',
		]);
		expect(s.byline).toEqual([{ role: 'author', roleLabel: '■', name: '李明' }]);
		expect(s.types).toEqual([
			'paragraph:园区引进的碳',
			'caption:工厂车间',
			'heading:项目建设 打',
			'paragraph:在此基础上，',
			'credit:本版责编：张',
			'caption:园区鸟瞰图',
		]);
	});

	test('captions printed inside a sentence follow the paragraph', () => {
		const text = [
			'标题',
			'',
			'记者 李明',
			'',
			`${p2}园区还与三所高校共建研发中`,
			'',
			'工人正在调试设备。',
			'',
			`心，${p3}${p3}`,
		].join('\n');
		const s = run(text);
		expect(s.types).toEqual(['paragraph:在此基础上，', 'caption:工人正在调试']);
		expect(s.blocks[0]!.text).toContain('共建研发中心，');
	});

	test.each([
		['记者 张超', [{ role: 'reporter', roleLabel: '记者', name: '张超' }]],
		// The label is the role as printed (本报 included), so that coverage finds every printed character.
		[
			'本报记者 张超 李明',
			[
				{ role: 'reporter', roleLabel: '本报记者', name: '张超' },
				{ role: 'reporter', roleLabel: '本报记者', name: '李明' },
			],
		],
		['（文／张超）', [{ role: 'author', roleLabel: '文', name: '张超' }]],
		['聚焦主责主业 奋力担当作为', null],
		['开发区专刊', null],
	])('byline %s', (line, expected) => {
		expect(parseByline(line)).toEqual(expected);
	});
});

import { describe, expect, test } from 'vitest';
import { isFolio, readCreditLine } from '../../scripts/ingest/furniture.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { ingestOne } from '../../scripts/ingest/index.ts';
import { normalize } from '../../scripts/ingest/normalize.ts';
import { structure } from '../../scripts/ingest/structure.ts';
import { unwrap } from '../../scripts/ingest/unwrap.ts';
import { wrapColumn } from '../../scripts/synth/damage.ts';
import { lines, vfile } from './helpers.ts';

function run(text: string) {
	const f = vfile();
	const s = structure(normalize(unwrap(lines(text), new Set(), f), f), f);
	const ids = f.messages.map((m) => m.ruleId);
	return { ...s, f, ids, types: s.blocks.map((b) => `${b.type}:${b.text.slice(0, 6)}`) };
}

// New text (not from the seeds): a county paper's report on a river clean-up.
const p1 =
	'今年春季，县里组织沿河八个乡镇开展河道清淤整治，共清理淤泥三万立方米，修复护岸两千余米。';
const p2 = '整治过程中，各乡镇落实河长巡河制度，发现问题当日交办，限期整改到位，群众参与热情高涨。';
const p3 = '下一步，全县将建立长效管护机制，把河道保洁纳入村规民约，确保水清岸绿的成果长期保持。';

describe('page credit lines', () => {
	test.each([
		[
			'【编辑：张三 校对：李四】',
			[
				['编辑', '张三'],
				['校对', '李四'],
			],
		],
		['责任编辑：张三', [['责任编辑', '张三']]],
		[
			'编辑 张三  校对 李四',
			[
				['编辑', '张三'],
				['校对', '李四'],
			],
		],
		['审核：王五', [['审核', '王五']]],
		['美编：刘一', [['美编', '刘一']]],
		[
			'本版责编：苑莘｜美编：李旭 组版：周正',
			[
				['本版责编', '苑莘'],
				['美编', '李旭'],
				['组版', '周正'],
			],
		],
		['（值班编辑：赵六、钱七）', [['值班编辑', '赵六、钱七']]],
		[
			'责编：欧阳修文 审校：司马光',
			[
				['责编', '欧阳修文'],
				['审校', '司马光'],
			],
		],
	])('%s is a credit', (line, entries) => {
		expect(readCreditLine(line)?.map((e) => [e.role, e.name])).toEqual(entries);
	});

	test.each([
		'编辑部门',
		'编辑 校对',
		'编辑：校对',
		'编辑工作很重要',
		'【编辑：张三',
		'校对：李四，认真负责的工作作风值得学习。',
	])('%s is not a credit', (line) => {
		expect(readCreditLine(line)).toBeNull();
	});
});

describe('folios', () => {
	test.each(['3', '- 3 -', '—12—', '·3·', '第3页', '第 3 页', '3/8', 'P3'])(
		'%s is a folio',
		(line) => expect(isFolio(line)).toBe(true),
	);
	test.each(['2024', '项目3', '3个', '第3版面'])('%s is not a folio', (line) =>
		expect(isFolio(line)).toBe(false),
	);
});

describe('page furniture in an article', () => {
	const headed = [
		'清淤整治还河道清澈',
		'',
		'记者 孙立',
		'',
		'清淤整治',
		'',
		wrapColumn(p1, 14),
		'',
		'河长巡河',
		'',
		wrapColumn(p2, 14),
		'',
		wrapColumn(p3, 14),
	];

	test.each([
		['a lone page number', ['- 3 -'], [], ['- 3 -']],
		['第N页', ['第3页'], [], ['第3页']],
		['a bracketed credit line', ['【编辑：张三 校对：李四】'], ['credit:【编辑：张三'], []],
		[
			'an unbracketed credit line without colons',
			['编辑 张三  校对 李四'],
			['credit:编辑 张三 '],
			[],
		],
		[
			'a credit and a folio',
			['责任编辑：张三', '', '审核：王五', '', '3'],
			['credit:责任编辑：张', 'credit:审核：王五'],
			['3'],
		],
	])(
		'%s at the end is furniture, not a heading printed after its section',
		(_, tail, credits, furniture) => {
			const s = run([...headed, '', ...tail].join('\n'));
			expect(s.types).toEqual([
				'heading:清淤整治',
				'paragraph:今年春季，县',
				'heading:河长巡河',
				'paragraph:整治过程中，',
				'paragraph:下一步，全县',
				...credits,
			]);
			expect(s.furniture).toEqual(furniture);
			expect(s.ids).not.toContain('heading-after-section');
			expect(s.ids.filter((id) => id === 'credit' || id === 'folio')).toHaveLength(
				credits.length + furniture.length,
			);
		},
	);

	test('headings printed after their sections still move; the credit and folio after them do not', () => {
		const text = [
			'清淤整治还河道清澈',
			'',
			'记者 孙立',
			'',
			wrapColumn(p1, 14),
			'',
			'清淤整治',
			'',
			wrapColumn(p2, 14),
			'',
			'河长巡河',
			'',
			'【编辑：张三 校对：李四】',
			'',
			'- 7 -',
		].join('\n');
		const s = run(text);
		expect(s.types).toEqual([
			'heading:清淤整治',
			'paragraph:今年春季，县',
			'heading:河长巡河',
			'paragraph:整治过程中，',
			'credit:【编辑：张三',
		]);
		expect(s.furniture).toEqual(['- 7 -']);
	});

	test('at the start and between columns: never the title, never a heading', () => {
		const text = [
			'第5页',
			'',
			'责任编辑：张三',
			'',
			'清淤整治还河道清澈',
			'',
			'记者 孙立',
			'',
			wrapColumn(p1, 14),
			'',
			'美编：刘一',
			'',
			'5',
			'',
			wrapColumn(p2, 14),
		].join('\n');
		const s = run(text);
		expect(s.title).toBe('清淤整治还河道清澈');
		expect(s.types).toEqual([
			'credit:责任编辑：张',
			'paragraph:今年春季，县',
			'credit:美编：刘一',
			'paragraph:整治过程中，',
		]);
		expect(s.furniture).toEqual(['第5页', '5']);
	});

	test('through the whole pipeline every printed character is kept (coverage 100%) and each piece is reported', () => {
		const text = [
			'第5页',
			'',
			'清淤整治还河道清澈',
			'',
			'记者 孙立',
			'',
			p1,
			'',
			'河长巡河',
			'',
			p2,
			'',
			'【编辑：张三 校对：李四】',
			'',
			'- 3 -',
		].join('\n');
		const { record } = ingestOne(
			{ name: 'furniture.txt', bytes: new TextEncoder().encode(text) },
			loadGlossaries('data'),
		);
		expect(record!.cleaning.coverage.ratio).toBe(1);
		expect(record!.furniture).toEqual(['第5页', '- 3 -']);
		expect(record!.blocks.at(-1)).toMatchObject({
			type: 'credit',
			text: '【编辑：张三 校对：李四】',
		});
		expect(
			record!.cleaning.messages.filter((m) => m.ruleId === 'folio' || m.ruleId === 'credit'),
		).toHaveLength(3);
	});
});

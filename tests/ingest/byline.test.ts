/** Bylines where papers print them (byline.ts, structure's inline phase), on new text. */
import { describe, expect, test } from 'vitest';
import { closingByline, openingByline, parseByline } from '../../scripts/ingest/byline.ts';
import { normalize } from '../../scripts/ingest/normalize.ts';
import { structure } from '../../scripts/ingest/structure.ts';
import { unwrap } from '../../scripts/ingest/unwrap.ts';
import { wrapColumn } from '../../scripts/synth/damage.ts';
import { lines, vfile } from './helpers.ts';

const r = (role: string, roleLabel: string, name: string) => ({ role, roleLabel, name });

describe('parseByline', () => {
	test.each([
		[
			'记者 王海 通讯员 李晓 赵一鸣',
			[
				r('reporter', '记者', '王海'),
				r('correspondent', '通讯员', '李晓'),
				r('correspondent', '通讯员', '赵一鸣'),
			],
		],
		['记者王海通讯员李晓', [r('reporter', '记者', '王海'), r('correspondent', '通讯员', '李晓')]],
		['文/图 本报记者 孙立', [r('reporter', '文/图 本报记者', '孙立')]],
		[
			'文／記者黃敬淳　圖／記者余崇慧、品牌提供',
			[
				r('reporter', '文/記者', '黃敬淳'),
				r('reporter', '圖/記者', '余崇慧'),
				r('reporter', '提供', '品牌'),
			],
		],
		['記者張振群／綜合報導', [r('reporter', '記者', '張振群')]],
		[
			'本报记者 王文 实习生 李图',
			[r('reporter', '本报记者', '王文'), r('reporter', '实习生', '李图')],
		],
		['摄影记者 马力', [r('photographer', '摄影记者', '马力')]],
		['图：刘洋', [r('photographer', '图', '刘洋')]],
		['（文/图 赵明）', [r('photographer', '文/图', '赵明')]],
		['记者 阿依古丽·吐尔逊', [r('reporter', '记者', '阿依古丽·吐尔逊')]],
		['记者 欧阳明华', [r('reporter', '记者', '欧阳明华')]],
	])('%s', (line, expected) => {
		expect(parseByline(line)).toEqual(expected);
	});

	test.each([
		'记者',
		'文/图',
		'文华',
		'图为活动现场。',
		'记者节座谈会在园区召开',
		'通讯员队伍建设',
	])('not a byline (a role word is never a name): %s', (line) => {
		expect(parseByline(line)).toBeNull();
	});
});

describe('bylines inside paragraphs', () => {
	test.each([
		['本报讯（记者 王海 通讯员 李晓）5月6日，', '本报讯'],
		['本报运河5月6日讯（记者 王海）5月6日，', '本报运河5月6日讯'],
		['新华社北京5月6日电（记者 王海）5月6日，', '新华社北京5月6日电'],
		['（记者 王海）5月6日，', null],
	])('opening: %s', (head, dateline) => {
		const o = openingByline(`${head}园区项目集中开工。`);
		expect(o?.dateline ?? null).toBe(dateline);
		expect(o?.rest).toBe('5月6日，园区项目集中开工。');
		expect(o?.bylines[0]).toEqual(r('reporter', '记者', '王海'));
	});

	test('brackets that are not a byline stay in the text', () => {
		expect(openingByline('（一）园区项目集中开工。')).toBeNull();
		expect(closingByline('园区新建厂房（一期）')).toBeNull();
		expect(closingByline('园区迎来新项目（图片由园区提供）')).toBeNull();
	});

	const run = (text: string) => {
		const f = vfile();
		const s = structure(normalize(unwrap(lines(text), new Set(), f), f), f);
		return { ...s, f, types: s.blocks.map((b) => `${b.type}:${b.text}`) };
	};
	const p1 = '5月6日，运河经济开发区举行重点项目集中开工活动，共有12个项目开工，总投资58亿元。';
	const p2 = '据了解，这批项目涵盖新材料、生物医药等领域，全部投产后可实现年产值120亿元。';

	test('本报讯（…）opening the first paragraph, wrapped: the byline, the dateline to furniture, the body after it', () => {
		const s = run(
			[
				'运河开发区重点项目集中开工',
				'',
				wrapColumn(`本报讯（记者 王海 通讯员 李晓）${p1}`, 13),
				'',
				wrapColumn(p2, 13),
			].join('\n'),
		);
		expect(s.title).toBe('运河开发区重点项目集中开工');
		expect(s.byline).toEqual([r('reporter', '记者', '王海'), r('correspondent', '通讯员', '李晓')]);
		expect(s.types).toEqual([`paragraph:${p1}`, `paragraph:${p2}`]);
		expect(s.furniture).toEqual(['本报讯']);
	});

	test('a closing （记者 …）, a 图为 caption and jump lines', () => {
		const s = run(
			[
				'运河开发区重点项目集中开工',
				'',
				'记者 王海',
				'',
				`${p1}（下转第2版）`,
				'',
				'图为开工现场。',
				'',
				'（上接第1版）',
				'',
				`${p2}（记者 王海 实习生 陈晨）`,
			].join('\n'),
		);
		expect(s.types).toEqual([`paragraph:${p1}`, 'caption:图为开工现场。', `paragraph:${p2}`]);
		expect(s.byline).toEqual([r('reporter', '记者', '王海'), r('reporter', '实习生', '陈晨')]);
		expect(s.furniture).toEqual(['（下转第2版）', '（上接第1版）', '（记者 王海 实习生 陈晨）']);
	});

	test('a line that opens like a byline but cannot be read is kept, with a warning', () => {
		const s = run(['运河开发区重点项目集中开工', '', '记者 王海 摄 Li Ming', '', p1].join('\n'));
		expect(s.byline).toEqual([]);
		const w = s.f.messages.filter((m) => m.fatal === false && m.ruleId === 'byline-unread');
		expect(w.map((m) => m.actual)).toEqual(['记者 王海 摄 Li Ming']);
	});

	test('a dateline without a byline (本报讯 + U+3000 + …) goes to furniture, the body starts after it', () => {
		const s = run(
			['运河开发区重点项目集中开工', '', '记者 王海', '', `本报讯\u3000${p1}`, '', p2].join('\n'),
		);
		expect(s.types).toEqual([`paragraph:${p1}`, `paragraph:${p2}`]);
		expect(s.furniture).toEqual(['本报讯']);
	});
});

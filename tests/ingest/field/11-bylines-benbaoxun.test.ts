/** Field case 11 (../shared/field/11-bylines-benbaoxun): bylines where papers print them. */
import { expect, test } from 'vitest';
import { ingestCase } from './ingest-case.ts';

test('field 11 a: 本报讯（记者 … 通讯员 …）opening the first paragraph is the byline; the body starts after it', () => {
	const { record, blocks, file } = ingestCase('11-bylines-benbaoxun', 'a-benbaoxun-inline.txt');
	expect(record.title).toBe('临河开发区新型储能产业园开工');
	expect(record.byline).toEqual([
		{ role: 'reporter', roleLabel: '记者', name: '周启明' },
		{ role: 'correspondent', roleLabel: '通讯员', name: '林雨桐' },
	]);
	expect(blocks[0]).toMatch(/^paragraph:10月28日，临河经济技术开发区/);
	expect(record.furniture).toContain('本报讯');
	expect(file.messages.filter((m) => m.ruleId === 'unfinished-paragraph')).toEqual([]);
	expect(record.cleaning.coverage.ratio).toBe(1);
});

test('field 11 b: 文/图 本报记者 under the title, a 图为 caption, a closing （记者 … 通讯员 …）', () => {
	const { record, blocks } = ingestCase('11-bylines-benbaoxun', 'b-wentu-and-closing.txt');
	expect(record.byline).toEqual([
		{ role: 'reporter', roleLabel: '文/图 本报记者', name: '韩书远' },
		{ role: 'correspondent', roleLabel: '通讯员', name: '林雨桐' },
	]);
	expect(blocks).toEqual([
		'paragraph:近日，临河经济技术开发区组织开展“企业服务日”活动，现场解决企业用工、融资等问题37个。',
		'caption:图为活动现场。',
		'paragraph:开发区相关负责人表示，将把“企业服务日”打造成常态化服务品牌。',
	]);
	expect(record.cleaning.coverage.ratio).toBe(1);
});

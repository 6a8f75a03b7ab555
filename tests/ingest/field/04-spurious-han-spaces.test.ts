/** Field case 04 (../shared/field/04-spurious-han-spaces): word-gap spaces between Han runs in prose. */
import { expect, test } from 'vitest';
import { ingestCase } from './ingest-case.ts';

test('field 04: spaces between Han runs in running prose go, the figures read', () => {
	const { blocks, metrics, warnings } = ingestCase('04-spurious-han-spaces', 'linhe-spaces.txt');
	expect(blocks).toEqual([
		'paragraph:今年以来，临河经济技术开发区实际使用外资完成3860万美元，同比增长21.5%。开发区聚焦新材料、高端装备两大主导产业，新增高新技术企业23家，总数达到112家。园区道路、管网等配套设施日益完善，入驻企业达到560家。',
	]);
	expect(metrics).toEqual(
		expect.arrayContaining([
			'foreign-capital-utilised level 3860万美元',
			'foreign-capital-utilised growth 21.5%',
			'high-tech-enterprises count 23家',
			'incubator-tenants count 560家',
		]),
	);
	expect(warnings.filter((m) => m.source === 'normalize')).toEqual([]);
});

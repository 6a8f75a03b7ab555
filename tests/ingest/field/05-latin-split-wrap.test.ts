/** Field case 05 (../shared/field/05-latin-split-wrap): Latin tokens cut by a column wrap. */
import { expect, test } from 'vitest';
import { ingestCase } from './ingest-case.ts';

test('field 05: G⏎DP, BI⏎PV, 5⏎G, IN⏎DUSTRIEPARK are rejoined without a space', () => {
	const { blocks, metrics, warnings } = ingestCase('05-latin-split-wrap', 'linhe-latin-wrap.txt');
	expect(blocks).toEqual([
		'paragraph:今年上半年，临河经济技术开发区GDP完成52.3亿元，同比增长6.8%。投资30亿元的BIPV光伏建筑一体化项目进展顺利，全区已建成5G基站420个，中德合作的INDUSTRIEPARK智能制造园区开园运营。',
	]);
	expect(metrics).toEqual(expect.arrayContaining(['gdp level 52.3亿元', 'gdp growth 6.8%']));
	expect(warnings.filter((m) => m.source === 'unwrap')).toEqual([]);
});

/** Field case 01 (../shared/field/01-partial-fake-bold): bold lead-ins and a bold heading printed twice. */
import { expect, test } from 'vitest';
import { ingestCase } from './ingest-case.ts';

test('field 01: each doubled run is undone, the doubled heading line is a heading', () => {
	const { record, blocks, metrics } = ingestCase('01-partial-fake-bold', 'linhe-bold-leadin.txt');
	expect(record.title).toBe('临河开发区项目建设跑出加速度');
	expect(record.byline).toEqual([{ role: 'reporter', roleLabel: '记者', name: '周启明' }]);
	expect(blocks[0]).toMatch(/^paragraph:坚持项目为王。今年以来，临河经济技术开发区/);
	expect(blocks[1]).toMatch(/^paragraph:优化营商环境。开发区推行/);
	expect(blocks.slice(2)).toEqual([
		'heading:招商引资成效明显',
		'paragraph:新签约过亿元项目18个，其中投资20亿元的新型储能电池项目已开工建设。',
	]);
	expect(metrics).toEqual(
		expect.arrayContaining([
			'fixed-asset-investment level 46.8亿元',
			'fixed-asset-investment growth 12.4%',
			'market-entities count 1.2万户',
			'projects-over-100m count 18个',
		]),
	);
	// No doubled glyph left anywhere in the record (a pair of Han characters or sentence marks twice over).
	const all = [record.title, ...record.blocks.map((b) => b.text)].join('\n');
	expect(all).not.toMatch(/(\p{Script=Han}|[。，])\1(\p{Script=Han}|[。，])\2/u);
	expect(record.cleaning.coverage.ratio).toBe(1);
});

/** Field case 06 (../shared/field/06-ideographic-indent): paragraphs marked only by a two-U+3000 indent. */
import { expect, test } from 'vitest';
import { ingestCase } from './ingest-case.ts';

test('field 06: each indented line starts a paragraph, the indented short line is a heading', () => {
	const { blocks, metrics } = ingestCase('06-ideographic-indent', 'linhe-indent.txt');
	expect(blocks).toEqual([
		'paragraph:今年以来，临河经济技术开发区深化“放管服”改革，企业开办时间压缩至0.5个工作日，新增市场主体2860户。',
		'paragraph:开发区设立企业服务中心，为重点企业配备服务专员120名，累计解决企业诉求860余件。',
		'heading:政务服务再提速',
		'paragraph:开发区推行“一窗受理、集成服务”，全区95%以上的政务服务事项实现“一次办好”。',
	]);
	expect(metrics).toContain('market-entities count 2860户');
});

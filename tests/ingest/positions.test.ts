/**
 * Figure and mention positions (issue 12): one meaning per field, in code points everywhere.
 * `Metric.blockOffset` is where the figure starts in its block, `Metric.textOffset` where its sentence
 * starts; the site marks the figure in the sentence at `blockOffset - textOffset`, never at the first
 * occurrence of the same characters.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Block } from '../../src/schemas/article.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { extractMetrics } from '../../scripts/ingest/metrics.ts';
import { findEntities } from '../../scripts/ingest/entities.ts';
import { inlineSpans, segments, sentenceParts } from '../../src/utils/inline.ts';
import {
	codePointLength,
	sliceCodePoints,
	toCodePoints,
	toUtf16,
} from '../../src/utils/codepoints.ts';

const glossaries = loadGlossaries();
const para = (text: string): Block => ({ type: 'paragraph', id: 'b0', text });

describe('figure positions', () => {
	it('marks the figure at its own place when its sentence holds the same figure twice', () => {
		// The second sentence holds 5% twice; the exports figure is the second one.
		const blocks = [para('上半年，全区GDP增长7%。进出口增长5%，出口增长5%。')];
		const metrics = extractMetrics(blocks, new VFile(), glossaries.indicators);
		const exports = metrics.find((m) => m.indicator === 'exports')!;
		expect(exports.text).toBe('进出口增长5%，出口增长5%');
		expect([exports.textOffset, exports.blockOffset]).toEqual([14, 26]);
		const [before, figure, after] = sentenceParts(exports);
		expect(figure).toBe('5%');
		expect(before).toBe('进出口增长5%，出口增长');
		expect(after).toBe('');
		// and the imports-exports figure, the first 5%, is marked at the first place
		const trade = metrics.find((m) => m.indicator === 'imports-exports')!;
		expect(sentenceParts(trade)).toEqual(['进出口增长', '5%', '，出口增长5%']);
	});

	it('leaves a figure unmarked rather than mark another occurrence when its offsets do not fit', () => {
		const m = { text: '进出口增长5%，出口增长5%', match: '5%', blockOffset: 40, textOffset: 13 };
		expect(sentenceParts(m)).toEqual([m.text, '', '']);
	});

	it('counts code points, so a Han character outside the BMP before a figure or a name shifts nothing', () => {
		const text = '𠮷𪚥村中通客车出口增长5%，进出口增长8%。';
		const blocks = [para(text)];
		const metrics = extractMetrics(blocks, new VFile(), glossaries.indicators);
		const { entities } = findEntities(blocks, new VFile(), glossaries.entities);
		const exports = metrics.find((m) => m.indicator === 'exports')!;
		expect(exports.blockOffset).toBe(11); // 13 UTF-16 code units
		expect(sliceCodePoints(text, exports.blockOffset!, codePointLength('5%'))).toBe('5%');
		const bus = entities.find((e) => e.id === 'zhongtong-bus')!;
		expect(bus.mentions[0]).toEqual({ block: 0, offset: 3, length: 4 });
		// The body marks exactly the figure and the name.
		const spans = inlineSpans({ blocks, metrics, entities }, () => true)[0]!;
		const marked = segments(text, spans)
			.filter((s) => s.mark)
			.map((s) => s.text);
		expect(marked).toEqual(['中通客车', '5%', '8%']);
		expect(sentenceParts(exports)[1]).toBe('5%');
	});

	it('converts between code points and UTF-16 indices', () => {
		const s = 'a𠮷b';
		expect([
			toCodePoints(s, 0),
			toCodePoints(s, 1),
			toCodePoints(s, 3),
			toCodePoints(s, 4),
		]).toEqual([0, 1, 2, 3]);
		expect([toUtf16(s, 0), toUtf16(s, 1), toUtf16(s, 2), toUtf16(s, 3), toUtf16(s, 9)]).toEqual([
			0, 1, 3, 4, 4,
		]);
		expect(codePointLength(s)).toBe(3);
		expect(sliceCodePoints(s, 1, 1)).toBe('𠮷');
	});
});

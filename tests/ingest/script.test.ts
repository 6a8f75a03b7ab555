/**
 * Traditional-script articles: kept as printed, read on a same-length Simplified view (issue 13
 * "Characters", field case 07).
 */
import { codePointLength, sliceCodePoints } from '../../src/utils/codepoints.ts';
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import type { Article, Metric } from '../../src/schemas/article.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { ingestOne } from '../../scripts/ingest/index.ts';
import { readingView, simplifiedView } from '../../scripts/ingest/script.ts';
import { vfile } from './helpers.ts';

const glossaries = loadGlossaries('data');
const ingest = (name: string, text: string | Uint8Array) =>
	ingestOne(
		{ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text },
		glossaries,
	);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Character by character, so that doubled glyphs (`發發展展`) stay pairs. */
const traditional = (text: string) => Array.from(text, (c) => toTraditional(c)).join('');
const figures = (r: Article) =>
	r.metrics.map((m) => [
		m.indicator,
		m.kind,
		m.value,
		m.unit.printed,
		m.period?.printed ?? null,
		m.rank?.printed ?? null,
	]);

/** New text: an invented report, not a seed. */
const SIMPLIFIED = `东昌湖新区外贸进出口逆势增长

记者 刘晓燕

今年前三季度，东昌湖新区进出口总额完成26.4亿元，同比增长8.3%，其中出口完成19.7亿元。新区积极帮助企业开拓东南亚市场，新增外贸备案企业31家。`;

describe('the Simplified view', () => {
	test('has the same length as the printed text, in code units and code points', () => {
		for (const text of [
			traditional(SIMPLIFIED),
			'臨河開發區對外貿易逆勢增長 記者 周啟明 進出口總額 億元 乾隆 頭髮',
			'𠀀臺灣著作',
		]) {
			const view = simplifiedView(text);
			expect(view.length).toBe(text.length);
			expect(Array.from(view).length).toBe(Array.from(text).length);
		}
		expect(simplifiedView('進出口總額41.2億元，記者')).toBe('进出口总额41.2亿元，记者');
	});
	test('a Simplified article is read as it is: no view, no message', () => {
		const paras = [{ text: SIMPLIFIED, lines: [SIMPLIFIED], start: 1, end: 1 }];
		const f = vfile();
		const view = readingView(paras, f);
		expect(view.traditional).toBe(false);
		expect(view.paras).toBe(paras);
		expect(f.messages).toEqual([]);
	});
});

describe('figures of a Traditional article', () => {
	test('take their printed match and sentence at their code-point offsets, not at the first look-alike', () => {
		// Mixed print (億 then 亿: both read 亿 in the view) after a character outside the BMP, so a UTF-16
		// offset or a search for the first occurrence in the view both land on the wrong figure.
		const printedText = '𠀀臨河開發區出口完成19.7億元，進口完成19.7亿元，對外貿易總額增長。';
		const paras = [{ text: printedText, lines: [printedText], start: 1, end: 1 }];
		const view = readingView(paras, vfile());
		expect(view.traditional).toBe(true);
		const viewBlocks = [{ type: 'paragraph' as const, text: view.paras[0]!.text, id: 'b0' }];
		const printedBlocks = view.printedBlocks(viewBlocks);
		expect(printedBlocks[0]!.text).toBe(printedText);
		const second = Array.from(printedText).indexOf('，') + 5; // code points: 「，進口完成」 then the figure
		const sentence = view.paras[0]!.text;
		const metric = {
			match: '19.7亿元',
			text: sentence,
			block: 0,
			blockOffset: second,
			textOffset: 0,
		} as unknown as Metric;
		const [m] = view.printedMetrics([metric], viewBlocks, printedBlocks);
		expect(m!.match).toBe('19.7亿元');
		expect(m!.text).toBe(printedText);
		expect(sliceCodePoints(printedText, m!.blockOffset!, codePointLength(m!.match!))).toBe(
			m!.match,
		);
	});
});

describe('field case 07: Traditional text, in UTF-8 and in Big5', () => {
	test.each(['linhe-trad-utf8.txt', 'linhe-big5.txt'])(
		'%s: printed text kept, byline and figures read',
		(name) => {
			const { record, file } = ingest(
				name,
				readFileSync(`tests/ingest/field/fixtures/07-big5/${name}`),
			);
			expect(record).not.toBeNull();
			const r = record!;
			expect(r.title).toBe('臨河開發區對外貿易逆勢增長');
			expect(r.byline).toEqual([{ role: 'reporter', roleLabel: '記者', name: '周啟明' }]);
			expect(r.blocks[0]!.text).toContain(
				'進出口總額完成41.2億元，同比增長9.6%，其中出口完成35.8億元',
			);
			expect(figures(r)).toEqual([
				['imports-exports', 'level', 41.2, '亿元', '今年前三季度', null],
				['imports-exports', 'growth', 9.6, '%', '今年前三季度', null],
				['exports', 'level', 35.8, '亿元', '今年前三季度', null],
			]);
			for (const m of r.metrics) {
				expect(m.text).toContain('億元');
				expect(m.match).toBeTruthy();
				expect(
					sliceCodePoints(r.blocks[m.block]!.text, m.blockOffset!, codePointLength(m.match!)),
				).toBe(m.match);
				expect(
					sliceCodePoints(r.blocks[m.block]!.text, m.textOffset!, codePointLength(m.text)),
				).toBe(m.text);
			}
			expect(r.cleaning.coverage.ratio).toBe(1);
			expect(file.messages.some((m) => m.ruleId === 'traditional')).toBe(true);
		},
	);
});

describe('new text and every seed, printed in Traditional, read like their Simplified originals', () => {
	const seeds = readdirSync('seeds').filter((n) => n.endsWith('.txt'));
	test.each([
		['new text', SIMPLIFIED] as const,
		...seeds.map((n) => [n, readFileSync(`seeds/${n}`, 'utf8')] as const),
	])('%s', (name, text) => {
		const simplified = ingest(name, text).record!;
		const { record } = ingest(name, traditional(text));
		const r = record!;
		expect(r).not.toBeNull();
		expect(r.title).toBe(traditional(simplified.title));
		expect(figures(r)).toEqual(figures(simplified));
		expect(r.metrics.length).toBeGreaterThan(0);
		expect(r.byline.map((b) => [b.role, b.name])).toEqual(
			simplified.byline.map((b) => [b.role, traditional(b.name)]),
		);
		expect(r.entities.map((e) => [e.id, e.count])).toEqual(
			simplified.entities.map((e) => [e.id, e.count]),
		);
		expect(r.blocks.map((b) => b.text)).toEqual(simplified.blocks.map((b) => traditional(b.text)));
		expect(r.slug).toBe(simplified.slug);
		expect(r.cleaning.coverage.ratio).toBe(1);
		expect(r.metrics.map((m) => m.match)).toEqual(
			simplified.metrics.map((m) => (m.match === undefined ? undefined : traditional(m.match))),
		);
		expect(r.metrics.map((m) => m.text)).toEqual(
			simplified.metrics.map((m) => traditional(m.text)),
		);
		for (const m of r.metrics) {
			expect(m.blockOffset).toBe(simplified.metrics[r.metrics.indexOf(m)]!.blockOffset);
			if (m.match)
				expect(
					sliceCodePoints(r.blocks[m.block]!.text, m.blockOffset!, codePointLength(m.match)),
				).toBe(m.match);
			expect(sliceCodePoints(r.blocks[m.block]!.text, m.textOffset!, codePointLength(m.text))).toBe(
				m.text,
			);
		}
		for (const e of r.entities)
			for (const x of e.mentions)
				expect(codePointLength(r.blocks[x.block]!.text)).toBeGreaterThanOrEqual(
					x.offset + x.length,
				);
	});
});

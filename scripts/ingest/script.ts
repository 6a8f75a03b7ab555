/**
 * Stage `script`: Traditional-script articles are kept as printed, but read on a Simplified view
 * (issue 13 "Characters"; field case 07: `進出口總額`, `億元`, `記者` read like 进出口总额, 亿元, 记者).
 *
 * Design: the view is a character-for-character Simplified copy of the printed paragraphs, of the same
 * length in UTF-16 code units and in code points, so every position (line, column, block offset,
 * mention offset) found on the view is valid on the printed text. The reading stages (`structure`,
 * `dates`, `metrics`, `entities`, `topics`, the slug) run on the view, unchanged; `printed*` then puts
 * the printed text back into everything the record displays (title, byline, blocks, furniture, the
 * sentence and match of each figure) by position. What the reading stages derive as a reading rather
 * than a quotation (a figure's unit, period and rank; entity names from the glossary) stays in its
 * Simplified form, so one indicator's values share units across scripts.
 *
 * The view is made with `opencc-js` (Traditional, Taiwan standard → Mainland Simplified), line by line
 * where that keeps the length (phrase conversions keep their context) and otherwise one character at a
 * time. Simplified articles (fewer than `TRADITIONAL_SHARE` of their Han characters change) are read as
 * they are, so their records do not depend on this stage at all.
 */
import { codePointLength, sliceCodePoints } from '../../src/utils/codepoints.ts';
import * as OpenCC from 'opencc-js';
import type { Block, Metric } from '../../src/schemas/article.ts';
import type { Structured } from './structure.ts';
import type { UnwrappedPara, VFile } from './types.ts';

const source = 'script';

/** Share of Han characters that must differ in the Simplified view for a text to count as Traditional. */
export const TRADITIONAL_SHARE = 0.1;

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
const single = new Map<string, string>();

/** The Simplified form of one character, or the character itself when that is not one character of the same length. */
function simplifyChar(c: string): string {
	let s = single.get(c);
	if (s === undefined) {
		const out = convert(c);
		s = out.length === c.length && Array.from(out).length === 1 ? out : c;
		single.set(c, s);
	}
	return s;
}

/**
 * A Simplified view of `text` with the same length (UTF-16 code units) and the same characters at the
 * same positions wherever they need no conversion. Never throws.
 */
export function simplifiedView(text: string): string {
	const whole = convert(text);
	if (whole.length === text.length && Array.from(whole).length === Array.from(text).length)
		return whole;
	let out = '';
	for (const c of text) out += simplifyChar(c);
	return out;
}

/** Han characters looked at to decide the script: enough to tell, cheap for long articles. */
const SCRIPT_SAMPLE = 2000;

/**
 * Han characters among the first `SCRIPT_SAMPLE` of `text` and how many of them the Simplified view
 * changes (one character at a time).
 */
export function traditionalShare(text: string): { han: number; changed: number } {
	const han = (text.match(/\p{Script=Han}/gu) ?? []).slice(0, SCRIPT_SAMPLE);
	let changed = 0;
	for (const c of han) if (simplifyChar(c) !== c) changed += 1;
	return { han: han.length, changed };
}

/**
 * The reading view of a Traditional article after corrections: `view` (the Simplified structure the
 * reading stages were built on) with its title, subtitle, kicker and block texts replaced by the
 * Simplified view of `corrected` (the printed structure with corrections applied). Same lengths as
 * `corrected` (UTF-16 code units), so figure offsets read on it hold in the printed text. Never throws.
 */
export function simplifiedCorrected(view: Structured, corrected: Structured): Structured {
	const simple = (t: string | null) => (t === null ? null : simplifiedView(t));
	return {
		...view,
		title: simple(corrected.title),
		subtitle: simple(corrected.subtitle),
		kicker: simple(corrected.kicker),
		blocks: corrected.blocks.map((b) => ({ ...b, text: simplifiedView(b.text) })),
	};
}

/** What the reading stages read, and how to put the printed text back. */
export interface ReadingView {
	/** True when the article is printed in Traditional script and `paras` is its Simplified view. */
	traditional: boolean;
	/** Paragraphs to read: the printed ones, or their Simplified view (same lengths). */
	paras: UnwrappedPara[];
	/** The printed text at the place where `viewText` stands in the view (itself when not found or Simplified). */
	printed(viewText: string): string;
	/** A structured article with its printed text put back (see the module comment). */
	printedStructure(s: Structured): Structured;
	/** Blocks with their printed text. */
	printedBlocks(blocks: Block[]): Block[];
	/**
	 * Figures read on `viewBlocks`, with their sentence (`text`) and `match` taken from `printedBlocks` at
	 * the same place (`textOffset`, `blockOffset`: code points); offsets are unchanged (same lengths in
	 * code points). Where a figure's offset does not hold its text in the view, the text is put back
	 * character by character (`printed`).
	 */
	printedMetrics(metrics: Metric[], viewBlocks: Block[], printedBlocks: Block[]): Metric[];
}

/**
 * Decide the script of an article and build its reading view. Reports a Traditional article with an
 * info message, and any text that could not be put back as printed with a warning (`script-restore`).
 */
export function readingView(paras: UnwrappedPara[], file: VFile): ReadingView {
	const all = paras.map((p) => p.text).join('\n');
	const { han, changed } = traditionalShare(all);
	const identity = <T>(x: T) => x;
	if (!han || changed < Math.max(3, han * TRADITIONAL_SHARE)) {
		return {
			traditional: false,
			paras,
			printed: identity,
			printedStructure: identity,
			printedBlocks: identity,
			printedMetrics: identity,
		};
	}
	const view = paras.map((p) => ({
		...p,
		text: simplifiedView(p.text),
		lines: p.lines.map(simplifiedView),
	}));
	// One corpus of everything the view holds, and the printed text at the same positions.
	const printedCorpus = paras.flatMap((p) => [p.text, ...p.lines]).join('\n');
	const viewCorpus = view.flatMap((p) => [p.text, ...p.lines]).join('\n');
	const message = file.info(
		`Traditional script (${changed} of ${han} Han characters differ in Simplified): read on a Simplified view, kept as printed`,
		{ ruleId: 'traditional', source },
	);
	message.actual = 'Traditional';
	message.expected = ['Simplified view'];
	// Where a string is not a substring of the view (a reading stage rebuilt it), characters are put back
	// one by one from what they were printed as in this article, when that is unambiguous.
	const back = new Map<string, Set<string>>();
	const printedChars = Array.from(printedCorpus);
	Array.from(viewCorpus).forEach((v, i) => {
		const p = printedChars[i];
		if (p !== undefined && p !== v) (back.get(v) ?? back.set(v, new Set()).get(v)!).add(p);
	});
	const printed = (text: string): string => {
		if (!text) return text;
		const at = viewCorpus.indexOf(text);
		if (at >= 0) return printedCorpus.slice(at, at + text.length);
		let out = '';
		for (const c of text) {
			const forms = back.get(c);
			if (forms && forms.size > 1) {
				const m = file.message(
					`Cannot tell how ${c} was printed here (${[...forms].join(' or ')}): kept in Simplified`,
					{ ruleId: 'script-restore', source },
				);
				m.actual = c;
				m.expected = [...forms];
			}
			out += forms?.size === 1 ? [...forms][0]! : c;
		}
		return out;
	};
	const printedBlocks = (blocks: Block[]) => blocks.map((b) => ({ ...b, text: printed(b.text) }));
	return {
		traditional: true,
		paras: view,
		printed,
		printedStructure: (s) => ({
			...s,
			title: s.title === null ? null : printed(s.title),
			subtitle: s.subtitle === null ? null : printed(s.subtitle),
			kicker: s.kicker === null ? null : printed(s.kicker),
			byline: s.byline.map((b) => ({
				...b,
				roleLabel: printed(b.roleLabel),
				name: printed(b.name),
			})),
			source: {
				name: s.source.name === null ? null : printed(s.source.name),
				edition: s.source.edition === null ? null : printed(s.source.edition),
				page: s.source.page === null ? null : printed(s.source.page),
			},
			printedDate: s.printedDate === null ? null : printed(s.printedDate),
			furniture: s.furniture.map(printed),
			blocks: printedBlocks(s.blocks),
		}),
		printedBlocks,
		printedMetrics: (metrics, viewBlocks, printedBlocks) =>
			metrics.map((m) => {
				// The view has the printed text's length in code points, so the code-point offsets
				// (`blockOffset`, `textOffset`) read on the view stand at the same place in the printed block.
				const block = printedBlocks[m.block]?.text ?? '';
				const viewBlock = viewBlocks[m.block]?.text ?? '';
				const at = (offset: number | undefined, viewText: string): string =>
					offset !== undefined &&
					sliceCodePoints(viewBlock, offset, codePointLength(viewText)) === viewText
						? sliceCodePoints(block, offset, codePointLength(viewText))
						: printed(viewText);
				const text = at(m.textOffset, m.text);
				return m.match === undefined
					? { ...m, text }
					: { ...m, text, match: at(m.blockOffset, m.match) };
			}),
	};
}

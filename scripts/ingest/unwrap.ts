/**
 * Stage `unwrap`: rebuild paragraphs from narrow newspaper columns.
 *
 * - Paragraphs are runs between blank lines, and, where a run indents some of its lines after the
 *   first (the Chinese first-line indent, two U+3000, or two or more ASCII spaces, with no blank
 *   lines: deathau/cm-show-whitespace-obsidian#23, w3c/csswg-drafts#6903), each indented line starts
 *   a paragraph. A run whose every line is indented is one paragraph (the indent is then no mark).
 *   An indented paragraph is never the continuation of a sentence across a column break.
 * - Lines of one paragraph are joined: hard wraps every ~12 characters are
 *   layout, not text, and are joined without a space; Latin letters on both sides of a wrap are
 *   decided by `latinWrap` (`G⏎DP` → GDP, `smart⏎city` → smart city; an undecided wrap keeps both
 *   parts with a space and is reported as a warning).
 * - A paragraph that ends mid-sentence continues in the next body paragraph: the blank line was a column
 *   break. Short single-line paragraphs printed in between (photo captions dropped into the column) are
 *   stepped over and marked `interrupting`; they follow the paragraph they interrupted.
 * - The header zone (everything before the first paragraph with sentence punctuation: titles, bylines,
 *   mastheads) is never joined across blank lines.
 */
import { latinWrap } from './latin.ts';
import { isFolio, readCreditLine } from './furniture.ts';
import { CREDIT, SENTENCE_PUNCT, SHORT_LINE, TERMINAL } from './patterns.ts';
import { blankSeparated, type SourceLine, type UnwrappedPara, type VFile } from './types.ts';

const source = 'unwrap';

/** How many short paragraphs a continuation may step over. */
const MAX_STEP = 4;

/** A first-line paragraph indent: one or two ideographic spaces, or two or more ASCII spaces. */
export const INDENT = /^(?:\u3000{1,2}|[ \u00A0]{2,})(?=\S)/u;

/**
 * Split a run of lines at each indented line, when the run marks paragraphs by indentation: some line
 * after the first is indented, and not every line is.
 */
export function splitIndented(group: SourceLine[]): SourceLine[][] {
	const indented = group.map((l) => INDENT.test(l.text));
	if (!indented.slice(1).some(Boolean) || indented.every(Boolean)) return [group];
	const out: SourceLine[][] = [];
	group.forEach((line, k) => {
		if (k === 0 || indented[k]) out.push([line]);
		else out.at(-1)!.push(line);
	});
	return out;
}

/**
 * Rebuild paragraphs from column lines (see the module comment for the rules). `lines` are the
 * decoded (and undoubled) lines with their 1-based numbers; `doubled` the numbers `dedouble` repaired.
 * Returns the paragraphs in reading order, each with its first and last source line and its original
 * lines; every join or split is an `info` message whose place is a range (columns in UTF-16 code
 * units, 1-based); an undecided Latin wrap is a warning. Never throws.
 */
export function unwrap(lines: SourceLine[], doubled: Set<number>, file: VFile): UnwrappedPara[] {
	const groups = blankSeparated(lines).flatMap((g) => {
		const parts = splitIndented(g);
		if (parts.length > 1) {
			file.info(`Split ${parts.length} paragraphs marked only by a first-line indent`, {
				place: {
					start: { line: g[0]!.line, column: 1 },
					end: { line: g.at(-1)!.line, column: g.at(-1)!.text.length + 1 },
				},
				ruleId: 'indent-paragraphs',
				source,
			});
		}
		return parts;
	});
	const paras: UnwrappedPara[] = groups.map((g) => {
		const texts = g.map((l) => l.text.trim());
		if (texts.length > 1) {
			file.info(`Joined ${texts.length} hard-wrapped lines into one paragraph`, {
				place: {
					start: { line: g[0]!.line, column: 1 },
					end: { line: g.at(-1)!.line, column: g.at(-1)!.text.length + 1 },
				},
				ruleId: 'hard-wrap',
				source,
			});
		}
		const doubts: number[] = [];
		const text = joinLines(texts, (k) => doubts.push(k));
		for (const k of doubts) reportLatin(file, texts[k - 1]!, texts[k]!, g[k]!.line);
		return {
			text,
			lines: texts,
			start: g[0]!.line,
			end: g.at(-1)!.line,
			doubled: g.some((l) => doubled.has(l.line)),
			afterBlank: true,
			...(INDENT.test(g[0]!.text) ? { indented: true } : {}),
		};
	});
	const bodyStart = paras.findIndex((p) => SENTENCE_PUNCT.test(p.text));
	if (bodyStart < 0) return paras;
	const out: UnwrappedPara[] = paras.slice(0, bodyStart);
	const pending = paras.slice(bodyStart);
	while (pending.length) {
		let current = pending.shift()!;
		const stepped: UnwrappedPara[] = [];
		// Follow column breaks: while the paragraph ends mid-sentence, join the next body paragraph.
		while (isProse(current) && !TERMINAL.test(current.text) && pending.length) {
			let k = 0;
			while (k < pending.length && k < MAX_STEP && isShort(pending[k]!)) k++;
			const next = pending[k];
			if (!next || isShort(next) || startsNew(next)) break;
			for (const cap of pending.splice(0, k)) stepped.push({ ...cap, interrupting: true });
			pending.shift();
			const message = file.info(
				k
					? `Joined a sentence across a column break, stepping over ${k} short paragraph(s) printed inside it`
					: 'Joined a sentence across a column break',
				{ place: { line: next.start, column: 1 }, ruleId: 'column-break', source },
			);
			message.actual = `${current.text.slice(-8)} ⏎ ${next.text.slice(0, 8)}`;
			message.expected = [`${current.text.slice(-8)}${next.text.slice(0, 8)}`];
			current = {
				...current,
				text: joinLines([current.text, next.text], () =>
					reportLatin(file, current.text, next.text, next.start),
				),
				lines: [...current.lines, ...next.lines],
				end: next.end,
				doubled: current.doubled && next.doubled,
			};
		}
		if (isProse(current) && !TERMINAL.test(current.text) && !isShort(current)) {
			file.message('Paragraph ends mid-sentence and no continuation was found', {
				place: { line: current.end, column: 1 },
				ruleId: 'unfinished-paragraph',
				source,
			});
		}
		out.push(current, ...stepped);
	}
	return out;
}

/**
 * Join text pieces without a space, except between Latin letters that `latinWrap` says are two words
 * (or cannot decide: then a space keeps both parts, and `onUndecided` gets the index of the piece that
 * follows the wrap).
 */
export function joinLines(parts: string[], onUndecided?: (index: number) => void): string {
	return parts.reduce((acc, part, index) => {
		if (!acc) return part;
		if (!part) return acc;
		if (!(/[A-Za-z]$/.test(acc) && /^[A-Za-z]/.test(part))) return acc + part;
		const how = latinWrap(acc, part);
		if (how === 'undecided') onUndecided?.(index);
		return acc + (how === 'join' ? '' : ' ') + part;
	}, '');
}

/** Warn that a wrap between Latin letters was left as a space. */
function reportLatin(file: VFile, left: string, right: string, line: number): void {
	const l = left.match(/[A-Za-z]+$/)?.[0] ?? '';
	const r = right.match(/^[A-Za-z]+/)?.[0] ?? '';
	const message = file.message(
		`Could not decide whether “${l}⏎${r}” is one word split by the column or two words; kept both parts with a space`,
		{
			place: { line, column: 1 },
			ruleId: 'latin-wrap-undecided',
			source,
		},
	);
	message.actual = `${l}⏎${r}`;
	message.expected = [`${l}${r}`, `${l} ${r}`];
}

/** One line, short: a caption, heading or credit line rather than a piece of running text. */
function isShort(p: UnwrappedPara): boolean {
	return p.lines.length === 1 && Array.from(p.text).length <= SHORT_LINE;
}

/** Running text: it has sentence punctuation, or it was wrapped over three lines or more. */
function isProse(p: UnwrappedPara): boolean {
	if (p.lines.every((l) => CREDIT.test(l) || readCreditLine(l) || isFolio(l))) return false;
	return SENTENCE_PUNCT.test(p.text) || p.lines.length > 2;
}

/** Paragraphs that cannot continue a sentence: indented ones, markdown headings, credits, bylines in brackets. */
function startsNew(p: UnwrappedPara): boolean {
	return !!p.indented || /^(#{1,6}\s|[(（]文\s*[/／]|■)/u.test(p.text);
}

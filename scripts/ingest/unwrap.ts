/**
 * Stage `unwrap`: rebuild paragraphs from narrow newspaper columns.
 *
 * - Lines of one paragraph (a run between blank lines) are joined: hard wraps every ~12 characters are
 *   layout, not text. Latin letters on both sides of a wrap are joined with a space, anything else
 *   without one.
 * - A paragraph that ends mid-sentence continues in the next body paragraph: the blank line was a column
 *   break. Short single-line paragraphs printed in between (photo captions dropped into the column) are
 *   stepped over and marked `interrupting`; they follow the paragraph they interrupted.
 * - The header zone (everything before the first paragraph with sentence punctuation: titles, bylines,
 *   mastheads) is never joined across blank lines.
 */
import { CREDIT, SENTENCE_PUNCT, SHORT_LINE, TERMINAL } from './patterns.ts';
import { blankSeparated, type SourceLine, type UnwrappedPara, type VFile } from './types.ts';

const source = 'unwrap';

/** How many short paragraphs a continuation may step over. */
const MAX_STEP = 4;

/**
 * Rebuild paragraphs from column lines (see the module comment for the rules). `lines` are the
 * decoded (and undoubled) lines with their 1-based numbers; `doubled` the numbers `dedouble` repaired.
 * Returns the paragraphs in reading order, each with its first and last source line and its original
 * lines; every join is an `info` message whose place is a range (columns in UTF-16 code units, 1-based).
 * Never throws.
 */
export function unwrap(lines: SourceLine[], doubled: Set<number>, file: VFile): UnwrappedPara[] {
	const groups = blankSeparated(lines);
	const paras: UnwrappedPara[] = groups.map((g) => {
		const texts = g.map((l) => l.text.trim());
		if (texts.length > 1) {
			file.info(`Joined ${texts.length} hard-wrapped lines into one paragraph`, {
				place: { start: { line: g[0]!.line, column: 1 }, end: { line: g.at(-1)!.line, column: g.at(-1)!.text.length + 1 } },
				ruleId: 'hard-wrap',
				source,
			});
		}
		return {
			text: joinLines(texts),
			lines: texts,
			start: g[0]!.line,
			end: g.at(-1)!.line,
			doubled: g.some((l) => doubled.has(l.line)),
			afterBlank: true,
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
				text: joinLines([current.text, next.text]),
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

/** Join text pieces: a space only between two Latin letters. */
export function joinLines(parts: string[]): string {
	return parts.reduce((acc, part) => {
		if (!acc) return part;
		if (!part) return acc;
		const space = /[A-Za-z]$/.test(acc) && /^[A-Za-z]/.test(part) ? ' ' : '';
		return acc + space + part;
	}, '');
}

/** One line, short: a caption, heading or credit line rather than a piece of running text. */
function isShort(p: UnwrappedPara): boolean {
	return p.lines.length === 1 && Array.from(p.text).length <= SHORT_LINE;
}

/** Running text: it has sentence punctuation, or it was wrapped over three lines or more. */
function isProse(p: UnwrappedPara): boolean {
	if (p.lines.every((l) => CREDIT.test(l))) return false;
	return SENTENCE_PUNCT.test(p.text) || p.lines.length > 2;
}

/** Paragraphs that cannot continue a sentence: markdown headings, credits, bylines in brackets. */
function startsNew(p: UnwrappedPara): boolean {
	return /^(#{1,6}\s|[(（]文\s*[/／]|■)/u.test(p.text);
}

/**
 * Stage `dedouble`: undo "fake bold", where the PDF printed every glyph twice (`全全力力建建设设`,
 * `11--1100` for 1-10, `33..33` for 3.3, `((文文//张张超超))`).
 *
 * Detection is per paragraph (a run of lines between blank lines): the paragraph is doubled when every
 * glyph of every line pairs with its twin (white space, added later by justification, stands alone)
 * and it has at least `MIN_PAIRS` pairs. Repair is pairwise, so genuine reduplication survives:
 * `欣欣欣欣向向荣荣` → 欣欣向荣, `村村村村通通` → 村村通.
 */
import { blankSeparated, type SourceLine, type VFile } from './types.ts';

const source = 'dedouble';
/** Fewer pairs than this in a paragraph is too little evidence (`谢谢` is a word, not damage). */
export const MIN_PAIRS = 3;

export interface PairScan {
	/** The line with each pair reduced to one glyph. */
	text: string;
	pairs: number;
	/** Glyphs that had no twin. */
	singles: number;
}

/** Scan a line pairwise. White space is copied as it is. */
export function scanPairs(line: string): PairScan {
	const chars = Array.from(line);
	let text = '';
	let pairs = 0;
	let singles = 0;
	for (let i = 0; i < chars.length; ) {
		const c = chars[i]!;
		if (/\s/.test(c)) {
			text += c;
			i += 1;
		} else if (chars[i + 1] === c) {
			text += c;
			pairs += 1;
			i += 2;
		} else {
			text += c;
			singles += 1;
			i += 1;
		}
	}
	return { text, pairs, singles };
}

/**
 * Undo glyphs printed twice (`全全力力` → 全力), paragraph by paragraph (runs of non-blank lines): a
 * paragraph is repaired only when its lines read as pairs throughout (at least `MIN_PAIRS` pairs and
 * no unpaired glyph), so ordinary repeated characters (`天天`, `欣欣向荣`) elsewhere are left
 * alone. Each repaired line is an `info` message with `actual`/`expected`. Returns the lines (same
 * line numbers, 1-based) and the numbers of the lines repaired. Never throws.
 */
export function dedouble(lines: SourceLine[], file: VFile): { lines: SourceLine[]; doubled: Set<number> } {
	const out = lines.map((l) => ({ ...l }));
	const doubled = new Set<number>();
	for (const group of blankSeparated(out)) {
		const scans = group.map((l) => scanPairs(l.text));
		const pairs = scans.reduce((n, s) => n + s.pairs, 0);
		const singles = scans.reduce((n, s) => n + s.singles, 0);
		if (singles > 0 || pairs < MIN_PAIRS) continue;
		group.forEach((line, k) => {
			const scan = scans[k]!;
			if (scan.pairs === 0) return;
			const message = file.info(`Undid ${scan.pairs} doubled glyph(s)`, {
				place: { line: line.line, column: 1 },
				ruleId: 'doubled-glyphs',
				source,
			});
			message.actual = line.text;
			message.expected = [scan.text];
			line.text = scan.text;
			doubled.add(line.line);
		});
	}
	return { lines: out, doubled };
}

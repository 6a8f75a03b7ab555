/**
 * Stage `dedouble`: undo "fake bold", where the PDF drew glyphs twice (`全全力力建建设设`, `11--1100` for
 * 1-10, `33..33` for 3.3, `((文文//张张超超))`).
 *
 * Two levels, both pairwise so genuine reduplication survives (`欣欣欣欣向向荣荣` → 欣欣向荣,
 * `村村村村通通` → 村村通):
 *
 * 1. Whole paragraph (a run of lines between blank lines): every glyph of every line pairs with its
 *    twin (white space, added later by justification, stands alone) and there are at least `MIN_PAIRS`
 *    pairs. The paragraph is undone line by line.
 * 2. Doubled runs (fake bold on part of a paragraph: a bold lead-in `坚坚持持项项目目为为王王。。` or a
 *    bold heading line, the rest printed once; reported by firecrawl/pdf-inspector#313 and
 *    yob/pdf-reader#143). The paragraph's glyphs are paired greedily across line wraps; each maximal
 *    run of consecutive pairs is judged on its own evidence: the pairs that are not digits, `—`, `…`,
 *    `·` or ASCII symbols (characters that repeat in ordinary text: `####`, `2000`, `——`). A run
 *    with at least `MIN_PAIRS` such pairs, or two of them and a doubled sentence mark (`。。`, `，，`:
 *    never printed on purpose), is undone.
 *    A run of one pair is ordinary text (常常, 天天, 村村通, `2000`). A run of two pairs is undecided
 *    (`扎扎实实` is a word, `一一是是` is a bold 一是): it is kept as printed and reported as a warning,
 *    as is a run of three or more pairs made only of such characters.
 *
 * A line that was entirely doubled (a bold line), short and without sentence punctuation, inside a
 * paragraph whose other lines were printed once, is a heading: a blank line is inserted around it so
 * later stages see it as a paragraph of its own.
 *
 * Columns in messages are 1-based, in code points.
 */
import { SENTENCE_PUNCT, SHORT_LINE, TERMINAL } from './patterns.ts';
import { blankSeparated, type SourceLine, type VFile } from './types.ts';

const source = 'dedouble';
/** Fewer pairs than this in a paragraph is too little evidence (`谢谢` is a word, not damage). */
export const MIN_PAIRS = 3;
/**
 * Characters that repeat in ordinary text: a pair of them is no evidence of fake bold (digits, `——`,
 * `……`, and ASCII symbols such as the `####` of a Markdown heading).
 */
const NEUTRAL = /^[\d—…·!-/:-@[-`{-~]$/u;
/** Sentence marks that are never printed twice on purpose. */
const STRONG = /^[。，、；：！？]$/u;

/** What `scanPairs` found in one line; counts are of code points. */
export interface PairScan {
	/** The line with each pair reduced to one glyph. */
	text: string;
	/** Glyphs printed twice in a row (each pair counts one). */
	pairs: number;
	/** Glyphs that had no twin. */
	singles: number;
}

/** Scan a line pairwise, by code point. White space is copied as it is. Pure; never throws. */
export function scanPairs(line: string): PairScan {
	const chars = Array.from(line);
	let text = '';
	let pairs = 0;
	let singles = 0;
	for (let i = 0; i < chars.length;) {
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

/** One glyph of a paragraph, with the index of its line in the paragraph and its column (0-based, code points). */
interface Glyph {
	c: string;
	line: number;
	col: number;
}

/** A pair of twins, a glyph without a twin, or white space. */
interface Unit {
	kind: 'pair' | 'single' | 'space';
	glyphs: Glyph[];
}

/** A maximal run of consecutive pairs (white space inside it allowed) and the verdict on it. */
export interface DoubledRun {
	/** The run as printed and as undone. */
	actual: string;
	expected: string;
	/** Pairs that are evidence of fake bold (not digits, `—`, `…`, `·`). */
	evidence: number;
	verdict: 'undo' | 'keep' | 'undecided';
}

/** Pair the glyphs of several lines greedily, left to right; a pair may span a line wrap. */
function pairUnits(texts: string[]): Unit[] {
	const glyphs: Glyph[] = texts.flatMap((t, line) =>
		Array.from(t).map((c, col) => ({ c, line, col })),
	);
	const units: Unit[] = [];
	for (let i = 0; i < glyphs.length;) {
		const g = glyphs[i]!;
		if (/\s/u.test(g.c)) {
			units.push({ kind: 'space', glyphs: [g] });
			i += 1;
		} else if (glyphs[i + 1]?.c === g.c) {
			units.push({ kind: 'pair', glyphs: [g, glyphs[i + 1]!] });
			i += 2;
		} else {
			units.push({ kind: 'single', glyphs: [g] });
			i += 1;
		}
	}
	return units;
}

/** Judge one run of pairs (see the module comment for the rule). */
export function judgeRun(pairs: string[]): DoubledRun['verdict'] {
	const evidence = pairs.filter((c) => !NEUTRAL.test(c)).length;
	const strong = pairs.some((c) => STRONG.test(c));
	if (evidence >= MIN_PAIRS || (strong && evidence >= 2)) return 'undo';
	if (evidence === 2 || (evidence === 0 && pairs.length >= MIN_PAIRS)) return 'undecided';
	return 'keep';
}

/**
 * Undo glyphs printed twice: whole paragraphs (runs of non-blank lines) that read as pairs throughout,
 * else each doubled run judged on its own evidence (see the module comment), so ordinary repeated
 * characters (`天天`, `欣欣向荣`) are left alone. Each repaired line is an `info` message with
 * `actual`/`expected`; each undecided run a warning. Returns the lines (1-based line numbers kept; a
 * bold line turned heading gets blank lines around it, numbered like it) and the numbers of the lines
 * repaired. Never throws.
 */
export function dedouble(
	lines: SourceLine[],
	file: VFile,
): { lines: SourceLine[]; doubled: Set<number> } {
	const out = lines.map((l) => ({ ...l }));
	const doubled = new Set<number>();
	const headings = new Set<SourceLine>();
	for (const group of blankSeparated(out)) {
		if (!undoWhole(group, file, doubled)) undoRuns(group, file, doubled, headings);
	}
	if (!headings.size) return { lines: out, doubled };
	// A bold line inside a paragraph stands alone: blank lines around it (same line number, no text).
	const result: SourceLine[] = [];
	for (const line of out) {
		if (headings.has(line))
			result.push({ text: '', line: line.line }, line, { text: '', line: line.line });
		else result.push(line);
	}
	return { lines: result, doubled };
}

/** Level 1: the whole paragraph is doubled. Returns false (and changes nothing) when it is not. */
function undoWhole(group: SourceLine[], file: VFile, doubled: Set<number>): boolean {
	const scans = group.map((l) => scanPairs(l.text));
	const pairs = scans.reduce((n, s) => n + s.pairs, 0);
	const singles = scans.reduce((n, s) => n + s.singles, 0);
	if (singles > 0 || pairs < MIN_PAIRS) return false;
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
	return true;
}

/** Level 2: undo each doubled run of a partly doubled paragraph; report runs left undecided. */
function undoRuns(
	group: SourceLine[],
	file: VFile,
	doubled: Set<number>,
	headings: Set<SourceLine>,
): void {
	const units = pairUnits(group.map((l) => l.text));
	if (!units.some((u) => u.kind === 'pair')) return;
	/** Glyphs to drop (the second of each undone pair), by line index → columns. */
	const drop = group.map(() => new Set<number>());
	/** Columns of both glyphs of every undone pair, by line index. */
	const bold = group.map(() => new Set<number>());
	const undone = group.map(() => 0);
	for (let i = 0; i < units.length;) {
		if (units[i]!.kind !== 'pair') {
			i++;
			continue;
		}
		let j = i;
		while (
			j < units.length &&
			(units[j]!.kind === 'pair' || (units[j]!.kind === 'space' && units[j + 1]?.kind === 'pair'))
		)
			j++;
		const run = units.slice(i, j);
		const pairs = run.filter((u) => u.kind === 'pair');
		const verdict = judgeRun(pairs.map((u) => u.glyphs[0]!.c));
		const first = run[0]!.glyphs[0]!;
		if (verdict === 'undo') {
			for (const u of pairs) {
				const twin = u.glyphs[1]!;
				drop[twin.line]!.add(twin.col);
				for (const g of u.glyphs) bold[g.line]!.add(g.col);
				undone[u.glyphs[0]!.line]!++;
			}
		} else if (verdict === 'undecided') {
			const actual = run.map((u) => u.glyphs.map((g) => g.c).join('')).join('');
			const expected = run.map((u) => u.glyphs[0]!.c).join('');
			const message = file.message(
				`Could not decide whether “${actual}” is fake bold (${expected}) or printed so; kept as printed`,
				{
					place: { line: group[first.line]!.line, column: first.col + 1 },
					ruleId: 'doubled-run-undecided',
					source,
				},
			);
			message.actual = actual;
			message.expected = [expected];
		}
		i = j;
	}
	group.forEach((line, k) => {
		if (!drop[k]!.size) return;
		const chars = Array.from(line.text);
		const text = chars.filter((_, col) => !drop[k]!.has(col)).join('');
		const message = file.info(`Undid ${undone[k]} doubled glyph(s) in part of the line`, {
			place: { line: line.line, column: 1 },
			ruleId: 'doubled-run',
			source,
		});
		message.actual = line.text;
		message.expected = [text];
		// A line that was bold from end to end, short and not a sentence, in a paragraph printed
		// otherwise once: a heading.
		const whole = chars.every((c, col) => /\s/u.test(c) || bold[k]!.has(col));
		const previous = group[k - 1];
		if (
			group.length > 1 &&
			whole &&
			Array.from(text).length <= SHORT_LINE &&
			!SENTENCE_PUNCT.test(text) &&
			(!previous || TERMINAL.test(previous.text))
		) {
			headings.add(line);
			const m = file.info(`Typed a line printed in bold on its own as a heading: ${text}`, {
				place: { line: line.line, column: 1 },
				ruleId: 'doubled-heading',
				source,
			});
			m.expected = [text];
		}
		line.text = text;
		doubled.add(line.line);
	});
}

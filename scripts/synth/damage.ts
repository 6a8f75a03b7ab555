/**
 * Print damage, applied on purpose: the same kinds of damage the seeds show, for test fixtures and the
 * synthetic corpus. Each function is deterministic given its inputs (randomness comes from a seeded `rand`).
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fake bold: every glyph printed twice (`全力` → `全全力力`). White space stays single. */
export function doubleGlyphs(text: string): string {
	return Array.from(text)
		.map((c) => (/\s/.test(c) ? c : c + c))
		.join('');
}

/** Hard-wrap a paragraph into a narrow column of `width` characters. */
export function wrapColumn(paragraph: string, width: number): string {
	const chars = Array.from(paragraph);
	const lines: string[] = [];
	for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
	return lines.join('\n');
}

/**
 * Justification: spread the digits of some numbers apart (`7.3%` → `7 . 3%`, `35个` → `3 5 个`), and
 * letterspace an occasional run of Han characters (`项目聊城` → `项 目 聊 城`).
 */
export function spreadDigits(text: string, rand: () => number, rate = 0.5): string {
	return text
		.replace(/\d+(?:\.\d+)?/g, (n) => (rand() < rate ? Array.from(n).join(' ') : n))
		.replace(/\p{Script=Han}{4,6}(?=[，。])/gu, (run) =>
			rand() < rate / 4 ? Array.from(run).join(' ') : run,
		);
}

/** Break a column in the middle of a sentence: insert a blank line after `at` characters of a wrapped paragraph. */
export function columnBreak(wrapped: string, atLine: number): string {
	const lines = wrapped.split('\n');
	if (atLine <= 0 || atLine >= lines.length) return wrapped;
	return [...lines.slice(0, atLine), '', ...lines.slice(atLine)].join('\n');
}

/**
 * Partial fake bold: the glyphs of `text` from code point `start` (inclusive) to `end` (exclusive)
 * printed twice, the rest once (a bold lead-in or heading, as WPS-made PDFs print it).
 */
export function doubleRange(text: string, start: number, end: number): string {
	const chars = Array.from(text);
	return (
		chars.slice(0, start).join('') +
		doubleGlyphs(chars.slice(start, end).join('')) +
		chars.slice(end).join('')
	);
}

/**
 * Word-gap damage: a PDF extractor's word-gap heuristic puts single spaces between adjacent Han
 * characters where the print has none (`实际 使用外资`, `同比 增长`), at `rate` of the positions.
 */
export function spaceHanRuns(text: string, rand: () => number, rate = 0.15): string {
	return text.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, () => (rand() < rate ? ' ' : ''));
}

/**
 * Paragraphs marked only by the first-line indent: each paragraph prefixed with `indent` (two
 * ideographic spaces by default), hard-wrapped at `width`, with no blank lines between paragraphs.
 */
export function indentParagraphs(
	paragraphs: string[],
	width: number,
	indent = '\u3000\u3000',
): string {
	return paragraphs.map((p) => wrapColumn(indent + p, width)).join('\n');
}

/**
 * Stand-in characters, as PDF extraction emits them (issue 13 "Characters", field case 02): each
 * ideograph that a Kangxi radical (U+2F00–2FD5, by NFKC) or a CJK Radicals Supplement character
 * (by `opts.supplement`, a radical → ideograph map such as `EQUIVALENT_UNIFIED` of
 * `scripts/ingest/chars.ts`, Unicode's EquivalentUnifiedIdeograph data) stands for is replaced by that
 * radical with probability `rate`, and each ideograph that a CJK compatibility ideograph decomposes to
 * (U+F900–FAFF, by NFC) by that compatibility ideograph. With `stutter`, a radical is followed by the
 * ideograph too (`⼯工`), as some extractors emit both.
 */
export function standIns(
	text: string,
	rand: () => number,
	opts: { rate?: number; stutter?: boolean; supplement?: Map<string, string> } = {},
): string {
	const rate = opts.rate ?? 0.5;
	const table = standInTable(opts.supplement);
	return Array.from(text)
		.map((c) => {
			const s = table.get(c);
			if (!s || rand() >= rate) return c;
			return opts.stutter && !/[\uF900-\uFAFF]/.test(s) ? s + c : s;
		})
		.join('');
}

let standInCache: Map<string, string> | undefined;
function standInTable(supplement?: Map<string, string>): Map<string, string> {
	if (standInCache && !supplement) return standInCache;
	const table = new Map<string, string>();
	for (let cp = 0xf900; cp <= 0xfad9; cp++) {
		const c = String.fromCodePoint(cp);
		const n = c.normalize('NFC');
		if (n !== c && !table.has(n)) table.set(n, c);
	}
	for (const [radical, ideograph] of supplement ?? []) table.set(ideograph, radical);
	for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
		const c = String.fromCodePoint(cp);
		table.set(c.normalize('NFKC'), c);
	}
	if (!supplement) standInCache = table;
	return table;
}

/**
 * Full-width forms, as some PDF tool chains emit them: ASCII digits and letters become full-width, and
 * so do the `.`, `,`, `%`, `+`, `-` of a number (`36.4` → `３６．４`, `12.5%` → `１２．５％`).
 */
export function fullWidth(text: string): string {
	const wide = (s: string) =>
		s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
	return text.replace(/[+-]?\d+(?:[.,]\d+)*%?|[A-Za-z]+/g, wide);
}

/** Ideographic spaces (U+3000) in place of the spaces inside lines, and a two-U+3000 indent before each paragraph's first line. */
export function ideographicSpaces(text: string, indent = false): string {
	const spaced = text.replace(/ /g, '\u3000');
	return indent ? spaced.replace(/(^|\n\n)(?=\S)/g, '$1\u3000\u3000') : spaced;
}

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
		.replace(/\p{Script=Han}{4,6}(?=[，。])/gu, (run) => (rand() < rate / 4 ? Array.from(run).join(' ') : run));
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
	return chars.slice(0, start).join('') + doubleGlyphs(chars.slice(start, end).join('')) + chars.slice(end).join('');
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
export function indentParagraphs(paragraphs: string[], width: number, indent = '\u3000\u3000'): string {
	return paragraphs.map((p) => wrapColumn(indent + p, width)).join('\n');
}

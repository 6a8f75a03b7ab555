/**
 * Result excerpts a reader can quote, made from a page's indexed text (a Pagefind fragment's
 * `content`) rather than Pagefind's word-window excerpt: pure, unit-tested in
 * tests/unit-site/search-excerpt.test.ts.
 *
 * - The text is split into blocks where Pagefind joined them (`. ` after a heading or caption, a
 *   space after a sentence's end); an excerpt never runs across two blocks, so no Latin `. ` sits
 *   between Chinese text.
 * - The block with the first match of any mark is used; from the match the excerpt widens to the
 *   clause boundaries around it (Chinese `。！？；` first, then `，、：`; English sentence ends), so it
 *   starts and ends on a boundary, not on a comma, a stray digit or mid-word. Where the block is longer
 *   than `max` code points, the window stops at the nearest clause boundary inside it and `…` says so.
 * - `title` (the result's heading) is used only when no other block has a match.
 * - `tail` is text the page indexes after its body (the English names list of src/integrations/
 *   pagefind.ts): it is used only when the body has no match.
 * - Every occurrence of every mark in the excerpt is marked (folded matching, src/utils/fold.ts).
 *
 * Lengths are in code points; offsets in the returned segments are UTF-16 code units.
 */
import { findTerms } from '../../utils/fold.ts';

/**
 * A piece of an excerpt, in reading order: `text` is a slice of the page's indexed text (or the `…`
 * that says text was left out); `mark` says it matched a mark. `makeExcerpt` builds them;
 * render.ts turns them into text nodes and <mark> elements.
 */
export interface Segment {
	text: string;
	mark: boolean;
}

/** Sentence ends and clause boundaries, strongest first. */
const SENTENCE_END = /[。！？；!?;]/u;
const CLAUSE_END = /[。！？；，、：!?;,:]/u;
const CLOSE = /[”’」』）)]/u;

/**
 * Blocks of Pagefind's content: split after a Chinese sentence end followed by a space, and at the
 * `. ` Pagefind puts between blocks (dropped in Chinese text; in English it is also a sentence's
 * end, so it stays, and English text is split into sentences).
 */
export function blocks(content: string, lang: 'zh' | 'en' = 'zh'): string[] {
	return content
		.split(
			lang === 'zh'
				? /(?<=[。！？；…”’」）])\s+|(?<=[^\s.])\. (?=\S)|\n+/u
				: /(?<=[.!?;。！？；])\s+(?=\S)|\n+/u,
		)
		.map((b) => b.trim())
		.filter(Boolean);
}

const cps = (s: string) => [...s].length;

/**
 * The excerpt of `content` for `marks`: segments (marked or not), or null when no mark is found.
 * `max` is the longest excerpt in code points (default 90 for Chinese, 200 for English).
 */
export function makeExcerpt(
	content: string,
	marks: string[],
	lang: 'zh' | 'en',
	tail = '',
	max = lang === 'zh' ? 90 : 200,
	title = '',
): Segment[] | null {
	if (!marks.length) return null;
	const wholeWord = lang === 'en';
	let body = content;
	if (tail && body.trimEnd().endsWith(tail.trim()))
		body = body.trimEnd().slice(0, -tail.trim().length);
	// The title is shown with the result: its block comes after the body's.
	const all = blocks(body, lang);
	const isTitle = (b: string) => title !== '' && b === title.trim();
	const candidates = [
		...all.filter((b) => !isTitle(b)),
		...all.filter(isTitle),
		...(tail ? blocks(tail, lang) : []),
	];
	for (const block of candidates) {
		const hits = findTerms(block, marks, wholeWord);
		if (!hits.length) continue;
		const [start, end] = windowAround(block, hits[0]![0], hits[0]![1], max, lang);
		const text = block.slice(start, end);
		const inner = findTerms(text, marks, wholeWord);
		const out: Segment[] = [];
		if (start > 0) out.push({ text: '…', mark: false });
		let at = 0;
		for (const [a, b] of inner) {
			if (a > at) out.push({ text: text.slice(at, a), mark: false });
			out.push({ text: text.slice(a, b), mark: true });
			at = b;
		}
		if (at < text.length) out.push({ text: text.slice(at), mark: false });
		if (end < block.length) out.push({ text: '…', mark: false });
		return out;
	}
	return null;
}

/** [start, end) of the excerpt around the match [a, b) of `block`, on clause boundaries. */
function windowAround(
	block: string,
	a: number,
	b: number,
	max: number,
	lang: 'zh' | 'en',
): [number, number] {
	if (cps(block) <= max) return [0, block.length];
	const isBoundary = (i: number, re: RegExp) =>
		i > 0 && re.test(block.charAt(i - 1)) && !CLOSE.test(block.charAt(i));
	// Starts: just after a boundary before the match (sentence ends preferred), else the block start.
	const starts = (re: RegExp) => {
		const out = [0];
		for (let i = 1; i <= a; i++) if (isBoundary(i, re)) out.push(i);
		return out;
	};
	const ends = (re: RegExp, from: number) => {
		const out: number[] = [];
		for (let i = from; i < block.length; i++)
			if (re.test(block.charAt(i))) out.push(i + 1 + (CLOSE.test(block.charAt(i + 1)) ? 1 : 0));
		out.push(block.length);
		return out;
	};
	// Code points before each UTF-16 offset, so that a window's length is one subtraction.
	const before = new Uint32Array(block.length + 1);
	for (let i = 0, n = 0; i < block.length; i++) {
		// The second code unit of a surrogate pair continues its code point.
		if (!(i > 0 && block.codePointAt(i - 1)! > 0xffff)) n++;
		before[i + 1] = n;
	}
	const fits = (s: number, e: number) => before[e]! - before[s]! <= max;
	// The clause holding the match (the latest start with an end that fits), then as far as fits.
	for (const re of [SENTENCE_END, CLAUSE_END]) {
		const ok = ends(re, b);
		for (const start of starts(re).reverse()) {
			const e = ok.findLast((e) => fits(start, e));
			if (e !== undefined) return [trimStart(block, start), e];
		}
	}
	// No boundary fits: words around the match (English), or characters (Chinese), never cut inside a word.
	const room = Math.max(0, max - cps(block.slice(a, b)));
	let start = Math.max(0, a - Math.floor(room / 3));
	let end = Math.min(block.length, b + (room - (a - start)));
	if (lang === 'en') {
		while (start > 0 && /\S/.test(block.charAt(start - 1))) start++;
		while (end < block.length && /\S/.test(block.charAt(end))) end--;
		start = Math.min(start, a);
		end = Math.max(end, b);
	} else {
		// Do not start or end inside a number.
		while (start > 0 && start < a && /[\d.]/.test(block.charAt(start))) start++;
		while (
			end < block.length &&
			end > b &&
			/[\d.%]/.test(block.charAt(end - 1)) &&
			/[\d.%]/.test(block.charAt(end))
		)
			end--;
	}
	return [trimStart(block, start), end];
}

const trimStart = (block: string, i: number) => {
	while (i < block.length && /\s/.test(block.charAt(i))) i++;
	return i;
};

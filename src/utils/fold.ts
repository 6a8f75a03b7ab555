/**
 * Text folding for matching: what the search index, the query rewriter, the result excerpts and the
 * article-page highlighter all compare, so that a term matches whatever form a PDF extraction left
 * in the text. Pure, no dependencies: it runs in the browser (src/scripts/) and at build time
 * (src/integrations/pagefind.ts).
 *
 * `fold` maps, per code point:
 * - NFKC (`String.prototype.normalize`): full-width Latin letters, digits and signs to ASCII
 *   (`ＢＩＰＶ` → `BIPV`, `７．３％` → `7.3%`), CJK compatibility ideographs U+F900–U+FAFF to their
 *   unified ideograph (U+F90A 金 → 金 U+91D1), Kangxi radicals U+2F00–U+2FD5 to the unified ideograph
 *   they are drawn as (⼀ U+2F00 → 一, ⽣ U+2F63 → 生);
 * - the CJK Radicals Supplement forms that PDF extraction emits for simplified characters and that
 *   have no Unicode decomposition (⻓ U+2ED3 → 长, …; `RADICALS_SUPPLEMENT`, from the Unicode
 *   CJKRadicals.txt / Unihan kRSUnicode correspondences);
 * - zero-width characters to nothing.
 * `foldForMatch` also drops whitespace next to a Han character (a stray space from extraction,
 * `实际 使用外资`, or the optional space between Latin and Han text, `BIPV 太阳能`), lower-cases, and keeps for each output code unit the range of the input it came
 * from, so that a match in the folded text can be marked in the original.
 *
 * Offsets are UTF-16 code units throughout (what DOM Text nodes and `String.prototype.slice` use).
 */

/** CJK Radicals Supplement code points → the unified ideograph (simplified forms seen in PDF text). */
export const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
	'\u2E8B': '㔾',
	'\u2E8C': '小',
	'\u2E8D': '小',
	'\u2E8E': '兀',
	'\u2E8F': '尣',
	'\u2E90': '尢',
	'\u2E92': '巳',
	'\u2E93': '幺',
	'\u2E94': '彑',
	'\u2E95': '彐',
	'\u2E96': '忄',
	'\u2E98': '扌',
	'\u2E99': '攵',
	'\u2E9B': '旡',
	'\u2E9C': '日',
	'\u2E9D': '月',
	'\u2E9E': '歺',
	'\u2E9F': '母',
	'\u2EA0': '民',
	'\u2EA1': '氵',
	'\u2EA2': '氺',
	'\u2EA3': '灬',
	'\u2EA4': '爫',
	'\u2EA5': '爫',
	'\u2EA6': '丬',
	'\u2EA7': '牛',
	'\u2EA8': '犭',
	'\u2EA9': '王',
	'\u2EAA': '疋',
	'\u2EAB': '罒',
	'\u2EAC': '示',
	'\u2EAD': '礻',
	'\u2EAE': '竹',
	'\u2EAF': '糹',
	'\u2EB0': '纟',
	'\u2EB1': '罒',
	'\u2EB2': '罒',
	'\u2EB3': '罒',
	'\u2EB4': '罒',
	'\u2EB5': '罒',
	'\u2EB6': '羊',
	'\u2EB7': '羊',
	'\u2EB8': '羊',
	'\u2EB9': '耂',
	'\u2EBA': '肀',
	'\u2EBB': '聿',
	'\u2EBC': '月',
	'\u2EBD': '臼',
	'\u2EBE': '艹',
	'\u2EBF': '艹',
	'\u2EC0': '艹',
	'\u2EC1': '虎',
	'\u2EC2': '衤',
	'\u2EC3': '覀',
	'\u2EC4': '西',
	'\u2EC5': '见',
	'\u2EC6': '角',
	'\u2EC7': '角',
	'\u2EC8': '讠',
	'\u2EC9': '贝',
	'\u2ECA': '⻊',
	'\u2ECB': '车',
	'\u2ECC': '辶',
	'\u2ECD': '辶',
	'\u2ECE': '辶',
	'\u2ECF': '阝',
	'\u2ED0': '钅',
	'\u2ED1': '長',
	'\u2ED2': '镸',
	'\u2ED3': '长',
	'\u2ED4': '门',
	'\u2ED5': '𨸏',
	'\u2ED6': '阝',
	'\u2ED7': '雨',
	'\u2ED8': '青',
	'\u2ED9': '韦',
	'\u2EDA': '页',
	'\u2EDB': '风',
	'\u2EDC': '飞',
	'\u2EDD': '食',
	'\u2EDE': '𠆢',
	'\u2EDF': '飠',
	'\u2EE0': '饣',
	'\u2EE1': '𩠐',
	'\u2EE2': '马',
	'\u2EE3': '骨',
	'\u2EE4': '鬼',
	'\u2EE5': '鱼',
	'\u2EE6': '鸟',
	'\u2EE7': '卤',
	'\u2EE8': '麦',
	'\u2EE9': '黄',
	'\u2EEA': '黾',
	'\u2EEB': '斉',
	'\u2EEC': '齐',
	'\u2EED': '歯',
	'\u2EEE': '齿',
	'\u2EEF': '竜',
	'\u2EF0': '龙',
	'\u2EF1': '龜',
	'\u2EF2': '亀',
	'\u2EF3': '龟',
};

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const HAN = /\p{Script=Han}/u;

/** One code point folded (see the module comment); '' for a zero-width character. */
export function foldChar(c: string): string {
	if (ZERO_WIDTH.test(c)) return '';
	return RADICALS_SUPPLEMENT[c] ?? c.normalize('NFKC');
}

/** Full-width punctuation that Chinese text uses as such (kept by `fold`; `foldForMatch` folds it too). */
const CJK_PUNCTUATION =
	/^[\uFF01-\uFF04\uFF06-\uFF0D\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u3000]$/u;

/**
 * `s` folded code point by code point for display and indexing (NFKC, radicals, no zero-width
 * characters), keeping case and the full-width punctuation of Chinese text (，：；！？（）…).
 */
export function fold(s: string): string {
	let out = '';
	for (const c of s) out += CJK_PUNCTUATION.test(c) ? c : foldChar(c);
	return out;
}

/**
 * Text prepared for matching by `foldForMatch`, with the way back to the input: `findFolded` searches
 * `text` and maps its hits through `from`/`to` to UTF-16 offsets of the original.
 */
export interface Folded {
	/** The folded, lower-cased text, whitespace next to Han characters dropped. */
	text: string;
	/** For each UTF-16 code unit of `text`, the start (UTF-16 offset) of the input code point it comes from. */
	from: number[];
	/** For each UTF-16 code unit of `text`, the end (exclusive) of that input code point. */
	to: number[];
}

/**
 * A code point folded and lower-cased: `c`; whether that is whitespace; whether its first and last
 * UTF-16 code units are Han (memoized: a page's text repeats few characters).
 */
interface FoldedChar {
	c: string;
	space: boolean;
	hanFirst: boolean;
	hanLast: boolean;
}
const foldedChars = new Map<string, FoldedChar>();
function foldLower(c: string): FoldedChar {
	let f = foldedChars.get(c);
	if (!f) {
		const folded = foldChar(c).toLocaleLowerCase();
		f = {
			c: folded,
			space: folded !== '' && /^\s+$/u.test(folded),
			hanFirst: HAN.test(folded.charAt(0)),
			hanLast: HAN.test(folded.charAt(folded.length - 1)),
		};
		foldedChars.set(c, f);
	}
	return f;
}

/** `foldLower` of each BMP code unit, by code (filled as met). */
const bmp: (FoldedChar | undefined)[] = [];

/**
 * `s` folded for matching (module comment), lower-cased, with whitespace next to a Han character
 * (after folding: the last code unit before the whitespace run, or the first after it; a run at the
 * start or the end of `s` has one neighbour) dropped, and
 * for each output UTF-16 code unit the input code point's [from, to) UTF-16 range. One pass: a
 * whitespace run is held until the next non-whitespace code point decides it.
 */
export function foldForMatch(s: string): Folded {
	const parts: string[] = [];
	const from: number[] = [];
	const to: number[] = [];
	const emit = (f: FoldedChar, a: number, b: number) => {
		parts.push(f.c);
		for (let u = 0; u < f.c.length; u++) {
			from.push(a);
			to.push(b);
		}
	};
	/** The whitespace run waiting for its next code point: [char, from, to] triples. */
	let run: [FoldedChar, number, number][] = [];
	let prevHan = false;
	for (let i = 0; i < s.length;) {
		const code = s.codePointAt(i)!;
		const width = code > 0xffff ? 2 : 1;
		const f = width === 1 ? (bmp[code] ??= foldLower(s.charAt(i))) : foldLower(s.slice(i, i + 2));
		if (f.c) {
			if (f.space) run.push([f, i, i + width]);
			else {
				if (run.length) {
					if (!prevHan && !f.hanFirst) for (const [g, a, b] of run) emit(g, a, b);
					run = [];
				}
				emit(f, i, i + width);
				prevHan = f.hanLast;
			}
		}
		i += width;
	}
	// A run at the end: kept unless it follows a Han character.
	if (!prevHan) for (const [g, a, b] of run) emit(g, a, b);
	return { text: parts.join(''), from, to };
}

const foldedTerms = new Map<string, string>();
/** A query term folded the way `foldForMatch` folds text (no map; memoized). */
export const foldTerm = (term: string): string => {
	let f = foldedTerms.get(term);
	if (f === undefined) {
		if (foldedTerms.size > 10_000) foldedTerms.clear();
		f = foldForMatch(term).text;
		foldedTerms.set(term, f);
	}
	return f;
};

/**
 * Every match of each term in `s`, as [start, end) UTF-16 ranges of `s` (not of the folded text),
 * in order, overlapping matches merged. Terms are folded first; empty terms are ignored.
 * `wholeWord` (English) requires that a match not touch a letter or digit at a Latin/digit edge.
 */
export function findTerms(s: string, terms: string[], wholeWord = false): [number, number][] {
	return findFolded(foldForMatch(s), terms, wholeWord);
}

/** `findTerms` on text already folded with `foldForMatch` (to look for several terms apart in one text). */
export function findFolded(
	{ text, from, to }: Folded,
	terms: string[],
	wholeWord = false,
): [number, number][] {
	const ranges: [number, number][] = [];
	for (const t of new Set(terms.map(foldTerm).filter(Boolean))) {
		for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
			const end = i + t.length;
			if (!edgesOk(text, i, end, t, wholeWord)) continue;
			ranges.push([from[i]!, to[end - 1]!]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}

const ALNUM = /[\p{L}\p{N}]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Latin letters and digits at a term's edges must not run on into another one (7.3% is not in
 * 17.3% or 7.35%, GDP is not in GDPR); with `wholeWord`, also for any letter (English words).
 * A number does not continue through a decimal point either (`7.3` is not in `2.73`).
 */
function edgesOk(text: string, start: number, end: number, t: string, wholeWord: boolean): boolean {
	const first = t.charAt(0);
	const last = t.charAt(t.length - 1);
	const before = text.charAt(start - 1);
	const after = text.charAt(end);
	const touches = (edge: string, other: string) =>
		wholeWord
			? ALNUM.test(edge) && !HAN.test(edge) && ALNUM.test(other) && !HAN.test(other)
			: LATIN_OR_DIGIT.test(edge) && LATIN_OR_DIGIT.test(other);
	if (before && touches(first, before)) return false;
	if (after && touches(last, after)) return false;
	// Decimal numbers: `.` followed or preceded by a digit continues the number.
	if (/\d/.test(first) && before === '.' && /\d/.test(text.charAt(start - 2))) return false;
	if (/\d/.test(last) && after === '.' && /\d/.test(text.charAt(end + 1))) return false;
	return true;
}

/**
 * The query rewriter: what the user typed → the Pagefind searches that answer it. Pure functions
 * (unit-tested in tests/unit-site/search-query.test.ts), used by the search page.
 *
 * The Chinese index holds one Han character per word (src/integrations/pagefind.ts), so a Chinese
 * term is searched as the exact phrase of its characters: `中通客车` → `"中 通 客 车"`, found only
 * where the four characters stand together. Terms are separated by spaces (all must match); a quoted
 * term (`"…"`, `“…”`) may contain spaces and punctuation. Punctuation inside a term splits it into
 * phrases that must all match, and such terms, and terms with a Latin letter or digit at an edge
 * (7.3%, 4亿元, GDP), are then checked against the page text (`verify`), since the index drops
 * punctuation and `%` and matches a number as a whole word only at its start.
 */

export type Lang = 'zh' | 'en';

export interface Term {
	/** The term as typed, without quotes. */
	text: string;
	/** Pagefind queries, each an exact phrase, that must all match. */
	phrases: string[];
	/** Whether the page text must be checked for `text` itself. */
	verify: boolean;
}

const HAN = /\p{Script=Han}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const PUNCT = /[\p{P}\p{S}]/u;

/** Split a query into terms: whitespace separates, quotes group. */
export function splitTerms(q: string): string[] {
	const out: string[] = [];
	const re = /["“”「」]([^"“”「」]*)["“”「」]?|(\S+)/g;
	for (const m of q.matchAll(re)) {
		const t = (m[1] ?? m[2] ?? '').trim();
		if (t) out.push(t);
	}
	return out;
}

/** Words of one punctuation-free piece: each Han character, each run of letters/digits (with inner `.`). */
function words(piece: string): string[] {
	return [...piece.matchAll(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.\p{N}+)*/gu)].map((m) => m[0].toLocaleLowerCase());
}

export function rewrite(q: string, lang: Lang): Term[] {
	const terms = splitTerms(q);
	if (lang === 'en') {
		// English: Pagefind's own matching (stemmed, all words); "quoted" terms as exact phrases.
		const quoted = [...q.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim()).filter(Boolean);
		const loose = q.replace(/"[^"]*"?/g, ' ').trim();
		return [
			...(loose ? [{ text: loose, phrases: [loose], verify: false }] : []),
			...quoted.map((t) => ({ text: t, phrases: [`"${t}"`], verify: false })),
		];
	}
	return terms
		.map((text) => {
			// Full-width Latin letters and digits (ＧＤＰ, ７.３％) as ASCII for the index; the text is verified as typed.
			const pieces = text.normalize('NFKC').split(/[^\p{L}\p{N}.%]+|(?<!\p{N})\.|\.(?!\p{N})|%/u).map(words).filter((w) => w.length);
			const edgeAlnum = /^[A-Za-z0-9]/.test(text) || /[A-Za-z0-9%]$/.test(text);
			const inner = [...text].some((c, i) => i > 0 && i < text.length - 1 && PUNCT.test(c) && c !== '.');
			return {
				text,
				phrases: pieces.map((w) => `"${w.join(' ')}"`),
				verify: pieces.length > 1 || inner || (edgeAlnum && HAN.test(text)) || (edgeAlnum && /[%.]/.test(text)),
			};
		})
		.filter((t) => t.phrases.length);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does `content` (a page's indexed text, zero-width spaces removed) contain `term`? Latin letters and
 * digits at the term's edges must not touch another (7.3% is not in 17.3%, 4亿元 not in 14亿元).
 */
export function contains(content: string, term: string): boolean {
	const before = /^[A-Za-z0-9]/.test(term) ? '(?<![A-Za-z0-9.])' : '';
	const after = /[A-Za-z0-9]$/.test(term) ? '(?![A-Za-z0-9]|\\.\\d)' : '';
	return new RegExp(`${before}${escapeRe(term)}${after}`, 'iu').test(content);
}

/** Strings to highlight on the article page for these terms. */
export function highlights(terms: Term[], lang: Lang): string[] {
	if (lang === 'en') return terms.flatMap((t) => (t.phrases[0]?.startsWith('"') ? [t.text] : t.text.split(/\s+/))).filter((s) => s.length > 1 || !ALNUM.test(s));
	return terms.map((t) => t.text);
}

/** Remove the zero-width spaces the index puts between Han characters. */
export const clean = (s: string) => s.replace(/\u200b/g, '');

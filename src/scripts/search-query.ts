/**
 * The query rewriter: what the user typed → the Pagefind searches that answer it. Pure functions
 * (unit-tested in tests/unit-site/search-query.test.ts), used by the search page.
 *
 * Chinese: the index holds one Han character per word (src/integrations/pagefind.ts), so a Chinese
 * term is searched as the exact phrase of its characters: `中通客车` → `"中 通 客 车"`, found only
 * where the four characters stand together. Terms are separated by spaces (all must match); a quoted
 * term (`"…"`, `“…”`) may contain spaces and punctuation. Punctuation inside a term splits it into
 * phrases that must all match, and such terms, and terms with a Latin letter or digit at an edge
 * (7.3%, 4亿元, GDP), are then checked against the page text (`verify`), since the index drops
 * punctuation and `%` and matches a number as a whole word only at its start.
 *
 * English: words go to Pagefind's own (stemmed) matching, without English stop words (`and`, `the`:
 * never required, never marked); a word with a digit (`7.3%`) is verified as a whole number; quoted
 * terms are exact phrases.
 *
 * Names: a term (or the whole query) that is a name the glossaries know for an indicator, entity or
 * topic (`Thing`: any alias, the English or Chinese name, a Traditional form) also finds every
 * article about that thing, through the thing's index word, in either edition. Unknown terms keep
 * exact-phrase precision. Matching folds both sides (src/utils/fold.ts): full-width, compatibility
 * ideographs, case, spaces next to Han.
 */
import { foldTerm, findTerms } from '../utils/fold.ts';

/** The edition a search runs in: its index, its names, its matching rules (Chinese phrases or English words). */
export type Lang = 'zh' | 'en';

/**
 * An indicator, entity or topic the glossaries know, as the search page embeds it (built in
 * src/pages/[lang]/search.astro from the archive and the glossaries).
 */
export interface Thing {
	kind: 'indicator' | 'entity' | 'topic';
	id: string;
	/** Its name in the page's language (the indicator box, the status line). */
	label: string;
	/** Every name a query may use, folded with `foldTerm`: Chinese, English, aliases, Traditional forms. */
	keys: string[];
	/** Names the pages of this edition may print, to find and mark in excerpts and on article pages. */
	marks: string[];
	/** The index word on every article page about it (src/utils/search-facets.ts `thingToken`). */
	token: string;
	/**
	 * Names (folded) that every article about it prints in this edition's text, so that a search for
	 * one of them finds them all without the index word (src/utils/search-things.ts; Chinese only).
	 */
	printed?: string[];
	/**
	 * A name that every page of this edition about it indexes as text (English only: the English
	 * name of an entity or indicator, src/components/SearchIndexData.astro), so that a plain search
	 * whose every word is a word of this name finds them all without the index word.
	 */
	indexed?: string;
}

/** A thing as the search page embeds it, for both editions (`thingsFor` picks one). */
export interface RawThing {
	kind: Thing['kind'];
	id: string;
	label: { zh: string; en: string };
	keys: string[];
	marks: string[];
	token: string;
	/** `Thing.printed` of the Chinese edition (absent: none). */
	printed?: string[];
	/** `Thing.indexed` of the English edition (absent: none). */
	indexedEn?: string;
}

/** The things of one edition. */
export const thingsFor = (raw: RawThing[], lang: Lang): Thing[] =>
	raw.map((t) => ({
		kind: t.kind,
		id: t.id,
		label: t.label[lang],
		keys: t.keys,
		marks: t.marks,
		token: t.token,
		printed: lang === 'zh' ? (t.printed ?? []) : [],
		...(lang === 'en' && t.indexedEn ? { indexed: t.indexedEn } : {}),
	}));

/** The words of a text as Pagefind's English search sees them, roughly: folded, lower-case, letters and digits. */
export const wordsOf = (text: string): string[] =>
	foldTerm(text)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * Whether a term's own phrase search already finds every page about `thing`, so that the thing's
 * index-word search can be skipped: in Chinese, the term is a name every article about it prints
 * (`Thing.printed`); in English, every word of the term's one unverified phrase is a word of the name
 * every English page about it indexes (`Thing.indexed`; Pagefind finds the pages that hold all the
 * words of a plain query). Never true for a verified term (its phrase hits are filtered afterwards).
 */
export function phraseCovers(t: Term, thing: Thing): boolean {
	if (t.phrases.length !== 1 || t.verify) return false;
	if (thing.printed?.includes(foldTerm(t.text))) return true;
	if (!thing.indexed || /["“”]/.test(t.phrases[0]!)) return false;
	const name = new Set(wordsOf(thing.indexed));
	const words = wordsOf(t.phrases[0]!);
	return words.length > 0 && words.every((w) => name.has(w));
}

/**
 * One term of a query as `rewrite` builds it from what the user typed (one per typed term, English
 * stop words dropped, or one for the whole query when it names a glossary thing); `execute`
 * (src/scripts/search/execute.ts) searches it, `highlights` collects its marks. A page matches the
 * term when it has all its phrases (and passes `verify`) or is about one of its things.
 */
export interface Term {
	/** The term as typed, without quotes. */
	text: string;
	/** Pagefind queries, each an exact phrase (or, in English, words), that must all match. */
	phrases: string[];
	/** Whether the page text must be checked for `text` itself. */
	verify: boolean;
	/** Glossary things this term names: a page about any of them matches the term too. */
	things: Thing[];
	/** Strings to mark in excerpts and on the article page for this term. */
	marks: string[];
}

const HAN = /\p{Script=Han}/u;
const PUNCT = /[\p{P}\p{S}]/u;

/**
 * English words never required or marked (function words; from the usual English stop-word lists,
 * kept short: only words that carry no subject on their own).
 */
export const EN_STOP_WORDS = new Set(
	'a an and are as at be but by for from has have in into is it its of on or that the their this to was were which with'.split(
		' ',
	),
);

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
	return [
		...piece.matchAll(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.\p{N}+)*/gu),
	].map((m) => m[0].toLocaleLowerCase());
}

const LATIN_WORDS = /^[\p{Script=Latin}\p{N} .&'-]+$/u;

/**
 * The things `text` names: a thing whose folded name equals the folded text; for Latin text of five
 * characters or more, also a thing with a Latin name that starts with the text's words
 * (`Zhongtong` → Zhongtong Bus).
 */
export function thingsNamed(text: string, things: Thing[]): Thing[] {
	const key = foldTerm(text.replace(/["“”「」]/g, ''))
		.replace(/\s+/g, ' ')
		.trim();
	if (!key) return [];
	const exact = things.filter((t) => t.keys.includes(key));
	if (exact.length || key.length < 5 || !LATIN_WORDS.test(key)) return exact;
	return things.filter((t) =>
		t.keys.some((k) => LATIN_WORDS.test(k) && (k + ' ').startsWith(key + ' ')),
	);
}

function zhTerm(text: string, things: Thing[]): Term | null {
	// Full-width Latin letters and digits (ＧＤＰ, ７.３％) as ASCII for the index; the text is verified folded.
	const pieces = text
		.normalize('NFKC')
		.split(/[^\p{L}\p{N}.%]+|(?<!\p{N})\.|\.(?!\p{N})|%/u)
		.map(words)
		.filter((w) => w.length);
	if (!pieces.length) return null;
	const edgeAlnum =
		/^[A-Za-z0-9]/.test(text.normalize('NFKC')) || /[A-Za-z0-9%]$/.test(text.normalize('NFKC'));
	const inner = [...text].some(
		(c, i) => i > 0 && i < text.length - 1 && PUNCT.test(c) && c !== '.',
	);
	const named = thingsNamed(text, things);
	return {
		text,
		phrases: pieces.map((w) => `"${w.join(' ')}"`),
		verify:
			pieces.length > 1 ||
			inner ||
			(edgeAlnum && HAN.test(text)) ||
			(edgeAlnum && /[%.]/.test(text)),
		things: named,
		marks: [...new Set([text, ...named.flatMap((t) => t.marks)])],
	};
}

/**
 * The terms of a query for this edition. `things` are the glossary things the page knows; a query
 * that as a whole names a thing (`Zhongtong Bus`, `imports and exports`) is one term.
 */
export function rewrite(q: string, lang: Lang, things: Thing[] = []): Term[] {
	const whole = thingsNamed(q, things);
	if (lang === 'en') {
		if (whole.length && !/["“”]/.test(q)) {
			const text = q.trim();
			// A Chinese name: searched in the Chinese text of untranslated pages as the Chinese edition does.
			if (HAN.test(text)) return [zhTerm(text, things)!].filter(Boolean);
			const plain = text.split(/\s+/).filter((w) => !EN_STOP_WORDS.has(w.toLocaleLowerCase()));
			return [
				{
					text,
					phrases: [plain.join(' ') || text],
					verify: false,
					things: whole,
					marks: [...new Set([text, ...whole.flatMap((t) => t.marks)])],
				},
			];
		}
		const out: Term[] = [];
		const loose: string[] = [];
		for (const text of splitTerms(q)) {
			const quoted = new RegExp(
				`["“”]\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*["“”]`,
			).test(q);
			const named = thingsNamed(text, things);
			if (HAN.test(text)) {
				// Chinese text on English pages (untranslated articles) is indexed like the Chinese edition's.
				const t = zhTerm(text, things);
				if (t) out.push(t);
			} else if (quoted)
				out.push({ text, phrases: [`"${text}"`], verify: false, things: [], marks: [text] });
			else if (EN_STOP_WORDS.has(text.toLocaleLowerCase())) continue;
			else if (/\d/.test(text)) {
				// A figure: Pagefind finds the number's words, the page text is checked for the whole number.
				const w = words(text.normalize('NFKC'));
				if (w.length)
					out.push({ text, phrases: [w.join(' ')], verify: true, things: named, marks: [text] });
			} else if (named.length)
				out.push({
					text,
					phrases: [text],
					verify: false,
					things: named,
					marks: [...new Set([text, ...named.flatMap((t) => t.marks)])],
				});
			else loose.push(text);
		}
		// Plain words: one Pagefind search (all words must match, Pagefind's stemming).
		if (loose.length)
			out.unshift({
				text: loose.join(' '),
				phrases: [loose.join(' ')],
				verify: false,
				things: [],
				marks: loose,
			});
		return out;
	}
	if (whole.length && splitTerms(q).length > 1 && !/["“”]/.test(q)) {
		const t = zhTerm(q.trim(), things);
		if (t) return [t];
	}
	return splitTerms(q)
		.map((text) => zhTerm(text, things))
		.filter((t): t is Term => t !== null);
}

/**
 * Does `content` (a page's indexed text) contain `term`, folded (src/utils/fold.ts)? Latin letters
 * and digits at the term's edges must not touch another, nor a number continue through a decimal
 * point (7.3% is not in 17.3% or 73.3%, 7.3 not in 2.73, 4亿元 not in 14亿元, GDP not in GDPR).
 */
export function contains(content: string, term: string, lang: Lang = 'zh'): boolean {
	return findTerms(content, [term], lang === 'en').length > 0;
}

/** Strings to highlight on the article page for these terms (stop words and one-letter words left out). */
export function highlights(terms: Term[], lang: Lang): string[] {
	const out = terms.flatMap((t) =>
		lang === 'en' && !t.phrases[0]?.startsWith('"') && !t.things.length
			? t.text.split(/\s+/)
			: t.marks,
	);
	return [...new Set(out)].filter(
		(s) => (s.length > 1 || HAN.test(s)) && !EN_STOP_WORDS.has(s.toLocaleLowerCase()),
	);
}

/** Remove the zero-width spaces the index puts between Han characters. */
export const clean = (s: string) => s.replace(/\u200b/g, '');

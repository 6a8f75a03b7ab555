/**
 * Latin text split by a column wrap. Narrow Chinese newspaper columns wrap after a fixed number of
 * characters, with no hyphen, so a Latin token can be cut anywhere (`G⏎DP`, `BI⏎PV`, `IN⏎DUSTRIEPARK`),
 * while a wrap can also fall between two English words whose space the extractor dropped at the line
 * end (`smart⏎city`). Reports: pymupdf/PyMuPDF#1270, jgm/pandoc#2586 (the joiner must decide per
 * boundary).
 *
 * The decision uses the English word list of the `word-list` package (about 274,000 lower-case words,
 * compared case-insensitively), read once on first use:
 * 1. the joined token is an English word (`indus⏎trial`) → join;
 * 2. both parts are English words of two or more letters and the joined token is not (`smart⏎city`)
 *    → a space;
 * 3. both parts are upper case (an acronym or a name in capitals: `G⏎DP`, `BI⏎PV`) → join;
 * 4. otherwise undecided: both parts are kept, separated by a space, and the caller reports it.
 * A digit on either side of the wrap (`5⏎G`, `IPv⏎6`) is joined before this is asked.
 * Limit: a compound missing from the word list whose halves are words (`block⏎chain`) gets a space.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

/**
 * Whether `token` is an English word (case-insensitive). Loads the `word-list` package's list on first
 * use; throws the `fs` error only if that file cannot be read (a broken install).
 */
export function isEnglishWord(token: string): boolean {
	words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
	return words.has(token.toLowerCase());
}

/**
 * A decision at a line wrap between Latin letters: join the pieces, put a space, or undecided (the
 * caller keeps both parts with a space and warns).
 */
export type LatinWrap = 'join' | 'space' | 'undecided';

/**
 * How to join the Latin letters ending `left` with those starting `right` across a wrap: `left` and
 * `right` are the whole lines (or pieces); only their Latin runs at the wrap are read.
 */
export function latinWrap(left: string, right: string): LatinWrap {
	const l = left.match(/[A-Za-z]+$/)?.[0] ?? '';
	const r = right.match(/^[A-Za-z]+/)?.[0] ?? '';
	if (!l || !r) return 'join';
	if (isEnglishWord(l + r)) return 'join';
	if (l.length >= 2 && r.length >= 2 && isEnglishWord(l) && isEnglishWord(r)) return 'space';
	if (l === l.toUpperCase() && r === r.toUpperCase()) return 'join';
	return 'undecided';
}

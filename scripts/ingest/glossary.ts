/**
 * The glossaries as the ingest stages use them: the one loader (`src/utils/glossary-loader.ts`, shared
 * with the site) re-exported, and alias lists compiled into a matcher shared by the metrics and entity
 * stages.
 */
export {
	checkGlossaries,
	GlossaryError,
	kindAnchor,
	linkable,
	loadGlossaries,
	parseGlossary,
	type EntityDef,
	type Glossaries,
	type GlossaryName,
	type Indicator,
	type TopicDef,
} from '../../src/utils/glossary-loader.ts';

// ---------------------------------------------------------------------------------------------
// Alias matching, shared by the metrics and entity stages.

/** Quote marks the matcher steps over: `专精特新企业` matches `“专精特新”企业`. */
const QUOTE = /[“”"‘’「」『』]/;
const ASCII_WORD = /[A-Za-z0-9]/;

/** One alias to compile: a Chinese form and what it stands for (`compileAliases`). */
export interface AliasEntry<T> {
	/** What a match stands for (an indicator, an entity). */
	value: T;
	/** The form as written in the glossary (no quote marks). */
	alias: string;
	/** Longer strings in which this alias is not a match (see `entityDefSchema.notIn`). */
	notIn?: readonly string[];
}

/** One match of an alias in a text. */
export interface AliasMatch<T> {
	/** The matched entry's `value`. */
	value: T;
	/** The entry's alias (the text span may differ by the quote marks stepped over). */
	alias: string;
	/** Start and end (exclusive) in the text, in UTF-16 code units; the span may contain skipped quote marks. */
	start: number;
	end: number;
}

/** A compiled matcher: every non-overlapping match in `text`, left to right. Never throws. */
export type AliasMatcher<T> = (text: string) => AliasMatch<T>[];

/**
 * Compile aliases into a leftmost-longest matcher: scanning left to right, at each position the
 * longest alias that matches wins, and scanning resumes after it, so matches never overlap.
 * Quote marks inside the text are stepped over; an alias that starts or ends with a Latin letter or
 * digit must not touch another one (`GDP` is not found in `GDPR`).
 */
export function compileAliases<T>(entries: readonly AliasEntry<T>[]): AliasMatcher<T> {
	const byFirst = new Map<string, AliasEntry<T>[]>();
	for (const entry of entries) {
		const list = byFirst.get(entry.alias[0]!) ?? [];
		list.push(entry);
		byFirst.set(entry.alias[0]!, list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.alias.length - a.alias.length);

	/** End of `alias` matched at `start`, stepping over quotes, or -1. */
	const matchAt = (text: string, start: number, alias: string): number => {
		let i = start;
		for (let k = 0; k < alias.length; k++) {
			while (k > 0 && i < text.length && QUOTE.test(text[i]!) && text[i] !== alias[k]) i++;
			if (text[i] !== alias[k]) return -1;
			i++;
		}
		return i;
	};
	const excluded = (text: string, start: number, end: number, entry: AliasEntry<T>): boolean =>
		(entry.notIn ?? []).some((context) => {
			for (
				let k = context.indexOf(entry.alias);
				k !== -1;
				k = context.indexOf(entry.alias, k + 1)
			) {
				const from = start - k;
				if (from >= 0 && text.startsWith(context, from) && from + context.length >= end)
					return true;
			}
			return false;
		});

	return (text) => {
		const out: AliasMatch<T>[] = [];
		for (let i = 0; i < text.length;) {
			let found: AliasMatch<T> | undefined;
			for (const entry of byFirst.get(text[i]!) ?? []) {
				const end = matchAt(text, i, entry.alias);
				if (end === -1) continue;
				if (ASCII_WORD.test(entry.alias[0]!) && i > 0 && ASCII_WORD.test(text[i - 1]!)) continue;
				if (ASCII_WORD.test(entry.alias.at(-1)!) && ASCII_WORD.test(text[end] ?? '')) continue;
				if (excluded(text, i, end, entry)) continue;
				found = { value: entry.value, alias: entry.alias, start: i, end };
				break;
			}
			if (found) {
				out.push(found);
				i = found.end;
			} else i++;
		}
		return out;
	};
}

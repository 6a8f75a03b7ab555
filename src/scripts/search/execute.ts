/**
 * Query execution: the terms of a query (src/scripts/search-query.ts) → the pages that match all of
 * them. A term matches a page that has every one of its phrases (and, where it says so, its text,
 * checked in the page's indexed text through fold), or that is about one of the glossary things it
 * names (the thing's index word, `thingToken`), unless the term's phrase search already finds every
 * page about the thing (`phraseCovers`: a name every Chinese article about it prints, or English words
 * all in the name every English page about it indexes); the index word's search, as heavy as the
 * phrase's for a common thing, is then skipped.
 *
 * Facet counts: for one plain search, Pagefind's own counts (the counting instance repeats it with the
 * filter indexes loaded); for a query naming one thing, the counts of the thing's own search (every
 * article that prints one of its names is about it, so that is the union, save glossary exclusions
 * and text the ingest did not read); for other merged searches, counted from the hits' fragments, up
 * to `COUNT_FRAGMENTS_MAX` hits, else none (loading every fragment made a cold search many times heavier).
 */
import { clean, contains, phraseCovers, type Lang, type Term } from '../search-query.ts';
import { FACETS, SORT_KEY } from '../../utils/search-facets.ts';
import { pagefindFilters, SORTS, type State } from './state.ts';
import type { Counts, Fragment, Hit, Pagefind, PagefindSearch } from './types.ts';

/**
 * What `execute` returns for one query: `hits`, the pages that match every term, in display order
 * (Pagefind's own for a single search; the summed scores or the sort key when searches were
 * merged); `fragments`, the page data already loaded (or loading) by hit id, for the renderer to
 * reuse; and `counts`, the facet counts, computed only when asked. Read by src/scripts/search.ts.
 */
export interface Outcome {
	hits: Hit[];
	fragments: Map<string, Promise<Fragment>>;
	/**
	 * The facet counts of these hits, asked for once the first results are shown. `counter` is the
	 * instance with the filter indexes loaded (Loader.counter).
	 */
	counts(counter: () => Promise<Pagefind>): Promise<Counts | null>;
}

/** Above this many hits, counts of a merged search come from the thing's own search (module comment). */
const COUNT_FRAGMENTS_MAX = 100;
/** A filter that keeps every page but makes Pagefind load (and count) that facet's index. */
const ALL_FACETS = Object.fromEntries(FACETS.map((f) => [f, { none: [] }]));

/**
 * Run the terms of a query (`rewrite`) on `pf` with the state's filters and sort: one Pagefind search
 * per phrase and per glossary thing's index word, intersected across terms (scores summed); `verify`
 * terms are checked in each candidate's page text (loading its fragment). Returns an `Outcome`; with no
 * terms, no hits. Does not throw on its own: a rejected Pagefind search or fragment load rejects the
 * promise. `counts()` resolves to null when counting would load too much (more than
 * `COUNT_FRAGMENTS_MAX` hits of merged searches that do not name exactly one thing) or when the
 * counting search returned null.
 */
export async function execute(pf: Pagefind, terms: Term[], s: State, lang: Lang): Promise<Outcome> {
	const sort = SORTS[s.sort];
	const options = { filters: pagefindFilters(s.filters), ...(sort ? { sort: { ...sort } } : {}) };
	const fragments = new Map<string, Promise<Fragment>>();
	const fragment = (h: Hit) => {
		if (!fragments.has(h.id)) fragments.set(h.id, h.data());
		return fragments.get(h.id)!;
	};
	const search = async (q: string) => (await pf.search(q, options)) as PagefindSearch | null;
	const byId = new Map<string, Hit>();
	/** One term's pages: id → score. */
	const termPages = async (t: Term): Promise<Map<string, number>> => {
		// A thing whose every page the term's phrase search already finds needs no search of its own.
		const needed = t.things.filter((x) => !phraseCovers(t, x));
		const [phrases, things] = await Promise.all([
			Promise.all(t.phrases.map(search)),
			Promise.all(needed.map((x) => search(x.token))),
		]);
		let text = new Map<string, number>();
		phrases.forEach((r, i) => {
			const ids = new Map<string, number>(
				(r?.results ?? []).map((h) => (byId.set(h.id, h), [h.id, h.score])),
			);
			text =
				i === 0
					? ids
					: new Map(
							[...text].filter(([id]) => ids.has(id)).map(([id, sc]) => [id, sc + ids.get(id)!]),
						);
		});
		if (t.verify && text.size) {
			const ok = await Promise.all(
				[...text.keys()].map(async (id) =>
					contains(clean((await fragment(byId.get(id)!)).content), t.text, lang),
				),
			);
			const ids = [...text.keys()];
			ids.forEach((id, i) => ok[i] || text.delete(id));
		}
		for (const r of things)
			for (const h of r?.results ?? [])
				if (!text.has(h.id)) {
					byId.set(h.id, h);
					text.set(h.id, 0);
				}
		return text;
	};
	const perTerm = await Promise.all(terms.map(termPages));
	const [first, ...rest] = perTerm;
	const scores = new Map(
		[...(first ?? [])]
			.filter(([id]) => rest.every((m) => m.has(id)))
			.map(([id, sc]) => [id, sc + rest.reduce((a, m) => a + m.get(id)!, 0)]),
	);
	const hits = [...scores.keys()].map((id) => byId.get(id)!);
	const counted = (q: string) => async (counter: () => Promise<Pagefind>) => {
		const r = await (
			await counter()
		).search(q, { ...options, filters: { ...ALL_FACETS, ...options.filters } });
		return r?.filters ?? null;
	};
	const simple =
		terms.length === 1 &&
		terms[0]!.phrases.length === 1 &&
		!terms[0]!.verify &&
		!terms[0]!.things.length;
	if (simple) return { hits, fragments, counts: counted(terms[0]!.phrases[0]!) };
	if (sort) {
		// Several searches were merged: order by the sort key, as Pagefind would (undated = 0000).
		const keys = new Map(
			await Promise.all(
				hits.map(async (h) => [h.id, (await fragment(h)).meta[SORT_KEY] || '0000'] as const),
			),
		);
		const dir = Object.values(sort)[0] === 'asc' ? 1 : -1;
		hits.sort((a, b) => dir * keys.get(a.id)!.localeCompare(keys.get(b.id)!));
	} else hits.sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
	const one = terms.length === 1 && terms[0]!.things.length === 1 ? terms[0]!.things[0]! : null;
	return {
		hits,
		fragments,
		counts: async (counter) => {
			if (!hits.length) return {};
			if (one) return counted(one.token)(counter);
			if (hits.length > COUNT_FRAGMENTS_MAX) return null;
			// Counts of the pages that remain, from their own filters.
			const counts: Counts = {};
			for (const f of await Promise.all(hits.map(fragment)))
				for (const [k, vs] of Object.entries(f.filters))
					for (const v of vs) (counts[k] ??= {})[v] = (counts[k][v] ?? 0) + 1;
			return counts;
		},
	};
}

/** The parts of Pagefind's browser API the search page uses (pagefind.js has no published types). */

/**
 * A result's page data (`Hit.data()`): its URL, Pagefind's excerpt, indexed text, metadata, filter
 * values and sections (`sub_results`).
 */
export interface Fragment {
	url: string;
	excerpt: string;
	/** The page's indexed text (zero-width spaces between Han characters). */
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
/** One result of a search: the page's id and score; its data loads only when `data()` is called. */
export interface Hit {
	id: string;
	score: number;
	data(): Promise<Fragment>;
}
/** Filter → value → number of pages. */
export type Counts = Record<string, Record<string, number>>;
/**
 * A search's answer: the hits, best first (or in the requested sort), and the facet counts of those
 * hits (`filters`) and of the whole index (`totalFilters`).
 */
export interface PagefindSearch {
	results: Hit[];
	filters: Counts;
	totalFilters: Counts;
}
/** Options of one search: Pagefind's filter object (see `pagefindFilters`) and a sort by one sort key. */
export interface SearchOptions {
	filters?: unknown;
	sort?: Record<string, 'asc' | 'desc'>;
}
/**
 * A Pagefind instance: `search(null, …)` runs on filters alone; a null answer is treated as no
 * results by every caller.
 */
export interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string | null, o?: SearchOptions): Promise<PagefindSearch | null>;
	preload(q: string): Promise<void>;
}
/**
 * The module pagefind.js exports: the default instance, and `createInstance` for more
 * (src/scripts/search/pagefind.ts).
 */
export type PagefindModule = Pagefind & { createInstance(o: Record<string, unknown>): Pagefind };

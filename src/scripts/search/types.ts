/** The parts of Pagefind's browser API the search page uses (pagefind.js has no published types). */

export interface Fragment {
	url: string;
	excerpt: string;
	/** The page's indexed text (zero-width spaces between Han characters). */
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
export interface Hit {
	id: string;
	score: number;
	data(): Promise<Fragment>;
}
/** Filter → value → number of pages. */
export type Counts = Record<string, Record<string, number>>;
export interface PagefindSearch {
	results: Hit[];
	filters: Counts;
	totalFilters: Counts;
}
export interface SearchOptions {
	filters?: unknown;
	sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string | null, o?: SearchOptions): Promise<PagefindSearch | null>;
	preload(q: string): Promise<void>;
}
export type PagefindModule = Pagefind & { createInstance(o: Record<string, unknown>): Pagefind };

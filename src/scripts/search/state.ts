/**
 * The search page's state is its URL (`?q=…&sort=…&year=…&topic=…&entity=…&translated=…`): shareable;
 * form submits and filter changes push history entries, the back button restores them.
 */
import { FACETS, SORT_KEY, type Facet } from '../../utils/search-facets.ts';

/** The result orders the page offers, by `sort` value: Pagefind's sort option (null: by relevance, Pagefind's score). */
export const SORTS = {
	relevance: null,
	'date-desc': { [SORT_KEY]: 'desc' },
	'date-asc': { [SORT_KEY]: 'asc' },
} as const;
/** A `sort` value of the URL: `relevance`, `date-desc` or `date-asc`. */
export type Sort = keyof typeof SORTS;

/**
 * What the search page shows, as read from and written to its URL: `q` the query (trimmed), `sort`,
 * and the selected values of each facet (`?year=2021&year=2022`). Read by the page script, `execute`
 * and the facet boxes.
 */
export interface State {
	q: string;
	sort: Sort;
	filters: Partial<Record<Facet, string[]>>;
}

/**
 * The state in a query string (default: the page's own). Unknown or missing `sort` is `relevance`;
 * parameters that are not facets are ignored; values are kept as given (not checked against the
 * index). Never throws.
 */
export function readState(search = location.search): State {
	const p = new URLSearchParams(search);
	const sort = p.get('sort') as Sort;
	const filters: State['filters'] = {};
	for (const f of FACETS) if (p.getAll(f).length) filters[f] = p.getAll(f);
	return { q: p.get('q')?.trim() ?? '', sort: sort in SORTS ? sort : 'relevance', filters };
}

/** The query string of a state ('' or `?…`). */
export function stateQuery(s: State): string {
	const p = new URLSearchParams();
	if (s.q) p.set('q', s.q);
	if (s.sort !== 'relevance') p.set('sort', s.sort);
	for (const f of FACETS) for (const v of s.filters[f] ?? []) p.append(f, v);
	return p.size ? `?${p}` : '';
}

/** Put `s` in the page's URL (same path): a new history entry when `push`, else the current one replaced. */
export function writeState(s: State, push: boolean): void {
	const url = `${location.pathname}${stateQuery(s)}`;
	if (push) history.pushState(null, '', url);
	else history.replaceState(null, '', url);
}

/** Pagefind filter object: several years or English/Chinese-only values are alternatives; topics and entities must all apply. */
export function pagefindFilters(f: State['filters']): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (f.year?.length) out.year = { any: f.year };
	if (f.translated?.length) out.translated = { any: f.translated };
	if (f.topic?.length) out.topic = f.topic;
	if (f.entity?.length) out.entity = f.entity;
	return out;
}

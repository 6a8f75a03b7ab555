/**
 * The search page's state is its URL (`?q=…&sort=…&year=…&topic=…&entity=…&translated=…`): shareable;
 * form submits and filter changes push history entries, the back button restores them.
 */
import { FACETS, SORT_KEY, type Facet } from '../../utils/search-facets.ts';

export const SORTS = {
	relevance: null,
	'date-desc': { [SORT_KEY]: 'desc' },
	'date-asc': { [SORT_KEY]: 'asc' },
} as const;
export type Sort = keyof typeof SORTS;

export interface State {
	q: string;
	sort: Sort;
	filters: Partial<Record<Facet, string[]>>;
}

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

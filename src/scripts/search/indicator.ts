/**
 * The indicator box: when the query names an indicator (any name: src/scripts/search-query.ts), the
 * articles that report it, newest first, with their figures (the `figures` metadata of
 * components/SearchIndexData.astro), from the `indicator` filter; its count is the count of articles
 * reporting the indicator, the same articles its index word finds.
 */
import { clean, type Thing } from '../search-query.ts';
import { SORT_KEY } from '../../utils/search-facets.ts';
import { el, fill, tidy } from './render.ts';
import type { Pagefind } from './types.ts';

export interface IndicatorStrings {
	heading?: string;
	count?: string;
	link?: string;
}

/** Fill `box` for the first indicator among `things` (or hide it). `href`: the indicator page for an id. */
export async function renderIndicator(box: HTMLElement, things: Thing[], counter: () => Promise<Pagefind>, strings: IndicatorStrings, href: (id: string) => string): Promise<void> {
	const ind = things.find((t) => t.kind === 'indicator');
	if (!ind) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const search = await (await counter()).search(null, { filters: { indicator: ind.id }, sort: { [SORT_KEY]: 'desc' } });
	box.replaceChildren();
	box.hidden = true;
	if (!search?.results.length) return;
	const frags = await Promise.all(search.results.slice(0, 20).map((h) => h.data()));
	const rows = frags.map((f) => {
		const figures = (JSON.parse(f.meta.figures ?? '[]') as [string, string, string, string][]).filter(([id]) => [...id].reverse().join('') === ind.id);
		return el(
			'li',
			{},
			el('a', { href: f.url }, tidy(f.meta.title ?? f.url)),
			' ',
			el('span', { class: 'search-indicator__date' }, clean(f.meta.dateline ?? '')),
			el('ul', { class: 'search-indicator__figures' }, ...figures.map(([, value, period]) => el('li', {}, el('span', { class: 'search-indicator__value' }, value), period ? ` (${period})` : ''))),
		);
	});
	box.append(
		el('h2', { id: 'search-indicator-heading' }, fill(strings.heading, { indicator: ind.label })),
		el('p', {}, fill(strings.count, { count: String(search.results.length) }), ' ', el('a', { href: href(ind.id) }, strings.link ?? '')),
		el('ul', { class: 'search-indicator__list' }, ...rows),
	);
	box.hidden = false;
}

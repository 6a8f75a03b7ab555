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

/**
 * The indicator box's UI strings in the page's language (from `data-indicator-*` attributes of
 * src/pages/[lang]/search.astro): `heading` with `{{indicator}}`, `count` with `{{count}}`, the link
 * text to the indicator page. A missing string shows as ''.
 */
export interface IndicatorStrings {
	heading?: string;
	count?: string;
	link?: string;
}

/**
 * The box's content for the first indicator among `things`, or null (no indicator named, or no article
 * reports it). `href`: the indicator page for an id. The search page asks for it once the first results
 * are shown (it loads the filter indexes and up to 20 fragments) and fills the box, beside the results,
 * with the facets.
 */
export async function indicatorContent(
	things: Thing[],
	counter: () => Promise<Pagefind>,
	strings: IndicatorStrings,
	href: (id: string) => string,
): Promise<Node[] | null> {
	const ind = things.find((t) => t.kind === 'indicator');
	if (!ind) return null;
	const search = await (
		await counter()
	).search(null, { filters: { indicator: ind.id }, sort: { [SORT_KEY]: 'desc' } });
	if (!search?.results.length) return null;
	const frags = await Promise.all(search.results.slice(0, 20).map((h) => h.data()));
	const rows = frags.map((f) => {
		const figures = (
			JSON.parse(f.meta.figures ?? '[]') as [string, string, string, string][]
		).filter(([id]) => [...id].reverse().join('') === ind.id);
		return el(
			'li',
			{},
			el('a', { href: f.url }, tidy(f.meta.title ?? f.url)),
			' ',
			el('span', { class: 'search-indicator__date' }, clean(f.meta.dateline ?? '')),
			el(
				'ul',
				{ class: 'search-indicator__figures' },
				...figures.map(([, value, period]) =>
					el(
						'li',
						{},
						el('span', { class: 'search-indicator__value' }, value),
						period ? ` (${period})` : '',
					),
				),
			),
		);
	});
	return [
		el('h2', { id: 'search-indicator-heading' }, fill(strings.heading, { indicator: ind.label })),
		el(
			'p',
			{},
			fill(strings.count, { count: String(search.results.length) }),
			' ',
			el('a', { href: href(ind.id) }, strings.link ?? ''),
		),
		el('ul', { class: 'search-indicator__list' }, ...rows),
	];
}

/** Fill `box` with `nodes`, or hide it when there are none. */
export function fillIndicator(box: HTMLElement, nodes: Node[] | null): void {
	box.replaceChildren(...(nodes ?? []));
	box.hidden = !nodes;
}

/**
 * The names of the search index's filters, sort key and metadata: one module shared by the
 * components that render them as Pagefind attributes (`components/SearchIndexData.astro`, the
 * `data-pagefind-meta` attributes of the article page), the Pagefind integration, the search page and
 * its script (src/scripts/search/). Pagefind attribute values are `key:value`; values must not hold
 * `,` or `:` (`pagefindValue`).
 */

/** Filters shown as facets on the search page, in their order there. */
export const FACETS = ['year', 'topic', 'entity', 'translated'] as const;
/** A facet's filter name (`year`, `topic`, `entity`, `translated`). */
export type Facet = (typeof FACETS)[number];

/** Every filter of the index: the facets, and `indicator` (indicator ids, for the indicator box and names). */
export const FILTERS = [...FACETS, 'indicator'] as const;
/** Any filter name of the index. */
export type Filter = (typeof FILTERS)[number];

/** The one sort key: the article's date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`; `0000` when undated). */
export const SORT_KEY = 'date';

/** Metadata every result carries. `names`: the English names text indexed after an English page's body. */
export const META = [
	'title',
	'dateline',
	'date',
	'precision',
	'source',
	'byline',
	'figures',
	'names',
] as const;
/** A metadata key every result carries. */
export type Meta = (typeof META)[number];

/** The `year` filter value of an undated article. */
export const UNDATED_YEAR = 'none';

/** A Pagefind filter/meta value: `,` and `:` (Pagefind's separators) become spaces. */
export const pagefindValue = (s: string): string => s.replace(/[,:]/g, ' ');

/**
 * The index word that stands for a glossary thing on every article page about it (rendered by
 * components/SearchIndexData.astro, searched by src/scripts/search/execute.ts): `QXT`, the kind's
 * initial, the length of the id's letters and digits in three digits, and those letters and digits
 * (`QXTe014zhongtongbus`). The length makes no token a prefix of another (Pagefind matches the last
 * word of a query as a prefix). One Pagefind word, cheap to look up (a filter index would be many
 * times larger), never typed, and removed from excerpts (`THING_TOKEN_RE`). Never throws.
 */
export function thingToken(kind: 'indicator' | 'entity' | 'topic', id: string): string {
	const word = id.toLowerCase().replace(/[^a-z0-9]/g, '');
	return `QXT${kind[0]}${String(word.length).padStart(3, '0')}${word}`;
}
/** Matches thing tokens (`thingToken`) with the space before and a full stop after, to remove them from excerpts. */
export const THING_TOKEN_RE = /\s*\bQXT[a-z0-9]+\b\.?/gi;

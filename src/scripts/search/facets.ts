/** The facet boxes of the search page: checkboxes with counts, one fieldset per facet (names from src/utils/search-facets.ts). */
import { FACETS, UNDATED_YEAR, type Facet } from '../../utils/search-facets.ts';
import type { Lang } from '../search-query.ts';
import { el } from './render.ts';
import type { State } from './state.ts';
import type { Counts } from './types.ts';

/**
 * The facet strings of the search page, in its language: a legend per facet and `yes`/`no` (the
 * `translated` values) and `none` (the undated year). Built in src/pages/[lang]/search.astro from the
 * UI strings and passed as JSON in `data-facets`.
 */
export type FacetLabels = Record<Facet, string> & { yes: string; no: string; none: string };

/** One collator per language (`localeCompare` with a locale builds one per call). */
const collators = { zh: new Intl.Collator('zh'), en: new Intl.Collator('en') };

/**
 * Replace the content of `box` with one fieldset per facet that has values: a checkbox per value with
 * its count (values with no page left out unless selected; selected ones stay, counted 0), years
 * newest first, others by count then name (collated in `lang`), entities cut to the 12 most frequent
 * plus the selected. `counts` null (not counted): the box is left empty. Checkbox ids are made from
 * the value's code points (base 36), so any value gives a valid id.
 */
export function renderFacets(
	box: HTMLElement,
	counts: Counts | null,
	s: State,
	labels: FacetLabels,
	lang: Lang,
): void {
	box.replaceChildren();
	if (!counts) return;
	for (const facet of FACETS) {
		const values = Object.entries(counts[facet] ?? {}).filter(([, n]) => n > 0);
		const selected = s.filters[facet] ?? [];
		for (const v of selected) if (!values.some(([x]) => x === v)) values.push([v, 0]);
		if (!values.length) continue;
		const collator = collators[lang];
		values.sort((a, b) =>
			facet === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || collator.compare(a[0], b[0]),
		);
		const shown =
			facet === 'entity'
				? values.slice(0, 12).concat(values.slice(12).filter(([v]) => selected.includes(v)))
				: values;
		const fieldset = el(
			'fieldset',
			{ class: 'search-facet', 'data-facet': facet },
			el('legend', {}, labels[facet]),
		);
		for (const [value, n] of shown) {
			const id = `f-${facet}-${[...value].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
			const input = el('input', { type: 'checkbox', id, name: facet, value });
			(input as HTMLInputElement).checked = selected.includes(value);
			const label =
				facet === 'translated'
					? labels[value as 'yes' | 'no']
					: facet === 'year' && value === UNDATED_YEAR
						? labels.none
						: value;
			// Full-width brackets on the Chinese page (`经济（3）`).
			const count =
				lang === 'zh'
					? [el('span', { class: 'search-facet__count' }, `（${n}）`)]
					: [' ', el('span', { class: 'search-facet__count' }, `(${n})`)];
			fieldset.append(
				el(
					'div',
					{ class: 'search-facet__option' },
					input,
					el('label', { for: id }, label, ...count),
				),
			);
		}
		box.append(fieldset);
	}
}

/**
 * The glossary things the search page knows (build time): every indicator, entity and topic the
 * archive has, with every name a query may use for it. Read by src/pages/[lang]/search.astro, which
 * embeds them for src/scripts/search-query.ts (`Thing`).
 *
 * Names: the glossary's Chinese and English names and aliases, and the Traditional forms of the
 * Chinese ones (opencc-js, Simplified → Traditional, Taiwan and Hong Kong variants), all folded with
 * `foldTerm` (src/utils/fold.ts). The thing's articles are found by its index word (`thingToken`),
 * which the article pages about it render (components/SearchIndexData.astro).
 */
import * as OpenCC from 'opencc-js/cn2t';
import type { Archive } from './archive.ts';
import { findFolded, foldForMatch, foldTerm, type Folded } from './fold.ts';
import type { GlossaryName } from './glossary.ts';
import { thingToken } from './search-facets.ts';
import type { RawThing } from '../scripts/search-query.ts';

const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const HAN = /\p{Script=Han}/u;

/** Every form of a name: itself and, for Chinese names, its Traditional forms. */
export function forms(name: string): string[] {
	return HAN.test(name) ? [...new Set([name, ...converters.map((c) => c(name))])] : [name];
}

/** The query keys of a thing with these names: every form of every name, folded (`foldTerm`), spaces collapsed. */
export const thingKeys = (names: string[]): string[] => [
	...new Set(
		names
			.flatMap(forms)
			.map((n) => foldTerm(n).replace(/\s+/g, ' ').trim())
			.filter(Boolean),
	),
];

/**
 * The things of `archive` for the search pages: `keys` every name folded; `marks` the names pages may
 * print (Chinese and English names and aliases, no Traditional forms); label per language; `printed`
 * the names (folded) that every article about the thing prints in its Chinese text (title, kicker,
 * subtitle, blocks: what its Chinese page indexes), so that the Chinese search page can skip the
 * thing's index-word search for such a name: the name's own phrase search already finds every one of
 * those articles (src/scripts/search/execute.ts); `indexedEn` the English name that every English
 * page about the thing indexes as text, so that the English search
 * page can skip the index-word search of a query whose words are all in that name.
 */
export function searchThings(
	archive: Archive,
	glossary: {
		entities: Map<string, GlossaryName>;
		indicators: Map<string, GlossaryName>;
		topics: Map<string, GlossaryName>;
	},
): RawThing[] {
	const texts = new Map<string, Folded>();
	const zhText = (r: Archive['articles'][number]['record']): Folded => {
		let f = texts.get(r.slug);
		if (!f) {
			f = foldForMatch(
				[r.kicker, r.title, r.subtitle, ...r.blocks.map((b) => b.text)].filter(Boolean).join('\n'),
			);
			texts.set(r.slug, f);
		}
		return f;
	};
	const about = (kind: RawThing['kind'], id: string) =>
		archive.articles.filter(({ record: r }) =>
			kind === 'entity'
				? r.entities.some((e) => e.id === id)
				: kind === 'indicator'
					? r.metrics.some((m) => m.indicator === id)
					: r.topics.includes(id),
		);
	const make = (
		kind: RawThing['kind'],
		id: string,
		name: { zh: string; en: string },
		g: GlossaryName | undefined,
	): RawThing => {
		const names = [...new Set([name.zh, name.en, ...(g ? [g.zh, g.en, ...g.aliases] : [])])];
		const articles = about(kind, id);
		const printed = articles.length
			? names
					.filter((n) => articles.every((a) => findFolded(zhText(a.record), [n]).length > 0))
					.map(foldTerm)
			: [];
		// The English name every English page about it indexes (components/SearchIndexData.astro
		// indexes each entity's and indicator's English name as its record holds it, and each topic's
		// archive name).
		const indexed =
			articles.length > 0 &&
			articles.every(({ record: r }) =>
				kind === 'entity'
					? r.entities.some((e) => e.id === id && e.name.en === name.en)
					: kind === 'indicator'
						? r.metrics.some((m) => m.indicator === id && m.label.en === name.en)
						: r.topics.includes(id),
			)
				? name.en
				: null;
		return {
			kind,
			id,
			label: name,
			keys: thingKeys(names),
			marks: names,
			token: thingToken(kind, id),
			...(printed.length ? { printed } : {}),
			...(indexed ? { indexedEn: indexed } : {}),
		};
	};
	return [
		...[...archive.indicators.values()].map((i) =>
			make('indicator', i.id, i.label, glossary.indicators.get(i.id)),
		),
		...[...archive.entities.values()].map((e) =>
			make('entity', e.id, e.name, glossary.entities.get(e.id)),
		),
		...[...archive.topics.values()].map((t) =>
			make('topic', t.id, t.name, glossary.topics.get(t.id)),
		),
	];
}

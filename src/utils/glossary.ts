/**
 * The glossaries in `ARCHIVE_DATA_DIR` (default `data/`, see src/utils/config.ts) as the site reads
 * them: read once through the one validated loader (`glossary-loader.ts`, shared with the ingest), and
 * indexed by id. The site uses names (zh/en), entity types, the entity `link` flag and, on the search
 * page, indicator aliases. A missing or invalid glossary stops the build with a `GlossaryError`.
 */
import { config } from './config.ts';
import { linkable, loadGlossaries, type Glossaries } from './glossary-loader.ts';

/** One glossary entry's names, as lists and pages show them. */
export interface GlossaryName {
	id: string;
	zh: string;
	en: string;
	/** Entities only: the entity type. */
	type?: string;
	/** Entities only: false when mentions should not be linked (the zone itself). */
	link?: boolean;
	/** Other names the text may print (Chinese or Latin), as the glossary lists them. */
	aliases: string[];
}

/** The site's view of the glossaries: entries by id, in file order, and the validated files. */
export interface SiteGlossaries {
	topics: Map<string, GlossaryName>;
	entities: Map<string, GlossaryName>;
	indicators: Map<string, GlossaryName>;
	/** The glossaries as loaded (aliases, rules…). */
	files: Glossaries;
}

/** Index validated glossaries by id (pure: what `glossaries()` returns for the files in `dataDir`). Never throws. */
export function siteGlossaries(files: Glossaries): SiteGlossaries {
	const isLinked = linkable(files.entities);
	const byId = <T extends { id: string; zh: string; en: string }>(
		items: T[],
		extra: (i: T) => Partial<GlossaryName> = () => ({}),
	) =>
		new Map(
			items.map((i) => [
				i.id,
				{
					id: i.id,
					zh: i.zh,
					en: i.en,
					aliases: ((i as { aliases?: string[] }).aliases ?? []) as string[],
					...extra(i),
				},
			]),
		);
	return {
		topics: byId(files.topics),
		entities: byId(files.entities, (e) => ({ type: e.type, link: isLinked(e.id) })),
		indicators: byId(files.indicators),
		files,
	};
}

let cache: SiteGlossaries | undefined;

/** The glossaries of `config.dataDir`, loaded on first use. Throws a `GlossaryError` when one is invalid. */
export function glossaries(): SiteGlossaries {
	cache ??= siteGlossaries(loadGlossaries(config.dataDir));
	return cache;
}

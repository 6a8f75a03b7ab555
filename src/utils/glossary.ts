/**
 * The glossaries in `ARCHIVE_DATA_DIR` (default `data/`): `topics.yaml`, `entities.yaml`,
 * `indicators.yaml`, validated with the ingest's schemas (src/schemas/glossary.ts). The site reads
 * names (zh/en), entity types and the entity `link` flag. A missing file means names fall back to
 * what the records carry (entity and indicator names) or to the id (topics).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { entitiesFileSchema, indicatorsFileSchema, topicsFileSchema } from '../schemas/glossary.ts';
import { dataDir } from './paths.ts';

export interface GlossaryName {
	id: string;
	zh: string;
	en: string;
	type?: string;
	/** Entities only: false when mentions should not be linked (the zone itself). */
	link?: boolean;
	/** Other names the text may print (Chinese or Latin), as the glossary lists them. */
	aliases: string[];
}

function load<S extends z.ZodType<{ id: string; zh: string; en: string }[]>>(file: string, schema: S): Map<string, GlossaryName> {
	const path = join(dataDir, file);
	if (!existsSync(path)) return new Map();
	const items = schema.parse(parse(readFileSync(path, 'utf8')) ?? []) as (GlossaryName & Record<string, unknown>)[];
	return new Map(items.map((i) => [i.id, { id: i.id, zh: i.zh, en: i.en, type: i.type, link: i.link, aliases: (i.aliases as string[] | undefined) ?? [] }]));
}

let cache: { topics: Map<string, GlossaryName>; entities: Map<string, GlossaryName>; indicators: Map<string, GlossaryName> } | undefined;

export function glossaries() {
	cache ??= {
		topics: load('topics.yaml', topicsFileSchema),
		entities: load('entities.yaml', entitiesFileSchema),
		indicators: load('indicators.yaml', indicatorsFileSchema),
	};
	return cache;
}

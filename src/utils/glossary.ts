/**
 * Names from the glossaries in `ARCHIVE_DATA_DIR` (default `data/`): `topics.yaml`, `entities.yaml`,
 * `indicators.yaml`. Only the fields the site shows are read (id, zh, en, type); a missing file just
 * means names fall back to what the records carry (entity and indicator names) or to the id (topics).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { dataDir } from './paths.ts';

const named = z.looseObject({ id: z.string().min(1), zh: z.string().min(1), en: z.string().min(1), type: z.string().optional() });
const list = z.union([z.array(named), z.record(z.string(), z.unknown()).transform((o) => Object.values(o).find(Array.isArray) ?? [])]);

export interface GlossaryName {
	id: string;
	zh: string;
	en: string;
	type?: string;
}

function load(file: string): Map<string, GlossaryName> {
	const path = join(dataDir, file);
	if (!existsSync(path)) return new Map();
	const raw = list.parse(parse(readFileSync(path, 'utf8')) ?? []);
	const items = z.array(named).parse(raw);
	return new Map(items.map((i) => [i.id, { id: i.id, zh: i.zh, en: i.en, type: i.type }]));
}

let cache: { topics: Map<string, GlossaryName>; entities: Map<string, GlossaryName>; indicators: Map<string, GlossaryName> } | undefined;

export function glossaries() {
	cache ??= { topics: load('topics.yaml'), entities: load('entities.yaml'), indicators: load('indicators.yaml') };
	return cache;
}

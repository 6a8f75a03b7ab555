/**
 * The one reader of the data glossaries (`indicators.yaml`, `entities.yaml`, `topics.yaml`), for the
 * ingest, the site, the search index and the tests: reads them from a directory, validates each
 * against `src/schemas/glossary.ts` and the cross-references between them.
 *
 * Loading throws: a bad glossary is a programming error, not bad input data. The error names the file
 * and the field (`data/entities.yaml: [12].aliases[3]: …`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
	entitiesFileSchema,
	indicatorsFileSchema,
	topicsFileSchema,
	type EntityDef,
	type Indicator,
	type TopicDef,
} from '../schemas/glossary.ts';

/** The entry types of the three glossaries, re-exported so callers import one module. */
export type { EntityDef, Indicator, TopicDef } from '../schemas/glossary.ts';

/** The three glossaries, validated, in file order. */
export interface Glossaries {
	indicators: Indicator[];
	entities: EntityDef[];
	topics: TopicDef[];
}

const schemas = {
	indicators: indicatorsFileSchema,
	entities: entitiesFileSchema,
	topics: topicsFileSchema,
} as const;

/** A glossary's name: `indicators`, `entities` or `topics` (the file is `<name>.yaml`). */
export type GlossaryName = keyof typeof schemas;

/** Thrown for an invalid glossary; `file` and `field` name where. */
export class GlossaryError extends Error {
	readonly file: string;
	readonly field: string;
	constructor(file: string, field: string, reason: string) {
		super(`${file}: ${field ? `${field}: ` : ''}${reason}`);
		this.name = 'GlossaryError';
		this.file = file;
		this.field = field;
	}
}

/** `[3].aliases[2]`, and the entry's id when it has one: `[3] (gdp).aliases[2]`. */
function fieldPath(path: readonly PropertyKey[], data: unknown): string {
	let out = '';
	let node: unknown = data;
	for (const key of path) {
		if (typeof key === 'number') {
			out += `[${key}]`;
			node = Array.isArray(node) ? node[key] : undefined;
			const id =
				node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
			if (out.indexOf('(') === -1 && typeof id === 'string') out += ` (${id})`;
		} else {
			out += `${out ? '.' : ''}${String(key)}`;
			node =
				node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		}
	}
	return out;
}

/**
 * Parse and validate one glossary from its YAML text (empty text is an empty list). `file` is only
 * used in error messages. Throws a `GlossaryError` for invalid YAML or the first entry the schema
 * rejects (naming its field). Does not check cross-references: see `checkGlossaries`.
 */
export function parseGlossary<N extends GlossaryName>(
	name: N,
	text: string,
	file: string,
): z.infer<(typeof schemas)[N]> {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		throw new GlossaryError(file, '', `invalid YAML: ${(error as Error).message}`);
	}
	const result = schemas[name].safeParse(data ?? []);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new GlossaryError(file, fieldPath(issue.path, data), issue.message);
	}
	return result.data as z.infer<(typeof schemas)[N]>;
}

/**
 * Checks that cannot be expressed per entry: unique ids, every alias naming one entry only, and
 * topic and parent references that resolve, contextual forms that are forms of their entity and have a
 * `kindAnchor`. `files` names each glossary's file for messages. Throws a `GlossaryError` at the first
 * failure; returns nothing.
 */
export function checkGlossaries(g: Glossaries, files: Record<GlossaryName, string>): void {
	const unique = (
		name: GlossaryName,
		entries: { id: string; zh?: string; aliases?: string[] }[],
		aliases: boolean,
	) => {
		const ids = new Map<string, number>();
		const forms = new Map<string, string>();
		entries.forEach((entry, i) => {
			if (ids.has(entry.id))
				throw new GlossaryError(
					files[name],
					`[${i}] (${entry.id}).id`,
					`duplicate id, also at [${ids.get(entry.id)}]`,
				);
			ids.set(entry.id, i);
			if (!aliases) return;
			const own = new Set<string>();
			[entry.zh!, ...entry.aliases!].forEach((form, j) => {
				const field = j === 0 ? 'zh' : `aliases[${j - 1}]`;
				const other = forms.get(form);
				if (other !== undefined && other !== entry.id)
					throw new GlossaryError(
						files[name],
						`[${i}] (${entry.id}).${field}`,
						`"${form}" is already a form of ${other}`,
					);
				if (own.has(form) && j > 0)
					throw new GlossaryError(
						files[name],
						`[${i}] (${entry.id}).${field}`,
						`"${form}" is listed twice`,
					);
				own.add(form);
				forms.set(form, entry.id);
			});
		});
		return ids;
	};
	const indicatorIds = unique('indicators', g.indicators, true);
	const entityIds = unique('entities', g.entities, true);
	unique('topics', g.topics, false);
	g.entities.forEach((e, i) => {
		e.contextual.forEach((form, j) => {
			if (form !== e.zh && !e.aliases.includes(form))
				throw new GlossaryError(
					files.entities,
					`[${i}] (${e.id}).contextual[${j}]`,
					`"${form}" is not the zh name or an alias of ${e.id}`,
				);
		});
		if (e.contextual.length && !kindAnchor(g.entities, e))
			throw new GlossaryError(
				files.entities,
				`[${i}] (${e.id}).contextual`,
				'needs kindNames on the entity or one of its parents',
			);
		if (e.parent && !entityIds.has(e.parent))
			throw new GlossaryError(
				files.entities,
				`[${i}] (${e.id}).parent`,
				`unknown entity "${e.parent}"`,
			);
	});
	g.topics.forEach((t, i) => {
		t.indicators.forEach((id, j) => {
			if (!indicatorIds.has(id))
				throw new GlossaryError(
					files.topics,
					`[${i}] (${t.id}).indicators[${j}]`,
					`unknown indicator "${id}"`,
				);
		});
		t.entities.forEach((id, j) => {
			if (!entityIds.has(id))
				throw new GlossaryError(
					files.topics,
					`[${i}] (${t.id}).entities[${j}]`,
					`unknown entity "${id}"`,
				);
		});
	});
}

/**
 * Read, validate and cross-check the three glossaries in `dir` (relative to the working directory or
 * absolute). Throws a `GlossaryError` naming the file (and field) when one is missing, unreadable or
 * invalid.
 */
export function loadGlossaries(dir = 'data'): Glossaries {
	const files = {
		indicators: join(dir, 'indicators.yaml'),
		entities: join(dir, 'entities.yaml'),
		topics: join(dir, 'topics.yaml'),
	};
	const read = (file: string) => {
		try {
			return readFileSync(file, 'utf8');
		} catch (error) {
			throw new GlossaryError(file, '', `cannot read: ${(error as Error).message}`);
		}
	};
	const g: Glossaries = {
		indicators: parseGlossary('indicators', read(files.indicators), files.indicators),
		entities: parseGlossary('entities', read(files.entities), files.entities),
		topics: parseGlossary('topics', read(files.topics), files.topics),
	};
	checkGlossaries(g, files);
	return g;
}

/**
 * Whether an entity's mentions are linked in article text: every entity unless its glossary entry says
 * `link: false` (the zone itself, mentioned in every article). An id not in the glossary is linkable.
 * Used by the MDX emitter, the site's inline marks, the search index and the tests.
 */
export function linkable(
	entities: readonly Pick<EntityDef, 'id' | 'link'>[],
): (id: string) => boolean {
	const unlinked = new Set(entities.filter((e) => e.link === false).map((e) => e.id));
	return (id) => !unlinked.has(id);
}

/**
 * The entity whose `kindNames` decide when `e`'s contextual forms are mentions: `e` itself when it
 * has `kindNames`, else its nearest parent that has them (`ldz` for `ldz-party-working-committee`);
 * undefined when none has. Parent cycles end the walk.
 */
export function kindAnchor(entities: readonly EntityDef[], e: EntityDef): EntityDef | undefined {
	const byId = new Map(entities.map((x) => [x.id, x]));
	const seen = new Set<string>();
	for (
		let x: EntityDef | undefined = e;
		x && !seen.has(x.id);
		x = x.parent ? byId.get(x.parent) : undefined
	) {
		if (x.kindNames.length) return x;
		seen.add(x.id);
	}
	return undefined;
}

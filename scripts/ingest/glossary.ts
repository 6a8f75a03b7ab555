/**
 * Loads the data glossaries (`data/indicators.yaml`, `data/entities.yaml`, `data/topics.yaml`),
 * validates them against `src/schemas/glossary.ts` and the cross-references between them, and
 * compiles alias lists into a matcher shared by the metrics and entity stages.
 *
 * Unlike the stages, loading throws: a bad glossary is a programming error, not bad input data.
 * The error names the file and the field (`data/entities.yaml: [12].aliases[3]: …`).
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
} from '../../src/schemas/glossary.ts';

export type { EntityDef, Indicator, TopicDef } from '../../src/schemas/glossary.ts';

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
			const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
			if (out.indexOf('(') === -1 && typeof id === 'string') out += ` (${id})`;
		} else {
			out += `${out ? '.' : ''}${String(key)}`;
			node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		}
	}
	return out;
}

/** Parse and validate one glossary from its YAML text. `file` is only used in error messages. */
export function parseGlossary<N extends GlossaryName>(name: N, text: string, file: string): z.infer<(typeof schemas)[N]> {
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
 * topic and parent references that resolve.
 */
export function checkGlossaries(g: Glossaries, files: Record<GlossaryName, string>): void {
	const unique = (name: GlossaryName, entries: { id: string; zh?: string; aliases?: string[] }[], aliases: boolean) => {
		const ids = new Map<string, number>();
		const forms = new Map<string, string>();
		entries.forEach((entry, i) => {
			if (ids.has(entry.id)) throw new GlossaryError(files[name], `[${i}] (${entry.id}).id`, `duplicate id, also at [${ids.get(entry.id)}]`);
			ids.set(entry.id, i);
			if (!aliases) return;
			const own = new Set<string>();
			[entry.zh!, ...entry.aliases!].forEach((form, j) => {
				const field = j === 0 ? 'zh' : `aliases[${j - 1}]`;
				const other = forms.get(form);
				if (other !== undefined && other !== entry.id)
					throw new GlossaryError(files[name], `[${i}] (${entry.id}).${field}`, `"${form}" is already a form of ${other}`);
				if (own.has(form) && j > 0) throw new GlossaryError(files[name], `[${i}] (${entry.id}).${field}`, `"${form}" is listed twice`);
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
		if (e.parent && !entityIds.has(e.parent))
			throw new GlossaryError(files.entities, `[${i}] (${e.id}).parent`, `unknown entity "${e.parent}"`);
	});
	g.topics.forEach((t, i) => {
		t.indicators.forEach((id, j) => {
			if (!indicatorIds.has(id)) throw new GlossaryError(files.topics, `[${i}] (${t.id}).indicators[${j}]`, `unknown indicator "${id}"`);
		});
		t.entities.forEach((id, j) => {
			if (!entityIds.has(id)) throw new GlossaryError(files.topics, `[${i}] (${t.id}).entities[${j}]`, `unknown entity "${id}"`);
		});
	});
}

/** Read, validate and cross-check the three glossaries in `dir`. Throws a `GlossaryError` on invalid data. */
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

// ---------------------------------------------------------------------------------------------
// Alias matching, shared by the metrics and entity stages.

/** Quote marks the matcher steps over: `专精特新企业` matches `“专精特新”企业`. */
const QUOTE = /[“”"‘’「」『』]/;
const ASCII_WORD = /[A-Za-z0-9]/;

export interface AliasEntry<T> {
	/** What a match stands for (an indicator, an entity). */
	value: T;
	alias: string;
	/** Longer strings in which this alias is not a match (see `entityDefSchema.notIn`). */
	notIn?: readonly string[];
}

export interface AliasMatch<T> {
	value: T;
	alias: string;
	/** Start and end (exclusive) in the text; the span may contain skipped quote marks. */
	start: number;
	end: number;
}

export type AliasMatcher<T> = (text: string) => AliasMatch<T>[];

/**
 * Compile aliases into a leftmost-longest matcher: scanning left to right, at each position the
 * longest alias that matches wins, and scanning resumes after it, so matches never overlap.
 * Quote marks inside the text are stepped over; an alias that starts or ends with a Latin letter or
 * digit must not touch another one (`GDP` is not found in `GDPR`).
 */
export function compileAliases<T>(entries: readonly AliasEntry<T>[]): AliasMatcher<T> {
	const byFirst = new Map<string, AliasEntry<T>[]>();
	for (const entry of entries) {
		const list = byFirst.get(entry.alias[0]!) ?? [];
		list.push(entry);
		byFirst.set(entry.alias[0]!, list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.alias.length - a.alias.length);

	/** End of `alias` matched at `start`, stepping over quotes, or -1. */
	const matchAt = (text: string, start: number, alias: string): number => {
		let i = start;
		for (let k = 0; k < alias.length; k++) {
			while (k > 0 && i < text.length && QUOTE.test(text[i]!) && text[i] !== alias[k]) i++;
			if (text[i] !== alias[k]) return -1;
			i++;
		}
		return i;
	};
	const excluded = (text: string, start: number, end: number, entry: AliasEntry<T>): boolean =>
		(entry.notIn ?? []).some((context) => {
			for (let k = context.indexOf(entry.alias); k !== -1; k = context.indexOf(entry.alias, k + 1)) {
				const from = start - k;
				if (from >= 0 && text.startsWith(context, from) && from + context.length >= end) return true;
			}
			return false;
		});

	return (text) => {
		const out: AliasMatch<T>[] = [];
		for (let i = 0; i < text.length; ) {
			let found: AliasMatch<T> | undefined;
			for (const entry of byFirst.get(text[i]!) ?? []) {
				const end = matchAt(text, i, entry.alias);
				if (end === -1) continue;
				if (ASCII_WORD.test(entry.alias[0]!) && i > 0 && ASCII_WORD.test(text[i - 1]!)) continue;
				if (ASCII_WORD.test(entry.alias.at(-1)!) && ASCII_WORD.test(text[end] ?? '')) continue;
				if (excluded(text, i, end, entry)) continue;
				found = { value: entry.value, alias: entry.alias, start: i, end };
				break;
			}
			if (found) {
				out.push(found);
				i = found.end;
			} else i++;
		}
		return out;
	};
}

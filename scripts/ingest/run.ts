/**
 * Running the ingest over a directory: incremental and parallel.
 *
 * - Every article's inputs (seed bytes, sidecar, translation, corrections) and the pipeline itself (every module the
 *   ingest imports, found by walking its imports, the versions of the packages it uses, and the
 *   glossaries in `data/`: `pipeline-files.ts`) are hashed. An article whose key is
 *   in the cache (`.cache/ingest/<hash of the output path>.json`, not part of the content) and whose output files are still on
 *   disk with the recorded size is not run again: after one changed seed only that seed is ingested and
 *   only its files are written.
 * - Cold runs spread the articles over worker threads (one per core).
 * - `--check` never trusts the cache for the disk: it compares every expected file's content.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../src/schemas/article.ts';
import { emit } from './emit.ts';
import { ingestOne } from './index.ts';
import { applySlug, assignSlugs } from './slug.ts';
import type { SeedInput } from './types.ts';
import { loadGlossaries } from './glossary.ts';
import { pipelineHash } from './pipeline-files.ts';
import { diffOutputs, MANIFEST, readSeeds, writeOutputs } from './io.ts';

/** What `runIngest` runs on (paths relative to the working directory or absolute). */
export interface RunOptions {
	/** The seed directory (`seeds`). */
	in: string;
	/** The output directory (`content`). */
	out: string;
	/** The glossary directory (`data`). */
	data: string;
	/** Compare the output with what the run would write instead of writing it (`--check`). */
	check: boolean;
	/** Where the incremental cache lives (default `.cache/ingest`); null disables it. */
	cacheDir?: string | null;
	/** Worker threads for cold runs; 0 runs in this thread. Default: one per core when there is work for them. */
	workers?: number;
	/** Called as articles are done (per article in workers, per batch of 100 in this thread): done, total. */
	progress?: (done: number, total: number) => void;
}

/** What the cache keeps for one article. */
export interface Entry {
	key: string;
	/** The slug the article asks for (generated or from its sidecar), before deduplication. */
	baseSlug: string;
	/** The slug it has in the output. */
	slug: string;
	explicitSlug: boolean;
	id: string;
	title: string;
	date: string | null;
	sha256: string;
	/** Output path → [size in bytes, sha256 of content]. */
	files: Record<string, [number, string]>;
	/** The record's warnings, one line each (`[stage:rule] reason`), for the log. */
	warnings: string[];
}

/** How one input file fared: published clean, published with warnings, or not published (with the reason). */
export interface FileStatus {
	file: string;
	status: 'ok' | 'warnings' | 'error';
	/** The warnings (`[stage:rule] reason`) or, for an error, the reason. */
	details: string[];
	/** The article's slug, when published. */
	slug?: string;
}

/** What `runIngest` did, for the CLI's log and exit code. */
export interface RunResult {
	/** Articles in the output (published). */
	articles: number;
	/** Files not published, with the reason (fatal messages, editorial files without a seed, editors' duplicate slugs), by file name. */
	errors: { file: string; reason: string }[];
	/** Articles run through the stages this time. */
	ingested: number;
	/** Articles taken from the cache. */
	cached: number;
	/** Output paths written (relative to `out`); empty with `check`. */
	written: string[];
	/** Output paths removed (files in the owned directories the run does not produce). */
	removed: string[];
	/** With `check`: what differs. */
	problems: string[];
	/** Per article: file name, slug, coverage ratio, counts (for the log). */
	summaries: string[];
	/** Every input file (articles and editorial files without one), in file-name order. */
	files: FileStatus[];
}

/** A record's warnings (severity `warning`), one line each: `[stage:rule] line:column: reason`. */
const warningLines = (r: Article) =>
	r.cleaning.messages
		.filter((m) => m.severity === 'warning')
		.map(
			(m) =>
				`[${m.source ?? 'ingest'}:${m.ruleId ?? '?'}] ${m.place ? `${m.place.start.line}:${m.place.start.column}: ` : ''}${m.reason}`,
		);
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const fileHashes = (files: [string, string][]): Entry['files'] =>
	Object.fromEntries(files.map(([p, c]) => [p, [Buffer.byteLength(c), sha(c)]]));

/** Cache key of one article (sha256, hex): its file name, bytes, sidecar and translation, and the pipeline hash. */
export function inputKey(input: SeedInput, pipeline: string): string {
	return sha(
		JSON.stringify([
			pipeline,
			input.name,
			sha(input.bytes),
			input.sidecar ?? null,
			input.translation ?? null,
			input.fix ?? null,
		]),
	);
}

type Fresh = {
	entry: Entry | null;
	files: [string, string][];
	error: string | null;
	summary: string | null;
};

/**
 * Ingest and emit a batch of articles (in a worker or here). Slugs are deduplicated later, by the caller.
 * A seed that fails is an `error` in its result; throws only a `GlossaryError` from loading `dataDir`.
 */
export function ingestBatch(inputs: SeedInput[], dataDir: string, pipeline: string): Fresh[] {
	const glossaries = loadGlossaries(dataDir);
	return inputs.map((input) => {
		const item = ingestOne(input, glossaries);
		const r = item.record;
		if (!r)
			return {
				entry: null,
				files: [],
				error: item.file.messages
					.filter((m) => m.fatal)
					.map((m) => m.reason)
					.join('; '),
				summary: null,
			};
		const files = [...emit(item, glossaries)];
		return {
			entry: {
				key: inputKey(input, pipeline),
				baseSlug: r.slug,
				slug: r.slug,
				explicitSlug: item.explicitSlug,
				id: r.id,
				title: r.title,
				date: r.date,
				sha256: r.sha256,
				files: fileHashes(files),
				warnings: warningLines(r),
			},
			files,
			error: null,
			summary: `${input.name} → ${r.slug}  blocks=${r.blocks.length} metrics=${r.metrics.length} entities=${r.entities.length} coverage=${(r.cleaning.coverage.ratio * 100).toFixed(2)}%`,
		};
	});
}

async function ingestParallel(
	inputs: SeedInput[],
	opts: RunOptions,
	pipeline: string,
): Promise<Fresh[]> {
	const workers = opts.workers ?? (inputs.length >= 200 ? availableParallelism() : 0);
	if (workers <= 1) {
		const out: Fresh[] = [];
		for (let i = 0; i < inputs.length; i += 100) {
			out.push(...ingestBatch(inputs.slice(i, i + 100), opts.data, pipeline));
			opts.progress?.(Math.min(i + 100, inputs.length), inputs.length);
		}
		return out;
	}
	const results: Fresh[] = new Array(inputs.length);
	const size = 100;
	let next = 0;
	let done = 0;
	const url = new URL('./worker.ts', import.meta.url);
	await Promise.all(
		Array.from(
			{ length: workers },
			() =>
				new Promise<void>((resolvePromise, reject) => {
					const worker = new Worker(url, { workerData: { dataDir: opts.data, pipeline } });
					const feed = () => {
						if (next >= inputs.length) {
							void worker.terminate();
							resolvePromise();
							return;
						}
						const start = next;
						next += size;
						worker.postMessage({ start, inputs: inputs.slice(start, start + size) });
					};
					worker.on('message', (msg: { start: number; results: Fresh[] }) => {
						msg.results.forEach((r, k) => (results[msg.start + k] = r));
						done += msg.results.length;
						opts.progress?.(done, inputs.length);
						feed();
					});
					worker.on('error', reject);
					feed();
				}),
		),
	);
	return results;
}

function cachePath(opts: RunOptions): string | null {
	if (opts.cacheDir === null) return null;
	const dir = opts.cacheDir ?? '.cache/ingest';
	return join(dir, `${sha(resolve(opts.out)).slice(0, 16)}.json`);
}

/**
 * Ingest the directory `opts.in` into `opts.out` (or, with `check`, compare without writing): cached
 * articles are reused, the rest run through the stages (in worker threads when there are many), slugs
 * are made unique across the archive, and the manifest lists every article and every file that failed.
 * Bad seeds are `errors` in the result, never exceptions; throws only on I/O failures of the
 * directories themselves or a glossary error (`GlossaryError`).
 */
export async function runIngest(opts: RunOptions): Promise<RunResult> {
	const pipeline = pipelineHash(opts.data);
	const { inputs, errors } = readSeeds(opts.in);
	const outDir = resolve(opts.out);
	const path = cachePath(opts);
	let cache: Record<string, Entry> = {};
	if (path && existsSync(path)) {
		try {
			cache = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Entry>;
		} catch {
			cache = {};
		}
	}
	// Hits: same key, and (unless checking, where content is compared anyway) outputs still on disk.
	const onDisk = (e: Entry) =>
		Object.entries(e.files).every(
			([p, [size]]) => existsSync(join(outDir, p)) && statSync(join(outDir, p)).size === size,
		);
	const entries = new Map<string, Entry>();
	const fresh = new Map<string, [string, string][]>();
	const misses: SeedInput[] = [];
	for (const input of inputs) {
		const hit = cache[input.name];
		if (hit && hit.key === inputKey(input, pipeline) && (opts.check || onDisk(hit)))
			entries.set(input.name, hit);
		else misses.push(input);
	}
	const summaries: string[] = [];
	const results = await ingestParallel(misses, opts, pipeline);
	results.forEach((r, i) => {
		const name = misses[i]!.name;
		if (r.error !== null) errors.push({ file: name, reason: r.error });
		else {
			entries.set(name, r.entry!);
			fresh.set(name, r.files);
			summaries.push(r.summary!);
		}
	});

	// Slugs unique across the archive, decided from every article's own slug as a cold run would; an
	// article whose final slug differs from what it has is run again with the final one.
	const slugs = assignSlugs(
		[...entries].map(([name, e]) => ({
			name,
			slug: e.baseSlug,
			id: e.id,
			explicit: e.explicitSlug,
		})),
	);
	const redo = [...entries]
		.filter(([name, e]) => slugs.get(name)!.error || slugs.get(name)!.slug !== e.slug)
		.map(([name]) => name);
	if (redo.length) {
		const g = loadGlossaries(opts.data);
		for (const input of inputs.filter((i) => redo.includes(i.name))) {
			const item = ingestOne(input, g);
			applySlug(item, slugs.get(input.name));
			if (!item.record) {
				entries.delete(input.name);
				fresh.delete(input.name);
				errors.push({
					file: input.name,
					reason: item.file.messages
						.filter((m) => m.fatal)
						.map((m) => m.reason)
						.join('; '),
				});
				continue;
			}
			const files = [...emit(item, g)];
			entries.set(input.name, {
				...entries.get(input.name)!,
				slug: item.record.slug,
				files: fileHashes(files),
				warnings: warningLines(item.record),
			});
			fresh.set(input.name, files);
		}
	}

	const articles = [...entries]
		.map(([name, e]) => ({
			slug: e.slug,
			sourceFile: name,
			sha256: e.sha256,
			title: e.title,
			date: e.date,
		}))
		.sort((a, b) => (a.slug < b.slug ? -1 : 1));
	errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const manifest = `${JSON.stringify({ articles, errors }, null, '\t')}\n`;

	const files: FileStatus[] = [
		...[...entries].map(([file, e]): FileStatus => ({
			file,
			status: (e.warnings ?? []).length ? 'warnings' : 'ok',
			details: e.warnings ?? [],
			slug: e.slug,
		})),
		...errors.map((e): FileStatus => ({ file: e.file, status: 'error', details: [e.reason] })),
	].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const result: RunResult = {
		articles: articles.length,
		errors,
		ingested: misses.length,
		cached: inputs.length - misses.length,
		written: [],
		removed: [],
		problems: [],
		summaries,
		files,
	};
	if (opts.check) {
		// Content of every expected file, from this run or (for cache hits) the disk, compared by hash.
		const expected = new Map<string, string>();
		for (const [name, e] of entries) {
			const files = fresh.get(name);
			if (files) for (const [p, c] of files) expected.set(p, c);
			else
				for (const [p, [, hash]] of Object.entries(e.files)) {
					const full = join(outDir, p);
					const disk = existsSync(full) ? readFileSync(full, 'utf8') : null;
					expected.set(p, disk !== null && sha(disk) === hash ? disk : `\u0000expected ${hash}`);
				}
		}
		expected.set(MANIFEST, manifest);
		// A generated article file that differs: if the disk is not what the ingest last wrote there (the
		// cache keeps each file's hash), it was edited by hand; say what to do instead.
		const seedOf = new Map(
			[...entries].flatMap(([name, e]) => Object.keys(e.files).map((p) => [p, name] as const)),
		);
		result.problems = diffOutputs(outDir, expected).map((p) => {
			const path = p.match(/^stale: ((?:zh|en|cleaning)\/.+)$/)?.[1];
			const seed = path && seedOf.get(path);
			if (!path || !seed) return p;
			const fix = join(opts.in, seed.replace(/\.txt$/, '.fix.yaml'));
			const written = cache[seed]?.files[path]?.[1];
			const edited =
				written !== undefined && sha(readFileSync(join(outDir, path), 'utf8')) !== written;
			return edited
				? `${p}: edited by hand (it is not what the ingest wrote); content/ is generated and the next ingest overwrites it: undo the edit and write it as a correction in ${fix} (README: "Correcting an article")`
				: `${p} (if it was edited by hand: write the change as a correction in ${fix} instead)`;
		});
		return result;
	}
	const toWrite = new Map<string, string>([[MANIFEST, manifest]]);
	for (const files of fresh.values()) for (const [p, c] of files) toWrite.set(p, c);
	const keep = new Set<string>([MANIFEST]);
	for (const e of entries.values()) for (const p of Object.keys(e.files)) keep.add(p);
	const { written, removed } = writeOutputs(outDir, toWrite, keep);
	result.written = written;
	result.removed = removed;
	if (path) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, JSON.stringify(Object.fromEntries(entries)));
	}
	return result;
}

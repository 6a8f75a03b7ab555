/** The ingest's two ends that touch the disk: reading a seed directory, writing (or checking) an output directory. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SeedInput } from './types.ts';

/** Output subdirectories the ingest owns: files in them that a run does not produce are removed. */
export const OWNED_DIRS = ['zh', 'en', 'cleaning', 'records'];
/** The output's manifest file (at the output root): the articles written and the files rejected, read by the site (`src/utils/manifest.ts`). */
export const MANIFEST = 'manifest.json';

/** What `readSeeds` found in a seed directory. */
export interface ReadResult {
	/** One entry per seed, in file-name order. */
	inputs: SeedInput[];
	/** Editorial files without a seed, and unreadable entries: `{file, reason}`. */
	errors: { file: string; reason: string }[];
}

/**
 * Read every `<stem>.txt` in `dir` (sorted by name) as bytes, with its `<stem>.meta.yaml` and
 * `<stem>.en.md` as UTF-8 text when present. An editorial file without its seed, or a seed that cannot
 * be read, is an entry in `errors`, not an exception. Throws only when `dir` itself cannot be listed.
 */
export function readSeeds(dir: string): ReadResult {
	const names = readdirSync(dir).sort();
	const errors: ReadResult['errors'] = [];
	const inputs: SeedInput[] = [];
	const stems = new Set(names.filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)));
	for (const name of names) {
		const editorial = name.match(/^(.*)\.(meta\.yaml|en\.md|fix\.yaml)$/);
		if (editorial && !stems.has(editorial[1]!))
			errors.push({
				file: name,
				reason: `editorial file without an article: no ${editorial[1]}.txt`,
			});
	}
	for (const stem of [...stems].sort()) {
		const name = `${stem}.txt`;
		const text = (n: string) =>
			names.includes(n) ? { name: n, text: readFileSync(join(dir, n), 'utf8') } : undefined;
		try {
			inputs.push({
				name,
				bytes: readFileSync(join(dir, name)),
				sidecar: text(`${stem}.meta.yaml`),
				translation: text(`${stem}.en.md`),
				fix: text(`${stem}.fix.yaml`),
			});
		} catch (error) {
			errors.push({ file: name, reason: `cannot read: ${(error as Error).message}` });
		}
	}
	return { inputs, errors };
}

function listOwned(outDir: string): string[] {
	return OWNED_DIRS.flatMap((d) =>
		existsSync(join(outDir, d)) ? readdirSync(join(outDir, d)).map((n) => `${d}/${n}`) : [],
	);
}

/**
 * Files that differ between `files` (output path relative to `outDir` → content) and the disk: `missing: …`,
 * `stale: …` (changed) or `extra: …` (owned but not produced), one line each. Throws the `fs` error when
 * a file exists but cannot be read.
 */
export function diffOutputs(outDir: string, files: Map<string, string>): string[] {
	const problems: string[] = [];
	for (const [path, content] of files) {
		const full = join(outDir, path);
		if (!existsSync(full)) problems.push(`missing: ${path}`);
		else if (readFileSync(full, 'utf8') !== content) problems.push(`stale: ${path}`);
	}
	for (const path of listOwned(outDir)) if (!files.has(path)) problems.push(`extra: ${path}`);
	return problems;
}

/**
 * Write what changed and remove owned files no longer produced (not in `keep`, by default the files
 * written). Paths are relative to `outDir`. Returns the paths written and removed. Throws the `fs` error
 * when a file cannot be written or removed (files before it stay written).
 */
export function writeOutputs(
	outDir: string,
	files: Map<string, string>,
	keep: Set<string> = new Set(files.keys()),
): { written: string[]; removed: string[] } {
	const written: string[] = [];
	const removed: string[] = [];
	for (const [path, content] of files) {
		const full = join(outDir, path);
		if (existsSync(full) && readFileSync(full, 'utf8') === content) continue;
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, content);
		written.push(path);
	}
	for (const path of listOwned(outDir)) {
		if (!keep.has(path)) {
			rmSync(join(outDir, path));
			removed.push(path);
		}
	}
	return { written, removed };
}

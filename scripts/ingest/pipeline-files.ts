/**
 * What the ingest's output depends on besides an article's own inputs, for the cache key (`run.ts`):
 * the modules the ingest really runs, found by walking static imports from its entry points, plus the
 * glossaries. A module anywhere in the repository (`src/utils/inline.ts`, which `mdx.ts` uses) counts as
 * soon as it is imported, and a new import is followed without anyone updating a list of folders.
 *
 * Imports are read with `es-module-lexer` (the lexer Vite uses), which accepts TypeScript's syntax for
 * imports; `import type` is followed too (harmless: at worst a needless cache miss). Files a module reads
 * by `new URL(<a relative path literal>, import.meta.url)` (the Unicode table `chars.ts` reads, the worker
 * `run.ts` starts) are followed as well; JSON and other data files are hashed, not lexed. Packages are counted
 * by name and installed version, not their files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

await init;

/** The repository root (this file is `scripts/ingest/pipeline-files.ts`). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the ingest starts: the code that `runIngest` and its worker threads load. */
export const INGEST_ENTRIES = ['scripts/ingest/run.ts', 'scripts/ingest/worker.ts'];

/** `@scope/name/sub.js` → `@scope/name`, `yaml` → `yaml`; null for `node:` built-ins. */
function packageName(specifier: string): string | null {
	if (specifier.startsWith('node:')) return null;
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The modules (absolute paths, sorted) and packages (`name@version`, sorted) reachable from `entries`. */
export interface ModuleGraph {
	modules: string[];
	packages: string[];
}

/**
 * Walk static (and literal dynamic) imports from `entries` (paths relative to `root`). Relative imports
 * are followed as written (the ingest imports with explicit `.ts` extensions); bare ones are recorded as
 * packages with the version in `root/node_modules/<name>/package.json` (`?` when not installed).
 *
 * @throws Error when an entry or an imported file does not exist (the ingest itself could not run), or a
 *   module cannot be lexed.
 */
export function moduleGraph(
	entries: readonly string[] = INGEST_ENTRIES,
	root: string = ROOT,
): ModuleGraph {
	const modules = new Set<string>();
	const packages = new Set<string>();
	const queue = entries.map((e) => resolve(root, e));
	while (queue.length) {
		const path = queue.pop()!;
		if (modules.has(path)) continue;
		if (!existsSync(path)) throw new Error(`Ingest module not found: ${relative(root, path)}`);
		modules.add(path);
		// Data files (a JSON table imported `with { type: 'json' }`, a text file read at run time) count by
		// their content; only code is lexed for further imports.
		if (!/\.[cm]?[jt]s$/.test(path)) continue;
		const code = readFileSync(path, 'utf8');
		for (const m of code.matchAll(
			/new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
		))
			queue.push(resolve(dirname(path), m[1]!));
		const [imports] = parse(code, path);
		for (const { n: specifier } of imports) {
			if (!specifier) continue;
			if (specifier.startsWith('.') || specifier.startsWith('/'))
				queue.push(resolve(dirname(path), specifier));
			else {
				const name = packageName(specifier);
				if (!name) continue;
				const manifest = join(root, 'node_modules', name, 'package.json');
				const version = existsSync(manifest)
					? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version
					: undefined;
				packages.add(`${name}@${version ?? '?'}`);
			}
		}
	}
	return { modules: [...modules].sort(), packages: [...packages].sort() };
}

/**
 * Hash (sha256, hex) of everything that shapes the output besides an article's own inputs: every module
 * of `moduleGraph()` (path relative to `root` and content), every package version it imports, and every
 * `*.yaml`/`*.yml` file in `dataDir` (a missing `dataDir` adds nothing). Throws as `moduleGraph`.
 */
export function pipelineHash(
	dataDir: string,
	entries: readonly string[] = INGEST_ENTRIES,
	root: string = ROOT,
): string {
	const h = createHash('sha256');
	const graph = moduleGraph(entries, root);
	for (const path of graph.modules)
		h.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
	for (const p of graph.packages) h.update(p).update('\0');
	if (existsSync(dataDir)) {
		for (const f of readdirSync(dataDir).sort()) {
			if (!/\.ya?ml$/.test(f)) continue;
			h.update(f)
				.update('\0')
				.update(readFileSync(join(dataDir, f)))
				.update('\0');
		}
	}
	return h.digest('hex');
}

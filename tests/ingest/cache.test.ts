/**
 * The incremental cache is keyed on what the ingest really runs: editing any module it imports, wherever
 * it lives, invalidates the cache. Runs the CLI in a copy of the repository's ingest code so that the
 * test can edit a module without touching the working tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { moduleGraph, pipelineHash } from '../../scripts/ingest/pipeline-files.ts';
import { NODE } from './helpers.ts';

let root: string;
const cli = (...args: string[]) => {
	const r = spawnSync(
		resolve(NODE),
		['scripts/ingest/cli.ts', '--quiet', '--in', 'seeds', '--out', 'content', ...args],
		{ cwd: root, encoding: 'utf8' },
	);
	return { code: r.status, err: r.stderr };
};

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
	for (const dir of ['scripts/ingest', 'src/schemas', 'src/utils', 'data', 'seeds'])
		cpSync(dir, join(root, dir), { recursive: true });
	cpSync('package.json', join(root, 'package.json'));
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
});

describe('ingest cache key', () => {
	test('covers every module the ingest imports, inside and outside scripts/ingest, and the packages it uses', () => {
		const { modules, packages } = moduleGraph();
		const files = modules.map((m) => relative(process.cwd(), m));
		expect(files).toContain('scripts/ingest/index.ts');
		expect(files).toContain('scripts/ingest/worker.ts');
		expect(files).toContain('src/utils/inline.ts');
		expect(files).toContain('src/schemas/article.ts');
		expect(files.every((f) => !f.startsWith('tests/'))).toBe(true);
		expect(packages.some((p) => p.startsWith('pinyin-pro@'))).toBe(true);
	});

	test('editing a data file changes the key', () => {
		const before = pipelineHash(join(root, 'data'), undefined, root);
		writeFileSync(join(root, 'data/extra.yaml'), '[]\n');
		expect(pipelineHash(join(root, 'data'), undefined, root)).not.toBe(before);
	});

	test('after an edit to src/utils/inline.ts (used by the MDX emitter), --check with the cache reports the stale MDX', () => {
		expect(cli().code).toBe(0);
		expect(cli('--check').code).toBe(0);
		const path = join(root, 'src/utils/inline.ts');
		const source = readFileSync(path, 'utf8');
		// No entity is linkable any more: every MDX with a <Mention> changes.
		const edited = source.replace(
			/(export function inlineSpans\b[^\n]*\{\n)/,
			'$1\tlinkable = () => false;\n',
		);
		expect(edited).not.toBe(source);
		writeFileSync(path, edited);
		const r = cli('--check');
		expect(r.err).toMatch(/stale: zh\/.+\.mdx/);
		expect(r.code).toBe(1);
	});
});

/** The ingest's `manifest.json` (articles written, files rejected), when present. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './config.ts';

export interface Manifest {
	articles: { slug: string; sourceFile: string; sha256: string }[];
	errors: { file: string; reason: string }[];
}

export function readManifest(): Manifest {
	const path = join(config.contentDir, 'manifest.json');
	if (!existsSync(path)) return { articles: [], errors: [] };
	const m = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
	return { articles: m.articles ?? [], errors: m.errors ?? [] };
}

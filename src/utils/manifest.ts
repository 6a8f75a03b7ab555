/** The ingest's `manifest.json` (articles written, files rejected), when present. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './config.ts';

/** The manifest's content: articles written (slug, seed file name, seed sha256) and files rejected with the reason. */
export interface Manifest {
	articles: { slug: string; sourceFile: string; sha256: string }[];
	errors: { file: string; reason: string }[];
}

/**
 * Read `<ARCHIVE_CONTENT_DIR>/manifest.json`; an empty manifest when the file does not exist. Throws when it
 * exists but cannot be read or is not JSON (`JSON.parse`'s `SyntaxError`); its shape is not validated.
 */
export function readManifest(): Manifest {
	const path = join(config.contentDir, 'manifest.json');
	if (!existsSync(path)) return { articles: [], errors: [] };
	const m = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
	return { articles: m.articles ?? [], errors: m.errors ?? [] };
}

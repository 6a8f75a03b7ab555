/**
 * The original source file of an article, for the "source text" page and `/data/sources/`. Looked up
 * in `<content dir>/sources/<sourceFile>` first (the ingest may copy sources beside its output), then
 * in `ARCHIVE_SOURCES_DIR` (default `seeds/`). The sha256 is checked against the record.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { config } from './config.ts';

export interface SourceFile {
	bytes: Buffer;
	/** Decoded text: UTF-8 when valid, else GB18030 (common for Chinese newspaper exports). */
	text: string;
	encoding: 'utf-8' | 'gb18030';
	sha256: string;
	verified: boolean;
}

export function findSource(sourceFile: string, expectedSha256: string): SourceFile | null {
	const name = basename(sourceFile);
	for (const dir of [join(config.contentDir, 'sources'), config.sourcesDir]) {
		const path = join(dir, name);
		if (!existsSync(path)) continue;
		const bytes = readFileSync(path);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		let text: string;
		let encoding: SourceFile['encoding'] = 'utf-8';
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			text = new TextDecoder('gb18030').decode(bytes);
			encoding = 'gb18030';
		}
		return { bytes, text: text.replace(/^\uFEFF/, ''), encoding, sha256, verified: sha256 === expectedSha256 };
	}
	return null;
}

/**
 * The original source file of an article, for the "source text" page and `/data/sources/`. Looked up
 * in `<content dir>/sources/<sourceFile>` first (the ingest may copy sources beside its output), then
 * in `ARCHIVE_SOURCES_DIR` (default `seeds/`). The sha256 is checked against the record. Decoded with
 * the ingest's own `detectEncoding` (issue 12): UTF-16 without a BOM, Big5, GB18030 and repaired
 * mojibake show as the ingest read them, so the line numbers of the cleaning log point at this text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { detectEncoding, type Encoding } from '../../scripts/ingest/encoding.ts';
import { config } from './config.ts';

/**
 * An article's original source file as found on disk, read by the source-text page and
 * `/data/sources/`: `bytes` the raw file, `sha256` their hex digest, `verified` whether that is the
 * sha256 the article's record gives for it.
 */
export interface SourceFile {
	bytes: Buffer;
	/**
	 * Decoded text, as the ingest decoded it (`scripts/ingest/encoding.ts`), line ends and control
	 * characters as they are. A file the ingest cannot decode (changed since it was ingested) shows as
	 * UTF-8 with replacement characters.
	 */
	text: string;
	/** The encoding the text was decoded from, or null when the bytes could not be decoded. */
	encoding: Encoding | null;
	sha256: string;
	verified: boolean;
}

/**
 * Files read in this process, by path: each article's source is wanted by both language pages and by
 * `/data/sources/`, and decoding (encoding detection) is the costly part. Sources do not change
 * during a build.
 */
const read = new Map<string, Omit<SourceFile, 'verified'>>();

/**
 * The source file `sourceFile` (only its base name is used) from the first directory that has it
 * (see the module comment), decoded, with `verified` telling whether its sha256 (hex) is
 * `expectedSha256`; null when no directory has it. Read and decoded once per path and process.
 * Throws only when the file exists but cannot be read (permissions, I/O).
 */
export function findSource(sourceFile: string, expectedSha256: string): SourceFile | null {
	const name = basename(sourceFile);
	for (const dir of [join(config.contentDir, 'sources'), config.sourcesDir]) {
		const path = join(dir, name);
		let file = read.get(path);
		if (!file) {
			if (!existsSync(path)) continue;
			const bytes = readFileSync(path);
			file = {
				bytes,
				...decodeSource(bytes),
				sha256: createHash('sha256').update(bytes).digest('hex'),
			};
			read.set(path, file);
		}
		return { ...file, verified: file.sha256 === expectedSha256 };
	}
	return null;
}

/** Decode a source file's bytes the way the ingest does (see `SourceFile.text`). Never throws. */
export function decodeSource(bytes: Uint8Array): Pick<SourceFile, 'text' | 'encoding'> {
	const result = detectEncoding(bytes);
	return result.ok
		? { text: result.text, encoding: result.encoding }
		: { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: null };
}

/**
 * Files of the build's content-addressed caches (share cards in `ARCHIVE_CARD_CACHE`, formatted
 * references in `ARCHIVE_CITATION_CACHE`): each file is named by a hash of everything its bytes
 * depend on, so a file is never out of date, only unused, and deleting a cache only costs time.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Write `data` to the cache file `file` under a temporary name of this process and thread, then
 * rename it, so that a build, a worker or a second build at the same time never reads half a file.
 * Creates the directory. Throws on I/O errors.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.${threadId}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, file);
}

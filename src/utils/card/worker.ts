/**
 * A share-card worker thread (`./pool.ts` starts it): renders each card it is sent and writes it to
 * its cache file (a temporary name, then renamed), then answers with the job's id and, when rendering
 * or writing failed, the error message (the build then renders that card itself and reports it).
 * Runs in plain Node (TypeScript by type stripping), outside Vite's bundle.
 */
import { parentPort } from 'node:worker_threads';
import { writeCacheFile } from '../cache-file.ts';
import { renderCard, type CardInput } from './index.ts';

/** One job: the card to draw and the cache file to write (absolute path). */
export interface CardJob {
	id: number;
	input: CardInput;
	file: string;
}

parentPort?.on('message', async (job: CardJob) => {
	try {
		writeCacheFile(job.file, await renderCard(job.input));
		parentPort!.postMessage({ id: job.id });
	} catch (error) {
		parentPort!.postMessage({
			id: job.id,
			error: error instanceof Error ? error.message : String(error),
		});
	}
});

/** Worker thread for cold ingest runs: ingests the batches it is sent (see run.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestBatch } from './run.ts';
import type { SeedInput } from './types.ts';

const { dataDir, pipeline } = workerData as { dataDir: string; pipeline: string };
parentPort!.on('message', (msg: { start: number; inputs: SeedInput[] }) => {
	parentPort!.postMessage({
		start: msg.start,
		results: ingestBatch(msg.inputs, dataDir, pipeline),
	});
});

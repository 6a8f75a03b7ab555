/**
 * Share cards rendered ahead, in worker threads, while the build renders pages: the cards route's
 * `getStaticPaths` (which Astro calls for every route before it renders any page) hands this pool
 * every card that is not in the cache yet. When the build reaches a card (`card()` in `./index.ts`),
 * it waits for a job a worker has started and takes back one still queued, drawing it itself, so
 * that at the end of the build its own thread and the workers share what is left. On a machine with
 * N cores, N − 1 workers (at least one) draw cards beside the thread that renders HTML.
 *
 * Never fails a build: when the worker file cannot be started (a bundle that moved it, a runtime
 * without TypeScript stripping) or a job fails, the job's promise resolves to `false` and `card()`
 * renders that card itself.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardInput } from './index.ts';
import type { CardJob } from './worker.ts';

type Job = CardJob & { done: (ok: boolean) => void; started: boolean; taken: boolean };
/** Jobs by cache file, and their promise: true once the file is written, false when it was not. */
const pending = new Map<string, { job: Job; written: Promise<boolean> }>();

/** The worker's source file, found from the project root (the build's working directory). */
function workerFile(): string | null {
	const file = resolve('src/utils/card/worker.ts');
	return existsSync(file) ? file : null;
}

/**
 * Start rendering `cards` (each with its cache file, absolute path) in worker threads; files that
 * exist are skipped. Returns at once. Workers end when their queue is empty.
 */
export function renderAhead(cards: { input: CardInput; file: string }[]): void {
	const todo = cards.filter((c) => !pending.has(c.file) && !existsSync(c.file));
	const file = workerFile();
	if (!todo.length || !file) return;
	const queue: Job[] = [];
	todo.forEach((c, id) => {
		let done!: (ok: boolean) => void;
		const written = new Promise<boolean>((resolve) => (done = resolve));
		const job: Job = { id, input: c.input, file: c.file, done, started: false, taken: false };
		queue.push(job);
		pending.set(c.file, { job, written });
	});
	const byId = new Map(queue.map((j) => [j.id, j]));
	const workers = Math.max(1, Math.min(availableParallelism() - 1, queue.length));
	for (let w = 0; w < workers; w++) {
		let worker: Worker;
		try {
			worker = new Worker(file);
		} catch {
			for (const j of queue.splice(0)) j.done(false);
			return;
		}
		worker.unref();
		let current: Job | undefined;
		const next = () => {
			do current = queue.shift();
			while (current?.taken);
			if (current) current.started = true;
			if (current)
				worker.postMessage({
					id: current.id,
					input: current.input,
					file: current.file,
				} satisfies CardJob);
			else void worker.terminate();
		};
		worker.on('message', (m: { id: number; error?: string }) => {
			byId.get(m.id)?.done(!m.error);
			next();
		});
		// A worker that dies hands back its job and the queue: those cards are rendered by `card()` itself.
		const fail = () => {
			current?.done(false);
			current = undefined;
			for (const j of queue.splice(0)) j.done(false);
		};
		worker.on('error', fail);
		worker.on('exit', fail);
		next();
	}
}

/**
 * The job for a cache file: a promise of whether a worker wrote the file, when a worker has started
 * it; undefined when there is no job or it was still queued (it is then taken back: the caller
 * draws the card itself).
 */
export function renderedAhead(file: string): Promise<boolean> | undefined {
	const entry = pending.get(file);
	if (!entry) return undefined;
	if (!entry.job.started) {
		entry.job.taken = true;
		entry.job.done(false);
		return undefined;
	}
	return entry.written;
}

/** The cache file of a card: `<dir>/<key>.png`. */
export const cardFile = (dir: string, key: string) => join(dir, `${key}.png`);

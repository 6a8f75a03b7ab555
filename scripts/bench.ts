/**
 * `npm run bench [-- --n 1000,10000] [--out bench-out] [--skip-build]`: figures, not assertions.
 *
 * For each N: a seeded synthetic corpus (scripts/synth/generate.ts) is ingested and built; printed are
 * ingest throughput (articles/s), wall time and peak RSS of each build stage (ingest, astro with a cold
 * content data store, pagefind, whose binary is measured on its own from `/proc`), a rebuild after
 * one changed article (incremental ingest, astro reusing the data store, pagefind), dist/ size and file count, the Pagefind index size, the
 * largest article page's transferred bytes (HTML, CSS, JS, gzip), and, in Chromium, bytes fetched and
 * milliseconds to first results for a cold and a warm query (scripts/search-bench.ts).
 * Progress goes to a terminal only.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	appendFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generate } from './synth/generate.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000,10000' },
		out: { type: 'string', default: 'bench-out' },
		'skip-build': { type: 'boolean', default: false },
		query: { type: 'string', default: '中通客车' },
	},
});
const NODE = process.execPath;
/** Astro's content data store (its `cacheDir`, default `node_modules/.astro`), kept between builds. */
const DATA_STORE = 'node_modules/.astro/data-store.json';
const tty = process.stderr.isTTY && !process.env.CI;
const note = (s: string) => tty && process.stderr.write(`\r\x1b[K${s}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Run a command under GNU time: wall seconds and peak RSS (largest process of the tree) in MB. */
function timed(
	cmd: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
): { seconds: number; rssMb: number } {
	const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
		maxBuffer: 1 << 28,
		encoding: 'utf8',
	});
	const last = r.stderr.trim().split('\n').at(-1)!;
	if (r.status !== 0 || !/^[\d.]+ \d+$/.test(last))
		throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
	const [s, k] = last.split(' ');
	return { seconds: Number(s), rssMb: Number(k) / 1024 };
}

/**
 * Peak RSS in MB of the processes named `name` (their kernel high-water mark, `VmHWM` in
 * `/proc/<pid>/status`) while `run` runs: GNU time sees only the process it starts, and Pagefind's
 * Node API runs Pagefind as a binary of its own. A shell loop reads it every 0.2 s (the mark is kept
 * by the kernel, so only a process that lives less than that can be missed); 0 where there is no
 * `/proc` or no such process ran.
 */
function peakOf<T>(name: string, run: () => T): { result: T; peakMb: number } {
	const file = join(tmpdir(), `bench-peak-${process.pid}`);
	writeFileSync(file, '0');
	const loop =
		`max=0; while :; do for p in $(pgrep -x ${name}); do ` +
		`h=$(awk '/^VmHWM/{print $2}' /proc/$p/status 2>/dev/null); ` +
		`[ -n "$h" ] && [ "$h" -gt "$max" ] && max=$h && echo $max > ${file}; done; sleep 0.2; done`;
	const sampler = spawn('sh', ['-c', loop], { stdio: 'ignore' });
	try {
		const result = run();
		return { result, peakMb: Number(readFileSync(file, 'utf8')) / 1024 };
	} finally {
		sampler.kill();
		rmSync(file, { force: true });
	}
}

/** The Pagefind binary's process name (`pgrep -x` matches the first 15 characters). */
const PAGEFIND_BINARY = 'pagefind_extend';

function walk(dir: string): { files: number; bytes: number } {
	let files = 0;
	let bytes = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			const w = walk(p);
			files += w.files;
			bytes += w.bytes;
		} else {
			files++;
			bytes += statSync(p).size;
		}
	}
	return { files, bytes };
}

/** The largest Chinese article page: its HTML plus the CSS and JS it loads, gzipped. */
function largestPage(dist: string): string {
	const dir = join(dist, 'zh', 'articles');
	let best = '';
	let size = -1;
	for (const slug of readdirSync(dir)) {
		const p = join(dir, slug, 'index.html');
		if (existsSync(p) && statSync(p).size > size) [best, size] = [p, statSync(p).size];
	}
	const html = readFileSync(best, 'utf8');
	const assets = [
		...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g),
	].map((m) => m[1]!);
	const gz = (b: Buffer | string) => gzipSync(b).length;
	let css = 0;
	let js = 0;
	for (const a of assets) {
		const file = join(dist, a.replace(/^\/(archive\/)?/, ''));
		if (!existsSync(file)) continue;
		if (a.endsWith('.css')) css += gz(readFileSync(file));
		else js += gz(readFileSync(file));
	}
	return `${best.split('/').at(-2)}: HTML ${kb(gz(html))} + CSS ${kb(css)} + JS ${kb(js)} = ${kb(gz(html) + css + js)} gzip`;
}

for (const n of values.n.split(',').map(Number)) {
	const root = resolve(values.out, String(n));
	const seeds = join(root, 'seeds');
	const content = join(root, 'content');
	const dist = join(root, 'dist');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(seeds, { recursive: true });
	note(`N=${n}: generating`);
	for (const f of generate({ n, seed: 42 })) writeFileSync(join(seeds, f.name), f.text);

	note(`N=${n}: ingest`);
	const ingest = timed(NODE, [
		'scripts/ingest/cli.ts',
		'--in',
		seeds,
		'--out',
		content,
		'--quiet',
		'--no-cache',
	]);
	const warmup = timed(NODE, ['scripts/ingest/cli.ts', '--in', seeds, '--out', content, '--quiet']); // fills the cache
	void warmup;
	const one = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
	const changeOne = (k: number) => {
		appendFileSync(
			join(seeds, one),
			`\n园区持续优化营商环境，企业满意度不断提升${'。'.repeat(k)}\n`,
		);
		return timed(NODE, ['scripts/ingest/cli.ts', '--in', seeds, '--out', content, '--quiet']);
	};
	if (values['skip-build']) {
		const incremental = changeOne(1);
		console.log(
			`N=${n}  ingest: ${ingest.seconds.toFixed(1)} s (${(n / ingest.seconds).toFixed(0)} articles/s), peak RSS ${ingest.rssMb.toFixed(0)} MB; after one changed seed: ${incremental.seconds.toFixed(2)} s`,
		);
		continue;
	}

	note(`N=${n}: astro build`);
	// Share cards and formatted references are cached by content (src/utils/card/, src/utils/cite.ts):
	// a cold build renders every card and formats every reference, a rebuild only the changed article's.
	const cardCache = join(root, 'card-cache');
	const citationCache = join(root, 'citation-cache');
	for (const dir of [cardCache, citationCache]) rmSync(dir, { recursive: true, force: true });
	const env = {
		ARCHIVE_CONTENT_DIR: content,
		ARCHIVE_OUT_DIR: dist,
		ARCHIVE_SOURCES_DIR: seeds,
		ARCHIVE_PAGEFIND: '0',
		ARCHIVE_CARD_CACHE: cardCache,
		ARCHIVE_CITATION_CACHE: citationCache,
	};
	// Cold: without Astro's data store (the content loader then parses every article's MDX).
	rmSync(DATA_STORE, { force: true });
	const astro = timed(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], env);
	note(`N=${n}: astro build again (share cards and references cached)`);
	const astroWarm = timed(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], env);
	note(`N=${n}: pagefind`);
	// The index reads the records this archive's build published under /data/ for its filters, sort keys and metadata.
	const { result: pagefind, peakMb: pagefindBinaryMb } = peakOf(PAGEFIND_BINARY, () =>
		timed(NODE, ['scripts/pagefind-index.ts', dist], env),
	);
	const d = walk(dist);
	const pf = walk(join(dist, 'pagefind'));
	console.log(
		`N=${n}  ingest: ${ingest.seconds.toFixed(1)} s (${(n / ingest.seconds).toFixed(0)} articles/s), peak RSS ${ingest.rssMb.toFixed(0)} MB`,
	);
	console.log(
		`N=${n}  astro build (cold data store, every share card rendered): ${astro.seconds.toFixed(1)} s, peak RSS ${astro.rssMb.toFixed(0)} MB; again (data store, cards and references cached, nothing changed): ${astroWarm.seconds.toFixed(1)} s`,
	);
	console.log(
		`N=${n}  pagefind: ${pagefind.seconds.toFixed(1)} s, peak RSS ${pagefind.rssMb.toFixed(0)} MB (Node) and ${pagefindBinaryMb.toFixed(0)} MB (Pagefind's binary)`,
	);
	console.log(
		`N=${n}  full build (ingest + astro + pagefind): ${(ingest.seconds + astro.seconds + pagefind.seconds).toFixed(1)} s`,
	);
	// Rebuild after one changed article: incremental ingest, then astro with the data store of the cold
	// build (the loader parses only the changed article's files), then a full Pagefind index.
	note(`N=${n}: rebuild after one changed article`);
	const incremental = changeOne(2);
	const astro2 = timed(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], env);
	const pagefind2 = timed(NODE, ['scripts/pagefind-index.ts', dist], env);
	console.log(
		`N=${n}  rebuild after one changed article: ingest ${incremental.seconds.toFixed(2)} s + astro ${astro2.seconds.toFixed(1)} s (peak RSS ${astro2.rssMb.toFixed(0)} MB) + pagefind ${pagefind2.seconds.toFixed(1)} s = ${(incremental.seconds + astro2.seconds + pagefind2.seconds).toFixed(1)} s`,
	);
	console.log(
		`N=${n}  dist: ${d.files} files, ${mb(d.bytes)}; pagefind index: ${pf.files} files, ${mb(pf.bytes)}`,
	);
	console.log(`N=${n}  largest article page: ${largestPage(dist)}`);

	const searchBench = resolve('scripts/search-bench.ts');
	if (existsSync(searchBench)) {
		note(`N=${n}: search in Chromium`);
		const server = spawn(
			NODE,
			['node_modules/astro/bin/astro.mjs', 'preview', '--port', '4399', '--host', '127.0.0.1'],
			{ env: { ...process.env, ...env }, stdio: 'ignore' },
		);
		try {
			for (let i = 0; i < 100; i++) {
				try {
					await fetch('http://127.0.0.1:4399/');
					break;
				} catch {
					await new Promise((r) => setTimeout(r, 200));
				}
			}
			const { measureSearch } = (await import(searchBench)) as {
				measureSearch: (base: string, q: string, lang: 'zh' | 'en') => Promise<unknown>;
			};
			console.log(
				`N=${n}  search "${values.query}": ${JSON.stringify(await measureSearch('http://127.0.0.1:4399/', values.query, 'zh'))}`,
			);
		} finally {
			server.kill();
		}
	}
	note('');
}

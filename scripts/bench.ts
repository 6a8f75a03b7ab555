/**
 * `npm run bench [-- --n 1000,10000]`: figures, not assertions. For each N it generates a synthetic
 * corpus (scripts/synth/generate.ts, seeded) and prints the ingest's throughput: in-process over all
 * stages (articles/s), and the CLI end to end (read, ingest, write), cold and after one changed seed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestOne } from './ingest/index.ts';
import { loadGlossaries } from './ingest/glossary.ts';
import { readSeeds } from './ingest/io.ts';
import { generate } from './synth/generate.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000,10000' }, out: { type: 'string', default: 'bench-out' } } });
const sizes = values.n.split(',').map(Number);
const glossaries = loadGlossaries('data');
const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

for (const n of sizes) {
	const seeds = join(values.out, `seeds-${n}`);
	if (!existsSync(seeds) || readdirSync(seeds).length !== n) {
		rmSync(seeds, { recursive: true, force: true });
		mkdirSync(seeds, { recursive: true });
		for (const f of generate({ n, seed: 42 })) writeFileSync(join(seeds, f.name), f.text);
	}
	const { inputs } = readSeeds(seeds);
	const t0 = performance.now();
	let ok = 0;
	let blocks = 0;
	let metrics = 0;
	let minCoverage = 1;
	for (const input of inputs) {
		const r = ingestOne(input, glossaries).record;
		if (!r) continue;
		ok++;
		blocks += r.blocks.length;
		metrics += r.metrics.length;
		minCoverage = Math.min(minCoverage, r.cleaning.coverage.ratio);
	}
	const ms = performance.now() - t0;
	console.log(`N=${n}  in-process ingest: ${fmt(ms / 1000, 2)} s, ${fmt((n / ms) * 1000)} articles/s  (${ok} ok, ${blocks} blocks, ${metrics} metrics, min coverage ${fmt(minCoverage * 100, 2)}%)`);

	const content = join(values.out, `content-${n}`);
	rmSync(content, { recursive: true, force: true });
	const cli = () => {
		const t = performance.now();
		execFileSync(process.execPath, ['scripts/ingest/cli.ts', '--in', seeds, '--out', content, '--quiet'], { stdio: 'inherit' });
		return (performance.now() - t) / 1000;
	};
	const cold = cli();
	const one = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
	appendFileSync(join(seeds, one), '\n园区持续优化营商环境。\n');
	const warm = cli();
	console.log(`N=${n}  CLI (read, ingest, write): cold ${fmt(cold, 2)} s; after one changed seed ${fmt(warm, 2)} s`);
	rmSync(seeds, { recursive: true, force: true }); // the appended seed would skew the next run
}

/**
 * `npm run ingest -- [--in seeds] [--out content] [--check] [--quiet]`
 *
 * Turns every `<stem>.txt` in --in (with optional `<stem>.meta.yaml` and `<stem>.en.md`) into
 * `zh/<slug>.mdx`, `en/<slug>.mdx` (translated articles), `records/<slug>.json` and `manifest.json`
 * under --out. Unreadable files are named with the reason; every good article is still written; the
 * exit code is 1 when any file failed. With --check nothing is written: the exit code is 1 when --out
 * is not exactly what the seeds produce (and the differences are listed).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { dedupeSlugs, emit, ingestOne } from './index.ts';
import { loadGlossaries } from './glossary.ts';
import { diffOutputs, MANIFEST, readSeeds, writeOutputs } from './io.ts';

const { values } = parseArgs({
	options: {
		in: { type: 'string', default: 'seeds' },
		out: { type: 'string', default: 'content' },
		data: { type: 'string', default: 'data' },
		check: { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false },
	},
});

const started = performance.now();
const glossaries = loadGlossaries(values.data);
const { inputs, errors } = readSeeds(values.in);
const items = inputs.map((input) => ingestOne(input, glossaries));
dedupeSlugs(items);

const files = new Map<string, string>();
for (const item of items) {
	if (!item.record) {
		const reasons = item.file.messages.filter((m) => m.fatal).map((m) => m.reason);
		errors.push({ file: item.file.path, reason: reasons.join('; ') });
		continue;
	}
	for (const [path, content] of emit(item, glossaries)) files.set(path, content);
}
const articles = items
	.filter((i) => i.record)
	.map((i) => ({ slug: i.record!.slug, sourceFile: i.record!.sourceFile, sha256: i.record!.sha256, title: i.record!.title, date: i.record!.date }))
	.sort((a, b) => (a.slug < b.slug ? -1 : 1));
errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
files.set(MANIFEST, `${JSON.stringify({ articles, errors }, null, '\t')}\n`);

const outDir = resolve(values.out);
const log = (line: string) => values.quiet || console.log(line);
for (const item of items) {
	const r = item.record;
	if (r) log(`ok    ${item.file.path} → ${r.slug}  blocks=${r.blocks.length} metrics=${r.metrics.length} entities=${r.entities.length} coverage=${(r.cleaning.coverage.ratio * 100).toFixed(2)}%`);
}
for (const e of errors) console.error(`error ${e.file}: ${e.reason}`);

let failed = errors.length > 0;
if (values.check) {
	const problems = diffOutputs(outDir, files);
	for (const p of problems) console.error(`check ${p}`);
	if (problems.length) {
		console.error(`${values.out} is out of date with ${values.in}: run \`npm run ingest\``);
		failed = true;
	} else log(`check ${values.out} is up to date with ${values.in}`);
} else {
	const { written, removed } = writeOutputs(outDir, files);
	log(`wrote ${written.length} file(s), removed ${removed.length}, unchanged ${files.size - written.length}`);
}
log(`${articles.length} article(s), ${errors.length} error(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
process.exitCode = failed ? 1 : 0;

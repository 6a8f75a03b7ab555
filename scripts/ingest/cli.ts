/**
 * `npm run ingest -- [--in seeds] [--out content] [--check] [--quiet] [--no-cache]`
 *
 * Turns every `<stem>.txt` in --in (with optional `<stem>.meta.yaml` and `<stem>.en.md`) into
 * `zh/<slug>.mdx`, `en/<slug>.mdx` (translated articles), `cleaning/<slug>.json` (cleaning report) and `manifest.json`
 * under --out. Prints one line per file: `ok` (clean; listed when there are at most 20), `warnings (n)`
 * with each warning, or `error` with the reason (unreadable, mis-encoded, or not published because of a
 * blocking warning the sidecar does not accept, see `gate.ts`), then a summary line counting each. Every
 * good article is still written; the exit code is 1 when any file is an error. With --check nothing is written: the exit code is 1 when --out
 * is not exactly what the seeds produce (and the differences are listed). Runs are incremental (see
 * run.ts); progress is shown on a terminal, never in CI logs.
 */
import { parseArgs } from 'node:util';
import { runIngest } from './run.ts';

const { values } = parseArgs({
	options: {
		in: { type: 'string', default: 'seeds' },
		out: { type: 'string', default: 'content' },
		data: { type: 'string', default: 'data' },
		check: { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false },
		'no-cache': { type: 'boolean', default: false },
	},
});

const started = performance.now();
const tty = process.stderr.isTTY && !process.env.CI && !values.quiet;
const result = await runIngest({
	in: values.in,
	out: values.out,
	data: values.data,
	check: values.check,
	cacheDir: values['no-cache'] ? null : undefined,
	progress: tty ? (done, total) => process.stderr.write(`\ringest ${done}/${total}`) : undefined,
});
if (tty) process.stderr.write('\r\x1b[K');

const log = (line: string) => values.quiet || console.log(line);
// Per file: warnings and errors always (never silent), clean articles when there are few of them.
const summary = new Map(result.summaries.map((s) => [s.split(' → ')[0]!, s]));
for (const f of result.files) {
	if (f.status === 'error') console.error(`error ${f.file}: ${f.details.join('; ')}`);
	else if (f.status === 'warnings')
		log(
			`warnings (${f.details.length}) ${summary.get(f.file) ?? `${f.file} → ${f.slug} (cached)`}\n${f.details.map((d) => `      ${d}`).join('\n')}`,
		);
	else if (result.summaries.length <= 20 && summary.has(f.file))
		log(`ok    ${summary.get(f.file)}`);
}
const count = (status: string) => result.files.filter((f) => f.status === status).length;
let failed = result.errors.length > 0;
if (values.check) {
	for (const p of result.problems) console.error(`check ${p}`);
	if (result.problems.length) {
		console.error(`${values.out} is out of date with ${values.in}: run \`npm run ingest\``);
		failed = true;
	} else log(`check ${values.out} is up to date with ${values.in}`);
} else {
	log(`wrote ${result.written.length} file(s), removed ${result.removed.length}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
log(
	`${result.articles} article(s) (${result.ingested} ingested, ${result.cached} from cache), ${result.errors.length} error(s) in ${seconds} s`,
);
log(`summary: ${count('ok')} ok, ${count('warnings')} with warnings, ${count('error')} error(s)`);
process.exitCode = failed ? 1 : 0;

/**
 * `npm run gates`: the build checks itself. Each gate prints what it checked, its result and how long it
 * took; the exit code is 1 when any gate fails. Browser gates (axe, CSP, console errors, hostile text in
 * the page and in search) are Playwright tests in tests/e2e/.
 *
 * 1. content/ is what seeds/ produce (`ingest --check`)
 * 2. the site builds at the domain root
 * 3. reproducible: a second build from the same inputs is byte-identical (differing files are named)
 * 4. links: every internal link, #anchor and asset resolves; every RSS item and sitemap URL is a page
 * 5. HTML validity (html-validate, .htmlvalidate.mjs)
 * 6. the W3C Nu HTML Checker (vnu-jar, needs Java 17+ as `java` on PATH or in JAVA_HOME): 0 errors
 * 7. the same site under a base path (/archive/): builds, every link stays under the base, Nu checker
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { checkLinks } from './linkcheck.ts';

const NODE = process.execPath;
const OUT = 'test-results/gates';
const SITE = 'https://archive.example.com';
const results: { gate: string; ok: boolean; seconds: number; detail: string }[] = [];

function gate(name: string, fn: () => string): void {
	const t = performance.now();
	let ok = true;
	let detail: string;
	try {
		detail = fn();
	} catch (error) {
		ok = false;
		detail = (error as Error).message;
	}
	const seconds = (performance.now() - t) / 1000;
	results.push({ gate: name, ok, seconds, detail });
	console.log(`${ok ? 'pass' : 'FAIL'}  ${name} (${seconds.toFixed(1)} s): ${detail}`);
}

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
	execFileSync(args[0]!, args.slice(1), {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 1 << 28,
	});

function build(outDir: string, base = '/'): string {
	rmSync(outDir, { recursive: true, force: true });
	run([NODE, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
		ARCHIVE_OUT_DIR: outDir,
		ARCHIVE_BASE: base,
		ARCHIVE_SITE: SITE,
	});
	return `${files(outDir).length} files in ${outDir}`;
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

/** RSS item links and sitemap locations must be pages of the build. */
function feedsResolve(outDir: string, base: string): number {
	const xml = files(outDir).filter((f) => /(rss\.xml|sitemap-\d+\.xml)$/.test(f));
	if (!xml.some((f) => f.endsWith('rss.xml')) || !xml.some((f) => f.includes('sitemap-')))
		throw new Error('no RSS feed or sitemap in the build');
	const broken: string[] = [];
	let n = 0;
	for (const f of xml) {
		for (const m of readFileSync(f, 'utf8').matchAll(
			/<(link|loc)>([^<]+)<\/\1>|<xhtml:link[^>]+href="([^"]+)"/g,
		)) {
			const url = new URL((m[2] ?? m[3])!.replace(/&amp;/g, '&'));
			if (url.origin !== SITE) continue;
			n++;
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(base)) {
				broken.push(`${relative(outDir, f)}: ${url} is outside ${base}`);
				continue;
			}
			const rel = path.slice(base.length);
			const target =
				rel === '' || rel.endsWith('/') ? join(outDir, rel, 'index.html') : join(outDir, rel);
			if (!existsSync(target)) broken.push(`${relative(outDir, f)}: ${url} has no page`);
		}
	}
	if (broken.length)
		throw new Error(
			`${broken.length} broken feed/sitemap URL(s): ${broken.slice(0, 10).join('; ')}`,
		);
	return n;
}

function links(outDir: string, base: string): string {
	const { pages, links: count, broken } = checkLinks(outDir, base);
	if (broken.length)
		throw new Error(
			`${broken.length} broken: ${broken
				.slice(0, 10)
				.map((b) => `${b.page} → ${b.link} (${b.reason})`)
				.join('; ')}`,
		);
	const feeds = feedsResolve(outDir, base);
	return `${pages} pages, ${count} internal links and anchors, ${feeds} feed/sitemap URLs, none broken`;
}

/** One message of the Nu checker's JSON output (`--format json`). */
interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
}

/**
 * The W3C Nu HTML Checker over every `.html` file under `outDir`, in one JVM (the checker walks the
 * directory itself, so the command line does not grow with the archive). Errors only: info messages and
 * warnings are not counted. The JVM runs with a 4 MB thread stack (the checker's schema evaluation needs
 * at least 512 KB and otherwise prints a StackOverflowError yet exits 0 with no messages), client
 * compiler only and the serial collector, which start fastest for a run of seconds. Language detection is
 * off (it only yields warnings). Throws when Java or the checker cannot run, when its output is not the
 * JSON report (any crash), or when it reports an error.
 */
function nuCheck(outDir: string): string {
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
	const pages = files(outDir).filter((f) => f.endsWith('.html')).length;
	const r = spawnSync(
		java,
		[
			'-Xss4m',
			'-XX:TieredStopAtLevel=1',
			'-XX:+UseSerialGC',
			'-jar',
			jar,
			'--errors-only',
			'--skip-non-html',
			'--no-langdetect',
			'--format',
			'json',
			outDir,
		],
		{ encoding: 'utf8', maxBuffer: 1 << 28 },
	);
	if (r.error)
		throw new Error(`cannot run ${java} (the Nu checker needs Java 17+): ${r.error.message}`);
	let report: { version: string; messages: NuMessage[] };
	try {
		report = JSON.parse(r.stderr.trim() || r.stdout.trim());
	} catch {
		throw new Error(
			`the Nu checker did not report (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 500)}`,
		);
	}
	const errors = report.messages.filter((m) => m.type !== 'info');
	if (errors.length) {
		const where = (m: NuMessage) =>
			`${m.url ? relative(resolve(outDir), m.url.replace(/^file:/, '')) : '?'}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;
		throw new Error(
			`${errors.length} error(s): ${errors
				.slice(0, 10)
				.map((m) => `${where(m)} ${m.message}`)
				.join(' | ')}`,
		);
	}
	return `${pages} pages, 0 errors (Nu checker ${report.version})`;
}

// `npm run gates -- --nu <dir>`: the Nu checker alone, on a build already made (e.g. dist/).
const nuOnly = process.argv.indexOf('--nu');
if (nuOnly >= 0) {
	gate(`Nu HTML Checker on ${process.argv[nuOnly + 1] ?? 'dist'}`, () =>
		nuCheck(process.argv[nuOnly + 1] ?? 'dist'),
	);
	process.exit(results[0]!.ok ? 0 : 1);
}

const root = join(OUT, 'root');
const again = join(OUT, 'root-again');
const based = join(OUT, 'base');

gate('content up to date with seeds', () => {
	run([NODE, 'scripts/ingest/cli.ts', '--check', '--quiet']);
	return 'ingest --check: content/ is exactly what seeds/ produce';
});
gate('build at /', () => build(root));
gate('reproducible build', () => {
	build(again);
	const a = files(root)
		.map((f) => relative(root, f))
		.sort();
	const b = new Set(files(again).map((f) => relative(again, f)));
	const differ = a.filter(
		(f) => !b.has(f) || !readFileSync(join(root, f)).equals(readFileSync(join(again, f))),
	);
	const extra = [...b].filter((f) => !a.includes(f));
	if (differ.length || extra.length)
		throw new Error(`differing: ${[...differ, ...extra].slice(0, 20).join(', ')}`);
	return `${a.length} files byte-identical across two builds`;
});
gate('links at /', () => links(root, '/'));
gate('HTML validity', () => {
	const html = files(root).filter(
		(f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`),
	);
	try {
		run([NODE, 'node_modules/html-validate/bin/html-validate.mjs', ...html]);
	} catch (error) {
		const out = String((error as { stdout?: string }).stdout ?? error);
		throw new Error(
			out
				.split('\n')
				.filter((l) => /error/.test(l))
				.slice(0, 15)
				.join(' | '),
			{ cause: error },
		);
	}
	return `${html.length} pages valid (html-validate:recommended, see .htmlvalidate.mjs)`;
});
gate('Nu HTML Checker at /', () => nuCheck(root));
gate('build under /archive/', () => build(based, '/archive/'));
gate('links under /archive/', () => links(based, '/archive/'));
gate('Nu HTML Checker under /archive/', () => nuCheck(based));

const failed = results.filter((r) => !r.ok);
console.log(`gates: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;

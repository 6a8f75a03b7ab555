/**
 * Link checker for the built site: every internal href/src/action in every HTML file of the output
 * directory must resolve to a file in it, and every #fragment to an id in the target page. Links
 * outside the base path count as broken (a base-path build must never link to the domain root).
 *
 *   node scripts/linkcheck.ts [outDir=dist] [base=ARCHIVE_BASE, default /]
 *   npm run linkcheck
 *
 * Used by the build gates (scripts/gates.ts) and by tests/e2e/links.e2e.ts on both e2e builds.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { config, normaliseBase } from '../src/utils/config.ts';

export interface BrokenLink {
	page: string;
	link: string;
	reason: string;
}

const attrPattern =
	/<(a|link|script|img|source|form|iframe|use)\b[^>]*?\s(href|src|action|srcset)="([^"]*)"/gi;
const idPattern = /\sid="([^"]*)"/g;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function decodeEntities(s: string): string {
	return s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

/** The file a site path resolves to (directory → index.html), or null. */
function resolveFile(outDir: string, sitePath: string): string | null {
	const clean = decodeURIComponent(sitePath);
	const candidates = clean.endsWith('/')
		? [join(outDir, clean, 'index.html')]
		: [join(outDir, clean), join(outDir, clean, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export function checkLinks(
	outDir: string,
	base = '/',
): { pages: number; links: number; broken: BrokenLink[] } {
	const normBase = normaliseBase(base);
	const origin = 'http://site.invalid';
	const html = walk(outDir).filter(
		(f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`),
	);
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = ids.get(file);
		if (!set) {
			set = new Set(
				[...readFileSync(file, 'utf8').matchAll(idPattern)].map((m) => decodeEntities(m[1]!)),
			);
			ids.set(file, set);
		}
		return set;
	};
	const broken: BrokenLink[] = [];
	let links = 0;
	for (const file of html) {
		const rel = relative(outDir, file).split(sep).join('/');
		const pageUrl = new URL(
			normBase + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel),
			origin,
		);
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(attrPattern)) {
			const [, tag, attr, rawValue] = m;
			const values =
				attr === 'srcset'
					? rawValue!.split(',').map((s) => s.trim().split(/\s+/)[0]!)
					: [rawValue!];
			for (const raw of values) {
				const value = decodeEntities(raw);
				if (!value || /^(mailto|tel|data|javascript):/i.test(value)) continue;
				if (tag === 'form' && attr === 'action' && value === '') continue;
				const url = new URL(value, pageUrl);
				if (url.origin !== origin) continue; // external link
				links++;
				if (!url.pathname.startsWith(normBase)) {
					broken.push({ page: rel, link: value, reason: `outside the base path ${normBase}` });
					continue;
				}
				const target = resolveFile(outDir, url.pathname.slice(normBase.length - 1));
				if (!target) {
					broken.push({ page: rel, link: value, reason: 'no such file' });
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
					broken.push({ page: rel, link: value, reason: `no element with id "${fragment}"` });
				}
			}
		}
	}
	return { pages: html.length, links, broken };
}

if (import.meta.main) {
	const outDir = process.argv[2] ?? 'dist';
	const base = process.argv[3] ?? config.base;
	const { pages, links, broken } = checkLinks(outDir, base);
	for (const b of broken) console.log(`${b.page}: ${b.link} (${b.reason})`);
	console.log(`linkcheck: ${pages} pages, ${links} internal links, ${broken.length} broken`);
	process.exit(broken.length ? 1 : 0);
}

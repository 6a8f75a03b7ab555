/**
 * Builds the Pagefind index after `astro build`, with Pagefind's Node API (`ARCHIVE_PAGEFIND=0` skips
 * it; `node scripts/pagefind-index.ts <dist>` builds it later). Each edition (`<html lang>` zh-CN, en)
 * is indexed on its own, one after the other, into the one bundle `<outDir>/pagefind/`.
 *
 * Only article pages are indexed, and only their `[data-pagefind-body]` region minus page furniture
 * (`excludeSelectors`). Filters, sort keys and metadata are the `data-pagefind-*` attributes the
 * components render (components/SearchIndexData.astro; names in src/utils/search-facets.ts); the page
 * title is Pagefind's default, the `<h1>`. The served HTML is not changed: each page is handed to
 * Pagefind with `addHTMLFile` after one index-only change (`segmentHan`):
 *
 * - Text is folded (src/utils/fold.ts: full-width Latin and digits, Kangxi radicals, compatibility
 *   ideographs), so that `一季度` finds a page whose extraction printed `⼀季度`; and Chinese is indexed
 *   one Han character per word (every Han character set between zero-width spaces, which Pagefind
 *   treats as word boundaries and drops from excerpts). The search page asks for a Chinese term as the
 *   exact phrase of its characters (`"中 通 客 车"`), so a query finds exactly the pages that print it,
 *   also across a stray space (`实际 使用外资`): no dependence on jieba agreeing with the browser's
 *   `Intl.Segmenter`, and no page that only has the characters apart. Measured by
 *   `npm run search:quality` (see scripts/search-quality.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { fold } from '../utils/fold.ts';
import { config } from '../utils/config.ts';

type Lang = 'zh' | 'en';

/**
 * Page furniture inside the article region that must not match queries or fill excerpts: the byline,
 * source and date block (shown with each result from metadata; the byline is searchable as metadata),
 * notices, anchor links.
 */
export const excludeSelectors = [
	'.article-meta',
	'.notice',
	'.anchor-link',
	'.sr-only',
	'[data-pagefind-ignore]',
];

const HAN = /\p{Script=Han}/gu;
/** Closing tags after which Pagefind separates blocks with ". " (unless the text ends in a space, such as ours). */
const BLOCK_END = /^\/(?:h[1-6]|p|li|dd|dt|div|figcaption|blockquote|header|section|td|th)$/;
/**
 * The text between tags folded (`fold`), and every Han character set between zero-width spaces (index-only), also at
 * the edges of inline elements, so that jieba never joins characters across a link; none before a
 * block's closing tag, so that Pagefind still separates blocks in excerpts.
 */
export function segmentHan(html: string, lang: Lang = 'zh'): string {
	// Pagefind splits English pages at whitespace only: there, Han characters are set between spaces
	// (the search page's excerpts drop spaces next to Han characters).
	const sep = lang === 'en' ? ' ' : '\u200b';
	return html.replace(/>([^<]+)(?=<(\/?[a-zA-Z0-9]+))/g, (_, text: string, next: string) => {
		const out = fold(text).replace(HAN, `${sep}$&${sep}`);
		return `>${BLOCK_END.test(next) ? out.replace(new RegExp(`${sep}$`), '') : out}`;
	});
}

/** An edition's built article page: its file, its path in the site (Pagefind's `sourcePath`), its language. */
type ArticlePage = { file: string; rel: string; lang: Lang };

/** The article pages of one edition in `outDir` (`<lang>/articles/<slug>/index.html`), by slug. */
function editionPages(outDir: string, lang: Lang): ArticlePage[] {
	const dir = join(outDir, lang, 'articles');
	if (!existsSync(dir)) return [];
	// Sorted: Pagefind's index files depend on the order pages are added; directory order is the file system's.
	return readdirSync(dir)
		.sort()
		.map((slug) => ({
			file: join(dir, slug, 'index.html'),
			rel: `${lang}/articles/${slug}/index.html`,
			lang,
		}))
		.filter((page) => existsSync(page.file));
}

/**
 * The search pages start fetching what every search needs (Pagefind's script, its entry file, the
 * language's metadata and WASM) while the page itself loads, instead of one after another once the
 * page's script runs: `<link rel="modulepreload">`/`<link rel="preload">` in the head, written after the
 * index exists (the file names carry the index's hashes). The entry file's cache tag
 * (`data-pagefind-tag`, Pagefind's `metaCacheTag`) makes its URL fixed per index, so it can be preloaded
 * and cached.
 */
export function addPreloads(outDir: string): void {
	const entryFile = join(outDir, 'pagefind', 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
		languages: Record<string, { hash: string; wasm: string | null }>;
	};
	const tag = createHash('sha256')
		.update(JSON.stringify(entry.languages))
		.digest('hex')
		.slice(0, 12);
	for (const lang of ['zh', 'en'] as const) {
		const file = join(outDir, lang, 'search', 'index.html');
		const index = entry.languages[lang === 'zh' ? 'zh-cn' : 'en'];
		if (!existsSync(file) || !index) continue;
		let html = readFileSync(file, 'utf8');
		const base = /data-pagefind="([^"]+)"/.exec(html)?.[1];
		if (!base || html.includes('data-pagefind-tag=')) continue;
		const fetchLink = (href: string) =>
			`<link rel="preload" href="${base}${href}" as="fetch" crossorigin>`;
		const links =
			moduleImports(outDir, html, base.replace(/pagefind\/$/, ''))
				.map((href) => `<link rel="modulepreload" href="${href}">`)
				.join('') +
			`<link rel="modulepreload" href="${base}pagefind.js">` +
			fetchLink(`pagefind-entry.json?ts=${tag}`) +
			fetchLink(`pagefind.${index.hash}.pf_meta`) +
			fetchLink(`wasm.${index.wasm ?? 'unknown'}.pagefind`);
		html = html
			.replace('</head>', `${links}</head>`)
			.replace('data-pagefind="', `data-pagefind-tag="${tag}" data-pagefind="`);
		writeFileSync(file, html);
	}
}

/**
 * The modules the page's module scripts import statically (Vite's shared chunks, such as the query
 * rewriter's), as URLs: the browser would find them only once the script itself has arrived. `siteBase`
 * is the site's base path (ends in `/`); only same-site scripts under it are read.
 */
export function moduleImports(outDir: string, html: string, siteBase: string): string[] {
	const out = new Set<string>();
	for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
		if (!src!.startsWith(siteBase)) continue;
		const file = join(outDir, src!.slice(siteBase.length));
		if (!existsSync(file)) continue;
		const js = readFileSync(file, 'utf8');
		for (const [, spec] of js.matchAll(
			/(?:^|[;\s}])import\s*(?:[^"'`;]*?from\s*)?["']([^"']+\.js)["']/g,
		))
			if (spec!.startsWith('.')) out.add(new URL(spec!, `http://site${src}`).pathname);
	}
	return [...out];
}

/** Options of `buildSearchIndex`. */
export interface BuildOptions {
	/** Where progress lines go (`indexed N pages`); none when unset. */
	log?: (s: string) => void;
}

/**
 * What Pagefind is handed of an article page (`html`, the whole page as built): the page language and
 * the `[data-pagefind-body]` region up to `</article>`, its text folded and Han-segmented
 * (`segmentHan`); null for a page without that region. The rest of the page (figures table, citation,
 * the folded source text) is never indexed; leaving it out halves what is sent to and parsed by
 * Pagefind. Filters, sort key and metadata are attributes of the region's elements.
 */
export function searchDocument(html: string, lang: Lang): string | null {
	const start = html.search(/<[^>]*data-pagefind-body/);
	if (start < 0) return null;
	const end = html.indexOf('</article>', start);
	const open = html.indexOf('>', start) + 1;
	const htmlLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? (lang === 'zh' ? 'zh-CN' : 'en');
	return (
		`<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"></head><body>` +
		html.slice(start, open) +
		segmentHan(`>${html.slice(open, end)}`, lang).slice(1) +
		'</article></body></html>'
	);
}

/**
 * Pages handed to Pagefind's service before the first of them is answered, so that Pagefind indexes a
 * page while this process reads and segments the next ones instead of each side waiting for the other
 * (10,000 articles on an idle machine: 105 s one at a time, 84–89 s with 16–64 in flight; the index
 * files the same byte for byte, as pages are still sent in the same order). Pagefind's memory peaks
 * while it writes the index, whatever this number (see `buildSearchIndex`).
 */
const IN_FLIGHT = 8;

/** Throws `pagefind: <page>: <errors>` when a page Pagefind was handed was rejected. */
async function settle(added: Promise<string | null>): Promise<void> {
	const error = await added;
	if (error) throw new Error(`pagefind: ${error}`);
}

/** Pagefind's entry file (`pagefind-entry.json`): its version, and each language's index. */
interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	[field: string]: unknown;
}

/**
 * Index one edition's article pages (`pages`, in the order given) into a Pagefind index of their own,
 * write it to `outputPath` and delete it. Returns the entry file Pagefind wrote (it lists only this
 * edition) and the number of pages, or null when no page has an article region (Pagefind cannot
 * write an empty index). Throws as `buildSearchIndex`.
 */
async function indexEdition(
	createIndex: typeof import('pagefind').createIndex,
	pages: ArticlePage[],
	outputPath: string,
): Promise<{ entry: Entry; count: number } | null> {
	let index: PagefindIndex | undefined;
	let count = 0;
	const inFlight: Promise<string | null>[] = [];
	for (const page of pages) {
		const doc = searchDocument(readFileSync(page.file, 'utf8'), page.lang);
		if (doc === null) continue;
		if (!index) {
			const created = await createIndex({ excludeSelectors });
			if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
			index = created.index;
		}
		const rel = page.rel;
		// Rejections become a message, so that none is left unhandled while an earlier page is awaited.
		inFlight.push(
			index.addHTMLFile({ sourcePath: rel, content: doc }).then(
				(added) => (added.errors.length ? `${rel}: ${added.errors.join('; ')}` : null),
				(error: unknown) => `${rel}: ${String(error)}`,
			),
		);
		if (inFlight.length >= IN_FLIGHT) await settle(inFlight.shift()!);
		count++;
	}
	if (!index) return null;
	for (const added of inFlight) await settle(added);
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as Entry;
	return { entry, count };
}

/**
 * Index the article pages of a built site in `outDir` into `outDir/pagefind/`, in path order (the
 * index files depend on the order pages are added). Returns the number of pages indexed. Throws an
 * `Error` (`pagefind: …`) when Pagefind cannot create the index, rejects a page or cannot write the
 * files, or when no page has an article region; Pagefind's service is closed either way.
 *
 * One edition at a time: each language's pages go into an index of their own, written to the same
 * bundle and deleted before the next is made; the entry file then lists both. Pagefind builds each
 * language's index on its own anyway, so the bundle is the one a single index of every page writes
 * (tested); but a single index holds every page's words twice while it writes (its pages, and their
 * copies grouped by language): at 10,000 articles its binary peaked at 4,366 MiB, one edition at a
 * time at about 3,260 MiB (`VmHWM`), in the same time.
 */
export async function buildSearchIndex(
	outDir: string,
	options: BuildOptions = {},
): Promise<number> {
	const { createIndex, close } = await import('pagefind');
	const outputPath = join(outDir, 'pagefind');
	try {
		const editions: { entry: Entry; count: number }[] = [];
		for (const lang of ['zh', 'en'] as const) {
			const edition = await indexEdition(createIndex, editionPages(outDir, lang), outputPath);
			if (edition) editions.push(edition);
		}
		if (!editions.length)
			throw new Error(`pagefind: no article page with a [data-pagefind-body] region in ${outDir}`);
		// Written as Pagefind writes it (languages in key order, no spaces), so that the bundle is the same.
		const languages = Object.fromEntries(
			editions
				.flatMap((edition) => Object.entries(edition.entry.languages))
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
		);
		const entry = { ...editions.at(-1)!.entry, languages };
		writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
		addPreloads(outDir);
		const count = editions.reduce((sum, edition) => sum + edition.count, 0);
		options.log?.(`indexed ${count} pages`);
		return count;
	} finally {
		await close();
	}
}

export default function pagefind(): AstroIntegration {
	return {
		name: 'archive-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (!config.pagefind) return logger.info('skipped (ARCHIVE_PAGEFIND=0)');
				await buildSearchIndex(fileURLToPath(dir), { log: (s) => logger.info(s) });
			},
		},
	};
}

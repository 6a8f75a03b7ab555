/**
 * Builds the Pagefind index after `astro build`, with Pagefind's Node API (`ARCHIVE_PAGEFIND=0` skips
 * it; `node scripts/pagefind-index.ts <dist>` builds it later). Pagefind splits the index by each
 * page's `<html lang>` (zh-CN, en) and writes the bundle to `<outDir>/pagefind/`.
 *
 * Only article pages are indexed, and only their `[data-pagefind-body]` region minus page furniture
 * (`excludeSelectors`). The served HTML is not changed: each page is handed to Pagefind with
 * `addHTMLFile` after two index-only changes:
 *
 * 1. Chinese is indexed one Han character per word (every Han character of a text node set between
 *    zero-width spaces, which Pagefind treats as word boundaries and drops from excerpts). The search
 *    page asks for a Chinese term as the exact phrase of its characters (`"中 通 客 车"`), so a
 *    query finds exactly the pages that print it: no dependence on jieba agreeing with the
 *    browser's `Intl.Segmenter`, and no page that only has the characters apart. Measured by
 *    `npm run search:quality` (see scripts/search-quality.ts).
 * 2. Filters, sort keys and metadata from the article's record (year, topics, entities, English or
 *    not, indicators reported; date and precision, source, figures), and on English pages the English
 *    names of its entities and indicators as indexed text, so `Zhongtong Bus` finds an article whose
 *    English page shows the Chinese text.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Article } from '../schemas/article.ts';
import { config } from '../utils/config.ts';
import { linkable, loadGlossaries } from '../utils/glossary-loader.ts';
import { loadPaperNames } from '../utils/papers.ts';
import { useTranslations } from '../utils/i18n.ts';
import { romanise } from '../utils/names.ts';
import { formatFigure, formatPeriod } from '../utils/format.ts';

type Lang = 'zh' | 'en';

/**
 * Page furniture inside the article region that must not match queries or fill excerpts: the byline,
 * source and date block (shown with each result from metadata; the byline is searchable as metadata),
 * notices, anchor links.
 */
export const excludeSelectors = ['.article-meta', '.notice', '.anchor-link', '.sr-only', '[data-pagefind-ignore]'];

const HAN = /\p{Script=Han}/gu;
/** Closing tags after which Pagefind separates blocks with ". " (unless the text ends in a space, such as ours). */
const BLOCK_END = /^\/(?:h[1-6]|p|li|dd|dt|div|figcaption|blockquote|header|section|td|th)$/;
/**
 * Every Han character of the text between tags set between zero-width spaces (index-only), also at
 * the edges of inline elements, so that jieba never joins characters across a link; none before a
 * block's closing tag, so that Pagefind still separates blocks in excerpts.
 */
export function segmentHan(html: string): string {
	return html.replace(/>([^<]+)(?=<(\/?[a-zA-Z0-9]+))/g, (_, text: string, next: string) => {
		const out = text.replace(HAN, '\u200b$&\u200b');
		return `>${BLOCK_END.test(next) ? out.replace(/\u200b$/, '') : out}`;
	});
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Pagefind attribute values are `key:value`, several joined by commas; keep values free of both. */
const attr = (s: string) => escapeHtml(s.replace(/[,:]/g, ' '));

interface Names {
	topics: Map<string, { zh: string; en: string }>;
	/** Newspapers' English names by their Chinese name (`sources.yaml`). */
	papers: Map<string, string>;
	/** Whether an entity is linked (and so a search facet): the glossary's `link` flag. */
	linkable: (id: string) => boolean;
}

/** Topic names and the entity `link` flag from the glossaries in `dataDir` (the one validated loader). */
function loadNames(dataDir: string): Names {
	const g = loadGlossaries(dataDir);
	return { topics: new Map(g.topics.map((t) => [t.id, { zh: t.zh, en: t.en }])), papers: loadPaperNames(dataDir), linkable: linkable(g.entities) };
}

/** The index-only additions for one article page: filters, sort, meta and (English) names. */
export function searchAnnotations(r: Article, lang: Lang, names: Names): string {
	const el = (a: string, body = '') => `<span hidden ${a}>${body}</span>`;
	const out: string[] = [];
	out.push(el(`data-pagefind-filter="year:${r.date ? r.date.slice(0, 4) : 'none'}"`));
	out.push(el(`data-pagefind-filter="translated:${r.translation ? 'yes' : 'no'}"`));
	for (const id of r.topics) out.push(el(`data-pagefind-filter="topic:${attr(names.topics.get(id)?.[lang] ?? id)}"`));
	for (const e of r.entities) if (names.linkable(e.id)) out.push(el(`data-pagefind-filter="entity:${attr(e.name[lang])}"`));
	for (const id of new Set(r.metrics.map((m) => m.indicator))) out.push(el(`data-pagefind-filter="indicator:${attr(id)}"`));
	out.push(el(`data-pagefind-sort="date:${r.date ?? '0000'}"`));
	out.push(el(`data-pagefind-meta="date:${r.date ?? ''}"`));
	out.push(el(`data-pagefind-meta="precision:${r.datePrecision}"`));
	// The paper in the page's language; the edition's printed (Chinese) name apart, so that the English
	// result can mark it as Chinese; the page number in the page's words.
	const paper = lang === 'en' ? (names.papers.get(r.source.name) ?? romanise(r.source.name, 'title')) : `《${r.source.name}》`;
	const page = r.source.page ? useTranslations(lang)('article.page', { page: r.source.page }) : '';
	out.push(el(`data-pagefind-meta="source:${escapeHtml([paper, page].filter(Boolean).join(lang === 'en' ? ', ' : ' '))}"`));
	// An English page without a translation shows the Chinese text (its title, excerpts): marked by the search page.
	if (lang === 'en' && !r.translation) out.push(el(`data-pagefind-meta="textLang:zh-CN"`));
	if (r.source.edition) out.push(el(`data-pagefind-meta="edition:${escapeHtml(r.source.edition)}"`));
	const byline = r.byline.map((b) => b.name).join(' ');
	if (byline) out.push(el(`data-pagefind-meta="byline:${escapeHtml(byline)}"`));
	// Figures by indicator, for indicator search: [indicator, value, period, kind], value and period in
	// the page's language (`CNY 2.73 bn`, `H1 2023` on English pages). Pagefind also searches
	// metadata: the indicator id is stored reversed (pdg), so that it matches no query.
	const figures = r.metrics.map((m) => [[...m.indicator].reverse().join(''), formatFigure(m, lang).text, formatPeriod(m.period, lang)?.text ?? '', m.kind]);
	if (figures.length) out.push(el(`data-pagefind-meta="figures:${escapeHtml(JSON.stringify(figures))}"`));
	return out.join('');
}

/**
 * English pages: the English names of the article's entities and indicators as indexed text, at the
 * end of the region and weighted low, so that the body's own text is preferred for excerpts and
 * ranking where it has the term (an untranslated page has only these).
 */
export function englishNames(r: Article): string {
	const terms = [...new Set([...r.entities.map((e) => e.name.en), ...r.metrics.map((m) => m.label.en)])];
	return terms.length ? `<p data-pagefind-weight="0.5">${terms.map(escapeHtml).join('. ')}.</p>` : '';
}

function walkArticles(outDir: string): { file: string; rel: string; lang: Lang; slug: string }[] {
	const found: { file: string; rel: string; lang: Lang; slug: string }[] = [];
	for (const lang of ['zh', 'en'] as const) {
		const dir = join(outDir, lang, 'articles');
		if (!existsSync(dir)) continue;
		for (const slug of readdirSync(dir)) {
			const file = join(dir, slug, 'index.html');
			if (existsSync(file)) found.push({ file, rel: `${lang}/articles/${slug}/index.html`, lang, slug });
		}
	}
	return found;
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
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
	const tag = createHash('sha256').update(JSON.stringify(entry.languages)).digest('hex').slice(0, 12);
	for (const lang of ['zh', 'en'] as const) {
		const file = join(outDir, lang, 'search', 'index.html');
		const index = entry.languages[lang === 'zh' ? 'zh-cn' : 'en'];
		if (!existsSync(file) || !index) continue;
		let html = readFileSync(file, 'utf8');
		const base = /data-pagefind="([^"]+)"/.exec(html)?.[1];
		if (!base || html.includes('data-pagefind-tag=')) continue;
		const fetchLink = (href: string) => `<link rel="preload" href="${base}${href}" as="fetch" crossorigin>`;
		const links =
			`<link rel="modulepreload" href="${base}pagefind.js">` +
			fetchLink(`pagefind-entry.json?ts=${tag}`) +
			fetchLink(`pagefind.${index.hash}.pf_meta`) +
			fetchLink(`wasm.${index.wasm ?? 'unknown'}.pagefind`);
		html = html.replace('</head>', `${links}</head>`).replace('data-pagefind="', `data-pagefind-tag="${tag}" data-pagefind="`);
		writeFileSync(file, html);
	}
}

export interface BuildOptions {
	dataDir?: string;
	log?: (s: string) => void;
}

/** Index the article pages of a built site in `outDir` into `outDir/pagefind/`. Returns the number of pages. */
export async function buildSearchIndex(outDir: string, options: BuildOptions = {}): Promise<number> {
	const names = loadNames(options.dataDir ?? config.dataDir);
	// The records as the site published them for download (`/data/articles/<slug>.json`, made from the
	// content collection): no second reading of the MDX files.
	const records = new Map<string, Article>();
	const recordsDir = join(outDir, 'data', 'articles');
	for (const f of existsSync(recordsDir) ? readdirSync(recordsDir).filter((f) => f.endsWith('.json')) : []) {
		const r = JSON.parse(readFileSync(join(recordsDir, f), 'utf8')) as Article;
		records.set(r.slug, r);
	}
	const { createIndex, close } = await import('pagefind');
	try {
		const { index, errors } = await createIndex({ excludeSelectors });
		if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
		let count = 0;
		for (const page of walkArticles(outDir)) {
			const record = records.get(page.slug);
			const html = readFileSync(page.file, 'utf8');
			if (!html.includes('data-pagefind-body')) continue;
			const start = html.search(/<[^>]*data-pagefind-body/);
			const end = html.indexOf('</article>', start);
			const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html.slice(start))?.[1]?.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;') ?? '';
			const open = html.indexOf('>', start) + 1;
			const text = (m: RegExpExecArray | null) => m?.[1]?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().replace(/"/g, '&quot;') ?? '';
			// The date as the page prints it, with its precision (约2019年, 2024年6月（推定到月）).
			const dateline = text(/<span class="dateline">([\s\S]*?)(?:<details|<\/dd>)/.exec(html.slice(start)));
			const extra =
				(h1 ? `<span hidden data-pagefind-meta="title:${h1}"></span>` : '') +
				(dateline ? `<span hidden data-pagefind-meta="dateline:${dateline}"></span>` : '') + (record ? searchAnnotations(record, page.lang, names) : '');
			// Only the article region is segmented (the title meta above is not).
			const enNames = record && page.lang === 'en' ? englishNames(record) : '';
			// Pagefind is handed only what it reads: the page language, and the article region with the
			// index-only additions. The rest of the page (figures table, citation, the folded source text)
			// is never indexed; leaving it out halves what is sent to and parsed by Pagefind.
			const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? (page.lang === 'zh' ? 'zh-CN' : 'en');
			const doc =
				`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${h1}</title></head><body>` +
				html.slice(start, open) + extra + segmentHan(`>${html.slice(open, end)}`).slice(1) + enNames + '</article></body></html>';
			const added = await index.addHTMLFile({ sourcePath: page.rel, content: doc });
			if (added.errors.length) throw new Error(`pagefind: ${page.rel}: ${added.errors.join('; ')}`);
			count++;
		}
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
		addPreloads(outDir);
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

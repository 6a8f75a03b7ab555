/**
 * Every URL of the site is built here. Route builders return paths with the base path (`config.base`,
 * from `ARCHIVE_BASE`, the value Astro's `base` is set to) already applied, so components link with
 * `href={routes.article(lang, slug)}` and never concatenate paths themselves.
 */
import { config } from '../config.ts';

/** The site's languages, in the order routes are generated (`langStaticPaths`). */
export const languages = ['zh', 'en'] as const;
/** A site language: `zh` (Simplified Chinese, the original) or `en` (English). */
export type Lang = (typeof languages)[number];
/** The language of the original articles. */
export const defaultLang: Lang = 'zh';

/** BCP 47 tag for `<html lang>`, hreflang and i18next. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/** Open Graph locale. */
export const ogLocale: Record<Lang, string> = { zh: 'zh_CN', en: 'en_GB' };

/** Whether `value` is one of `languages` (a type guard for untrusted strings). Never throws. */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The other language of the pair (the language switch in the header, `og:locale:alternate`).
 * Never throws.
 */
export function otherLang(lang: Lang): Lang {
	return lang === 'zh' ? 'en' : 'zh';
}

/** The base path with exactly one trailing slash (`/` or `/archive/`). */
export function basePath(): string {
	return config.base;
}

/** Prefix a site-absolute path (`/zh/…`) with the base path. Never throws. */
export function withBase(path: string): string {
	return basePath() + path.replace(/^\/+/, '');
}

/** Remove the base path from a pathname (for language switching and tests). Never throws. */
export function stripBase(pathname: string): string {
	const base = basePath();
	return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * Absolute URL of a base-prefixed path, for canonicals, feeds and JSON-LD. `site` defaults to
 * `https://archive.example.com`; throws a `TypeError` when `site` is not an absolute URL.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	return new URL(path, site ?? 'https://archive.example.com').href;
}

const enc = encodeURIComponent;

/** The reference downloads of an article: file extension, media type, and its name's translation key. */
export const citationFormats = [
	{ ext: 'ris', type: 'application/x-research-info-systems', key: 'ris' },
	{ ext: 'bib', type: 'application/x-bibtex', key: 'bibtex' },
	{ ext: 'csl.json', type: 'application/vnd.citationstyles.csl+json', key: 'csljson' },
] as const;
/** A citation file extension: `ris`, `bib` or `csl.json`. */
export type CitationExt = (typeof citationFormats)[number]['ext'];

/** Paths without the base; `routes` below adds it. */
export const paths = {
	root: () => '/',
	home: (lang: Lang) => `/${lang}/`,
	article: (lang: Lang, slug: string) => `/${lang}/articles/${enc(slug)}/`,
	archive: (lang: Lang) => `/${lang}/archive/`,
	/** A year of the timeline (`undated` for articles without a date), page `page` of it. */
	archiveYear: (lang: Lang, year: number | 'undated', page = 1) =>
		`/${lang}/archive/${year}/${page > 1 ? `${page}/` : ''}`,
	entities: (lang: Lang) => `/${lang}/entities/`,
	entity: (lang: Lang, id: string, page = 1) =>
		`/${lang}/entities/${enc(id)}/${page > 1 ? `${page}/` : ''}`,
	topics: (lang: Lang) => `/${lang}/topics/`,
	topic: (lang: Lang, id: string, page = 1) =>
		`/${lang}/topics/${enc(id)}/${page > 1 ? `${page}/` : ''}`,
	metrics: (lang: Lang) => `/${lang}/metrics/`,
	metric: (lang: Lang, indicator: string, page = 1) =>
		`/${lang}/metrics/${enc(indicator)}/${page > 1 ? `${page}/` : ''}`,
	about: (lang: Lang) => `/${lang}/about/`,
	/** An editorial document (`src/docs/<lang>/<doc>.mdx`); `about` is the About page itself. */
	doc: (lang: Lang, doc: string) =>
		doc === 'about' ? `/${lang}/about/` : `/${lang}/about/${enc(doc)}/`,
	dataPage: (lang: Lang) => `/${lang}/data/`,
	search: (lang: Lang) => `/${lang}/search/`,
	rss: (lang: Lang) => `/${lang}/rss.xml`,
	data: () => '/data/',
	dataIndex: () => '/data/articles.json',
	dataRecord: (slug: string) => `/data/articles/${enc(slug)}.json`,
	/** An article's reference for reference managers: `ext` is one of {@link citationFormats}. */
	dataCitation: (slug: string, ext: CitationExt) => `/data/citations/${enc(slug)}.${ext}`,
	/** An article's share card (PNG, 1200 × 630), the same for both languages. */
	card: (slug: string) => `/cards/${enc(slug)}.png`,
	/** A newspaper's wordmark (PNG, 600 × 60), the publisher logo of its articles' JSON-LD; `paper` from `paperId`. */
	publisherLogo: (paper: string) => `/cards/publishers/${enc(paper)}.png`,
	dataFigures: () => '/data/figures.csv',
	dataSource: (file: string) => `/data/sources/${enc(file)}`,
	sitemap: () => '/sitemap-index.xml',
	pagefind: () => '/pagefind/',
} as const;

type Paths = typeof paths;
/** The same builders as `paths`, returning base-prefixed paths ready for `href`. */
export const routes = Object.fromEntries(
	Object.entries(paths).map(([name, fn]) => [
		name,
		(...args: never[]) => withBase((fn as (...a: never[]) => string)(...args)),
	]),
) as { [K in keyof Paths]: Paths[K] };

/** Anchor ids inside an article page. */
export const anchors = {
	block: (index: number) => `b${index}`,
	figure: (metric: number) => `fig-${metric}`,
	figureRow: (metric: number) => `m-${metric}`,
	/** Row of a value on an indicator page. */
	metricValue: (slug: string, metric: number) => `v-${slug}--${metric}`,
	/** The folded source text at the end of an article page. */
	original: 'source-text',
};

/** The same page in the other language: swap the language segment after the base. */
export function switchLanguage(pathname: string, to: Lang): string {
	const rest = stripBase(pathname);
	const m = rest.match(/^\/(zh|en)(\/.*)?$/);
	if (!m) return routes.home(to);
	return withBase(`/${to}${m[2] ?? '/'}`);
}

/** `getStaticPaths` for a page that exists once per language. */
export function langStaticPaths() {
	return languages.map((lang) => ({ params: { lang } }));
}

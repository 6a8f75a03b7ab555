/**
 * The UI strings every language must provide, as a zod schema. `src/utils/i18n.ts` parses each
 * `src/translations/<lang>.json` with it: a missing, empty or unknown key fails the build.
 */
import { z } from 'astro/zod';

const text = z.string().min(1);
/** A strict object of non-empty strings with exactly these keys. */
const strings = <const K extends string>(...keys: K[]) =>
	z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);

/**
 * Every UI string key, grouped by where it is shown (`site`, `nav`, `footer`, …); values are non-empty
 * i18next strings (they may hold `{{n}}`-style interpolations).
 * Written by translators in `src/translations/<lang>.json`; read through `useTranslations` (`src/utils/i18n.ts`).
 */
export const uiStringsSchema = z.strictObject({
	site: strings('name', 'shortName', 'mark', 'tagline', 'description'),
	nav: strings(
		'label', 'skip', 'home', 'archive', 'topics', 'entities', 'metrics', 'about', 'data', 'search',
		'searchLabel', 'searchPlaceholder', 'languageLabel', 'switchTo', 'switchToLabel', 'breadcrumb',
	),
	home: strings(
		'title', 'lead', 'latest', 'allArticles', 'headlineFigures', 'headlineFiguresNote', 'explore',
		'entryArchive', 'entryTopics', 'entryEntities', 'entryMetrics', 'stats',
	),
	article: strings(
		'byline', 'source', 'edition', 'page', 'date', 'dateEvidence', 'translationNotice', 'translationLink',
		'originalNotice', 'contents', 'figures', 'figuresIntro', 'backToText', 'toFigure', 'entities', 'topics',
		'related', 'prevNext', 'previous', 'next', 'cite', 'gbt', 'apa', 'copy', 'copyLabel', 'copied',
		'citeDownloads', 'downloads', 'downloadRecord', 'viewOriginal', 'headingAnchor', 'noFigures', 'untranslated',
	).extend({
		/** Names of the citation download formats. */
		citeFormat: strings('ris', 'bibtex', 'csljson'),
		roles: strings('reporter', 'correspondent', 'author', 'editor', 'photographer', 'planner', 'designer', 'proofreader'),
		dateSource: strings('printed', 'editorial', 'text-year', 'none'),
		precision: strings('day', 'month', 'year', 'unknown'),
	}),
	corrections: strings('title', 'intro', 'where', 'title_', 'subtitle', 'kicker', 'block', 'read', 'corrected', 'reason', 'by'),
	original: strings(
		'intro', 'file', 'sha256', 'verified', 'mismatch', 'missing', 'download', 'furniture', 'cleaning', 'coverage',
		'doubt', 'nothing', 'corrections', 'doubts',
	),
	paging: strings('label', 'previous', 'next', 'pageOf', 'titled'),
	archive: strings('undatedIntro', 'yearIntro', 'yearTitle', 'title', 'intro', 'yearOnly', 'undated', 'count'),
	entities: strings('figuresLatest', 'title', 'intro', 'articles', 'figures', 'figuresIntro', 'mentions', 'otherName').extend({
		types: strings('company', 'project', 'place', 'programme', 'organisation', 'person'),
	}),
	topics: strings('title', 'intro', 'articles', 'count', 'entities'),
	metrics: strings(
		'title', 'intro', 'indicator', 'values', 'latest', 'allValues', 'chart', 'chartTitle', 'chartDesc',
		'approxDate', 'undatedNote', 'sentence', 'seriesNone', 'seriesYear', 'seriesAsOf', 'seriesDay', 'periodsDiffer',
		'chartSeriesTitle',
	).extend({ kind: strings('level', 'growth', 'share', 'rank', 'count', 'points', 'change', 'added', 'cumulative') }),
	table: strings('indicator', 'value', 'period', 'rank', 'article', 'date', 'sentence', 'kind', 'count', 'name'),
	/** The About page's text is the MDX document `src/docs/<lang>/about.mdx`; these are its components' strings. */
	about: strings('stats', 'rejected'),
	docs: strings('values', 'statsCaption', 'stage', 'changes', 'articles', 'coverage', 'contents').extend({
		stages: strings('decode', 'dedouble', 'unwrap', 'normalize', 'structure', 'correct', 'sidecar', 'dates', 'metrics', 'entities', 'translation', 'record', 'coverage'),
	}),
	data: strings('title', 'intro', 'index', 'indexDesc', 'csv', 'csvDesc', 'records', 'recordsDesc'),
	search: strings(
		'title', 'label', 'submit', 'loading', 'none', 'count', 'noscript', 'error', 'hint', 'countOne', 'more', 'sort',
		'sortRelevance', 'sortDateDesc', 'sortDateAsc', 'filters', 'year', 'topic', 'entity', 'translated', 'translatedYes',
		'translatedNo', 'undated', 'sections', 'indicatorHeading', 'indicatorCount', 'indicatorLink', 'otherEdition',
		'otherEditionLink',
	),
	notFound: strings('title', 'text', 'home'),
	chooser: strings('title', 'text'),
	footer: strings('about', 'feed', 'dataFiles', 'sitemap'),
	format: strings('undated', 'approxYear', 'listSeparator', 'rank', 'periodUnread'),
	rss: strings('title', 'description'),
});

/** The UI strings of one language (see `uiStringsSchema`). */
export type UIStrings = z.infer<typeof uiStringsSchema>;

/**
 * The archive as the pages see it: every article record in date order, and the indexes built from the
 * records — entities, topics, indicators — plus related articles and previous/next. Built once per
 * build and memoised; every per-page question (related, neighbours) is answered from these indexes, so
 * a page costs the same in an archive of five articles or of ten thousand.
 *
 * Article bodies are rendered from the records (`components/ArticleBody.astro`), with the inline marks
 * of `utils/inline.ts` that the ingest also writes into the MDX files.
 */
import type { ArticleEntry, Metric, EntityRef } from '../schemas/article.ts';
import { glossaries, type SiteGlossaries } from './glossary.ts';
import { linkable } from './glossary-loader.ts';
import { inlineSpans, markedFigures, type InlineSpan } from './inline.ts';
import { pageSize } from './paging.ts';
import { anchors, routes, type Lang } from './routing/index.ts';

/** One article as the pages use it: its record and what the archive works out from it once (built by `buildArchive`). */
export interface ArticleView {
	slug: string;
	/** The record as the collection keeps it (the cleaning report's messages are in their file: `utils/cleaning.ts`). */
	record: ArticleEntry;
	/** Whether the article has an English translation. */
	translated: boolean;
	/** Inline marks (figures, linked first mentions) of each block of the Chinese text. */
	spans: InlineSpan[][];
	/** Metric indices that appear as a marked figure in each language's body. */
	figuresInBody: Record<Lang, Set<number>>;
}

/** One reported figure: the article, its position in `record.metrics` (`index`, 0-based) and the metric itself. */
export interface MetricRef {
	article: ArticleView;
	index: number;
	metric: Metric;
}

/** A glossary entity with the articles that mention it: read by the entity pages, the article pages and `relatedArticles`. */
export interface EntityView {
	id: string;
	type: EntityRef['type'];
	name: { zh: string; en: string };
	/** False when the glossary says its mentions are not linked in the text. */
	link: boolean;
	/** Articles that mention it, oldest first. */
	articles: { article: ArticleView; count: number }[];
	/** The same articles in the archive's order (newest first, undated last), for its pages. */
	latest: ArticleView[];
	/** Figures in blocks that mention it. */
	metrics: MetricRef[];
}

/** A topic with its articles: read by the topic pages and `commonEntities`. */
export interface TopicView {
	id: string;
	name: { zh: string; en: string };
	/** Oldest first. */
	articles: ArticleView[];
	/** The same articles in the archive's order (newest first, undated last), for its pages. */
	latest: ArticleView[];
}

/** An indicator (a kind of figure: `Metric.indicator`) with every value the archive reports for it: read by the indicator pages. */
export interface IndicatorView {
	id: string;
	label: { zh: string; en: string };
	/** Every value, oldest first, undated last. */
	values: MetricRef[];
	/** Every value newest first (undated last): the order of the indicator's value table and its pages. */
	latest: MetricRef[];
}

/**
 * The whole archive and its indexes, built by `buildArchive` from the records and glossaries and
 * shared by every page through `getArchive` (built once per build). Lists are of the same
 * `ArticleView` objects, so they can be used as map keys.
 */
export interface Archive {
	/** Newest first; undated last. */
	articles: ArticleView[];
	/** Oldest first; undated last. */
	chronological: ArticleView[];
	bySlug: Map<string, ArticleView>;
	entities: Map<string, EntityView>;
	topics: Map<string, TopicView>;
	indicators: Map<string, IndicatorView>;
	/** Position of each article in `chronological`. */
	chronologicalIndex: Map<ArticleView, number>;
	/** `<slug>--<metric index>` → the value's position in its indicator's `latest` list. */
	valueRow: Map<string, number>;
}

/** Sort key: dated articles by date string (`2024` < `2024-06` < `2024-06-12`), undated after all. */
export function compareDates(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

function byDateAsc(a: ArticleView, b: ArticleView): number {
	return compareDates(a.record.date, b.record.date) || a.slug.localeCompare(b.slug);
}

let archivePromise: Promise<Archive> | undefined;

/**
 * The archive of this build: the `records` collection and the glossaries of `config.dataDir`, built
 * once (memoised). `astro:content` is imported here only, on first call, so that this module (and
 * `buildArchive`) can be imported by unit tests outside Astro.
 */
export function getArchive(): Promise<Archive> {
	archivePromise ??= import('astro:content').then(async ({ getCollection }) =>
		buildArchive(
			(await getCollection('articles')).map((entry) => entry.data),
			glossaries(),
		),
	);
	return archivePromise;
}

/**
 * Build the archive's views and indexes from article records (in any order) and the glossaries. Pure:
 * no disk, no Astro. Display names come from the glossaries when they have the id, else from the
 * records (topics: the id); entity mentions are linked unless the glossary says `link: false`.
 */
export function buildArchive(records: readonly ArticleEntry[], gl: SiteGlossaries): Archive {
	const isLinked = linkable(gl.files.entities);

	const views: ArticleView[] = [];
	for (const record of records) {
		const spans = inlineSpans(record, isLinked);
		const zh = markedFigures(spans);
		// An English translation is rendered without marks; an untranslated English page shows the Chinese text.
		views.push({
			slug: record.slug,
			record,
			translated: record.translation !== null,
			spans,
			figuresInBody: { zh, en: record.translation ? new Set() : zh },
		});
	}
	const chronological = [...views].sort(byDateAsc);
	const articles = [...chronological]
		.filter((a) => a.record.date)
		.reverse()
		.concat(chronological.filter((a) => !a.record.date));

	const entities = new Map<string, EntityView>();
	const topics = new Map<string, TopicView>();
	const indicators = new Map<string, IndicatorView>();
	for (const article of chronological) {
		const { record } = article;
		for (const e of record.entities) {
			const g = gl.entities.get(e.id);
			let view = entities.get(e.id);
			if (!view) {
				view = {
					id: e.id,
					type: e.type,
					name: g ? { zh: g.zh, en: g.en } : e.name,
					link: isLinked(e.id),
					articles: [],
					latest: [],
					metrics: [],
				};
				entities.set(e.id, view);
			}
			view.articles.push({ article, count: e.count });
			const blocks = new Set(e.blocks);
			record.metrics.forEach((metric, index) => {
				if (blocks.has(metric.block)) view.metrics.push({ article, index, metric });
			});
		}
		for (const id of record.topics) {
			const g = gl.topics.get(id);
			let view = topics.get(id);
			if (!view) {
				view = {
					id,
					name: g ? { zh: g.zh, en: g.en } : { zh: id, en: id },
					articles: [],
					latest: [],
				};
				topics.set(id, view);
			}
			view.articles.push(article);
		}
		record.metrics.forEach((metric, index) => {
			const g = gl.indicators.get(metric.indicator);
			let view = indicators.get(metric.indicator);
			if (!view) {
				view = {
					id: metric.indicator,
					label: g ? { zh: g.zh, en: g.en } : metric.label,
					values: [],
					latest: [],
				};
				indicators.set(metric.indicator, view);
			}
			view.values.push({ article, index, metric });
		});
	}
	const valueRow = new Map<string, number>();
	for (const article of articles) {
		article.record.metrics.forEach((metric, index) => {
			const view = indicators.get(metric.indicator)!;
			valueRow.set(`${article.slug}--${index}`, view.latest.length);
			view.latest.push({ article, index, metric });
		});
		for (const e of article.record.entities) entities.get(e.id)!.latest.push(article);
		for (const id of article.record.topics) topics.get(id)!.latest.push(article);
	}
	return {
		articles,
		chronological,
		bySlug: new Map(views.map((v) => [v.slug, v])),
		entities,
		topics,
		indicators,
		chronologicalIndex: new Map(chronological.map((a, i) => [a, i])),
		valueRow,
	};
}

const relatedCache = new WeakMap<ArticleView, ArticleView[]>();

/** How many articles on each side (in time) of this one an entity's article list offers as candidates. */
const RELATED_WINDOW = 50;

/**
 * Articles that share linked entities with this one (2 points each), plus 1 point for each shared topic,
 * best first, nearer in time first on a tie. Candidates are, for each linked entity of the article, the
 * articles that mention it nearest in time (up to RELATED_WINDOW on each side): the cost per article is
 * bounded, also for an entity that half the archive mentions, and topics alone (broad: a survey article
 * has most of them) do not make an article related. Computed once per article for both languages.
 */
export function relatedArticles(archive: Archive, article: ArticleView, limit = 4): ArticleView[] {
	const cached = relatedCache.get(article);
	if (cached) return cached;
	const at = archive.chronologicalIndex.get(article)!;
	const shared = new Map<ArticleView, number>();
	for (const e of article.record.entities) {
		const entity = archive.entities.get(e.id);
		if (!entity?.link) continue;
		const list = entity.articles;
		// The article's own place in the entity's (chronological) list.
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (archive.chronologicalIndex.get(list[mid]!.article)! < at) lo = mid + 1;
			else hi = mid;
		}
		for (const { article: other } of list.slice(
			Math.max(0, lo - RELATED_WINDOW),
			lo + RELATED_WINDOW + 1,
		)) {
			if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	const topics = new Set(article.record.topics);
	const distance = (a: ArticleView) => Math.abs(archive.chronologicalIndex.get(a)! - at);
	const related = [...shared]
		.map(([a, n]) => ({ a, score: n * 2 + a.record.topics.filter((t) => topics.has(t)).length }))
		.sort(
			(x, y) =>
				y.score - x.score ||
				distance(x.a) - distance(y.a) ||
				compareDates(y.a.record.date, x.a.record.date) ||
				x.a.slug.localeCompare(y.a.slug),
		)
		.slice(0, limit)
		.map((x) => x.a);
	relatedCache.set(article, related);
	return related;
}

const commonCache = new WeakMap<TopicView, EntityView[]>();

/** The entities a topic's articles mention most (at most `limit`), computed once per topic. */
export function commonEntities(archive: Archive, topic: TopicView, limit = 12): EntityView[] {
	let common = commonCache.get(topic);
	if (!common) {
		const counts = new Map<string, number>();
		for (const a of topic.articles)
			for (const e of a.record.entities) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
		common = [...counts.entries()]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, limit)
			.map(([id]) => archive.entities.get(id)!)
			.filter(Boolean);
		commonCache.set(topic, common);
	}
	return common;
}

/** Rows of an indicator's value table per page. */
export function valuesPageSize(): number {
	return pageSize() * 4;
}

/** Link to the row of figure `n` of an article on its indicator's pages. */
export function valueRowHref(
	archive: Archive,
	article: ArticleView,
	n: number,
	lang: Lang,
): string {
	const metric = article.record.metrics[n]!;
	const row = archive.valueRow.get(`${article.slug}--${n}`) ?? 0;
	return `${routes.metric(lang, metric.indicator, Math.floor(row / valuesPageSize()) + 1)}#${anchors.metricValue(article.slug, n)}`;
}

/** Previous (older) and next (newer) dated article (`chronological` puts the undated last). */
export function neighbours(
	archive: Archive,
	article: ArticleView,
): { previous?: ArticleView; next?: ArticleView } {
	if (!article.record.date) return {};
	const i = archive.chronologicalIndex.get(article)!;
	const next = archive.chronological[i + 1];
	return { previous: archive.chronological[i - 1], next: next?.record.date ? next : undefined };
}

/** Title of an article in a language: the translation's title in English when there is one. */
export function articleTitle(article: ArticleView, lang: Lang): { text: string; lang: Lang } {
	if (lang === 'en' && article.record.translation)
		return { text: article.record.translation.title, lang: 'en' };
	return { text: article.record.title, lang: 'zh' };
}

/**
 * An article's summary in a language, whole (callers shorten it): in English the translation's
 * `summary` (undefined for an untranslated article); in Chinese the text of the first block that is a
 * lede or a paragraph, skipping headings, captions and credits (undefined when there is none). Used by
 * article lists, the RSS feeds and the article page's meta description.
 */
export function articleSummary(
	record: Pick<ArticleEntry, 'blocks' | 'translation'>,
	lang: Lang,
): string | undefined {
	if (lang === 'en') return record.translation?.summary;
	return record.blocks.find((b) => b.type === 'lede' || b.type === 'paragraph')?.text;
}

/** Entity and indicator display names. */
export function nameIn(name: { zh: string; en: string }, lang: Lang): string {
	return name[lang];
}

/**
 * Where the sentence of figure `n` is, seen from a page in `lang`: the figure itself in this
 * language's text when it is there, else in the Chinese text, else the block it was read from (two
 * figures read from the same characters share one `<Figure>` in the MDX).
 */
export function figureHref(article: ArticleView, n: number, lang: Lang): string {
	if (article.figuresInBody[lang].has(n))
		return `${routes.article(lang, article.slug)}#${anchors.figure(n)}`;
	if (article.figuresInBody.zh.has(n))
		return `${routes.article('zh', article.slug)}#${anchors.figure(n)}`;
	const block = article.record.metrics[n]?.block ?? 0;
	const page = lang === 'en' && article.translated ? 'zh' : lang;
	return `${routes.article(page, article.slug)}#${anchors.block(block)}`;
}

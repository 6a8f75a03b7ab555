/**
 * The archive as the pages see it: every article (record + its zh/en MDX entries) in date order, and
 * the indexes built from the records — entities, topics, indicators — plus related articles and
 * previous/next. Built once per build and memoised.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Metric, EntityRef } from '../schemas/article.ts';
import { glossaries } from './glossary.ts';
import { anchors, routes, type Lang } from './routing/index.ts';

export interface ArticleView {
	slug: string;
	record: Article;
	zh: CollectionEntry<'articles'>;
	/** The English translation's MDX entry, when the article is translated. */
	en: CollectionEntry<'articles'> | undefined;
	/** Metric indices that appear as `<Figure>` in each language's body. */
	figuresInBody: Record<Lang, Set<number>>;
}

export interface MetricRef {
	article: ArticleView;
	index: number;
	metric: Metric;
}

export interface EntityView {
	id: string;
	type: EntityRef['type'];
	name: { zh: string; en: string };
	/** False when the glossary says its mentions are not linked in the text. */
	link: boolean;
	/** Articles that mention it, oldest first. */
	articles: { article: ArticleView; count: number }[];
	/** Figures in blocks that mention it. */
	metrics: MetricRef[];
}

export interface TopicView {
	id: string;
	name: { zh: string; en: string };
	articles: ArticleView[];
}

export interface IndicatorView {
	id: string;
	label: { zh: string; en: string };
	/** Every value, oldest first, undated last. */
	values: MetricRef[];
}

export interface Archive {
	/** Newest first; undated last. */
	articles: ArticleView[];
	/** Oldest first; undated last. */
	chronological: ArticleView[];
	bySlug: Map<string, ArticleView>;
	entities: Map<string, EntityView>;
	topics: Map<string, TopicView>;
	indicators: Map<string, IndicatorView>;
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

function figureIndices(body: string | undefined): Set<number> {
	return new Set([...(body ?? '').matchAll(/<Figure\s+metric="(\d+)"/g)].map((m) => Number(m[1])));
}

let archivePromise: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
	archivePromise ??= build();
	return archivePromise;
}

async function build(): Promise<Archive> {
	const [records, entries] = await Promise.all([getCollection('records'), getCollection('articles')]);
	const mdx = new Map(entries.map((e) => [e.id, e]));
	const gl = glossaries();

	const views: ArticleView[] = [];
	for (const r of records) {
		const slug = r.data.slug;
		const zh = mdx.get(`zh/${slug}`);
		if (!zh) throw new Error(`content: record ${slug} has no zh/${slug}.mdx`);
		const en = mdx.get(`en/${slug}`);
		views.push({
			slug,
			record: r.data,
			zh,
			en,
			figuresInBody: { zh: figureIndices(zh.body), en: figureIndices((en ?? zh).body) },
		});
	}
	const chronological = [...views].sort(byDateAsc);
	const articles = [...chronological].filter((a) => a.record.date).reverse().concat(chronological.filter((a) => !a.record.date));

	const entities = new Map<string, EntityView>();
	const topics = new Map<string, TopicView>();
	const indicators = new Map<string, IndicatorView>();
	for (const article of chronological) {
		const { record } = article;
		for (const e of record.entities) {
			const g = gl.entities.get(e.id);
			let view = entities.get(e.id);
			if (!view) {
				view = { id: e.id, type: e.type, name: g ? { zh: g.zh, en: g.en } : e.name, link: g?.link !== false, articles: [], metrics: [] };
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
				view = { id, name: g ? { zh: g.zh, en: g.en } : { zh: id, en: id }, articles: [] };
				topics.set(id, view);
			}
			view.articles.push(article);
		}
		record.metrics.forEach((metric, index) => {
			const g = gl.indicators.get(metric.indicator);
			let view = indicators.get(metric.indicator);
			if (!view) {
				view = { id: metric.indicator, label: g ? { zh: g.zh, en: g.en } : metric.label, values: [] };
				indicators.set(metric.indicator, view);
			}
			view.values.push({ article, index, metric });
		});
	}
	return { articles, chronological, bySlug: new Map(views.map((v) => [v.slug, v])), entities, topics, indicators };
}

/** Articles sharing entities (2 points each) and topics (1 point each), best first. */
export function relatedArticles(archive: Archive, article: ArticleView, limit = 4): ArticleView[] {
	const entities = new Set(article.record.entities.map((e) => e.id));
	const topics = new Set(article.record.topics);
	return archive.articles
		.filter((a) => a !== article)
		.map((a) => ({
			a,
			score:
				a.record.entities.filter((e) => entities.has(e.id)).length * 2 + a.record.topics.filter((t) => topics.has(t)).length,
		}))
		.filter((x) => x.score > 0)
		.sort((x, y) => y.score - x.score || compareDates(y.a.record.date, x.a.record.date))
		.slice(0, limit)
		.map((x) => x.a);
}

/** Previous (older) and next (newer) dated article. */
export function neighbours(archive: Archive, article: ArticleView): { previous?: ArticleView; next?: ArticleView } {
	const dated = archive.chronological.filter((a) => a.record.date);
	const i = dated.indexOf(article);
	if (i < 0) return {};
	return { previous: dated[i - 1], next: dated[i + 1] };
}

/** Title of an article in a language: the translation's title in English when there is one. */
export function articleTitle(article: ArticleView, lang: Lang): { text: string; lang: Lang } {
	if (lang === 'en' && article.record.translation) return { text: article.record.translation.title, lang: 'en' };
	return { text: article.record.title, lang: 'zh' };
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
	if (article.figuresInBody[lang].has(n)) return `${routes.article(lang, article.slug)}#${anchors.figure(n)}`;
	if (article.figuresInBody.zh.has(n)) return `${routes.article('zh', article.slug)}#${anchors.figure(n)}`;
	const block = article.record.metrics[n]?.block ?? 0;
	const page = lang === 'en' && article.en ? 'zh' : lang;
	return `${routes.article(page, article.slug)}#${anchors.block(block)}`;
}

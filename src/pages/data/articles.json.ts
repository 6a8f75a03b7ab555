/** `/data/articles.json`: one entry per article with its titles, date, page URLs and record URL. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../utils/archive.ts';
import { absoluteUrl, routes } from '../../utils/routing/index.ts';

/** `/data/articles.json` from every record of the archive, newest first (undated last), with absolute URLs. */
export const GET: APIRoute = async ({ site }) => {
	const archive = await getArchive();
	const articles = archive.articles.map(({ slug, record }) => ({
		slug,
		id: record.id,
		title: record.title,
		titleEn: record.translation?.title ?? null,
		date: record.date,
		datePrecision: record.datePrecision,
		source: record.source,
		translated: record.translation !== null,
		topics: record.topics,
		entities: record.entities.map((e) => e.id),
		figures: record.metrics.length,
		url: {
			zh: absoluteUrl(routes.article('zh', slug), site),
			en: absoluteUrl(routes.article('en', slug), site),
		},
		record: absoluteUrl(routes.dataRecord(slug), site),
	}));
	return new Response(JSON.stringify({ articles }, null, 2) + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

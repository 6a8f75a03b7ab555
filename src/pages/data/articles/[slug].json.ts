/** `/data/articles/<slug>.json`: the full record of one article, as the ingest wrote it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../utils/archive.ts';
import { fullRecord } from '../../../utils/cleaning.ts';

/** One `/data/articles/<slug>.json` per article of the archive. */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.articles.map((a) => ({ params: { slug: a.slug } }));
}) satisfies GetStaticPaths;

/**
 * The record of `<slug>` (`Article`, `src/schemas/article.ts`): the collection's entry with its cleaning
 * report read back from its file (`fullRecord`), pretty-printed JSON.
 */
export const GET: APIRoute = async ({ params }) => {
	const article = (await getArchive()).bySlug.get(params.slug!)!;
	return new Response(JSON.stringify(fullRecord(article.record), null, 2) + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

/**
 * `/cards/<slug>.png`: an article's share card (1200 × 630), used by both language pages as
 * `og:image`, `twitter:image` and the NewsArticle JSON-LD `image`. Served from the card cache when
 * the card's content is unchanged (`utils/card/`), so rebuilds render only new or changed cards.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../utils/archive.ts';
import { card, renderCardsAhead } from '../../utils/card/index.ts';
import { cardInput } from '../../utils/card/input.ts';

/** One `/cards/<slug>.png` per article of the archive; starts drawing the uncached cards ahead (`renderCardsAhead`). */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	// Astro asks every route for its paths before rendering any page: the cards not cached yet are
	// drawn in worker threads meanwhile.
	renderCardsAhead(archive.articles.map((a) => cardInput(a.record)));
	return archive.articles.map((a) => ({ params: { slug: a.slug } }));
}) satisfies GetStaticPaths;

/** The PNG card of the article `<slug>` from its record: cached, drawn ahead, or rendered now. */
export const GET: APIRoute = async ({ params }) => {
	const record = (await getArchive()).bySlug.get(params.slug!)!.record;
	const png = await card(cardInput(record));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

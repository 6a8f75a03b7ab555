/**
 * `/cards/<slug>.png`: an article's share card (1200 × 630), used by both language pages as
 * `og:image`, `twitter:image` and the NewsArticle JSON-LD `image`. Served from the card cache when
 * the card's content is unchanged (`utils/card/`), so rebuilds render only new or changed cards.
 *
 * The first segment is a parameter that is always `cards`, for the order of the build: Astro renders
 * routes whose first segment is static (`/data/…`) before those whose first segment is a parameter
 * (`/[lang]/…`), and among those, static second segments first. Here the cards come after the pages,
 * so the worker threads that draw them (started below) work while the pages render, instead of the
 * build waiting on them at its start.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../utils/archive.ts';
import { card, renderCardsAhead } from '../../utils/card/index.ts';
import { cardInput } from '../../utils/card/input.ts';

/** One `/cards/<slug>.png` per article (`cards` is the only value of the first segment) of the archive; starts drawing the uncached cards ahead (`renderCardsAhead`). */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	// Astro asks every route for its paths before rendering any page: the cards not cached yet are
	// drawn in worker threads meanwhile.
	renderCardsAhead(archive.articles.map((a) => cardInput(a.record)));
	return archive.articles.map((a) => ({ params: { cards: 'cards', slug: a.slug } }));
}) satisfies GetStaticPaths;

/** The PNG card of the article `<slug>` from its record: cached, drawn ahead, or rendered now. */
export const GET: APIRoute = async ({ params }) => {
	const record = (await getArchive()).bySlug.get(params.slug!)!.record;
	const png = await card(cardInput(record));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

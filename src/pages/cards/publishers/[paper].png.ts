/** `/cards/publishers/<paper>.png`: the wordmark of each newspaper of the archive (JSON-LD publisher logo), cached like the cards. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../utils/archive.ts';
import { logo } from '../../../utils/card/index.ts';
import { paperId } from '../../../utils/card/input.ts';
import { romanise } from '../../../utils/names.ts';

/** One `/cards/publishers/<paper>.png` per newspaper name (`source.name`) found in the records; `<paper>` is `paperId(name)`. */
export const getStaticPaths = (async () => {
	const names = new Set((await getArchive()).articles.map((a) => a.record.source.name));
	return [...names].map((name) => ({ params: { paper: paperId(name) }, props: { name } }));
}) satisfies GetStaticPaths;

/** The PNG wordmark of one paper: its Chinese name with its pinyin (`romanise`). */
export const GET: APIRoute = async ({ props }) => {
	const { name } = props as { name: string };
	return new Response(new Uint8Array(await logo(name, romanise(name, 'title'))), {
		headers: { 'Content-Type': 'image/png' },
	});
};

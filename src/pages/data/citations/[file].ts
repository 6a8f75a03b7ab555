/**
 * `/data/citations/<slug>.ris`, `.bib` and `.csl.json`: an article's reference for Zotero, EndNote,
 * BibTeX and CSL processors (`utils/cite.ts`), citing the Chinese page (the original).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../utils/archive.ts';
import { bibtex, cslJson, ris } from '../../../utils/cite.ts';
import {
	absoluteUrl,
	citationFormats,
	routes,
	type CitationExt,
} from '../../../utils/routing/index.ts';

const writers: Record<CitationExt, typeof ris> = { ris, bib: bibtex, 'csl.json': cslJson };

/** Three files per article of the archive, one per `citationFormats` entry: `<slug>.ris`, `<slug>.bib`, `<slug>.csl.json`. */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.articles.flatMap((a) =>
		citationFormats.map((f) => ({
			params: { file: `${a.slug}.${f.ext}` },
			props: { slug: a.slug, ext: f.ext, type: f.type },
		})),
	);
}) satisfies GetStaticPaths;

/** One article's reference in one format, written from its record by `utils/cite.ts`, with that format's media type. */
export const GET: APIRoute = async ({ props, site }) => {
	const { slug, ext, type } = props as { slug: string; ext: CitationExt; type: string };
	const record = (await getArchive()).bySlug.get(slug)!.record;
	const body = writers[ext](record, absoluteUrl(routes.article('zh', slug), site));
	return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};

/** `/data/sources/<file>`: each article's source file, byte for byte. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../utils/archive.ts';
import { findSource } from '../../../utils/sources.ts';

/** One `/data/sources/<sourceFile>` per article whose source file is found (`findSource`); articles without one get no file. */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.articles
		.filter((a) => findSource(a.record.sourceFile, a.record.sha256))
		.map((a) => ({ params: { file: a.record.sourceFile }, props: { sha256: a.record.sha256 } }));
}) satisfies GetStaticPaths;

/** The source file's bytes, unchanged, as `text/plain` with the charset the ingest decoded it with. */
export const GET: APIRoute = ({ params, props }) => {
	const source = findSource(params.file!, (props as { sha256: string }).sha256)!;
	return new Response(new Uint8Array(source.bytes), {
		headers: { 'Content-Type': `text/plain; charset=${source.encoding}` },
	});
};

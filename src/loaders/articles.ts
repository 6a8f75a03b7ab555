/**
 * Content Layer loader for the articles: every `zh/<slug>.mdx` of the content directory (with its
 * `en/<slug>.mdx` and `cleaning/<slug>.json`) becomes one entry, id = slug, data = the article record
 * (`readArticle`, src/utils/article-mdx.ts, which validates all three files) without the cleaning
 * report's messages (`ArticleEntry`: they are read from their file by the pages that show them,
 * src/utils/cleaning.ts), validated by the collection's schema.
 *
 * The MDX is parsed (Sätteri), never compiled into JavaScript modules: compiling 20,000 MDX modules was
 * most of a 10,000-article build's time and memory. Pages render the body with the same components as
 * before (`components/ArticleBody.astro`). Anything outside the article vocabulary fails the build with
 * `file:line:column: reason` (an `ArticleFileError`), every bad file listed, not only the first.
 *
 * Incremental: each entry's digest is that of its three files' text; an entry whose digest is already in
 * Astro's data store (kept between builds in its cache) is not parsed or validated again. Entries whose
 * files are gone are deleted.
 */
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import {
	ArticleFileError,
	articleSlugs,
	readArticle,
	readArticleFiles,
} from '../utils/article-mdx.ts';

/** Loader over `dir` (an absolute content directory). */
export function articleLoader(dir: string): Loader {
	return {
		name: 'archive-articles',
		load: async ({ store, parseData, generateDigest, logger }) => {
			const slugs = articleSlugs(dir);
			const seen = new Set(slugs);
			const errors: string[] = [];
			let parsed = 0;
			for (const slug of slugs) {
				const { zh, en, cleaning } = readArticleFiles(dir, slug);
				const digest = generateDigest(
					`${zh.text}\u0000${en?.text ?? ''}\u0000${cleaning?.text ?? ''}`,
				);
				if (store.get(slug)?.digest === digest) continue;
				try {
					const record = readArticle({ zh, en, cleaning });
					if (record.slug !== slug)
						throw new ArticleFileError(
							zh.path,
							2,
							1,
							`slug ${record.slug} differs from the file name`,
						);
					// The cleaning report's messages stay in their file (`ArticleEntry`, src/utils/cleaning.ts).
					const { messages: _messages, ...report } = record.cleaning;
					const data = await parseData({
						id: slug,
						data: { ...record, cleaning: report },
						filePath: join(dir, zh.path),
					});
					store.set({ id: slug, data, digest, filePath: zh.path });
					parsed++;
				} catch (error) {
					errors.push(
						error instanceof ArticleFileError
							? error.message
							: `${zh.path}: ${(error as Error).message}`,
					);
				}
			}
			for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
			if (errors.length) {
				throw new Error(
					`${errors.length} article file(s) outside the article format (see src/utils/article-mdx.ts):\n${errors.join('\n')}`,
				);
			}
			logger.info(`${slugs.length} articles, ${parsed} parsed, ${slugs.length - parsed} unchanged`);
		},
	};
}

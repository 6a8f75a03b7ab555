/**
 * The content collection `articles`, read from the ingest's output directory (`ARCHIVE_CONTENT_DIR`,
 * default `content/`): one entry per `zh/<slug>.mdx` (with `en/<slug>.mdx` and `cleaning/<slug>.json`),
 * id = slug, validated with the one Article schema (as `articleEntrySchema`: the cleaning report's
 * messages stay in their file, read by the pages that show them). The MDX files are the articles: the loader
 * (`loaders/articles.ts`) parses them into records without compiling them into modules (see the README,
 * "Large archives"); every page is rendered from those records. And `docs`, the archive's editorial pages.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleEntrySchema } from './schemas/article.ts';
import { articleLoader } from './loaders/articles.ts';
import { config } from './utils/config.ts';

const articles = defineCollection({
	loader: articleLoader(config.contentDir),
	schema: articleEntrySchema,
});

/**
 * The archive's own editorial pages, `src/docs/<lang>/<doc>.mdx` (id `<lang>/<doc>`), compiled by
 * `@astrojs/mdx`: a handful of documents, with components (`components/docs/`), rendered by
 * `pages/[lang]/about/[...doc].astro`.
 */
const docs = defineCollection({
	loader: glob({ pattern: '{zh,en}/*.mdx', base: './src/docs' }),
	schema: z.strictObject({
		title: z.string().min(1),
		description: z.string().min(1),
		/** Position in the documents' navigation. */
		order: z.number().int(),
	}),
});

export const collections = { articles, docs };

/**
 * Content collections, read from the ingest's output directory (`ARCHIVE_CONTENT_DIR`, default
 * `content/`):
 * - `records`: `records/<slug>.json`, one full record per article, id = slug;
 * - `articles`: `zh/<slug>.mdx` and `en/<slug>.mdx`, id = `zh/<slug>` / `en/<slug>`.
 * Both are validated with the shared schemas the ingest writes them with.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { articleSchema, frontmatterSchema } from './schemas/article.ts';
import { contentDir } from './utils/paths.ts';

const base = pathToFileURL(contentDir + '/');

const records = defineCollection({
	loader: glob({ pattern: 'records/*.json', base, generateId: ({ entry }) => entry.replace(/^records\//, '').replace(/\.json$/, '') }),
	schema: articleSchema,
});

const articles = defineCollection({
	loader: glob({ pattern: '{zh,en}/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
	schema: frontmatterSchema,
});

export const collections = { records, articles };

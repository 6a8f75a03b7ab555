/**
 * The content collection, read from the ingest's output directory (`ARCHIVE_CONTENT_DIR`, default
 * `content/`): `records/<slug>.json`, one full record per article, id = slug, validated with the
 * Article schema the ingest writes it with.
 *
 * The site renders every page from the records (the body with `components/ArticleBody.astro`). The
 * MDX files beside them (`zh/`, `en/`) are the same articles as portable documents for readers and
 * other tools; they are not compiled into the site: at 10,000 articles, compiling 10,000+ MDX modules
 * took most of the build's time and memory (see the README, "Large archives").
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { articleSchema } from './schemas/article.ts';
import { config } from './utils/config.ts';

const base = pathToFileURL(config.contentDir + '/');

const records = defineCollection({
	loader: glob({ pattern: 'records/*.json', base, generateId: ({ entry }) => entry.replace(/^records\//, '').replace(/\.json$/, '') }),
	schema: articleSchema,
});

export const collections = { records };

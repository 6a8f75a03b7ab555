/**
 * The content collection `articles`, read from the ingest's output directory (`ARCHIVE_CONTENT_DIR`,
 * default `content/`): one entry per `zh/<slug>.mdx` (with `en/<slug>.mdx` and `cleaning/<slug>.json`),
 * id = slug, validated with the one Article schema. The MDX files are the articles: the loader
 * (`loaders/articles.ts`) parses them into records without compiling them into modules (see the README,
 * "Large archives"); every page is rendered from those records.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { articleLoader } from './loaders/articles.ts';
import { contentDir } from './utils/paths.ts';

const articles = defineCollection({ loader: articleLoader(contentDir), schema: articleSchema });

export const collections = { articles };

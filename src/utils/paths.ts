/**
 * Where the build reads its inputs. Relative paths resolve from the working directory (the project
 * root when run through npm or astro). See astro.config.mjs for the list of environment variables.
 */
import { resolve } from 'node:path';

/** The ingest's output: `records/*.json`, `zh/*.mdx`, `en/*.mdx`, `manifest.json`, optional `sources/`. */
export const contentDir = resolve(process.env.ARCHIVE_CONTENT_DIR || 'content');
/** Glossaries: `topics.yaml`, `entities.yaml`, `indicators.yaml`. */
export const dataDir = resolve(process.env.ARCHIVE_DATA_DIR || 'data');
/** Fallback location of the original source files (the seeds). */
export const sourcesDir = resolve(process.env.ARCHIVE_SOURCES_DIR || 'seeds');

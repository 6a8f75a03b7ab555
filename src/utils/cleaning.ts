/**
 * An article's cleaning report with its messages, read from `<content dir>/cleaning/<slug>.json` when
 * a page shows it (the source panel, the record download). The `articles` collection keeps only the
 * report's counts (`ArticleEntry`, src/schemas/article.ts): the messages are about half of a record, and
 * Astro's data store is held in memory and compiled into one module, so they stay out of it.
 *
 * Not validated again: the collection's loader (`src/loaders/articles.ts`) validates the file with
 * `cleaningSchema` in every build whose digest of it changed, and a build does not change its inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	articlePaths,
	type Article,
	type ArticleEntry,
	type CleaningReport,
} from '../schemas/article.ts';
import { config } from './config.ts';

/**
 * The cleaning report of article `slug` (`CleaningReport`: stages, messages, coverage) as written by
 * the ingest. Throws an `Error` naming the file when it cannot be read or is not JSON (a file removed or
 * edited during a build).
 */
export function cleaningReport(slug: string, dir = config.contentDir): CleaningReport {
	const file = join(dir, articlePaths(slug).cleaning);
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as CleaningReport;
	} catch (error) {
		throw new Error(`${file}: cannot read the cleaning report: ${(error as Error).message}`, {
			cause: error,
		});
	}
}

/**
 * The whole record of an article (`Article`, as the ingest wrote it and `/data/articles/<slug>.json`
 * publishes it): the collection's entry with its cleaning report read back, keys in the entry's order.
 */
export function fullRecord(entry: ArticleEntry, dir = config.contentDir): Article {
	return { ...entry, cleaning: cleaningReport(entry.slug, dir) };
}

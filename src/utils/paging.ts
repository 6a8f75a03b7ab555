/**
 * Long article lists (a topic, an entity, a year of the timeline) are split into pages of
 * `pageSize()` articles, so that no listing page grows with the archive: at 10,000 articles a topic
 * lists thousands. `ARCHIVE_PAGE_SIZE` (build time, default 50, see src/utils/config.ts) sets the size;
 * the browser tests use a small one so that the seeds exercise pagination.
 */
import { config } from './config.ts';

/** Articles per list page (`ARCHIVE_PAGE_SIZE`, a positive integer). */
export function pageSize(): number {
	return config.pageSize;
}

/**
 * Number of pages for `count` items (at least one, so an empty list still has its page).
 * Never throws.
 */
export function pageCount(count: number, size = pageSize()): number {
	return Math.max(1, Math.ceil(count / size));
}

/** The items of page `page` (1-based). Never throws. */
export function pageItems<T>(items: readonly T[], page: number, size = pageSize()): T[] {
	return items.slice((page - 1) * size, page * size);
}

/**
 * `getStaticPaths` entries for a paginated list: page 1 without a `page` param (`…/topics/x/`), later
 * pages with it (`…/topics/x/2/`), for an `[...page].astro` route. Never throws.
 */
export function pageParams<P extends Record<string, string>>(
	params: P,
	count: number,
	size = pageSize(),
): { params: P & { page: string | undefined } }[] {
	return Array.from({ length: pageCount(count, size) }, (_, i) => ({
		params: { ...params, page: i === 0 ? undefined : String(i + 1) },
	}));
}

/** The page number of an `[...page]` param (`undefined` → 1; not validated: a non-number gives `NaN`). */
export function pageNumber(param: string | undefined): number {
	return param === undefined ? 1 : Number(param);
}

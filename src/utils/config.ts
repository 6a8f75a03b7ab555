/**
 * The site configuration: the environment read once, validated by `siteEnvSchema`
 * (`src/schemas/config.ts`), with derived values (absolute directories, the normalised base path).
 * `astro.config.mjs`, the Pagefind integration, every page and util, and the scripts that build or
 * read a site import `config` from here; nothing else reads `process.env.ARCHIVE_*`.
 */
import { resolve } from 'node:path';
import { siteEnvSchema } from '../schemas/config.ts';

/** The site configuration with derived values: absolute directories, the normalised base path. */
export interface SiteConfig {
	/** Absolute path of the ingest's output (`ARCHIVE_CONTENT_DIR`). */
	contentDir: string;
	/** Absolute path of the glossaries (`ARCHIVE_DATA_DIR`). */
	dataDir: string;
	/** Absolute path of the fallback source files (`ARCHIVE_SOURCES_DIR`). */
	sourcesDir: string;
	/** Base path with one leading and one trailing slash: `/` or `/archive/` (`ARCHIVE_BASE`). */
	base: string;
	/** Absolute origin (`ARCHIVE_SITE`). */
	site: string;
	/** Build output directory as given, relative to the working directory (`ARCHIVE_OUT_DIR`). */
	outDir: string;
	/** Articles per list page (`ARCHIVE_PAGE_SIZE`). */
	pageSize: number;
	/** Whether `astro build` writes the Pagefind index (`ARCHIVE_PAGEFIND` ≠ `0`). */
	pagefind: boolean;
	/** Absolute path of the share-card cache (`ARCHIVE_CARD_CACHE`). */
	cardCache: string;
	/** Absolute path of the formatted-reference cache (`ARCHIVE_CITATION_CACHE`). */
	citationCache: string;
}

/** `archive/`, `/archive`, `//archive//` → `/archive/`; `/` stays `/`. Never throws. */
export function normaliseBase(raw: string): string {
	return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Read the configuration from an environment (default `process.env`). Empty variables count as unset.
 * Relative directories resolve from the working directory.
 *
 * @throws Error naming each invalid variable and why (`ARCHIVE_PAGE_SIZE: …`).
 */
export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
	const input = Object.fromEntries(
		Object.keys(siteEnvSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
	);
	const parsed = siteEnvSchema.safeParse(input);
	if (!parsed.success) {
		throw new Error(
			`Invalid site configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
		);
	}
	const e = parsed.data;
	return {
		contentDir: resolve(e.ARCHIVE_CONTENT_DIR),
		dataDir: resolve(e.ARCHIVE_DATA_DIR),
		sourcesDir: resolve(e.ARCHIVE_SOURCES_DIR),
		base: normaliseBase(e.ARCHIVE_BASE),
		site: e.ARCHIVE_SITE,
		outDir: e.ARCHIVE_OUT_DIR,
		pageSize: e.ARCHIVE_PAGE_SIZE,
		pagefind: e.ARCHIVE_PAGEFIND !== '0',
		cardCache: resolve(e.ARCHIVE_CARD_CACHE),
		citationCache: resolve(e.ARCHIVE_CITATION_CACHE),
	};
}

/**
 * The configuration of this process, read once when first imported. Importing this module throws
 * (as `readSiteConfig`) when an `ARCHIVE_*` variable is invalid.
 */
export const config: SiteConfig = readSiteConfig();

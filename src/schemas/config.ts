/**
 * The site's build-time configuration, read from the environment once (`src/utils/config.ts`), in the
 * manner of Starlight's user config schema: each variable has its meaning, its one default and its
 * range here, and nowhere else.
 *
 * Unset and empty are the same: `ARCHIVE_BASE=` means the default, never an empty path (the one rule
 * for `??` versus `||`, decided here). An invalid value is an error naming the variable, not a silent
 * fallback to the default.
 *
 * Runs in plain Node and in Astro, so it imports nothing but `astro/zod`.
 */
import { z } from 'astro/zod';

/** A path or URL part: unset or empty → the default. */
const text = (fallback: string) => z.string().min(1).default(fallback);

/**
 * The `ARCHIVE_*` environment variables the site reads, each with its default; parsed once by
 * `readSiteConfig` (`src/utils/config.ts`), which throws naming each invalid variable.
 */
export const siteEnvSchema = z.object({
	/**
	 * The ingest's output: `zh/*.mdx` (the articles), `en/*.mdx`, `cleaning/*.json`, `manifest.json`, optional
	 * `sources/`. Relative to the working directory. Default `content`.
	 */
	ARCHIVE_CONTENT_DIR: text('content'),
	/** The glossaries (`topics.yaml`, `entities.yaml`, `indicators.yaml`). Default `data`. */
	ARCHIVE_DATA_DIR: text('data'),
	/** Where original source files are found when the content dir has no `sources/`. Default `seeds`. */
	ARCHIVE_SOURCES_DIR: text('seeds'),
	/** Base path the site is served under, e.g. `/archive/`; slashes are normalised. Default `/`. */
	ARCHIVE_BASE: text('/'),
	/**
	 * Absolute origin for canonical URLs, hreflang, JSON-LD, RSS and the sitemap. Default
	 * `https://archive.example.com`: set it for production.
	 */
	ARCHIVE_SITE: z.url({ protocol: /^https?$/ }).default('https://archive.example.com'),
	/** Build output directory. Default `./dist`. */
	ARCHIVE_OUT_DIR: text('./dist'),
	/**
	 * Articles per page of a topic, entity or timeline year (indicator value tables: 4×). A positive
	 * integer; default 50.
	 */
	ARCHIVE_PAGE_SIZE: z.coerce.number().int().positive().default(50),
	/** `0` skips the Pagefind index in `astro:build:done` (the bench builds it on its own). Default `1`. */
	ARCHIVE_PAGEFIND: z.enum(['0', '1']).default('1'),
	/**
	 * Where rendered share cards are kept, by a hash of what they show (`src/utils/card/`); delete it to
	 * render every card again. Relative to the working directory. Default `.cache/cards`.
	 */
	ARCHIVE_CARD_CACHE: text('.cache/cards'),
	/**
	 * Where formatted references (GB/T 7714, APA) are kept, by a hash of the item, the style and the
	 * formatter's versions (`src/utils/cite.ts`); delete it to format every reference again. Relative to
	 * the working directory. Default `.cache/citations`.
	 */
	ARCHIVE_CITATION_CACHE: text('.cache/citations'),
});

/** The environment as read: every variable with its value or its default. */
export type SiteEnv = z.infer<typeof siteEnvSchema>;

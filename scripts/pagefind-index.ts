/**
 * `node scripts/pagefind-index.ts <dist>`: builds the search index of an already built site (what the
 * Astro integration does in `astro:build:done`; the bench builds with ARCHIVE_PAGEFIND=0 and times this
 * step on its own). Everything it indexes is in the built pages.
 */
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { config } from '../src/utils/config.ts';

const dist = process.argv[2] ?? config.outDir;
await buildSearchIndex(dist, { log: (s) => console.log(s) });

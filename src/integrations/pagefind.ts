/**
 * Builds the Pagefind index after `astro build`, with Pagefind's Node API. Pagefind splits the index
 * by each page's `<html lang>` (zh-CN, en), indexes only `[data-pagefind-body]` regions, and writes the
 * bundle to `<outDir>/pagefind/`; the search page loads it from `${BASE_URL}pagefind/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function pagefind(): AstroIntegration {
	return {
		name: 'archive-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
				if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
				logger.info(`indexed ${added.page_count} pages`);
				await close();
			},
		},
	};
}

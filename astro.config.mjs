// @ts-check
/**
 * Astro configuration. Every setting that comes from the environment (`ARCHIVE_SITE`, `ARCHIVE_BASE`,
 * `ARCHIVE_OUT_DIR`, …) is read once, with its default, by src/utils/config.ts (schema:
 * src/schemas/config.ts; table: src/README.md).
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { config } from './src/utils/config.ts';

const { site, base } = config;

export default defineConfig({
	site,
	base,
	outDir: config.outDir,
	// Every URL the site writes ends in `/`. `astro preview` would answer `/zh` (no slash) with a bare
	// "Not Found (trailingSlash is set to "always")"; it ignores user Vite plugins, so it is told to
	// ignore the slash instead and serves `/zh` from `zh/index.html`, as static hosts do (they redirect
	// `/zh` to `/zh/`). Every link is absolute, so the page works at either address; its canonical link
	// names the one with the slash. Builds are unaffected.
	trailingSlash: process.argv.includes('preview') ? 'ignore' : 'always',
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	integrations: [
		// The archive's own editorial pages (src/docs/). Articles are not compiled: see src/loaders/articles.ts.
		mdx(),
		sitemap({
			filter: (page) => !/\/(search|404)\/?$/.test(page),
			// Each language page lists both language versions and x-default (the Chinese original);
			// pages outside the language folders (/, /data/) have no alternates.
			serialize(item) {
				const path = new URL(item.url).pathname;
				const m = path.slice(base.length - 1).match(/^\/(zh|en)(\/.*)$/);
				if (!m) return item;
				const url = (/** @type {string} */ lang) => new URL(`${base}${lang}${m[2]}`, item.url).href;
				item.links = [
					{ lang: 'zh-CN', url: url('zh') },
					{ lang: 'en', url: url('en') },
					{ lang: 'x-default', url: m[2] === '/' ? new URL(base, item.url).href : url('zh') },
				];
				return item;
			},
		}),
		pagefind(),
	],
	vite: {
		// Never inline scripts or assets: the Content-Security-Policy in public/_headers allows 'self' only.
		build: { assetsInlineLimit: 0 },
	},
	devToolbar: { enabled: false },
});

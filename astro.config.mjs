// @ts-check
/**
 * Site configuration. Environment (all optional, read at build time):
 *
 * - ARCHIVE_CONTENT_DIR  the ingest's output directory (default `content`), see src/utils/paths.ts
 * - ARCHIVE_DATA_DIR     the glossaries (`topics.yaml`, `entities.yaml`, `indicators.yaml`; default `data`)
 * - ARCHIVE_SOURCES_DIR  where the original source files are found when the content dir has no
 *                        `sources/` folder (default `seeds`)
 * - ARCHIVE_BASE         base path the site is served under, e.g. `/archive/` (default `/`)
 * - ARCHIVE_SITE         absolute origin for canonical URLs, feeds and the sitemap
 *                        (default `https://archive.example.com`; set it for production)
 * - ARCHIVE_OUT_DIR      build output directory (default `dist`; the e2e tests build the root and
 *                        the base-path site side by side)
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

const site = process.env.ARCHIVE_SITE || 'https://archive.example.com';
const rawBase = process.env.ARCHIVE_BASE || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
	site,
	base,
	outDir: process.env.ARCHIVE_OUT_DIR || './dist',
	trailingSlash: 'always',
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

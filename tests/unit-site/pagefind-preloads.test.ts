import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPreloads } from '../../src/integrations/pagefind.ts';

/** A built site with two search pages and a Pagefind entry file, under the base path /archive/. */
function site(): string {
	const dir = mkdtempSync(join(tmpdir(), 'preloads-'));
	mkdirSync(join(dir, 'pagefind'));
	writeFileSync(
		join(dir, 'pagefind', 'pagefind-entry.json'),
		JSON.stringify({
			version: '1.6.0',
			languages: {
				en: { hash: 'en_abc', wasm: 'en', page_count: 2 },
				'zh-cn': { hash: 'zh-cn_def', wasm: null, page_count: 2 },
			},
		}),
	);
	for (const lang of ['zh', 'en']) {
		mkdirSync(join(dir, lang, 'search'), { recursive: true });
		writeFileSync(
			join(dir, lang, 'search', 'index.html'),
			'<html><head><title>x</title><script type="module" src="/archive/_astro/search.abc.js"></script></head><body><div id="search-app" data-pagefind="/archive/pagefind/"></div></body></html>',
		);
	}
	// The page's script imports a shared chunk (found only once the script has arrived) and loads Pagefind dynamically.
	mkdirSync(join(dir, '_astro'));
	writeFileSync(
		join(dir, '_astro', 'search.abc.js'),
		'import{a as e}from"./search-query.X1.js";import"./util.Y2.js";const p=import(`/archive/pagefind/pagefind.js`);',
	);
	return dir;
}

describe('search page preloads', () => {
	it('preload the script, entry, metadata and WASM of the page language, with a fixed entry cache tag', () => {
		const dir = site();
		addPreloads(dir);
		const zh = readFileSync(join(dir, 'zh', 'search', 'index.html'), 'utf8');
		const en = readFileSync(join(dir, 'en', 'search', 'index.html'), 'utf8');
		const tag = /data-pagefind-tag="([0-9a-f]{12})"/.exec(zh)?.[1];
		expect(tag).toBeDefined();
		expect(zh).toContain('<link rel="modulepreload" href="/archive/pagefind/pagefind.js">');
		expect(zh).toContain(
			`<link rel="preload" href="/archive/pagefind/pagefind-entry.json?ts=${tag}" as="fetch" crossorigin>`,
		);
		expect(zh).toContain('href="/archive/pagefind/pagefind.zh-cn_def.pf_meta"');
		expect(zh).toContain('href="/archive/pagefind/wasm.unknown.pagefind"');
		expect(en).toContain('href="/archive/pagefind/pagefind.en_abc.pf_meta"');
		expect(en).toContain('href="/archive/pagefind/wasm.en.pagefind"');
		expect(en).toContain(`data-pagefind-tag="${tag}"`);
		// The script's static imports, so that they load with the script rather than after it.
		expect(zh).toContain('<link rel="modulepreload" href="/archive/_astro/search-query.X1.js">');
		expect(zh).toContain('<link rel="modulepreload" href="/archive/_astro/util.Y2.js">');
		// The links go in the head, once, also when run twice.
		addPreloads(dir);
		const again = readFileSync(join(dir, 'zh', 'search', 'index.html'), 'utf8');
		expect(again).toBe(zh);
		expect(again.indexOf('rel="modulepreload"')).toBeLessThan(again.indexOf('</head>'));
	});
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildSearchIndex,
	excludeSelectors,
	searchDocument,
} from '../../src/integrations/pagefind.ts';

const page = (lang: 'zh' | 'en', title: string, text: string) =>
	`<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><title>${title}</title></head><body>` +
	`<nav>导航 menu</nav><article data-pagefind-body><h1>${title}</h1><p class="article-meta">byline</p><p>${text}</p></article>` +
	`<section>不索引 not indexed</section></body></html>`;

/**
 * A built site with three article pages (two Chinese, one English) and one page without an article
 * region, their folders made in the order given or (`reversed`) the other way round.
 */
function site(reversed = false): string {
	const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
	const pages: [string, string][] = [
		['zh/articles/a', page('zh', '中通客车', '新能源客车出口创新高。')],
		['zh/articles/b', page('zh', '⼀季度', '地区生产总值增长7.3%。')],
		['en/articles/a', page('en', 'Zhongtong Bus', 'New-energy bus exports hit a record.')],
		['en/articles/c', '<!doctype html><html lang="en"><body><p>no region</p></body></html>'],
	];
	for (const [path, html] of reversed ? pages.reverse() : pages) {
		mkdirSync(join(dir, path), { recursive: true });
		writeFileSync(join(dir, path, 'index.html'), html);
	}
	return dir;
}

/** Every file of the search bundle, by path, with its bytes (base64). */
function bundle(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string, rel = '') => {
		for (const e of readdirSync(d, { withFileTypes: true }))
			if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
			else out[`${rel}${e.name}`] = readFileSync(join(d, e.name)).toString('base64');
	};
	walk(join(dir, 'pagefind'));
	return out;
}

describe('search document', () => {
	it('is the page language and the article region, folded and with Han characters set apart; null without a region', () => {
		const doc = searchDocument(page('zh', '⼀季度', '增长'), 'zh')!;
		expect(doc).toMatch(/^<!doctype html><html lang="zh-CN">/);
		expect(doc).toContain('\u200b一\u200b');
		expect(doc).not.toContain('⼀');
		expect(doc).not.toContain('导航');
		expect(doc).not.toContain('不索引');
		expect(searchDocument('<html><body><p>x</p></body></html>', 'en')).toBeNull();
	});
});

describe('search index', () => {
	it('indexes the article pages with a region, in path order: the same bundle whatever order the folders were made in', async () => {
		const one = site();
		expect(await buildSearchIndex(one)).toBe(3);
		const entry = JSON.parse(readFileSync(join(one, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		expect(entry.languages['zh-cn'].page_count).toBe(2);
		expect(entry.languages.en.page_count).toBe(1);
		const other = site(true);
		expect(await buildSearchIndex(other)).toBe(3);
		expect(bundle(other)).toEqual(bundle(one));
	}, 60_000);

	it('writes, one edition at a time, the bundle that one index of every page writes', async () => {
		const dir = site();
		await buildSearchIndex(dir);
		// The same pages handed to one Pagefind index, in the same order.
		const whole = mkdtempSync(join(tmpdir(), 'search-index-whole-'));
		const { createIndex, close } = await import('pagefind');
		try {
			const { index } = await createIndex({ excludeSelectors });
			for (const path of ['zh/articles/a', 'zh/articles/b', 'en/articles/a']) {
				const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
				const lang = path.startsWith('zh') ? 'zh' : 'en';
				await index!.addHTMLFile({
					sourcePath: `${path}/index.html`,
					content: searchDocument(html, lang)!,
				});
			}
			await index!.writeFiles({ outputPath: join(whole, 'pagefind') });
		} finally {
			await close();
		}
		const ours = bundle(dir);
		expect(Object.keys(ours).filter((f) => f.startsWith('fragment/')).length).toBe(3);
		expect(ours).toEqual(bundle(whole));
	}, 60_000);
});

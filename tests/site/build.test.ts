/**
 * The site is built from the article MDX files, end to end (ingest CLI → `astro build`), on an article of
 * our own with a misread word:
 *
 * - an editor's correction file changes the article page (text, the Corrections list, the cleaning
 *   report's count) while the source panel keeps the text as received;
 * - MDX holding an expression, an import, raw HTML or an unknown component fails the build, naming the
 *   file and line.
 *
 * Slow (three site builds); the pages and search index are not what is tested here (ARCHIVE_PAGEFIND=0).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { NODE } from '../ingest/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'site-build-'));
const seeds = join(dir, 'seeds');
const content = join(dir, 'content');
const dist = join(dir, 'dist');
const stem = '710_fedcba9876543210';
const env = {
	...process.env,
	ARCHIVE_CONTENT_DIR: content,
	ARCHIVE_OUT_DIR: dist,
	ARCHIVE_SOURCES_DIR: seeds,
	ARCHIVE_PAGEFIND: '0',
};

const ingest = () =>
	spawnSync(
		NODE,
		['scripts/ingest/cli.ts', '--quiet', '--no-cache', '--in', seeds, '--out', content],
		{ encoding: 'utf8' },
	);
const build = () =>
	spawnSync(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], {
		encoding: 'utf8',
		env,
		maxBuffer: 1 << 26,
	});
const slug = () =>
	(
		JSON.parse(readFileSync(join(content, 'manifest.json'), 'utf8')) as {
			articles: { slug: string }[];
		}
	).articles[0]!.slug;
const page = () => readFileSync(join(dist, 'zh', 'articles', slug(), 'index.html'), 'utf8');
/** The article region of the page (the source panel, which holds the text as received, is outside it). */
const body = (html: string) =>
	html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</article>'));

beforeAll(() => {
	mkdirSync(seeds, { recursive: true });
	writeFileSync(
		join(seeds, `${stem}.txt`),
		'开发区企业新闻\n\n2024年，开发区中中客车实现出口增长，全区营商环境持续优化。\n\n记者 王红\n',
	);
	expect(ingest().status).toBe(0);
});

describe('the site is built from the MDX files', { timeout: 600_000 }, () => {
	test('a correction file changes the article page; the source panel keeps the text as received', () => {
		const before = build();
		expect(before.status, before.stderr).toBe(0);
		expect(body(page())).toContain('中中客车');
		expect(page()).not.toContain('class="corrections"');

		writeFileSync(
			join(seeds, `${stem}.fix.yaml`),
			'corrections:\n  - where: b0\n    found: 中中客车\n    replacement: 中通客车\n    reason: 原版印作中通客车。\n    by: 测试编辑\n    date: "2026-11-30"\n',
		);
		expect(ingest().status).toBe(0);
		const after = build();
		expect(after.status, after.stderr).toBe(0);
		const html = page();
		expect(body(html)).toContain('中通客车');
		expect(body(html)).not.toContain('中中客车');
		const corrections = html.slice(
			html.indexOf('class="corrections"'),
			html.indexOf('</section>', html.indexOf('class="corrections"')),
		);
		expect(corrections).toContain('<del lang="zh-CN">中中客车</del>');
		expect(corrections).toContain('<ins lang="zh-CN">中通客车</ins>');
		expect(corrections).toContain('原版印作中通客车。');
		expect(html).toMatch(/<pre class="original-text"[^>]*>[^<]*中中客车/);
		expect(html).toContain('编辑更正：1处');
	});

	test('MDX holding an expression, an import, raw HTML or an unknown component fails the build, each named with file and line', () => {
		// Four copies of the article under other slugs, each with one construct outside the vocabulary:
		// one build reports all four.
		const good = readFileSync(join(content, 'zh', `${slug()}.mdx`), 'utf8');
		const cleaning = readFileSync(join(content, 'cleaning', `${slug()}.json`), 'utf8');
		const lines = good.split('\n');
		const at = lines.findIndex((l) => l.startsWith('<Para ')) + 1;
		const cases = [
			['expression', '{process.exit(1)}', /expression/],
			['import', "import fs from 'node:fs'", /import\/export/],
			['html', '<div>x</div>', /raw HTML <div>/],
			['component', '<Chart />', /unknown component <Chart>/],
		] as const;
		for (const [name, text] of cases) {
			const other = `${slug()}-${name}`;
			const mdx = [...lines.slice(0, at - 1), text, '', ...lines.slice(at - 1)]
				.join('\n')
				.replace(`slug: "${slug()}"`, `slug: "${other}"`);
			writeFileSync(join(content, 'zh', `${other}.mdx`), mdx);
			writeFileSync(join(content, 'cleaning', `${other}.json`), cleaning);
		}
		const r = build();
		expect(r.status).not.toBe(0);
		const out = r.stdout + r.stderr;
		for (const [name, , reason] of cases) {
			const line = out.split('\n').find((l) => l.includes(`zh/${slug()}-${name}.mdx:${at}:1: `));
			expect(line, `${name}: ${out.slice(-3000)}`).toBeDefined();
			expect(line).toMatch(reason);
		}
	});
});

/**
 * Hostile and malformed input through the ingest: every case ends in a correct article or a clear error
 * naming the file and the reason, and the rest of the archive still builds.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { NODE } from './helpers.ts';
import { readArchive } from '../../src/utils/article-mdx.ts';
import type { Article } from '../../src/schemas/article.ts';

const HOSTILE = 'tests/fixtures/hostile/100_hostile.txt';
const good = '今年以来，开发区经济运行稳中向好，全区GDP增长7.3%，排名全市第2。';
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** name → bytes, and what must come of it: a record (with a check) or an error matching. */
const cases: Record<string, { bytes: Buffer; error?: RegExp; check?: (r: Article) => void }> = {
	'200_empty.txt': { bytes: Buffer.alloc(0), error: /empty \(0 bytes\)/ },
	'201_binary.txt': {
		bytes: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)),
		error: /binary|neither valid UTF-8/,
	},
	'202_nul.txt': {
		bytes: utf8(`标题\n\n${good.slice(0, 10)}\u0000${good.slice(10)}`),
		check: (r) => expect(r.blocks.at(-1)!.text).toBe(good),
	},
	'203_invalid_utf8.txt': {
		bytes: Buffer.concat([
			utf8('标题\n\n'),
			Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd]),
		]),
		error: /neither valid UTF-8|not decode to text|binary/,
	},
	'204_gb18030.txt': {
		bytes: Buffer.from([
			0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x0a, 0xbf, 0xaa, 0xb7, 0xa2, 0xc7, 0xf8, 0xa3, 0xac, 0xba,
			0xc3, 0xa1, 0xa3,
		]),
		check: (r) => expect([r.title, r.blocks[0]!.text]).toEqual(['标题', '开发区，好。']),
	},
	'205_utf16.txt': {
		bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`标题\n\n${good}`, 'utf16le')]),
		check: (r) => expect(r.blocks[0]!.text).toBe(good),
	},
	'206_mixed_eol.txt': {
		bytes: utf8(`标题\r\n\r\n今年以来，开发区经济运行稳中向好，\r全区GDP增长7.3%，\n排名全市第2。`),
		check: (r) => expect(r.blocks[0]!.text).toBe(good),
	},
	'207_invisible.txt': {
		bytes: utf8(
			`标题\n\n今年以来，开发区\u200B经济运行\u200D稳中向好\u0007，全区GDP增长7.3%，排名全市第2。`,
		),
		check: (r) => expect(r.blocks[0]!.text).toBe(good),
	},
	'208_huge.txt': {
		bytes: utf8(
			`巨型文章\n\n${Array.from({ length: 9000 }, () => `${good}园区持续优化营商环境，企业满意度不断提升。`).join('\n\n')}`,
		),
		check: (r) => expect(r.cleaning.coverage.ratio).toBe(1),
	},
	'209_long_line.txt': {
		bytes: utf8(`长行\n\n${good.repeat(700)}`),
		check: (r) => expect(r.blocks[0]!.text.length).toBeGreaterThan(20000),
	},
	'210_bad_yaml.txt': {
		bytes: utf8(`标题\n\n${good}`),
		error: /210_bad_yaml\.meta\.yaml: not valid YAML/,
	},
	'211_unknown_key.txt': {
		bytes: utf8(`标题\n\n${good}`),
		error: /211_unknown_key\.meta\.yaml: unknown key\(s\) publishedOn/,
	},
	'212_escape.txt': {
		bytes: utf8(`标题\n\n${good}`),
		error: /212_escape\.meta\.yaml: slug: slug must be lower-case ASCII/,
	},
	'213_bad_date.txt': {
		bytes: utf8(`标题\n\n${good}`),
		error: /213_bad_date\.meta\.yaml: date: date does not exist/,
	},
	'214_dup_a.txt': {
		bytes: utf8(`标题甲\n\n${good}`),
		check: (r) => expect(r.slug).toBe('same-slug'),
	},
	'215_dup_b.txt': {
		bytes: utf8(`标题乙\n\n${good}`),
		error: /Duplicate slug "same-slug": already used by 214_dup_a\.txt/,
	},
};
const sidecars: Record<string, string> = {
	'210_bad_yaml.meta.yaml': 'date: [2020\n',
	'211_unknown_key.meta.yaml': 'publishedOn: 2020-01-01\n',
	'212_escape.meta.yaml': 'slug: ../../x\n',
	'213_bad_date.meta.yaml': 'date: "2023-02-30"\ndateEvidence: { zh: x, en: x }\n',
	'214_dup_a.meta.yaml': 'slug: same-slug\n',
	'215_dup_b.meta.yaml': 'slug: same-slug\n',
	'216_orphan.meta.yaml': 'date: "2020"\ndateEvidence: { zh: x, en: x }\n',
};

let out: string;
let run: ReturnType<typeof spawnSync>;
let records: Map<string, Article>;

beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
	const seeds = join(dir, 'seeds');
	out = join(dir, 'content');
	mkdirSync(seeds);
	for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(seeds, f));
	copyFileSync(HOSTILE, join(seeds, '100_hostile.txt'));
	for (const [name, c] of Object.entries(cases)) writeFileSync(join(seeds, name), c.bytes);
	for (const [name, text] of Object.entries(sidecars)) writeFileSync(join(seeds, name), text);
	run = spawnSync(NODE, ['scripts/ingest/cli.ts', '--in', seeds, '--out', out, '--no-cache'], {
		encoding: 'utf8',
	});
	// Read back as the site reads them (the MDX files, parsed): hostile text must survive that too.
	records = new Map(readArchive(out).map((r) => [r.sourceFile, r]));
});

describe('hostile and malformed input', () => {
	test('the run exits 1 and the seeds still build', () => {
		expect(run.status).toBe(1);
		for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt')))
			expect(records.has(f)).toBe(true);
	});

	test.each(Object.entries(cases))('%s', (name, c) => {
		if (c.error) {
			expect(records.has(name)).toBe(false);
			const line = String(run.stderr)
				.split('\n')
				.find((l) => l.startsWith(`error ${name}: `));
			expect(line).toMatch(c.error);
		} else {
			expect(String(run.stderr)).not.toContain(`error ${name}`);
			c.check!(records.get(name)!);
		}
	});

	test('a sidecar without an article is named', () => {
		expect(String(run.stderr)).toContain(
			'error 216_orphan.meta.yaml: editorial file without an article: no 216_orphan.txt',
		);
	});

	test('text that MDX, JSX, Markdown or HTML would interpret is kept as text in the record and escaped in the MDX', () => {
		const r = records.get('100_hostile.txt')!;
		const text = r.blocks.map((b) => b.text).join('\n');
		for (const s of [
			'{process.exit(1)}',
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			"import fs from 'fs'",
			'export const leaked = 1',
			'`rm -rf /`',
			'$$E=mc^2$$',
			'[点击](javascript:alert(1))',
			'<!-- 注释 -->',
			'&amp; &lt;b&gt;',
			'\\{ \\} \\<',
			'{/* jsx 注释 */}',
			'{`模板`}',
			'# 不是标题',
		]) {
			expect(text).toContain(s);
		}
		const mdx = readFileSync(join(out, 'zh', `${r.slug}.mdx`), 'utf8').split(/^---$/m)[2]!;
		// The body holds no ASCII punctuation of article text: only the emitted component tags.
		const withoutTags = mdx
			.replace(/<\/?(Heading|Para|Caption|Credit|Mention|Figure)( [a-z]+="[a-z0-9-]+")*>/g, '')
			.replace(/&#\d+;/g, '');
		expect(withoutTags).not.toMatch(/[{}<>`$[\]\\!'"=&#*_|~]/);
	});
});

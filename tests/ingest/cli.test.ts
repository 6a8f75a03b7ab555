/** The ingest contract, as other tools call it: `node scripts/ingest/cli.ts --in <dir> --out <dir> [--check]`. */
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
	existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { NODE } from './helpers.ts';
import { readArchive } from '../../src/utils/article-mdx.ts';

const cli = (...args: string[]) => {
	const r = spawnSync(NODE, ['scripts/ingest/cli.ts', '--quiet', ...args], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
};

let seeds: string;
let out: string;

beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
	seeds = join(dir, 'seeds');
	out = join(dir, 'content');
	spawnSync('mkdir', ['-p', seeds]);
	for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(seeds, f));
});

describe('ingest CLI', () => {
	test('writes MDX (zh, en), cleaning reports and a manifest, no second format; --check passes right after', () => {
		expect(cli('--in', seeds, '--out', out).code).toBe(0);
		expect(readdirSync(join(out, 'cleaning'))).toHaveLength(5);
		expect(existsSync(join(out, 'records'))).toBe(false);
		expect(readdirSync(join(out, 'zh'))).toHaveLength(5);
		expect(readdirSync(join(out, 'en'))).toHaveLength(5);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.errors).toEqual([]);
		expect(cli('--in', seeds, '--out', out, '--check').code).toBe(0);
	});

	test('the repository content/ is up to date with seeds/', () => {
		const r = cli('--check');
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
	});

	test('--check fails when a seed changed, names the stale files, and writes nothing', () => {
		const seed = join(
			seeds,
			readdirSync(seeds).find((f) => f.startsWith('003') && f.endsWith('.txt'))!,
		);
		const before = readFileSync(seed);
		appendFileSync(seed, '\n开发区持续优化营商环境。\n');
		const r = cli('--in', seeds, '--out', out, '--check');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/stale: zh\/2024-06-[a-z0-9-]+\.mdx/);
		expect(r.err).not.toMatch(/edited by hand \(/);
		expect(r.err).toMatch(/is out of date/);
		writeFileSync(seed, before);
		expect(cli('--in', seeds, '--out', out, '--check').code).toBe(0);
	});

	test('bad files are named with the reason, every good article is still written, exit code 1', () => {
		writeFileSync(join(seeds, '900_empty.txt'), '');
		writeFileSync(
			join(seeds, '901_binary.txt'),
			Buffer.from(Array.from({ length: 512 }, (_, i) => i % 9)),
		);
		writeFileSync(
			join(seeds, '902_orphan.meta.yaml'),
			'date: "2020"\ndateEvidence: { zh: x, en: x }\n',
		);
		writeFileSync(
			join(seeds, '903_gbk.txt'),
			Buffer.from([
				0xb2, 0xe2, 0xca, 0xd4, 0xce, 0xc4, 0xd5, 0xc2, 0xa3, 0xac, 0xbf, 0xaa, 0xb7, 0xa2, 0xc7,
				0xf8, 0xa1, 0xa3,
			]),
		); // 测试文章，开发区。
		const r = cli('--in', seeds, '--out', out);
		expect(r.code).toBe(1);
		expect(r.err).toContain('error 900_empty.txt: Cannot read file: it is empty (0 bytes)');
		expect(r.err).toMatch(/error 901_binary\.txt: Cannot read file: it is binary/);
		expect(r.err).toContain(
			'error 902_orphan.meta.yaml: editorial file without an article: no 902_orphan.txt',
		);
		expect(readdirSync(join(out, 'zh'))).toHaveLength(6);
		const gbk = readArchive(out).find((x) => x.sourceFile === '903_gbk.txt')!;
		expect(gbk.blocks[0].text).toBe('测试文章，开发区。');
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.errors.map((e: { file: string }) => e.file)).toEqual([
			'900_empty.txt',
			'901_binary.txt',
			'902_orphan.meta.yaml',
		]);
	});

	test('removing a seed removes its generated files', () => {
		const before = readdirSync(join(out, 'zh')).length;
		spawnSync('rm', [join(seeds, '903_gbk.txt')]);
		cli('--in', seeds, '--out', out);
		expect(readdirSync(join(out, 'zh'))).toHaveLength(before - 1);
		expect(existsSync(join(out, 'manifest.json'))).toBe(true);
	});
});

describe('incremental ingest', () => {
	test('after one changed seed only that seed is ingested, and the output equals a cold run', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ingest-inc-'));
		const s = join(dir, 'seeds');
		spawnSync('mkdir', ['-p', s]);
		for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(s, f));
		// Two articles asking for the same slug: the later one gets its id appended, cached or not.
		for (const ext of ['.txt', '.meta.yaml'])
			copyFileSync(
				join(
					s,
					readdirSync(s).find((f) => f.startsWith('003') && f.endsWith(ext))!,
				),
				join(s, `005_ffffffffffffffff${ext}`),
			);
		const warm = join(dir, 'warm');
		const cold = join(dir, 'cold');
		expect(cli('--in', s, '--out', warm).code).toBe(0);
		appendFileSync(
			join(
				s,
				readdirSync(s).find((f) => f.startsWith('001') && f.endsWith('.txt'))!,
			),
			'\n开发区持续优化营商环境。\n',
		);
		const r = spawnSync(NODE, ['scripts/ingest/cli.ts', '--in', s, '--out', warm], {
			encoding: 'utf8',
		});
		expect(r.stdout).toMatch(/6 article\(s\) \(1 ingested, 5 from cache\)/);
		expect(r.stdout).toMatch(/wrote 4 file\(s\)/); // zh, en, cleaning report, manifest
		expect(cli('--in', s, '--out', cold, '--no-cache').code).toBe(0);
		const tree = (root: string) =>
			['zh', 'en', 'cleaning']
				.flatMap((d) =>
					readdirSync(join(root, d)).map((f) => [
						`${d}/${f}`,
						readFileSync(join(root, d, f), 'utf8'),
					]),
				)
				.concat([['manifest.json', readFileSync(join(root, 'manifest.json'), 'utf8')]]);
		expect(tree(warm)).toEqual(tree(cold));
		expect(readdirSync(join(cold, 'zh')).filter((f) => f.endsWith('-ffffffff.mdx'))).toHaveLength(
			1,
		);
	});
});

describe('corrections are data, content/ is not edited by hand', () => {
	let s: string;
	let o: string;
	let seed: string;
	let slug: string;
	beforeAll(() => {
		const dir = mkdtempSync(join(tmpdir(), 'ingest-fix-'));
		s = join(dir, 'seeds');
		o = join(dir, 'content');
		spawnSync('mkdir', ['-p', s]);
		// A new article of our own (not a seed), with a misread word to correct.
		seed = '700_0123456789abcdef';
		writeFileSync(
			join(s, `${seed}.txt`),
			'开发区新闻\n\n2024年，开发区中中客车实现出口增长，全区营商环境持续优化。\n\n记者 李明\n',
		);
		expect(cli('--in', s, '--out', o).code).toBe(0);
		slug = readArchive(o)[0]!.slug;
	});

	test('--check names a hand-edited article file and says to write a correction instead', () => {
		const path = join(o, 'zh', `${slug}.mdx`);
		const before = readFileSync(path, 'utf8');
		writeFileSync(path, before.replace('中中客车', '中通客车'));
		const r = cli('--in', s, '--out', o, '--check');
		expect(r.code).toBe(1);
		expect(r.err).toContain(`stale: zh/${slug}.mdx: edited by hand`);
		expect(r.err).toContain(join(s, `${seed}.fix.yaml`));
		writeFileSync(path, before);
		expect(cli('--in', s, '--out', o, '--check').code).toBe(0);
	});

	test('a correction file changes the text, is listed in the record and counted, and survives re-runs', () => {
		const para = readArchive(o)[0]!.blocks.find((b) => b.text.includes('中中客车'))!;
		writeFileSync(
			join(s, `${seed}.fix.yaml`),
			`corrections:\n  - where: ${para.id}\n    found: 中中客车\n    replacement: 中通客车\n    reason: The print reads 中通客车.\n    by: Test Editor\n    date: 2026-11-30\n`,
		);
		expect(cli('--in', s, '--out', o).code).toBe(0);
		const r = readArchive(o)[0]!;
		expect(r.blocks.find((b) => b.id === para.id)!.text).toContain('中通客车');
		expect(r.blocks.map((b) => b.text).join('')).not.toContain('中中客车');
		expect(r.corrections).toEqual([
			{
				where: para.id,
				found: '中中客车',
				replacement: '中通客车',
				reason: 'The print reads 中通客车.',
				by: 'Test Editor',
				date: '2026-11-30',
			},
		]);
		expect(r.cleaning.stages.correct).toBe(1);
		expect(r.cleaning.coverage.ratio).toBe(1);
		expect(readFileSync(join(s, `${seed}.txt`), 'utf8')).toContain('中中客车');
		expect(cli('--in', s, '--out', o, '--no-cache').code).toBe(0);
		expect(readArchive(o)[0]!.corrections).toHaveLength(1);
		expect(cli('--in', s, '--out', o, '--check').code).toBe(0);
	});

	test('a correction whose text is no longer found is an error naming the correction file', () => {
		writeFileSync(
			join(s, `${seed}.fix.yaml`),
			`corrections:\n  - where: title\n    found: 不存在的文字\n    replacement: x\n    reason: r\n    by: e\n    date: 2026-11-30\n`,
		);
		const r = cli('--in', s, '--out', o);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(
			new RegExp(
				`error ${seed}\\.txt: ${seed}\\.fix\\.yaml: correction 1 \\(title\\): the text “不存在的文字” is no longer found in title`,
			),
		);
	});
});

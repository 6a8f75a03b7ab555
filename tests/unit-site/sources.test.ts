/**
 * Issue 12 "Source text decoding": the source panel decodes an original with the ingest's one decoder,
 * so a UTF-16 (no BOM), Big5 or mojibake source shows its text, not GB18030 garbage.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { VFile } from 'vfile';
import { decode } from '../../scripts/ingest/decode.ts';

const FIELD = resolve('tests/ingest/field/fixtures');
let sources: typeof import('../../src/utils/sources.ts');

beforeAll(async () => {
	process.env.ARCHIVE_CONTENT_DIR = resolve('tests/fixtures/no-such-content');
	process.env.ARCHIVE_SOURCES_DIR = FIELD;
	sources = await import('../../src/utils/sources.ts');
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const original = (path: string) => readFileSync(`${FIELD}/${path}`, 'utf8');

describe('source panel decoding', () => {
	test.each([
		['08-utf16le-nobom/linhe-utf16le.txt', '08-utf16le-nobom/source-utf8.txt.orig', 'utf-16le'],
		['07-big5/linhe-big5.txt', '07-big5/source-utf8.txt.orig', 'big5'],
		['14-mojibake-cp1252/linhe-mojibake.txt', '14-mojibake-cp1252/source-utf8.txt.orig', 'utf-8'],
		['02-kangxi-radicals/linhe-kangxi.txt', '02-kangxi-radicals/linhe-kangxi.txt', 'utf-8'],
	])('%s shows as the ingest read it', (file, expected, encoding) => {
		const bytes = readFileSync(`${FIELD}/${file}`);
		const s = sources.decodeSource(bytes);
		expect(s.text).toBe(original(expected));
		expect(s.encoding).toBe(encoding);
		// The same text the ingest reads (before its line-end and control-character clean-up).
		expect(s.text.replace(/\r\n?/g, '\n')).toBe(decode(bytes, new VFile()));
	});
	test('findSource finds, verifies and decodes a UTF-16LE source without a BOM', async () => {
		const bytes = readFileSync(`${FIELD}/08-utf16le-nobom/linhe-utf16le.txt`);
		const found = sources.findSource('linhe-utf16le.txt', sha(bytes));
		expect(found).toBeNull(); // not in the folder the module was loaded with (FIELD itself)
		process.env.ARCHIVE_SOURCES_DIR = resolve(FIELD, '08-utf16le-nobom');
		vi.resetModules();
		const fresh = await import('../../src/utils/sources.ts');
		const s = fresh.findSource('linhe-utf16le.txt', sha(bytes))!;
		expect(s.verified).toBe(true);
		expect(s.encoding).toBe('utf-16le');
		expect(s.text.split('\n')[0]).toBe('临河开发区外贸进出口稳中提质');
	});
	test('bytes no encoding reads stay visible (UTF-8 with replacement characters), with no encoding', () => {
		const s = sources.decodeSource(new Uint8Array([0xff, 0xff, 0x41, 0x80]));
		expect(s.encoding).toBeNull();
		expect(s.text).toContain('A');
	});
});

import { describe, expect, test } from 'vitest';
import { decode } from '../../scripts/ingest/decode.ts';
import { messages, vfile } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
	test('plain UTF-8 passes unchanged and reports nothing', () => {
		const f = vfile();
		expect(decode(utf8('开发区\n第二行'), f)).toBe('开发区\n第二行');
		expect(messages(f)).toEqual([]);
	});
	test('UTF-8 BOM is removed and reported', () => {
		const f = vfile();
		expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('开发区')]), f)).toBe('开发区');
		expect(messages(f)).toEqual(['test.txt:1:1: Removed UTF-8 byte-order mark']);
	});
	test('UTF-16 LE and BE with BOM', () => {
		const le = new Uint8Array([0xff, 0xfe, 0x00, 0x5f, 0xd1, 0x53]); // 开发 = U+5F00 U+53D1
		expect(decode(le, vfile())).toBe('开发');
		const be = new Uint8Array([0xfe, 0xff, 0x5f, 0x00, 0x53, 0xd1]);
		expect(decode(be, vfile())).toBe('开发');
	});
	test('GB18030 when the bytes are not UTF-8', () => {
		const f = vfile();
		// 中文 in GBK
		expect(decode(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), f)).toBe('中文');
		expect(messages(f)).toEqual([
			expect.stringMatching(
				/^test\.txt:1:1: Decoded as GB18030: not UTF-8 and no byte-order mark; chosen because/,
			),
		]);
	});
	test('CRLF and CR become LF; zero-width and control characters are removed with their place', () => {
		const f = vfile();
		expect(decode(utf8('甲\r\n乙\r丙\u200B丁\u0007戊'), f)).toBe('甲\n乙\n丙丁戊');
		expect(messages(f)).toEqual([
			'test.txt:1:1: Normalised 2 CR/CRLF line ending(s) to LF',
			'test.txt:3:2: Removed 1 zero-width or invisible character(s)',
			'test.txt:3:3: Removed 1 control character(s)',
		]);
	});
	test('a stray NUL in text is removed, not fatal', () => {
		const f = vfile();
		expect(decode(utf8('开发区的经济数据\u0000很好'), f)).toBe('开发区的经济数据很好');
		expect(f.messages.some((m) => m.fatal)).toBe(false);
	});
	test.each([
		['empty', new Uint8Array(), /empty/],
		['white space only', utf8(' \n\t\n'), /only white space/],
		['binary', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 7) % 32)), /binary/],
		[
			'undecodable',
			new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x80, 0x80]),
			/neither valid UTF-8|not decode to text|binary/,
		],
	])('%s input is fatal with a reason', (_, bytes, reason) => {
		const f = vfile();
		expect(decode(bytes, f)).toBeNull();
		const fatal = f.messages.filter((m) => m.fatal);
		expect(fatal).toHaveLength(1);
		expect(fatal[0]!.reason).toMatch(/^Cannot read file: /);
		expect(fatal[0]!.reason).toMatch(reason);
	});
});

/**
 * Issue 13 "Bytes": field cases 07 (Big5), 08 (UTF-16LE without BOM), 14 (UTF-8 through Windows-1252),
 * and every seed, every field text and new text of our own re-encoded each way: each must decode to
 * the original or be rejected with a reason, never to GB18030 (or any other) mojibake.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { decode } from '../../../scripts/ingest/decode.ts';
import { detectEncoding } from '../../../scripts/ingest/encoding.ts';
import { vfile } from '../helpers.ts';

const FIELD = 'tests/ingest/field/fixtures';
const read = (path: string) => readFileSync(path);
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** New text (not a seed, not a field case): an invented report with figures, in both scripts. */
const NEW_SIMPLIFIED = `东昌湖新区前三季度经济运行稳中向好

本报记者 刘晓燕

今年前三季度，东昌湖新区完成固定资产投资52.4亿元，同比增长6.8%；规模以上工业企业实现营业收入118.6亿元，同比增长9.2%。新区坚持项目为王，新开工亿元以上项目14个，总投资87亿元。

下一步，新区将继续优化营商环境，推动重点项目早投产、早见效，确保全年目标任务圆满完成。`;
const NEW_TRADITIONAL = OpenCC.Converter({ from: 'cn', to: 'tw' })(NEW_SIMPLIFIED);

/** Every UTF-8 text we have: seeds, field inputs that are UTF-8, and the new text. */
function texts(): [string, string][] {
	const out: [string, string][] = [
		['new (Simplified)', NEW_SIMPLIFIED],
		['new (Traditional)', NEW_TRADITIONAL],
	];
	for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt')))
		out.push([`seeds/${name}`, readFileSync(join('seeds', name), 'utf8')]);
	for (const dir of readdirSync(FIELD)) {
		for (const name of readdirSync(join(FIELD, dir)).filter((n) => /\.(txt|orig)$/.test(n))) {
			try {
				const text = utf8(read(join(FIELD, dir, name)));
				if (/\p{Script=Han}/u.test(text)) out.push([`${dir}/${name}`, text]);
			} catch {
				// Big5 and UTF-16 inputs: tested as field cases below.
			}
		}
	}
	return out;
}

/** UTF-8 text decoded as Windows-1252 (WHATWG: undefined bytes become C1 controls), saved as UTF-8. */
const mojibake = (text: string) =>
	new TextEncoder().encode(new TextDecoder('windows-1252').decode(new TextEncoder().encode(text)));
const utf16be = (text: string) => {
	const le = iconv.encode(text, 'utf-16le');
	for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
	return new Uint8Array(le);
};
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const conversions: [string, (text: string) => Uint8Array | null][] = [
	['UTF-16LE without BOM', (t) => new Uint8Array(iconv.encode(t, 'utf-16le'))],
	['UTF-16BE without BOM', utf16be],
	[
		'Big5',
		(t) => {
			// Big5 (CP950, as `iconv -t BIG5` writes it) holds Traditional characters only: convert, and
			// skip texts it cannot represent.
			const trad = toTraditional(t);
			const bytes = iconv.encode(trad, 'cp950');
			return iconv.decode(bytes, 'cp950') === trad ? new Uint8Array(bytes) : null;
		},
	],
	['UTF-8 through Windows-1252', mojibake],
];

describe('every text, re-encoded, decodes to itself or is rejected', () => {
	const all = texts();
	test('the corpus holds the seeds, the field texts and new text', () => {
		expect(all.length).toBeGreaterThanOrEqual(20);
	});
	for (const [kind, convert] of conversions) {
		test.each(all)(`${kind}: %s`, (_, text) => {
			const bytes = convert(text);
			if (bytes === null) return;
			const expected = kind === 'Big5' ? toTraditional(text) : text;
			const result = detectEncoding(bytes);
			if (result.ok) expect(result.text).toBe(expected);
			else expect(result.reason).toMatch(/UTF-16|Big5|GB18030|Windows-1252|mojibake/);
		});
	}
	test('the new text is decoded, not just rejected, in every encoding', () => {
		for (const [kind, convert] of conversions) {
			for (const text of [NEW_SIMPLIFIED, NEW_TRADITIONAL]) {
				const result = detectEncoding(convert(text)!);
				expect(result.ok, kind).toBe(true);
				if (result.ok)
					expect(result.encoding).toBe(
						{
							'UTF-16LE without BOM': 'utf-16le',
							'UTF-16BE without BOM': 'utf-16be',
							Big5: 'big5',
							'UTF-8 through Windows-1252': 'utf-8',
						}[kind],
					);
			}
		}
	});
	test('GB18030 bytes still decode as GB18030', () => {
		const result = detectEncoding(new Uint8Array(iconv.encode(NEW_SIMPLIFIED, 'gb18030')));
		expect(result.ok && result.encoding).toBe('gb18030');
		expect(result.ok && result.text).toBe(NEW_SIMPLIFIED);
	});
});

describe('field case 07: Big5', () => {
	test('decoded as Big5 to the Traditional original, with a message saying how', () => {
		const f = vfile('linhe-big5.txt');
		const text = decode(read(`${FIELD}/07-big5/linhe-big5.txt`), f);
		expect(text).toBe(utf8(read(`${FIELD}/07-big5/source-utf8.txt.orig`)).replace(/\r\n?/g, '\n'));
		expect(text).toContain('臨河開發區對外貿易逆勢增長');
		expect(f.messages.map((m) => m.ruleId)).toContain('encoding');
		expect(f.messages.find((m) => m.ruleId === 'encoding')!.reason).toMatch(/^Decoded as BIG5/);
	});
});

describe('field case 08: UTF-16LE without a byte-order mark', () => {
	test.each(['linhe-utf16le.txt', 'linhe-utf16le-crlf.txt'])(
		'%s is decoded as UTF-16LE',
		(name) => {
			const f = vfile(name);
			const text = decode(read(`${FIELD}/08-utf16le-nobom/${name}`), f);
			expect(text).toBe(
				utf8(read(`${FIELD}/08-utf16le-nobom/source-utf8.txt.orig`)).replace(/\r\n?/g, '\n'),
			);
			expect(text!.split('\n')[0]).toBe('临河开发区外贸进出口稳中提质');
		},
	);
});

describe('field case 14: UTF-8 read as Windows-1252 (mojibake)', () => {
	test('repaired to the original, with a warning', () => {
		const f = vfile('linhe-mojibake.txt');
		const text = decode(read(`${FIELD}/14-mojibake-cp1252/linhe-mojibake.txt`), f);
		expect(text).toBe(utf8(read(`${FIELD}/14-mojibake-cp1252/source-utf8.txt.orig`)));
		const warning = f.messages.find((m) => m.ruleId === 'mojibake')!;
		expect(warning.fatal).toBe(false);
		expect(warning.reason).toMatch(/^Repaired mojibake/);
	});
	test('mojibake that lost a byte (ftfy#217) is rejected naming the reason, not published', () => {
		const bytes = read(`${FIELD}/14-mojibake-cp1252/linhe-mojibake.txt`);
		const broken = utf8(bytes).replace('æ²³', 'æ³'); // 河 lost its middle byte
		const f = vfile();
		expect(decode(new TextEncoder().encode(broken), f)).toBeNull();
		const fatal = f.messages.find((m) => m.fatal)!;
		expect(fatal.ruleId).toBe('mojibake');
		expect(fatal.reason).toMatch(/Windows-1252\/Latin-1 \(mojibake.*cannot be repaired/);
	});
	test('control characters are stripped only after the repair (C1 bytes are part of the text)', () => {
		const f = vfile();
		// 发 = E5 8F 91: 0x8F is undefined in Windows-1252 and passes through as U+008F.
		const text = decode(mojibake(NEW_SIMPLIFIED), f);
		expect(text).toBe(NEW_SIMPLIFIED);
		expect(f.messages.some((m) => m.ruleId === 'control')).toBe(false);
	});
});

describe('implausible or absent Han text', () => {
	test('UTF-8 of GB18030 mojibake (saved after a wrong decode) is fatal: mostly implausible Han', () => {
		const garbled = iconv.decode(iconv.encode(NEW_TRADITIONAL, 'cp950'), 'gb18030');
		const f = vfile();
		expect(decode(new TextEncoder().encode(garbled), f)).toBeNull();
		expect(f.messages.find((m) => m.fatal)!.ruleId).toBe('mis-decoded');
		expect(f.messages.find((m) => m.fatal)!.reason).toMatch(/mostly implausible/);
	});
	test('bytes that no encoding reads as Chinese are rejected, naming the encoding they seem to be', () => {
		// Korean in UTF-16LE (no BOM): decodes as UTF-16LE, but it is not Chinese text.
		const bytes = new Uint8Array(
			iconv.encode('경제개발구 1분기 경제 실적\n총생산 38.6억 위안\n'.repeat(5), 'utf-16le'),
		);
		const f = vfile();
		expect(decode(bytes, f)).toBeNull();
		expect(f.messages.find((m) => m.fatal)!.reason).toMatch(/UTF-16LE without a byte-order mark/);
	});
	test('text without any Han character gets a no-han warning', () => {
		const f = vfile();
		expect(
			decode(new TextEncoder().encode('An English article.\nNo Chinese at all.'), f),
		).not.toBeNull();
		expect(f.messages.find((m) => m.ruleId === 'no-han')?.fatal).toBe(false);
	});
});

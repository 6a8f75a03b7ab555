import { describe, expect, it } from 'vitest';
import {
	findTerms,
	fold,
	foldForMatch,
	foldTerm,
	RADICALS_SUPPLEMENT,
} from '../../src/utils/fold.ts';
import { prng } from '../../scripts/synth/damage.ts';

/** Extraction damage of the kinds `fold` undoes, applied to any text (reverse tables from Unicode's own decompositions). */
const reverse = (from: number, to: number, form: 'NFC' | 'NFKC') => {
	const m = new Map<string, string>();
	for (let cp = from; cp <= to; cp++) {
		const c = String.fromCodePoint(cp);
		const n = c.normalize(form);
		if (n !== c && !m.has(n)) m.set(n, c);
	}
	return m;
};
const KANGXI = reverse(0x2f00, 0x2fd5, 'NFKC');
const COMPAT = reverse(0xf900, 0xfaff, 'NFC');
function damage(
	text: string,
	kind: 'fullwidth' | 'kangxi' | 'compat' | 'spaces',
	seed: number,
): string {
	const rand = prng(seed);
	return [...text]
		.map((c) => {
			if (kind === 'fullwidth' && /[!-~]/.test(c))
				return String.fromCodePoint(c.codePointAt(0)! + 0xfee0);
			if (kind === 'kangxi') return KANGXI.get(c) ?? c;
			if (kind === 'compat') return COMPAT.get(c) ?? c;
			if (kind === 'spaces' && /\p{Script=Han}/u.test(c) && rand() < 0.4) return `${c} `;
			return c;
		})
		.join('');
}

describe('fold', () => {
	it('maps full-width forms, Kangxi radicals, radical-supplement forms and compatibility ideographs', () => {
		expect(fold('ＢＩＰＶ７．３％')).toBe('BIPV7.3%');
		expect(fold('⼀季度地区⽣产总值同比增⻓')).toBe('一季度地区生产总值同比增长');
		expect(fold('国际\uF90A融中心')).toBe('国际金融中心');
		expect(fold('中\u200b通')).toBe('中通');
		expect(fold('增长，７．３％（全市）')).toBe('增长，7.3%（全市）');
	});
	it('drops whitespace between Han characters only, and maps back to the input', () => {
		const f = foldForMatch('实际 使用外资 in Ｑ1');
		expect(f.text).toBe('实际使用外资in q1');
		const [[a, b]] = findTerms('今年实际 使用外资完成', ['实际使用外资']);
		expect('今年实际 使用外资完成'.slice(a, b)).toBe('实际 使用外资');
	});
	it('finds every occurrence of every term, merged where they overlap', () => {
		const s = 'BIPV太阳能发电玻璃，ＢＩＰＶ玻璃';
		expect(findTerms(s, ['BIPV', '玻璃']).map(([a, b]) => s.slice(a, b))).toEqual([
			'BIPV',
			'玻璃',
			'ＢＩＰＶ玻璃',
		]);
		expect(foldTerm('ＢＩＰＶ 太阳能')).toBe('bipv太阳能');
	});
	it('keeps numbers whole', () => {
		expect(findTerms('增长73.3%，7.3%，2.73', ['7.3%'])).toHaveLength(1);
		expect(findTerms('2.73 and 17.3', ['7.3'])).toHaveLength(0);
		expect(findTerms('GDPR and GDP', ['gdp'])).toEqual([[9, 12]]);
	});
	it('English whole words', () => {
		expect(findTerms('brand and band', ['and'], true)).toEqual([[6, 9]]);
		expect(findTerms('BIPV太阳能', ['太阳能'], true)).toEqual([[4, 7]]);
	});
	it('matches terms in text damaged by the synthetic damage functions (new text)', () => {
		const text = '开发区新建冷链物流中心（一期），带动就业3千人，LNG用量下降。';
		for (const kind of ['fullwidth', 'kangxi', 'compat', 'spaces'] as const) {
			const damaged = damage(text, kind, 7);
			expect(damaged, kind).not.toBe(text);
			for (const term of ['冷链物流中心', '（一期）', 'LNG用量', '3千人'])
				expect(findTerms(damaged, [term]), `${kind}: ${damaged}`).toHaveLength(1);
		}
	});
	it('foldForMatch (memoized, one pass) gives what folding each code point by its definition gives', () => {
		// The definition (module comment of fold.ts), written plainly: fold + lower-case each code
		// point, drop whitespace runs next to a Han character, map each output unit to its input code point.
		const reference = (input: string) => {
			const chars: { c: string; from: number; to: number }[] = [];
			let i = 0;
			for (const c of input) {
				const f = (
					RADICALS_SUPPLEMENT[c] ??
					(/[\u200b-\u200d\u2060\ufeff]/.test(c) ? '' : c.normalize('NFKC'))
				).toLocaleLowerCase();
				if (f) chars.push({ c: f, from: i, to: i + c.length });
				i += c.length;
			}
			let text = '';
			const map: [number, number][] = [];
			const put = (x: (typeof chars)[number]) => {
				for (let u = 0; u < x.c.length; u++) map.push([x.from, x.to]);
				text += x.c;
			};
			const space = (c: string) => /^\s+$/u.test(c);
			const han = (c: string) => /\p{Script=Han}/u.test(c);
			for (let k = 0; k < chars.length;) {
				if (!space(chars[k]!.c)) {
					put(chars[k++]!);
					continue;
				}
				// A whitespace run goes when the code unit before or after it is Han.
				let j = k;
				while (j < chars.length && space(chars[j]!.c)) j++;
				const prev = text.at(-1) ?? '';
				const next = chars[j]?.c.charAt(0) ?? '';
				if (!han(prev) && !han(next)) chars.slice(k, j).forEach(put);
				k = j;
			}
			return { text, from: map.map(([a]) => a), to: map.map(([, b]) => b) };
		};
		const alphabet = [
			...'开发区实际使用外资 \u3000\u200bＢＩＰＶ７．３％⼀⻓\uF90A𠀀AbC 1.5%，。\t\n㎡ﬁ',
			// lone surrogates (one code unit each; two in a row may pair up)
			'\ud800',
			'\udc00',
		];
		const random = prng(11);
		for (let n = 0; n < 300; n++) {
			const s = Array.from(
				{ length: 1 + Math.floor(random() * 30) },
				() => alphabet[Math.floor(random() * alphabet.length)],
			).join('');
			expect(foldForMatch(s), JSON.stringify(s)).toEqual(reference(s));
		}
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dedouble, scanPairs } from '../../scripts/ingest/dedouble.ts';
import { doubleGlyphs, wrapColumn } from '../../scripts/synth/damage.ts';
import { lines, messages, vfile } from './helpers.ts';

const fixture = readFileSync(new URL('./fixtures/stages/clean-article.txt', import.meta.url), 'utf8').trim();

describe('dedouble', () => {
	test.each([
		['全全力力建建设设', '全力建设'],
		['11--1100', '1-10'],
		['33..33', '3.3'],
		['((文文//张张超超))', '(文/张超)'],
		['欣欣欣欣向向荣荣', '欣欣向荣'],
		['村村村村通通', '村村通'],
		['11 .. 88万万', '1 . 8万'],
	])('%s → %s', (input, expected) => {
		expect(scanPairs(input)).toMatchObject({ text: expected, singles: 0 });
	});

	test('undoes doubling applied to new text, line by line, and reports each line', () => {
		const damaged = wrapColumn(doubleGlyphs(fixture.split('\n')[0]!), 24);
		const f = vfile();
		const out = dedouble(lines(damaged), f);
		expect(out.lines.map((l) => l.text).join('')).toBe(fixture.split('\n')[0]);
		expect(out.doubled.size).toBe(damaged.split('\n').length);
		expect(messages(f)[0]).toMatch(/^test\.txt:1:1: Undid 12 doubled glyph\(s\)$/);
		expect(f.messages[0]!.actual).toBe(damaged.split('\n')[0]);
	});

	test('leaves ordinary text alone, including real reduplication and short pairs', () => {
		for (const text of [fixture, '谢谢', '人人', '天天向上，欣欣向荣。', '星期六']) {
			const f = vfile();
			expect(dedouble(lines(text), f).lines.map((l) => l.text).join('\n')).toBe(text);
			expect(f.messages).toEqual([]);
		}
	});

	test('a paragraph with one glyph that has no twin is not touched (mixed damage)', () => {
		const f = vfile();
		const text = `${doubleGlyphs('全力建设')}\n多`;
		expect(dedouble(lines(text), f).lines.map((l) => l.text)).toEqual(['全全力力建建设设', '多']);
	});
});

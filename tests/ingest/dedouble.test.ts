import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dedouble, scanPairs } from '../../scripts/ingest/dedouble.ts';
import { doubleGlyphs, doubleRange, wrapColumn } from '../../scripts/synth/damage.ts';
import { lines, messages, vfile } from './helpers.ts';

const fixture = readFileSync(
	new URL('./fixtures/stages/clean-article.txt', import.meta.url),
	'utf8',
).trim();

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
			expect(
				dedouble(lines(text), f)
					.lines.map((l) => l.text)
					.join('\n'),
			).toBe(text);
			expect(f.messages).toEqual([]);
		}
	});

	test('a doubled line over a line printed once: the doubled line is undone and stands alone as a heading', () => {
		// Before partial fake bold was handled, this paragraph was left doubled (all or nothing).
		const f = vfile();
		const text = `${doubleGlyphs('全力建设')}\n多`;
		expect(dedouble(lines(text), f).lines.map((l) => l.text)).toEqual(['', '全力建设', '', '多']);
	});
});

describe('dedouble: fake bold on part of a paragraph', () => {
	const body =
		'一是强化要素保障。园区新建标准厂房12万平方米，村村通公路全部完工，企业天天有人上门服务，欣欣向荣。';
	const undo = (text: string) => {
		const f = vfile();
		const out = dedouble(lines(text), f);
		return { f, text: out.lines.map((l) => l.text).join('\n'), out };
	};

	test.each([13, 12, 9])(
		'a doubled lead-in wrapped at %i characters is undone; reduplication after it survives',
		(width) => {
			const damaged = wrapColumn(doubleRange(body, 0, 9), width);
			const { f, text } = undo(damaged);
			expect(text.replaceAll('\n', '')).toBe(body);
			expect(f.messages.filter((m) => m.fatal !== undefined)).toEqual([]);
			expect(f.messages.some((m) => m.ruleId === 'doubled-run')).toBe(true);
		},
	);

	test('a doubled heading line at the head of a paragraph printed once becomes its own paragraph', () => {
		const damaged = `${doubleGlyphs('园区配套日益完善')}\n${wrapColumn(body, 14)}`;
		const { f, out } = undo(damaged);
		expect(out.lines.map((l) => l.text).slice(0, 4)).toEqual([
			'',
			'园区配套日益完善',
			'',
			Array.from(body).slice(0, 14).join(''),
		]);
		expect(messages(f)).toContain(
			'test.txt:1:1: Typed a line printed in bold on its own as a heading: 园区配套日益完善',
		);
	});

	test('a doubled line that is a sentence stays in its paragraph', () => {
		const damaged = `${doubleGlyphs('一是强化要素保障。')}\n园区新建标准厂房12万平方米。`;
		const { text } = undo(damaged);
		expect(text).toBe('一是强化要素保障。\n园区新建标准厂房12万平方米。');
	});

	test('a run of two pairs is undecided: kept as printed, with a warning', () => {
		const { f, text } = undo('园区扎扎实实推进项目建设，成效明显。');
		expect(text).toBe('园区扎扎实实推进项目建设，成效明显。');
		const w = f.messages.filter((m) => m.fatal === false);
		expect(w.map((m) => [m.ruleId, m.actual, m.expected, m.column])).toEqual([
			['doubled-run-undecided', '扎扎实实', ['扎实'], 3],
		]);
	});

	test('ordinary numbers and single pairs are no evidence and raise nothing', () => {
		for (const t of [
			'园区新建厂房2000平方米，投资1100万元，常常加班。',
			'全区村村通公路，天天向上。',
			'——记者手记……',
			'#### 园区建设',
			'**重点**项目',
		]) {
			const { f, text } = undo(t);
			expect(text).toBe(t);
			expect(f.messages).toEqual([]);
		}
	});

	test('two pairs and a doubled sentence mark are fake bold', () => {
		expect(undo(`${doubleGlyphs('一是，')}园区新建厂房。`).text).toBe('一是，园区新建厂房。');
	});
});

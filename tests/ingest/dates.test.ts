import { describe, expect, test } from 'vitest';
import { resolveDate } from '../../scripts/ingest/dates.ts';
import { parseSidecar } from '../../scripts/ingest/sidecar.ts';
import type { Block } from '../../src/schemas/article.ts';
import { messages, vfile } from './helpers.ts';

const blocks = (...texts: string[]): Block[] =>
	texts.map((text, i) => ({ type: 'paragraph', text, id: `b${i}` }));

describe('dates', () => {
	test('a printed masthead date gives day precision and wins over a sidecar (with a warning)', () => {
		const f = vfile();
		const d = resolveDate(
			'2025年1月11日 甲辰年十二月十二',
			{ date: '2025-02', dateEvidence: { zh: 'x', en: 'x' } },
			[],
			f,
		);
		expect(d).toEqual({
			date: '2025-01-11',
			datePrecision: 'day',
			dateSource: 'printed',
			dateEvidence: '2025年1月11日 甲辰年十二月十二',
			dateNote: null,
		});
		expect(messages(f)[0]).toMatch(/differs from the printed date 2025-01-11/);
	});
	test('the sidecar gives date, precision and the editorial note in both languages', () => {
		const note = { zh: '最新数据为“1-5月”。', en: 'The latest figures are for January–May.' };
		const d = resolveDate(null, { date: '2024-06', dateEvidence: note }, [], vfile());
		expect(d).toEqual({
			date: '2024-06',
			datePrecision: 'month',
			dateSource: 'editorial',
			dateEvidence: null,
			dateNote: note,
		});
		const y = resolveDate(
			null,
			{ date: '2024-06-15', datePrecision: 'year', dateEvidence: { zh: 'e', en: 'e' } },
			[],
			vfile(),
		);
		expect(y.date).toBe('2024');
	});
	test('else the latest year the text states, not a planned one', () => {
		const f = vfile();
		const d = resolveDate(
			null,
			null,
			blocks('回首2024年，园区发展良好。', '项目计划2026年6月底前投产，2023年开工。'),
			f,
		);
		expect(d.date).toBe('2024');
		expect(d.datePrecision).toBe('year');
		expect(d.dateEvidence).toContain('回首2024年');
		expect(d.dateEvidence).not.toMatch(/[A-Za-z]/); // the quote alone: the page labels it in its own language
		expect(d.dateNote).toBeNull();
		expect(messages(f)).toEqual([
			'test.txt:1:1: No printed or editorial date: dated 2024 (year), the latest year the text states',
		]);
	});
	test('else no date, never a made-up one', () => {
		expect(resolveDate(null, null, blocks('园区发展良好。'), vfile())).toEqual({
			date: null,
			datePrecision: 'unknown',
			dateSource: 'none',
			dateEvidence: null,
			dateNote: null,
		});
	});
});

describe('sidecar', () => {
	test.each([
		['date: 2023-02-30\ndateEvidence: {zh: x, en: x}', /date does not exist/],
		['date: "2024"\ndateEvidence: one language only', /dateEvidence: .*expected object/i],
		['date: "2024"\ndateEvidence: {zh: 只有中文}', /dateEvidence\.en/],
		['date: "2024"', /dateEvidence is required/],
		['colour: red', /unknown key\(s\) colour/],
		['slug: ../../x', /slug must be lower-case ASCII/],
		['date: [unclosed', /not valid YAML/],
	])('%s is a fatal error naming the file', (text, reason) => {
		const f = vfile();
		expect(parseSidecar('a.meta.yaml', text, f)).toBeNull();
		const fatal = f.messages.filter((m) => m.fatal);
		expect(fatal).toHaveLength(1);
		expect(fatal[0]!.reason).toMatch(/^a\.meta\.yaml: /);
		expect(fatal[0]!.reason).toMatch(reason);
	});
	test('a valid sidecar', () => {
		expect(
			parseSidecar(
				'a.meta.yaml',
				'date: "2023-09"\ndateEvidence:\n  zh: 为何\n  en: why\nslug: my-slug\nsource:\n  name: 聊城日报',
				vfile(),
			),
		).toEqual({
			date: '2023-09',
			dateEvidence: { zh: '为何', en: 'why' },
			slug: 'my-slug',
			source: { name: '聊城日报' },
		});
	});
});

/** The cleaning report keeps every message whole: reason, severity, stage, rule, place, actual, expected. */
import { describe, expect, test } from 'vitest';
import { cleaningMessages, fatal, isFatal } from '../../scripts/ingest/messages.ts';
import { cleaningMessageSchema } from '../../src/schemas/article.ts';
import { formatSourcePlace } from '../../src/utils/format.ts';
import { vfile } from './helpers.ts';

describe('cleaning messages', () => {
	test('a repair keeps its stage, rule, range, actual and expected', () => {
		const f = vfile();
		const m = f.info('Undid doubled glyphs', {
			place: { start: { line: 3, column: 1 }, end: { line: 4, column: 12 } },
			ruleId: 'doubled-glyphs',
			source: 'dedouble',
		});
		m.actual = '全全力力';
		m.expected = ['全力'];
		const [out] = cleaningMessages(f);
		expect(out).toEqual({
			reason: 'Undid doubled glyphs',
			severity: 'info',
			source: 'dedouble',
			ruleId: 'doubled-glyphs',
			place: { start: { line: 3, column: 1 }, end: { line: 4, column: 12 } },
			actual: '全全力力',
			expected: ['全力'],
		});
		expect(cleaningMessageSchema.parse(out)).toEqual(out);
		expect(formatSourcePlace(out!.place)).toBe('3:1-4:12');
	});

	test('a message without a position has no place, and prints none (not 1:1)', () => {
		const f = vfile();
		f.message('No newspaper named', { ruleId: 'default-source', source: 'record' });
		const [out] = cleaningMessages(f);
		expect(out).toMatchObject({
			severity: 'warning',
			source: 'record',
			ruleId: 'default-source',
			place: null,
			actual: null,
			expected: null,
		});
		expect(formatSourcePlace(out!.place)).toBe('');
	});

	test('a point has no end; fatal messages are errors', () => {
		const f = vfile();
		f.info('x', { place: { line: 7, column: 5 }, source: 's' });
		fatal(f, 'Cannot read file', 'empty', 'decode');
		const [point, error] = cleaningMessages(f);
		expect(point!.place).toEqual({ start: { line: 7, column: 5 }, end: null });
		expect(formatSourcePlace(point!.place)).toBe('7:5');
		expect(error).toMatchObject({ severity: 'error', source: 'decode', ruleId: 'empty' });
		expect(isFatal(f)).toBe(true);
	});
});

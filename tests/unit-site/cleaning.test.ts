/**
 * The collection keeps articles without their cleaning messages (`articleEntrySchema`); the pages that
 * show them read them back from `content/cleaning/<slug>.json` (`cleaningReport`, `fullRecord`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleEntrySchema } from '../../src/schemas/article.ts';
import { readArchive } from '../../src/utils/article-mdx.ts';
import { cleaningReport, fullRecord } from '../../src/utils/cleaning.ts';

const records = readArchive('content');

describe('article entries and their cleaning reports', () => {
	test('the entry schema drops the messages and keeps the counts', () => {
		const withMessages = records.find((r) => r.cleaning.messages.length > 0)!;
		expect(withMessages).toBeDefined();
		const entry = articleEntrySchema.parse(withMessages);
		expect(entry.cleaning).not.toHaveProperty('messages');
		expect(entry.cleaning.stages).toEqual(withMessages.cleaning.stages);
		expect(entry.cleaning.coverage).toEqual(withMessages.cleaning.coverage);
	});

	test('fullRecord gives back the record as the ingest wrote it, keys in the same order', () => {
		for (const record of records) {
			const entry = articleEntrySchema.parse(record);
			expect(JSON.stringify(fullRecord(entry, 'content'))).toBe(JSON.stringify(record));
		}
	});

	test('a missing report is an error naming its file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cleaning-'));
		expect(() => cleaningReport('no-such-article', dir)).toThrow(
			join(dir, 'cleaning', 'no-such-article.json'),
		);
	});
});

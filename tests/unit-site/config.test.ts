/** The site configuration: one read of the environment, one default per variable, errors named. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSiteConfig } from '../../src/utils/config.ts';

describe('readSiteConfig', () => {
	test('defaults for an empty environment', () => {
		expect(readSiteConfig({})).toEqual({
			contentDir: resolve('content'),
			dataDir: resolve('data'),
			sourcesDir: resolve('seeds'),
			base: '/',
			site: 'https://archive.example.com',
			outDir: './dist',
			pageSize: 50,
			pagefind: true,
			cardCache: resolve('.cache/cards'),
			citationCache: resolve('.cache/citations'),
		});
	});
	test('an empty variable is unset, never an empty path', () => {
		expect(
			readSiteConfig({ ARCHIVE_CONTENT_DIR: '', ARCHIVE_BASE: '', ARCHIVE_PAGE_SIZE: '' }),
		).toEqual(readSiteConfig({}));
	});
	test('values are read and normalised', () => {
		const c = readSiteConfig({
			ARCHIVE_BASE: 'archive//',
			ARCHIVE_PAGE_SIZE: '2',
			ARCHIVE_PAGEFIND: '0',
			ARCHIVE_SITE: 'https://news.example.org',
		});
		expect(c.base).toBe('/archive/');
		expect(c.pageSize).toBe(2);
		expect(c.pagefind).toBe(false);
		expect(c.site).toBe('https://news.example.org');
	});
	test('an invalid value is an error naming the variable, not a silent default', () => {
		expect(() => readSiteConfig({ ARCHIVE_PAGE_SIZE: 'ten' })).toThrow(/ARCHIVE_PAGE_SIZE/);
		expect(() => readSiteConfig({ ARCHIVE_PAGE_SIZE: '0' })).toThrow(/ARCHIVE_PAGE_SIZE/);
		expect(() => readSiteConfig({ ARCHIVE_SITE: 'archive.example.com' })).toThrow(/ARCHIVE_SITE/);
		expect(() => readSiteConfig({ ARCHIVE_PAGEFIND: 'no' })).toThrow(/ARCHIVE_PAGEFIND/);
	});
});

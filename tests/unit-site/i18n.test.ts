import { describe, expect, it } from 'vitest';
import zh from '../../src/translations/zh.json' with { type: 'json' };
import en from '../../src/translations/en.json' with { type: 'json' };
import { uiStringsSchema } from '../../src/translations/schema.ts';
import { useTranslations } from '../../src/utils/i18n.ts';

describe('UI strings', () => {
	it('both languages satisfy the schema', () => {
		expect(() => uiStringsSchema.parse(zh)).not.toThrow();
		expect(() => uiStringsSchema.parse(en)).not.toThrow();
	});
	it('translates and interpolates without escaping (Astro escapes)', () => {
		expect(useTranslations('zh')('nav.home')).toBe('首页');
		expect(useTranslations('en')('article.page', { page: '<3>' })).toBe('page <3>');
		expect(useTranslations('zh')('format.approxYear', { year: 2023 })).toBe('约2023年');
	});
	it('throws on a missing key', () => {
		expect(() => useTranslations('en')('nav.nope')).toThrow(/missing/);
	});
});

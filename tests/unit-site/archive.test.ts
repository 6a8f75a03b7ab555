/** The archive's indexes, built from records and glossaries without Astro (`buildArchive` is pure). */
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/schemas/article.ts';
import { readArchive } from '../../src/utils/article-mdx.ts';
import {
	articleSummary,
	buildArchive,
	neighbours,
	relatedArticles,
} from '../../src/utils/archive.ts';
import { siteGlossaries } from '../../src/utils/glossary.ts';
import { loadGlossaries } from '../../src/utils/glossary-loader.ts';

const records = readArchive('content');
const files = loadGlossaries('data');
const archive = buildArchive(records, siteGlossaries(files));

describe('buildArchive', () => {
	test('lists every record newest first, undated last, and oldest first in chronological', () => {
		expect(archive.articles).toHaveLength(records.length);
		const dates = archive.articles.map((a) => a.record.date);
		const dated = dates.filter((d): d is string => d !== null);
		expect(dated).toEqual([...dated].sort().reverse());
		expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
		expect(archive.chronological.map((a) => a.slug)).toEqual(
			[...archive.articles]
				.filter((a) => a.record.date)
				.reverse()
				.map((a) => a.slug)
				.concat(archive.articles.filter((a) => !a.record.date).map((a) => a.slug)),
		);
	});

	test('the order of the input does not matter', () => {
		const reversed = buildArchive([...records].reverse(), siteGlossaries(files));
		expect(reversed.articles.map((a) => a.slug)).toEqual(archive.articles.map((a) => a.slug));
	});

	test('entities take their names and link flag from the glossary; unlinked entities get no inline marks', () => {
		const unlinked = files.entities.filter((e) => e.link === false).map((e) => e.id);
		expect(unlinked.length).toBeGreaterThan(0);
		for (const id of unlinked) {
			const view = archive.entities.get(id);
			if (!view) continue;
			expect(view.link).toBe(false);
			const marked = archive.articles
				.flatMap((a) => a.spans.flat())
				.filter((s) => s.kind === 'mention' && s.entity === id);
			expect(marked).toEqual([]);
		}
		const linked = [...archive.entities.values()].find((e) => e.link)!;
		expect(linked.name.en).toBe(files.entities.find((e) => e.id === linked.id)!.en);
	});

	test('every figure of every record is a value of its indicator', () => {
		const values = [...archive.indicators.values()].reduce((n, i) => n + i.values.length, 0);
		expect(values).toBe(records.reduce((n, r) => n + r.metrics.length, 0));
	});

	test('related articles and neighbours come from the indexes', () => {
		const a = archive.chronological[1]!;
		expect(relatedArticles(archive, a)).not.toContain(a);
		const { previous } = neighbours(archive, a);
		expect(previous).toBe(archive.chronological[0]);
	});
});

describe('articleSummary', () => {
	const base = { translation: null } as Pick<Article, 'blocks' | 'translation'>;
	test('Chinese: the first lede or paragraph, not a heading or caption', () => {
		const blocks = [
			{ type: 'heading', text: '标题', id: 'b0' },
			{ type: 'caption', text: '图片说明', id: 'b1' },
			{ type: 'paragraph', text: '第一段。', id: 'b2' },
		] as Article['blocks'];
		expect(articleSummary({ ...base, blocks }, 'zh')).toBe('第一段。');
		expect(articleSummary({ ...base, blocks: blocks.slice(0, 2) }, 'zh')).toBeUndefined();
	});
	test('English: the translation summary, or nothing for an untranslated article', () => {
		const blocks = [{ type: 'lede', text: '导语。', id: 'b0' }] as Article['blocks'];
		expect(articleSummary({ ...base, blocks }, 'en')).toBeUndefined();
		const translation = { summary: 'A summary.' } as NonNullable<Article['translation']>;
		expect(articleSummary({ blocks, translation }, 'en')).toBe('A summary.');
	});
});

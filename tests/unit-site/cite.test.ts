import { describe, expect, it } from 'vitest';
import { apa, apaName, gbt7714 } from '../../src/utils/cite.ts';
import { romanise } from '../../src/utils/names.ts';
import type { Article } from '../../src/schemas/article.ts';

const base = {
	title: '为全市经济社会高质量发展贡献开发区力量',
	byline: [
		{ role: 'reporter', roleLabel: '记者', name: '张超' },
		{ role: 'correspondent', roleLabel: '通讯员', name: '张广玉' },
		{ role: 'editor', roleLabel: '编辑', name: '李四' },
	],
	source: { name: '聊城日报', edition: null, page: '3' },
	date: '2024-06-12',
	datePrecision: 'day',
	translation: null,
} as unknown as Article;

describe('GB/T 7714', () => {
	it('follows 作者. 题名[N]. 报纸名, YYYY-MM-DD(版次).', () => {
		expect(gbt7714(base)).toBe('张超, 张广玉. 为全市经济社会高质量发展贡献开发区力量[N]. 聊城日报, 2024-06-12(3).');
	});
	it('lists three authors then 等', () => {
		const many = { ...base, byline: ['甲', '乙', '丙', '丁'].map((name) => ({ role: 'author', roleLabel: '文', name })) } as Article;
		expect(gbt7714(many)).toMatch(/^甲, 乙, 丙, 等\. /);
	});
	it('drops what is not known', () => {
		const bare = { ...base, byline: [], source: { name: '聊城日报', edition: null, page: null }, date: '2023', datePrecision: 'year' } as Article;
		expect(gbt7714(bare)).toBe('为全市经济社会高质量发展贡献开发区力量[N]. 聊城日报, 2023.');
		expect(gbt7714({ ...bare, date: null, datePrecision: 'unknown' } as Article)).toBe('为全市经济社会高质量发展贡献开发区力量[N]. 聊城日报.');
	});
});

describe('APA', () => {
	it('romanises Chinese authors', () => {
		expect(apaName('张超')).toBe('Zhang, C.');
		expect(apaName('欧阳明辉')).toBe('Ouyang, M.');
		expect(apaName('John Smith')).toBe('John Smith');
	});
	it('formats a newspaper article', () => {
		expect(apa(base, 'https://x.test/zh/articles/a/')).toBe(
			'Zhang, C., & Zhang, G. (2024, June 12). 为全市经济社会高质量发展贡献开发区力量. 聊城日报 [Liaocheng Daily], p. 3. https://x.test/zh/articles/a/',
		);
	});
	it('adds the English title of a translation and handles month precision', () => {
		const t = { ...base, date: '2024-09', datePrecision: 'month', translation: { title: 'Contributing' } } as Article;
		expect(apa(t, 'u')).toContain('(2024, September). 为全市经济社会高质量发展贡献开发区力量 [Contributing].');
	});
});

describe('romanise', () => {
	it('writes names and newspapers in pinyin', () => {
		expect(romanise('张广玉')).toBe('Zhang Guangyu');
		expect(romanise('聊城日报', 'title')).toBe('Liaocheng Daily');
		expect(romanise('Zhang')).toBe('Zhang');
	});
});

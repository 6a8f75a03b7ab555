import { describe, expect, it } from 'vitest';
import {
	anchors,
	isLang,
	otherLang,
	paths,
	routes,
	stripBase,
	switchLanguage,
	withBase,
} from '../../src/utils/routing/index.ts';

describe('routing (base /)', () => {
	it('builds every page path under a language prefix', () => {
		expect(paths.article('zh', 'a-b')).toBe('/zh/articles/a-b/');
		expect(paths.entity('en', 'zhongtong-bus')).toBe('/en/entities/zhongtong-bus/');
		expect(paths.metric('zh', 'gdp')).toBe('/zh/metrics/gdp/');
		expect(paths.topic('zh', 'foreign-trade')).toBe('/zh/topics/foreign-trade/');
		expect(paths.search('en')).toBe('/en/search/');
	});
	it('prefixes the base path', () => {
		expect(withBase('/zh/')).toBe('/zh/');
		expect(routes.home('en')).toBe('/en/');
		expect(routes.dataRecord('x')).toBe('/data/articles/x.json');
		expect(stripBase('/zh/archive/')).toBe('/zh/archive/');
	});
	it('switches language on the same page', () => {
		expect(switchLanguage('/zh/articles/a/', 'en')).toBe('/en/articles/a/');
		expect(switchLanguage('/en/metrics/gdp/', 'zh')).toBe('/zh/metrics/gdp/');
		expect(switchLanguage('/en/', 'zh')).toBe('/zh/');
		expect(switchLanguage('/data/', 'en')).toBe('/en/');
	});
	it('knows its languages and anchors', () => {
		expect(isLang('zh')).toBe(true);
		expect(isLang('fr')).toBe(false);
		expect(otherLang('zh')).toBe('en');
		expect(anchors.figure(3)).toBe('fig-3');
		expect(anchors.figureRow(3)).toBe('m-3');
		expect(anchors.metricValue('slug', 2)).toBe('v-slug--2');
	});
	it('encodes path segments', () => {
		expect(paths.dataSource('000_a b.txt')).toBe('/data/sources/000_a%20b.txt');
	});
});

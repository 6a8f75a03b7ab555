/**
 * Contextual (anaphoric) glossary forms: 开发区 / 经开区 / 党工委 / 管委会 name the Liaocheng zone (and its
 * bodies) only in an article about it. Texts of our own about other zones, plus the field cases from
 * another zone (临河, ../shared/field).
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Block } from '../../src/schemas/article.ts';
import {
	GlossaryError,
	loadGlossaries,
	parseGlossary,
	checkGlossaries,
} from '../../scripts/ingest/glossary.ts';
import { findEntities, findForeignNames } from '../../scripts/ingest/entities.ts';
import { ingestCase } from './field/ingest-case.ts';

const real = loadGlossaries().entities;

const find = (texts: string[], title: string | null = null) => {
	const blocks = texts.map((text, i): Block => ({ type: 'paragraph', id: `b${i}`, text }));
	const file = new VFile();
	const result = findEntities(blocks, file, real, title);
	const ids = result.entities.map((e) => e.id);
	const other = file.messages.filter((m) => m.ruleId === 'other-zone');
	const passing = file.messages.filter((m) => m.ruleId === 'other-zone-mentioned');
	return { ...result, ids, other, passing, file };
};

describe('foreign zone names', () => {
	it('finds a place name + a zone ending that the glossary does not know, whole', () => {
		const names = (t: string) => findForeignNames(t, 0, real).map((f) => f.name);
		expect(names('前三季度，德州经济开发区规上工业增加值增长5%。')).toEqual(['德州经济开发区']);
		expect(names('潍坊高新技术产业开发区与苏州工业园区签约。')).toEqual([
			'潍坊高新技术产业开发区',
			'苏州工业园区',
		]);
		expect(names('威海临港经济技术开发区新签项目12个。')).toEqual(['威海临港经济技术开发区']);
		// The zone's own names, and zones in general, are not foreign.
		expect(names('聊城经济技术开发区和聊城开发区、国家级开发区、全省开发区、新时代开发区')).toEqual(
			[],
		);
	});
});

describe('contextual forms', () => {
	it('are not mentions of ldz in an article about another zone, and the stage warns', () => {
		const r = find(
			[
				'今年以来，滨河经济技术开发区固定资产投资增长8%。开发区党工委、管委会召开会议，经开区将继续招商引资。',
				'开发区新签约项目20个。',
			],
			'滨河开发区经济运行稳中向好',
		);
		expect(r.ids).not.toContain('ldz');
		expect(r.ids).not.toContain('ldz-party-working-committee');
		expect(r.ids).not.toContain('ldz-management-committee');
		expect(r.other.map((m) => m.actual)).toEqual(['滨河开发区', '滨河经济技术开发区']);
		expect(r.other.every((m) => m.fatal === false)).toBe(true);
	});

	it('another zone named more often than ldz, outside title and first paragraph, is still the subject', () => {
		const r = find([
			'全市经济平稳运行。',
			'德州经济开发区新签项目8个，德州经济开发区外贸增长12%，开发区营商环境持续优化。',
		]);
		expect(r.ids).not.toContain('ldz');
		expect(r.other.map((m) => m.actual)).toEqual(['德州经济开发区']);
	});

	it('keep counting in a Liaocheng article that compares with another zone in passing; the foreign name is never split', () => {
		const r = find([
			'今年以来，聊城经济技术开发区外贸进出口增长15%。',
			'开发区党工委提出，要对标潍坊高新技术产业开发区，学习其“放管服”经验。开发区新增市场主体1.2万户。',
		]);
		const ldz = r.entities.find((e) => e.id === 'ldz')!;
		// 聊城经济技术开发区 + 开发区 (in 开发区党工委 the committee wins, leftmost-longest) — and not the tail of 潍坊…开发区.
		expect(ldz.count).toBe(2);
		expect(r.ids).toContain('ldz-party-working-committee');
		expect(r.other).toEqual([]);
		expect(r.passing.map((m) => m.actual)).toEqual(['潍坊高新技术产业开发区']);
	});

	it('keep counting in an article that names no other zone', () => {
		const r = find(['开发区新签约项目20个，管委会主任出席。']);
		expect(r.ids).toEqual(['ldz', 'ldz-management-committee']);
		expect(r.file.messages.filter((m) => String(m.ruleId).startsWith('other-zone'))).toEqual([]);
	});

	it('must be forms of the entity, and need kindNames on it or a parent (schema)', () => {
		const files = { indicators: 'i.yaml', entities: 'e.yaml', topics: 't.yaml' };
		const entities = (yaml: string) => ({
			indicators: [],
			topics: [],
			entities: parseGlossary('entities', yaml, 'e.yaml'),
		});
		expect(() =>
			checkGlossaries(
				entities(
					'- {id: z, type: place, zh: 甲开发区, en: Z, aliases: [开发区], contextual: [经开区], kindNames: [开发区]}',
				),
				files,
			),
		).toThrow(GlossaryError);
		expect(() =>
			checkGlossaries(
				entities(
					'- {id: z, type: place, zh: 甲开发区, en: Z, aliases: [开发区], contextual: [开发区]}',
				),
				files,
			),
		).toThrow(/needs kindNames/);
		expect(() =>
			checkGlossaries(
				entities(
					'- {id: z, type: place, zh: 甲开发区, en: Z, kindNames: [开发区]}\n- {id: c, type: organisation, zh: 甲管委会, en: C, aliases: [管委会], contextual: [管委会], parent: z}',
				),
				files,
			),
		).not.toThrow();
	});
});

describe('field cases from another zone (临河)', () => {
	const cases: [string, string][] = [
		['01-partial-fake-bold', 'linhe-bold-leadin.txt'],
		['02-kangxi-radicals', 'linhe-kangxi.txt'],
		['04-spurious-han-spaces', 'linhe-spaces.txt'],
		['05-latin-split-wrap', 'linhe-latin-wrap.txt'],
		['06-ideographic-indent', 'linhe-indent.txt'],
		['07-big5', 'linhe-trad-utf8.txt'],
		['08-utf16le-nobom', 'linhe-utf16le.txt'],
		['09-masthead-dates', 'b-spaced-date.txt'],
		['10-negative-growth', 'linhe-negative.txt'],
		['11-bylines-benbaoxun', 'a-benbaoxun-inline.txt'],
		['12-search-mixed-cjk', 'linhe-bipv.txt'],
		['14-mojibake-cp1252', 'linhe-mojibake.txt'],
	];
	it.each(cases)('%s/%s: no ldz mention, one other-zone warning naming 临河…', (dir, name) => {
		const { record, file } = ingestCase(dir, name);
		const ids = record.entities.map((e) => e.id);
		expect(ids).not.toContain('ldz');
		expect(ids).not.toContain('ldz-party-working-committee');
		expect(ids).not.toContain('ldz-management-committee');
		const other = file.messages.filter((m) => m.ruleId === 'other-zone');
		expect(other.length).toBeGreaterThan(0);
		expect(other.every((m) => String(m.actual).startsWith('临河'))).toBe(true);
	});
});

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
	checkGlossaries,
	compileAliases,
	GlossaryError,
	loadGlossaries,
	parseGlossary,
} from '../../scripts/ingest/glossary.ts';

const valid = fileURLToPath(new URL('./fixtures/glossary/', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A copy of the valid fixture glossary with `file` replaced by `text`. */
function broken(file: string, text: string | null): string {
	const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
	dirs.push(dir);
	cpSync(valid, dir, { recursive: true });
	if (text === null) rmSync(join(dir, file));
	else writeFileSync(join(dir, file), text);
	return dir;
}
const errorOf = (f: () => unknown): GlossaryError => {
	try {
		f();
	} catch (error) {
		expect(error).toBeInstanceOf(GlossaryError);
		return error as GlossaryError;
	}
	throw new Error('did not throw');
};

describe('loadGlossaries', () => {
	it('reads a valid directory and fills in defaults', () => {
		const g = loadGlossaries(valid);
		expect(g.indicators.map((i) => i.id)).toEqual(['gdp', 'exports']);
		expect(g.indicators[1]).toEqual({ id: 'exports', zh: '出口', en: 'Exports', aliases: [] });
		expect(g.entities[1]).toMatchObject({
			aliases: [],
			notIn: [],
			link: true,
			parent: 'zhongtong-bus',
		});
		expect(g.topics[0]).toMatchObject({ id: 'foreign-trade', minHits: 3 });
	});

	it('names the file and the field of invalid data', () => {
		const missing = errorOf(() =>
			loadGlossaries(broken('indicators.yaml', '- id: gdp\n  zh: 地区生产总值\n')),
		);
		expect(missing.message).toMatch(/indicators\.yaml: \[0\] \(gdp\)\.en: /);
		expect(missing.file).toMatch(/indicators\.yaml$/);
		expect(missing.field).toBe('[0] (gdp).en');

		const badId = errorOf(() =>
			loadGlossaries(
				broken(
					'entities.yaml',
					'- id: Zhongtong Bus\n  type: company\n  zh: 中通客车\n  en: Zhongtong Bus\n',
				),
			),
		);
		expect(badId.message).toMatch(
			/entities\.yaml: \[0\] \(Zhongtong Bus\)\.id: must be ASCII kebab case/,
		);

		const badType = errorOf(() =>
			loadGlossaries(
				broken('entities.yaml', '- id: zt\n  type: firm\n  zh: 中通客车\n  en: Zhongtong Bus\n'),
			),
		);
		expect(badType.field).toBe('[0] (zt).type');

		const quoted = errorOf(() =>
			parseGlossary(
				'indicators',
				'- id: srdi\n  zh: 专精特新企业\n  en: SRDI\n  aliases: [“专精特新”企业]\n',
				'x.yaml',
			),
		);
		expect(quoted.message).toBe(
			'x.yaml: [0] (srdi).aliases[0]: leave quotes out of aliases: matching skips them',
		);

		const unknownKey = errorOf(() =>
			parseGlossary(
				'topics',
				'- id: t\n  zh: 外贸\n  en: Trade\n  keyword: [外贸]\n',
				'topics.yaml',
			),
		);
		expect(unknownKey.message).toMatch(/^topics\.yaml: \[0\] \(t\): .*keyword/);

		const badMin = errorOf(() =>
			parseGlossary('topics', '- id: t\n  zh: 外贸\n  en: Trade\n  minHits: 0\n', 'topics.yaml'),
		);
		expect(badMin.field).toBe('[0] (t).minHits');
	});

	it('rejects a file that is not a list, invalid YAML, and a missing file', () => {
		expect(errorOf(() => parseGlossary('indicators', 'id: gdp\n', 'i.yaml')).message).toMatch(
			/^i\.yaml: Invalid input: expected array/,
		);
		expect(errorOf(() => parseGlossary('indicators', '- id: [gdp\n', 'i.yaml')).message).toMatch(
			/^i\.yaml: invalid YAML: /,
		);
		expect(errorOf(() => loadGlossaries(broken('topics.yaml', null))).message).toMatch(
			/topics\.yaml: cannot read: /,
		);
	});

	it('reads an empty file as an empty list', () => {
		expect(parseGlossary('topics', '', 't.yaml')).toEqual([]);
	});

	it('checks ids, aliases and references across entries', () => {
		const g = loadGlossaries(valid);
		const files = { indicators: 'i.yaml', entities: 'e.yaml', topics: 't.yaml' };
		const dupId = { ...g, indicators: [...g.indicators, { ...g.indicators[0]!, aliases: [] }] };
		expect(errorOf(() => checkGlossaries(dupId, files)).message).toBe(
			'i.yaml: [2] (gdp).id: duplicate id, also at [0]',
		);
		const dupAlias = {
			...g,
			indicators: [
				...g.indicators,
				{ id: 'gdp-2', zh: '国内生产总值', en: 'x', aliases: ['生产总值'] },
			],
		};
		expect(errorOf(() => checkGlossaries(dupAlias, files)).message).toBe(
			'i.yaml: [2] (gdp-2).aliases[0]: "生产总值" is already a form of gdp',
		);
		const twice = { ...g, indicators: [{ ...g.indicators[0]!, aliases: ['GDP', 'GDP'] }] };
		expect(errorOf(() => checkGlossaries(twice, files)).message).toBe(
			'i.yaml: [0] (gdp).aliases[1]: "GDP" is listed twice',
		);
		const orphan = { ...g, entities: [{ ...g.entities[1]!, parent: 'nobody' }] };
		expect(errorOf(() => checkGlossaries(orphan, files)).message).toBe(
			'e.yaml: [0] (zhongtong-van-project).parent: unknown entity "nobody"',
		);
		const topicRef = { ...g, topics: [{ ...g.topics[0]!, indicators: ['exports', 'imports'] }] };
		expect(errorOf(() => checkGlossaries(topicRef, files)).message).toBe(
			't.yaml: [0] (foreign-trade).indicators[1]: unknown indicator "imports"',
		);
		const topicEntity = { ...g, topics: [{ ...g.topics[0]!, entities: ['zhongtong'] }] };
		expect(errorOf(() => checkGlossaries(topicEntity, files)).field).toBe(
			'[0] (foreign-trade).entities[0]',
		);
		// the same form may name an indicator and an entity: they are different glossaries
		expect(() =>
			checkGlossaries({ ...g, entities: [{ ...g.entities[0]!, aliases: ['生产总值'] }] }, files),
		).not.toThrow();
	});
});

describe('data/*.yaml', () => {
	const g = loadGlossaries();

	it('is valid and covers every indicator form of the brief', () => {
		const forms = new Map(
			g.indicators.flatMap((i) => [i.zh, ...i.aliases].map((f) => [f, i.id] as const)),
		);
		const brief = [
			'GDP',
			'地区生产总值',
			'生产总值',
			'规上工业增加值',
			'工业增加值',
			'进出口',
			'进出口总额',
			'出口',
			'出口额',
			'实际使用外资',
			'限上社零额',
			'限上零售额',
			'社会消费品零售总额',
			'社会消费品总额',
			'财政收入',
			'一般公共预算收入',
			'高新技术产业产值',
			'技改投资',
			'工业技改投资',
			'固定资产投资',
			'重点项目投资',
			'民间投资占比',
			'规上工业总产值',
			'市场主体',
			'企业主体数量',
			'注册资本总额',
			'研发机构数量',
			'专精特新企业',
			'过亿元项目',
		];
		expect(brief.filter((f) => !forms.has(f))).toEqual([]);
		expect(forms.get('生产总值')).toBe('gdp');
		expect(forms.get('进出口总额')).toBe('imports-exports');
		expect(forms.get('社会消费品总额')).toBe('retail-sales');
		expect(forms.get('限上社零额')).toBe(forms.get('限上零售额'));
		expect(forms.get('工业技改投资')).toBe('tech-upgrade-investment');
		const en = new Map(g.indicators.map((i) => [i.id, i.en]));
		expect(en.get('gdp')).toBe('GDP');
		expect(en.get('industrial-value-added')).toBe('Value added of industry above designated size');
		expect(en.get('retail-sales-above-size')).toBe(
			'Retail sales of consumer goods (above designated size)',
		);
	});

	it('lists the entities of the brief with their ids and types', () => {
		const byId = new Map(g.entities.map((e) => [e.id, e]));
		expect(byId.get('ldz')).toMatchObject({
			type: 'place',
			en: 'Liaocheng Economic and Technological Development Zone',
			link: false,
		});
		expect(byId.get('zhongtong-bus')!.aliases).toEqual(
			expect.arrayContaining(['中通客车', '中通客车控股股份有限公司', '中通']),
		);
		expect(byId.get('zhongtong-bus')!.zh).toBe('中通客车股份有限公司');
		const zhOf = (type: string) =>
			g.entities.filter((e) => e.type === type).flatMap((e) => [e.zh, ...e.aliases]);
		expect(zhOf('place')).toEqual(
			expect.arrayContaining(['徒骇河', '蒋官屯街道', '新加坡', '吉尔吉斯斯坦', '沙特', '聊城']),
		);
		expect(zhOf('programme')).toEqual(
			expect.arrayContaining([
				'专精特新',
				'双联共促',
				'新旧动能转换',
				'放管服',
				'一次办好',
				'双招双引',
				'开心建',
				'智慧云空间',
				'乡村振兴',
			]),
		);
		expect(zhOf('company')).toEqual(
			expect.arrayContaining(['乖宝集团', '百思特游艇', '瀚洋重工', '金源新能源']),
		);
	});

	it('assigns topics only from data: every topic has rules', () => {
		for (const t of g.topics)
			expect(t.indicators.length + t.entities.length + t.keywords.length).toBeGreaterThan(0);
		expect(g.topics.map((t) => t.id)).toEqual(
			expect.arrayContaining([
				'industry',
				'foreign-trade',
				'investment-attraction',
				'business-environment',
				'urban-construction',
				'party-building',
				'innovation',
				'consumption',
				'rural-revitalisation',
				'livelihood',
				'ecology',
			]),
		);
	});

	it('is what the site reads: the YAML files are lists', () => {
		for (const f of ['indicators', 'entities', 'topics'])
			expect(readFileSync(`data/${f}.yaml`, 'utf8')).toMatch(/^- id: /m);
	});
});

describe('compileAliases', () => {
	const match = compileAliases([
		{ value: 'io', alias: '进出口' },
		{ value: 'ex', alias: '出口' },
		{ value: 'ex', alias: '出口额' },
		{ value: 'gdp', alias: 'GDP' },
		{ value: 'zt', alias: '中通', notIn: ['中通过', '途中通'] },
		{ value: 'srdi', alias: '专精特新企业' },
	]);
	const spans = (text: string) => match(text).map((m) => [m.value, text.slice(m.start, m.end)]);

	it('matches leftmost-longest without overlaps', () => {
		expect(spans('进出口增长，其中出口额增长，出口下降')).toEqual([
			['io', '进出口'],
			['ex', '出口额'],
			['ex', '出口'],
		]);
	});
	it('steps over quotes inside the text but does not start on one', () => {
		expect(spans('新增“专精特新”企业22家')).toEqual([['srdi', '专精特新”企业']]);
		expect(spans('新增"专精特新"企业')).toEqual([['srdi', '专精特新"企业']]);
	});
	it('keeps Latin aliases to whole words', () => {
		expect(spans('GDPR、xGDP、GDP增长')).toEqual([['gdp', 'GDP']]);
	});
	it('skips a match inside a notIn context, wherever the alias sits in it', () => {
		expect(spans('中通过海关，途中通关，中通客车')).toEqual([['zt', '中通']]);
		expect(match('中通过海关，途中通关，中通客车')[0]!.start).toBe(11);
	});
});

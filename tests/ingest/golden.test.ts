/**
 * Golden tests: every seed through the whole pipeline, compared with a reviewed snapshot of its record
 * (tests/ingest/golden/<stem>.json, reviewed by hand against the printed article), plus the facts a
 * reader checks first, asserted explicitly.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestOne } from '../../scripts/ingest/index.ts';
import { dedupeSlugs } from '../../scripts/ingest/slug.ts';
import { loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { readSeeds } from '../../scripts/ingest/io.ts';

const glossaries = loadGlossaries('data');
const { inputs, errors } = readSeeds('seeds');
const items = inputs.map((i) => ingestOne(i, glossaries));
dedupeSlugs(items);
const byStem = new Map(items.map((i) => [i.file.path!.slice(0, 3), i]));
const rec = (stem: string) => byStem.get(stem)!.record!;
const types = (stem: string) => rec(stem).blocks.map((b) => `${b.type}:${b.text.slice(0, 8)}`);

describe('golden: every seed', () => {
	test('all seeds are read, none fails', () => {
		expect(errors).toEqual([]);
		expect(inputs.map((i) => i.name)).toEqual(
			readdirSync('seeds')
				.filter((f) => f.endsWith('.txt'))
				.sort(),
		);
		for (const i of items) expect(i.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
	});

	test.each(inputs.map((i) => i.name))(
		'%s: nothing lost (full coverage) and matches the reviewed golden record',
		async (name) => {
			const item = items.find((i) => i.file.path === name)!;
			const r = item.record!;
			expect(r.cleaning.coverage.ratio).toBe(1);
			expect(r.cleaning.coverage.missing).toEqual({});
			const view = {
				slug: r.slug,
				title: r.title,
				subtitle: r.subtitle,
				kicker: r.kicker,
				byline: r.byline,
				source: r.source,
				date: [r.date, r.datePrecision, r.dateSource],
				furniture: r.furniture,
				blocks: r.blocks.map((b) => `${b.type}${b.level ?? ''}: ${b.text}`),
				metrics: r.metrics.map((m) => {
					const { printed, ...period } = m.period ?? { printed: '-' };
					const unit = `${m.unit.printed}(${m.unit.id}×${m.unit.scale})`;
					const rank = m.rank
						? `${m.rank.printed}(${m.rank.scope ?? '-'}:${m.rank.position})`
						: '-';
					return `${m.indicator} ${m.value} ${unit} | ${printed} ${JSON.stringify(period)} | ${m.kind} | ${rank} | b${m.block} "${m.match}"`;
				}),
				entities: r.entities.map((e) => `${e.id} ×${e.count}`),
				topics: r.topics,
				translation: r.translation && {
					title: r.translation.title,
					blocks: r.translation.blocks.map((b) => b.type),
				},
			};
			await expect(`${JSON.stringify(view, null, 2)}\n`).toMatchFileSnapshot(
				`./golden/${name.replace(/\.txt$/, '')}.json`,
			);
		},
	);
});

describe('golden: what a reader checks', () => {
	test('000: headings printed after their sections are moved before them; the wide first paragraph is the lede', () => {
		expect(rec('000').title).toBe('聚焦主责主业 奋力担当作为');
		expect(rec('000').subtitle).toBe('聊城经济技术开发区开创经济社会高质量发展新局面');
		expect(types('000').slice(0, 4)).toEqual([
			'lede:今年以来，聊城经',
			'heading:重大项目异军突起',
			'paragraph:开发区持续做好“',
			'heading:产业转型步伐加快',
		]);
		expect(types('000').at(-4)).toBe('heading:数字赋能服务升级');
		expect(
			rec('000')
				.blocks.map((b) => b.text)
				.join(''),
		).toContain('项目聊城分会场集中开工仪式，预计明年8月份投产，年产值达30亿元');
		expect(rec('000').date).toBe('2023');
	});
	test('001: doubled glyphs undone, the lede printed at the end moved to the front, two-line headings joined', () => {
		const r = rec('001');
		expect(r.title).toBe('全力建设全市新旧动能转换先行区');
		expect(r.byline).toEqual([{ role: 'author', roleLabel: '文', name: '张超' }]);
		expect(types('001')[0]).toBe('lede:今年以来，在聊城');
		expect(r.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
			'创优机制抓招商 项目台账再完善',
			'城乡建设投入不断加大 基础设施成效显著',
			'深化“放管服”改革 推进“一次办好”',
		]);
		const text = r.blocks.map((b) => b.text).join('');
		expect(text).toContain('城市建设欣欣向荣');
		expect(text).toContain('“村村通”、“户户通”');
		expect(text).toContain('带动就业1.8万余人');
		expect(text).not.toMatch(/(\p{Script=Han})\1\1\1/u);
	});
	test('002: masthead and banner are furniture, the printed date gives the day, captions and credits are typed', () => {
		const r = rec('002');
		expect(r.title).toBe('乘风破浪再铸辉煌');
		expect([r.date, r.datePrecision, r.dateSource]).toEqual(['2025-01-11', 'day', 'printed']);
		expect(r.source).toEqual({ name: '聊城日报', edition: '市两会特刊', page: null });
		expect(r.furniture).toContain('国内统一连续出版物号 CN 37-0048');
		expect(r.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual([
			'聊宝宠物食品集团项目厂区',
			'开发区国际金融中心项目',
			'中通客车股份有限公司客车交付',
			'百思特高端游艇研发制造项目游艇试航',
			'开发区全城区鸟瞰图',
		]);
		expect(r.blocks.filter((b) => b.type === 'credit')).toHaveLength(3);
		expect(r.blocks.find((b) => b.type === 'heading')!.text).toBe(
			'党建引领 凝聚高质量发展的磅礴力量',
		);
	});
	test('003: kicker, lede before the byline, column break mid-sentence joined', () => {
		const r = rec('003');
		expect(r.kicker).toBe('聊城经济技术开发区——');
		expect(types('003')[0]).toBe('lede:今年上半年以来，');
		expect(r.byline.map((b) => `${b.roleLabel} ${b.name}`)).toEqual([
			'聊城报道 张超',
			'通讯员 张广玉',
		]);
		const text = r.blocks.map((b) => b.text).join('');
		expect(text).toContain('挂图作战和要素保障指挥部，7名县级领导');
		expect(text).toContain('引导北斗泰诚、东元物产等资质企业');
		expect(r.metrics.find((m) => m.indicator === 'gdp')).toMatchObject({
			value: 8.2,
			unit: { printed: '%' },
			period: { printed: '一季度' },
			kind: 'growth',
			rank: { printed: '全市第1' },
		});
		expect([r.date, r.datePrecision, r.dateSource]).toEqual(['2024-06', 'month', 'editorial']);
	});
	test('004: captions printed inside a sentence follow the paragraph they interrupted', () => {
		const r = rec('004');
		expect([r.title, r.subtitle]).toEqual([
			'创新创业新高地 宜商宜居新城区',
			'奋力谱写新时代开发区高质量发展绚丽篇章',
		]);
		const i = r.blocks.findIndex((b) => b.text.includes('消除城区学校大班额工程'));
		expect(r.blocks.slice(i + 1, i + 4).map((b) => b.type)).toEqual([
			'caption',
			'caption',
			'caption',
		]);
	});
	test('metrics the issue names are read exactly', () => {
		const m = (stem: string, indicator: string, kind: string) =>
			rec(stem).metrics.find((x) => x.indicator === indicator && x.kind === kind);
		expect(m('000', 'gdp', 'growth')).toMatchObject({
			value: 7.3,
			unit: { printed: '%' },
			period: { printed: '上半年' },
			rank: { printed: '全市第2' },
		});
		expect(m('000', 'imports-exports', 'level')).toMatchObject({
			value: 27.3,
			unit: { printed: '亿元' },
			rank: { printed: '全市第4' },
		});
		expect(m('000', 'foreign-capital-utilised', 'level')).toMatchObject({
			value: 2159.5,
			unit: { printed: '万美元' },
			period: { printed: '1-8月' },
		});
		expect(m('003', 'imports-exports', 'growth')).toMatchObject({
			value: 19.77,
			unit: { printed: '%' },
			rank: { printed: '全市第3' },
		});
		expect(m('002', 'high-tech-output', 'level')).toMatchObject({
			value: 173,
			unit: { printed: '亿元' },
			period: { printed: '2024年1—11月' },
		});
		expect(m('002', 'high-tech-output', 'growth')).toMatchObject({
			value: 21.65,
			unit: { printed: '%' },
		});
	});
	test('every seed has an English translation with the same headings, captions and credits', () => {
		for (const i of items) {
			const r = i.record!;
			expect(r.translation).not.toBeNull();
			const shape = (bs: { type: string }[]) =>
				bs.filter((b) => b.type !== 'paragraph').map((b) => b.type);
			expect(shape(r.translation!.blocks)).toEqual(shape(r.blocks));
		}
	});
});

import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { entityRefSchema, type Block } from '../../src/schemas/article.ts';
import { loadGlossaries, parseGlossary } from '../../scripts/ingest/glossary.ts';
import { findEntities, type Mention } from '../../scripts/ingest/entities.ts';
import { fixture, seedBlocks } from './fixtures/blocks.ts';

const small = parseGlossary('entities', fixture('./entities/glossary.yaml'), 'glossary.yaml');
const real = loadGlossaries().entities;

const find = (texts: string[], entities = small) => {
	const blocks = texts.map((text, i): Block => ({ type: 'paragraph', id: `b${i}`, text }));
	const file = new VFile();
	const result = findEntities(blocks, file, entities);
	return { ...result, blocks, file, messages: file.messages.map(String) };
};
const mentioned = (m: Mention, blocks: Block[]) =>
	blocks[m.block]!.text.slice(m.offset, m.offset + m.length);

describe('findEntities', () => {
	it('matches the longest alias first and never overlaps', () => {
		const { entities, mentions, blocks } = find([
			'中通客车股份有限公司客车交付，中通客车首批500台车辆交付。',
		]);
		expect(entities).toEqual([
			{
				id: 'zhongtong-bus',
				type: 'company',
				name: { zh: '中通客车股份有限公司', en: 'Zhongtong Bus' },
				count: 2,
				blocks: [0],
				mentions: [
					{ block: 0, offset: 0, length: 10 },
					{ block: 0, offset: 15, length: 4 },
				],
			},
		]);
		expect(mentions.map((m) => mentioned(m, blocks))).toEqual(['中通客车股份有限公司', '中通客车']);
		expect(mentions).toEqual([
			{ id: 'zhongtong-bus', block: 0, offset: 0, length: 10 },
			{ id: 'zhongtong-bus', block: 0, offset: 15, length: 4 },
		]);
	});

	it('counts a short alias, but not inside the contexts of `notIn`', () => {
		expect(find(['紧盯中通、聊宝等30家重点外贸企业']).entities.map((e) => [e.id, e.count])).toEqual(
			[
				['zhongtong-bus', 1],
				['gambol-pet', 1],
			],
		);
		expect(find(['运输途中通过海关查验。']).entities).toEqual([]);
	});

	it('reads 聊宝 as Gambol (see the note in data/entities.yaml)', () => {
		const gambol = real.find((e) => e.id === 'gambol-pet')!;
		expect(gambol.aliases).toEqual(
			expect.arrayContaining(['乖宝', '乖宝集团', '乖宝宠物', '乖宝宠物集团', '聊宝', '聊宝集团']),
		);
		expect(gambol.note).toMatch(/5G智慧工厂/);
		expect(find(['聊宝宠物食品集团项目厂区'], real).entities.map((e) => e.id)).toEqual([
			'gambol-pet',
		]);
	});

	it('prefers a project named after its company to the company', () => {
		const { entities } = find([
			'总投资20亿元百思特游艇项目开工，百思特游艇有限公司于2020年7月成立。',
		]);
		expect(entities.map((e) => [e.id, e.count])).toEqual([
			['bestar-yacht-project', 1],
			['bestar-yacht', 1],
		]);
	});

	it('steps over quotes inside a mention, and keeps them in its span', () => {
		const { mentions, blocks } = find(
			['全面开展“双联共促”行动'],
			[
				...small,
				{
					id: 'srdi',
					type: 'programme',
					zh: '专精特新企业',
					en: 'SRDI enterprises',
					aliases: [],
					notIn: [],
					contextual: [],
					kindNames: [],
					link: true,
				},
			],
		);
		expect(mentions.map((m) => mentioned(m, blocks))).toEqual(['双联共促']);
		const quoted = find(
			['新增省级“专精特新”企业22家'],
			[
				{
					id: 'srdi',
					type: 'programme',
					zh: '专精特新企业',
					en: 'SRDI enterprises',
					aliases: [],
					notIn: [],
					contextual: [],
					kindNames: [],
					link: true,
				},
			],
		);
		expect(quoted.mentions.map((m) => mentioned(m, quoted.blocks))).toEqual(['专精特新”企业']);
	});

	it('counts an entity with `link: false` without linking it', () => {
		const { entities, mentions } = find([
			'开发区持续优化服务，聊城经济技术开发区聚焦主责主业。',
			'在国家级开发区综合考核中，开发区排名上升。',
		]);
		expect(entities).toEqual([
			{
				id: 'ldz',
				type: 'place',
				name: {
					zh: '聊城经济技术开发区',
					en: 'Liaocheng Economic and Technological Development Zone',
				},
				count: 3, // not the 开发区 of 国家级开发区
				blocks: [0, 1],
				// the record keeps where they are, but none is a mention to link
				mentions: [
					{ block: 0, offset: 0, length: 3 },
					{ block: 0, offset: 10, length: 9 },
					{ block: 1, offset: 13, length: 3 },
				],
			},
		]);
		expect(mentions).toEqual([]);
	});

	it('does not find a Latin alias inside a longer word', () => {
		expect(find(['XBIPV项目', 'BIPV项目']).entities).toEqual([
			{
				id: 'bipv-project',
				type: 'project',
				name: { zh: 'BIPV项目', en: 'BIPV project' },
				count: 1,
				blocks: [1],
				mentions: [{ block: 1, offset: 0, length: 6 }],
			},
		]);
	});

	it('lists entities in order of first mention, with the blocks that mention them, and reports each once', () => {
		const { entities, messages, file } = find([
			'乖宝集团上市。',
			'中通客车交付。',
			'乖宝、中通出海。',
		]);
		expect(entities.map((e) => [e.id, e.count, e.blocks])).toEqual([
			['gambol-pet', 2, [0, 2]],
			['zhongtong-bus', 2, [1, 2]],
		]);
		expect(messages).toEqual([
			'1:1: Found entity gambol-pet (乖宝宠物食品集团股份有限公司) 2× in blocks 0, 2',
			'1:1: Found entity zhongtong-bus (中通客车股份有限公司) 2× in blocks 1, 2',
		]);
		expect(file.messages.every((m) => m.ruleId === 'entity' && m.source === 'entities')).toBe(true);
	});

	it('places its report at the first mentioning block’s source line, and finds entities in headings too', () => {
		const file = new VFile();
		findEntities(
			[{ type: 'heading', level: 2, id: 'b0', text: '双联共促', source: { start: 12, end: 12 } }],
			file,
			small,
		);
		expect(file.messages.map(String)).toEqual([
			'12:1: Found entity shuanglian-gongcu (双联共促) 1× in block 0',
		]);
	});

	it('finds nothing in an empty glossary', () => {
		expect(find(['中通客车'], []).entities).toEqual([]);
	});
});

describe('findEntities with data/entities.yaml on the five seeds', () => {
	it.each(['000', '001', '002', '003', '004'])('seed %s', (n) => {
		const blocks = seedBlocks(n);
		const file = new VFile();
		const { entities, mentions } = findEntities(blocks, file, real);
		const expected = fixture(`./entities/seed-${n}.entities.txt`)
			.split('\n')
			.filter((l) => l && !l.startsWith('#'));
		expect(entities.map((e) => `${e.id} ${e.type} ${e.count} ${e.blocks.join(',')}`)).toEqual(
			expected,
		);
		for (const e of entities) expect(entityRefSchema.parse(e)).toEqual(e);
		expect(file.messages).toHaveLength(entities.length);
		// every mention spells an alias of its entity, and mentions do not overlap
		const forms = new Map(real.map((e) => [e.id, [e.zh, ...e.aliases]]));
		let previous = { block: -1, end: 0 };
		for (const m of mentions) {
			expect(forms.get(m.id)).toContain(mentioned(m, blocks).replace(/[“”"‘’]/g, ''));
			if (m.block === previous.block) expect(m.offset).toBeGreaterThanOrEqual(previous.end);
			previous = { block: m.block, end: m.offset + m.length };
		}
		expect(mentions.some((m) => m.id === 'ldz')).toBe(false);
	});

	it('finds every company of seed 003 by the form it is printed in', () => {
		const { entities } = findEntities(seedBlocks('003'), new VFile(), real);
		const companies = entities.filter((e) => e.type === 'company').map((e) => e.name.en);
		expect(companies).toEqual(
			expect.arrayContaining([
				'Gambol Pet Group',
				'Zhongtong Bus',
				'Cainiao',
				'Bestar Yacht',
				'Hanyang Heavy Industry',
				'BYD',
				'Volkswagen',
			]),
		);
	});
});

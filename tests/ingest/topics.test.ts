import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Block, EntityRef, Metric } from '../../src/schemas/article.ts';
import { loadGlossaries, parseGlossary } from '../../scripts/ingest/glossary.ts';
import { extractMetrics } from '../../scripts/ingest/metrics.ts';
import { findEntities } from '../../scripts/ingest/entities.ts';
import { assignTopics, topicHits } from '../../scripts/ingest/topics.ts';
import { fixture, seedBlocks } from './fixtures/blocks.ts';

const topics = parseGlossary('topics', fixture('./topics/topics.yaml'), 'topics.yaml');
const [foreignTrade, industry, partyBuilding] = topics as [
	(typeof topics)[0],
	(typeof topics)[0],
	(typeof topics)[0],
];

const blocks = (...texts: string[]): Block[] =>
	texts.map((text, i) => ({ type: 'paragraph', id: `b${i}`, text }));
const entity = (id: string, count: number): EntityRef => ({
	id,
	type: 'place',
	name: { zh: id, en: id },
	count,
	blocks: [0],
	mentions: [],
});
const metric = (indicator: string): Metric => ({
	indicator,
	label: { zh: indicator, en: indicator },
	value: 1,
	unit: { id: 'percent', scale: 1, printed: '%' },
	period: null,
	kind: 'growth',
	rank: null,
	text: '…',
	block: 0,
});

describe('assignTopics', () => {
	it('defaults minHits to 2 when the data leaves it out', () => {
		expect(partyBuilding.minHits).toBe(2);
	});

	it('counts keyword occurrences leftmost-longest: 出口 inside 进出口 is not a second hit', () => {
		expect(topicHits(blocks('进出口稳步增长'), [], [], foreignTrade)).toBe(1);
		expect(topicHits(blocks('进出口稳步增长，出口增长更快', '外贸'), [], [], foreignTrade)).toBe(3);
		expect(assignTopics(blocks('进出口稳步增长'), [], [], topics)).toEqual([]);
		expect(assignTopics(blocks('进出口稳步增长，出口增长更快', '外贸'), [], [], topics)).toEqual([
			'foreign-trade',
		]);
	});

	it('counts each metric of a listed indicator and each mention of a listed entity', () => {
		const none = blocks('开发区聚焦主责主业');
		expect(topicHits(none, [entity('kyrgyzstan', 2)], [metric('exports')], foreignTrade)).toBe(3);
		expect(assignTopics(none, [entity('kyrgyzstan', 2)], [metric('exports')], topics)).toEqual([
			'foreign-trade',
		]);
		expect(assignTopics(none, [entity('kyrgyzstan', 1)], [metric('exports')], topics)).toEqual([]);
		// entities and indicators not listed by a topic do not count for it
		expect(
			assignTopics(
				none,
				[entity('singapore', 5)],
				[metric('gdp'), metric('gdp'), metric('gdp')],
				topics,
			),
		).toEqual([]);
	});

	it('returns topics in the order of the topics file', () => {
		const text = blocks('党建引领产业发展', '产业转型，党建先行，外贸进出口、出口');
		expect(assignTopics(text, [], [], topics)).toEqual([
			'foreign-trade',
			'industry',
			'party-building',
		]);
		expect(assignTopics(text, [], [], [...topics].reverse())).toEqual([
			'party-building',
			'industry',
			'foreign-trade',
		]);
	});

	it('assigns nothing from an empty glossary', () => {
		expect(assignTopics(blocks('党建党建党建'), [], [], [])).toEqual([]);
		expect(topicHits(blocks('党建党建党建'), [], [], industry)).toBe(0);
	});
});

describe('assignTopics with data/*.yaml on the five seeds', () => {
	const g = loadGlossaries();
	const topicsOf = (n: string) => {
		const b = seedBlocks(n);
		const file = new VFile();
		const metrics = extractMetrics(b, file, g.indicators);
		const { entities } = findEntities(b, file, g.entities);
		return assignTopics(b, entities, metrics, g.topics);
	};
	it.each([
		[
			'000',
			[
				'economy',
				'industry',
				'foreign-trade',
				'investment-attraction',
				'major-projects',
				'business-environment',
				'innovation',
				'party-building',
				'rural-revitalisation',
			],
		],
		[
			'001',
			[
				'industry',
				'foreign-trade',
				'investment-attraction',
				'major-projects',
				'business-environment',
				'innovation',
				'urban-construction',
				'rural-revitalisation',
				'livelihood',
			],
		],
		[
			'002',
			[
				'economy',
				'industry',
				'foreign-trade',
				'investment-attraction',
				'major-projects',
				'innovation',
				'consumption',
				'party-building',
			],
		],
		[
			'003',
			[
				'economy',
				'industry',
				'foreign-trade',
				'investment-attraction',
				'major-projects',
				'innovation',
				'consumption',
			],
		],
		[
			'004',
			[
				'economy',
				'industry',
				'foreign-trade',
				'investment-attraction',
				'business-environment',
				'innovation',
				'consumption',
				'urban-construction',
				'party-building',
				'rural-revitalisation',
				'livelihood',
				'ecology',
			],
		],
	])('seed %s', (n, expected) => {
		expect(topicsOf(n)).toEqual(expected);
	});

	it('gives the seed on trade and consumption (003) neither party building nor urban construction', () => {
		expect(topicsOf('003')).not.toContain('party-building');
		expect(topicsOf('003')).not.toContain('urban-construction');
	});
});

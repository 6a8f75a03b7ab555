/**
 * Topics stage: assigns the archive's subjects (`data/topics.yaml`) from what the other stages
 * found, never by hand. A topic's hits in an article are its metrics of the topic's indicators,
 * its mentions of the topic's entities, and the occurrences of the topic's keywords in its blocks
 * (leftmost-longest, so a keyword inside a longer one, 出口 in 进出口, counts once). The topic is
 * assigned when the hits reach its `minHits`. Pure, no report: the record lists the topics.
 */
import type { Block, EntityRef, Metric } from '../../src/schemas/article.ts';
import { compileAliases, type AliasMatcher, type TopicDef } from './glossary.ts';

const matchers = new WeakMap<TopicDef, AliasMatcher<string>>();
function keywordMatcher(topic: TopicDef): AliasMatcher<string> {
	let m = matchers.get(topic);
	if (!m) {
		m = compileAliases(topic.keywords.map((k) => ({ value: k, alias: k })));
		matchers.set(topic, m);
	}
	return m;
}

/** Hits of one topic in an article (exported for tests and for tuning `minHits`). Never throws. */
export function topicHits(
	blocks: Block[],
	entities: EntityRef[],
	metrics: Metric[],
	topic: TopicDef,
): number {
	const fromMetrics = metrics.filter((m) => topic.indicators.includes(m.indicator)).length;
	const fromEntities = entities
		.filter((e) => topic.entities.includes(e.id))
		.reduce((n, e) => n + e.count, 0);
	const match = keywordMatcher(topic);
	const fromKeywords = blocks.reduce((n, block) => n + match(block.text).length, 0);
	return fromMetrics + fromEntities + fromKeywords;
}

/**
 * Ids of the topics the article reaches `minHits` for, in the order of the topics file.
 * Never throws.
 */
export function assignTopics(
	blocks: Block[],
	entities: EntityRef[],
	metrics: Metric[],
	topics: TopicDef[],
): string[] {
	return topics
		.filter((t) => topicHits(blocks, entities, metrics, t) >= t.minHits)
		.map((t) => t.id);
}

/**
 * The inline marks of an article body, computed from its record alone: each figure the metrics stage
 * read (`Figure`, linked to its row in the figures table) and the first mention of each linkable
 * entity per section (`Mention`, linked to the entity page). One function for both outputs of an
 * article: the ingest writes these marks as MDX components (`scripts/ingest/mdx.ts`) and the site
 * renders them as links (`src/components/ArticleBody.astro`), so the two always agree.
 *
 * Pure and dependency-free: runs in the ingest (plain Node) and in Astro.
 */
import type { Article } from '../schemas/article.ts';
import { codePointLength, sliceCodePoints } from './codepoints.ts';

/** What a span marks: the record's figure `metrics[metric]`, or a mention of entity id `entity`. */
export type InlineMark = { kind: 'figure'; metric: number } | { kind: 'mention'; entity: string };

/** `length` code points of a block's text from code point `offset`, marked. */
export type InlineSpan = InlineMark & { offset: number; length: number };

/** A run of block text, marked or not. */
export type Segment = { text: string; mark?: InlineMark };

type Body = Pick<Article, 'blocks' | 'metrics' | 'entities'>;

const overlaps = (list: InlineSpan[], offset: number, length: number) =>
	list.some((s) => s.offset < offset + length && offset < s.offset + s.length);

/**
 * Spans per block, in text order. Figures first (a figure whose `match` is not at its `offset` is left
 * unmarked; two figures read from the same characters share the first one's span); then the first
 * mention of each linkable entity per section (sections start at each heading; headings themselves are
 * not linked), where it does not overlap a figure. Never throws.
 */
export function inlineSpans(body: Body, linkable: (entity: string) => boolean): InlineSpan[][] {
	const perBlock: InlineSpan[][] = body.blocks.map(() => []);
	body.metrics.forEach((m, metric) => {
		if (!m.match || m.blockOffset === undefined) return;
		const length = codePointLength(m.match);
		const text = body.blocks[m.block]?.text;
		if (text === undefined || sliceCodePoints(text, m.blockOffset, length) !== m.match) return;
		const list = perBlock[m.block]!;
		if (!overlaps(list, m.blockOffset, length))
			list.push({ kind: 'figure', metric, offset: m.blockOffset, length });
	});
	let section = 0;
	const sectionOf = body.blocks.map((b) => (b.type === 'heading' ? ++section : section));
	const mentions = body.entities
		.filter((e) => linkable(e.id))
		.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, ...m })))
		.sort((a, b) => a.block - b.block || a.offset - b.offset);
	const seen = new Set<string>();
	for (const m of mentions) {
		const key = `${sectionOf[m.block]}:${m.entity}`;
		const list = perBlock[m.block];
		if (
			!list ||
			seen.has(key) ||
			body.blocks[m.block]!.type === 'heading' ||
			overlaps(list, m.offset, m.length)
		)
			continue;
		seen.add(key);
		list.push({ kind: 'mention', entity: m.entity, offset: m.offset, length: m.length });
	}
	for (const list of perBlock) list.sort((a, b) => a.offset - b.offset);
	return perBlock;
}

/**
 * A block's text cut at its spans (offsets in code points): every character once, in order.
 * Never throws.
 */
export function segments(text: string, spans: readonly InlineSpan[] = []): Segment[] {
	const out: Segment[] = [];
	const chars = Array.from(text);
	let at = 0;
	for (const { offset, length, ...mark } of spans) {
		if (offset < at || offset + length > chars.length) continue;
		if (offset > at) out.push({ text: chars.slice(at, offset).join('') });
		out.push({ text: chars.slice(offset, offset + length).join(''), mark: mark as InlineMark });
		at = offset + length;
	}
	if (at < chars.length || out.length === 0) out.push({ text: chars.slice(at).join('') });
	return out;
}

/**
 * The source sentence of a figure cut around the figure: `[before, figure, after]`, from the metric's
 * code-point offsets (`blockOffset - textOffset` is the figure's place in `text`). A figure not found
 * at that place is not marked (`['text', '', '']`): marking another occurrence would be wrong.
 * Never throws.
 */
export function sentenceParts(
	metric: Pick<Article['metrics'][number], 'text' | 'match' | 'blockOffset' | 'textOffset'>,
): [string, string, string] {
	const { text, match, blockOffset, textOffset } = metric;
	if (!match || blockOffset === undefined || textOffset === undefined) return [text, '', ''];
	const chars = Array.from(text);
	const at = blockOffset - textOffset;
	const length = codePointLength(match);
	if (at < 0 || chars.slice(at, at + length).join('') !== match) return [text, '', ''];
	return [chars.slice(0, at).join(''), match, chars.slice(at + length).join('')];
}

/** Metric indices marked as figures in the text. Never throws. */
export function markedFigures(spans: readonly InlineSpan[][]): Set<number> {
	return new Set(spans.flat().flatMap((s) => (s.kind === 'figure' ? [s.metric] : [])));
}

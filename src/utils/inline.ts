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

export type InlineMark = { kind: 'figure'; metric: number } | { kind: 'mention'; entity: string };

/** `length` characters of a block's text from `offset`, marked. */
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
 * not linked), where it does not overlap a figure.
 */
export function inlineSpans(body: Body, linkable: (entity: string) => boolean): InlineSpan[][] {
	const perBlock: InlineSpan[][] = body.blocks.map(() => []);
	body.metrics.forEach((m, metric) => {
		if (!m.match || m.offset === undefined) return;
		if (body.blocks[m.block]?.text.slice(m.offset, m.offset + m.match.length) !== m.match) return;
		const list = perBlock[m.block]!;
		if (!overlaps(list, m.offset, m.match.length)) list.push({ kind: 'figure', metric, offset: m.offset, length: m.match.length });
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
		if (!list || seen.has(key) || body.blocks[m.block]!.type === 'heading' || overlaps(list, m.offset, m.length)) continue;
		seen.add(key);
		list.push({ kind: 'mention', entity: m.entity, offset: m.offset, length: m.length });
	}
	for (const list of perBlock) list.sort((a, b) => a.offset - b.offset);
	return perBlock;
}

/** A block's text cut at its spans: every character once, in order. */
export function segments(text: string, spans: readonly InlineSpan[] = []): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const { offset, length, ...mark } of spans) {
		if (offset < at || offset + length > text.length) continue;
		if (offset > at) out.push({ text: text.slice(at, offset) });
		out.push({ text: text.slice(offset, offset + length), mark: mark as InlineMark });
		at = offset + length;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
	return out;
}

/** Metric indices marked as figures in the text. */
export function markedFigures(spans: readonly InlineSpan[][]): Set<number> {
	return new Set(spans.flat().flatMap((s) => (s.kind === 'figure' ? [s.metric] : [])));
}

/**
 * Stage `mdx` (emit): a record → MDX text. MDX is code, so article text never reaches it as code: every
 * ASCII punctuation character of article text is written as a numeric character reference (`{` →
 * `&#123;`, `<` → `&#60;`), which MDX renders as the character itself and never parses as an
 * expression, JSX, ESM, Markdown or HTML. The body is a fixed vocabulary of components the site supplies:
 * `Heading`, `Para`, `Caption`, `Credit`, and inline `Mention` (first mention of an entity per section)
 * and `Figure` (a metric's figure). Frontmatter is YAML written by the `yaml` library.
 */
import { stringify } from 'yaml';
import type { Article, Block, Frontmatter } from '../../src/schemas/article.ts';
import type { Mention } from './entities.ts';

/** Escape article text for an MDX text position: ASCII punctuation as character references. */
export function escapeMdx(text: string): string {
	return text.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\n\r\t]/g, ' ');
}

interface Span {
	offset: number;
	length: number;
	open: string;
	close: string;
}

function renderText(text: string, spans: Span[]): string {
	const sorted = [...spans].sort((a, b) => a.offset - b.offset || b.length - a.length);
	let out = '';
	let at = 0;
	for (const s of sorted) {
		if (s.offset < at || s.offset + s.length > text.length) continue; // overlapping: first wins
		out += escapeMdx(text.slice(at, s.offset)) + s.open + escapeMdx(text.slice(s.offset, s.offset + s.length)) + s.close;
		at = s.offset + s.length;
	}
	return out + escapeMdx(text.slice(at));
}

function renderBlock(b: Block, spans: Span[]): string {
	const inner = renderText(b.text, spans);
	switch (b.type) {
		case 'heading':
			return `<Heading id="${b.id}" level="${b.level ?? 2}">${inner}</Heading>`;
		case 'caption':
			return `<Caption id="${b.id}">${inner}</Caption>`;
		case 'credit':
			return `<Credit id="${b.id}">${inner}</Credit>`;
		default:
			return `<Para id="${b.id}" kind="${b.type}">${inner}</Para>`;
	}
}

/** Figures first; then the first mention of each linkable entity per section, where it does not overlap. */
export function inlineSpans(record: Article, mentions: Mention[], linkable: (id: string) => boolean): Span[][] {
	const perBlock: Span[][] = record.blocks.map(() => []);
	record.metrics.forEach((m, i) => {
		if (m.match && m.offset !== undefined && record.blocks[m.block]?.text.slice(m.offset, m.offset + m.match.length) === m.match) {
			const list = perBlock[m.block]!;
			if (!list.some((s) => s.offset < m.offset! + m.match!.length && m.offset! < s.offset + s.length)) {
				list.push({ offset: m.offset, length: m.match.length, open: `<Figure metric="${i}">`, close: '</Figure>' });
			}
		}
	});
	let section = 0;
	const seen = new Set<string>();
	const sectionOf = record.blocks.map((b) => (b.type === 'heading' ? ++section : section));
	for (const m of [...mentions].sort((a, b) => a.block - b.block || a.offset - b.offset)) {
		const key = `${sectionOf[m.block]}:${m.id}`;
		if (seen.has(key) || !linkable(m.id) || record.blocks[m.block]?.type === 'heading') continue;
		const list = perBlock[m.block]!;
		if (list.some((s) => s.offset < m.offset + m.length && m.offset < s.offset + s.length)) continue;
		seen.add(key);
		list.push({ offset: m.offset, length: m.length, open: `<Mention entity="${m.id}">`, close: '</Mention>' });
	}
	return perBlock;
}

function frontmatter(data: Frontmatter): string {
	// Every string double-quoted: no YAML reader may take `2025-01-11` for a date or `null` text for null.
	return `---\n${stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n`;
}

const pick = (r: Article): Omit<Frontmatter, 'lang' | 'originalTitle' | 'summary'> => ({
	id: r.id,
	slug: r.slug,
	sourceFile: r.sourceFile,
	title: r.title,
	subtitle: r.subtitle,
	kicker: r.kicker,
	byline: r.byline,
	source: r.source,
	date: r.date,
	datePrecision: r.datePrecision,
	dateSource: r.dateSource,
	dateEvidence: r.dateEvidence,
	metrics: r.metrics,
	entities: r.entities,
	topics: r.topics,
});

export function toMdx(record: Article, mentions: Mention[], linkable: (id: string) => boolean): { zh: string; en: string | null } {
	const spans = inlineSpans(record, mentions, linkable);
	const zh =
		frontmatter({ ...pick(record), lang: 'zh', originalTitle: null, summary: null }) +
		'\n' +
		record.blocks.map((b, i) => renderBlock(b, spans[i]!)).join('\n\n') +
		'\n';
	const t = record.translation;
	const en = t
		? frontmatter({ ...pick(record), lang: 'en', title: t.title, subtitle: t.subtitle, kicker: t.kicker, originalTitle: record.title, summary: t.summary }) +
			'\n' +
			t.blocks.map((b) => renderBlock(b, [])).join('\n\n') +
			'\n'
		: null;
	return { zh, en };
}

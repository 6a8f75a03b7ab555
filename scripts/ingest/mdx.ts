/**
 * Stage `mdx` (emit): a record → MDX text. MDX is code, so article text never reaches it as code: every
 * ASCII punctuation character of article text is written as a numeric character reference (`{` →
 * `&#123;`, `<` → `&#60;`), which MDX renders as the character itself and never parses as an
 * expression, JSX, ESM, Markdown or HTML. The body is a fixed vocabulary of components the site supplies:
 * `Heading`, `Para`, `Caption`, `Credit`, and inline `Mention` (first mention of an entity per section)
 * and `Figure` (a metric's figure), placed by `inlineSpans` (src/utils/inline.ts), the function the site
 * renders the same marks with. Frontmatter is YAML written by the `yaml` library.
 */
import { stringify } from 'yaml';
import type { Article, Block, Frontmatter } from '../../src/schemas/article.ts';
import { inlineSpans, segments, type InlineMark, type InlineSpan } from '../../src/utils/inline.ts';

/** Escape article text for an MDX text position: ASCII punctuation as character references. */
export function escapeMdx(text: string): string {
	return text.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\n\r\t]/g, ' ');
}

/** The MDX component a mark is written as. */
function tag(mark: InlineMark): [string, string] {
	return mark.kind === 'figure' ? [`<Figure metric="${mark.metric}">`, '</Figure>'] : [`<Mention entity="${mark.entity}">`, '</Mention>'];
}

function renderText(text: string, spans: InlineSpan[]): string {
	return segments(text, spans)
		.map((s) => {
			if (!s.mark) return escapeMdx(s.text);
			const [open, close] = tag(s.mark);
			return open + escapeMdx(s.text) + close;
		})
		.join('');
}

function renderBlock(b: Block, spans: InlineSpan[]): string {
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
	dateNote: r.dateNote,
	metrics: r.metrics,
	entities: r.entities.map(({ mentions: _, ...e }) => e),
	topics: r.topics,
});

/**
 * The article as MDX: the Chinese text (with `Figure` and `Mention` marks for the entities `linkable`
 * accepts), and the English translation (no marks) or null. Each is YAML frontmatter (`frontmatterSchema`)
 * plus one component per block; article text is escaped with `escapeMdx`. Pure; never throws on text.
 */
export function toMdx(record: Article, linkable: (id: string) => boolean): { zh: string; en: string | null } {
	const spans = inlineSpans(record, linkable);
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

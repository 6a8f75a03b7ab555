/**
 * Stage `mdx` (emit): a record → MDX text. MDX is code, so article text never reaches it as code: every
 * ASCII punctuation character of article text is written as a numeric character reference (`{` →
 * `&#123;`, `<` → `&#60;`), which MDX renders as the character itself and never parses as an
 * expression, JSX, ESM, Markdown or HTML. The body is a fixed vocabulary of components the site supplies:
 * `Heading`, `Para`, `Caption`, `Credit`, and inline `Mention` (first mention of an entity per section)
 * and `Figure` (a metric's figure), placed by `inlineSpans` (src/utils/inline.ts), the function the site
 * renders the same marks with. Frontmatter is YAML written by the `yaml` library.
 *
 * These files are the article: the site's content loader (`src/loaders/articles.ts`) reads them back
 * with `readArticle` (src/utils/article-mdx.ts); there is no second format.
 */
import { stringify } from 'yaml';
import {
	articlePaths,
	type Article,
	type Block,
	type EnFrontmatter,
	type ZhFrontmatter,
} from '../../src/schemas/article.ts';
import { inlineSpans, segments, type InlineMark, type InlineSpan } from '../../src/utils/inline.ts';

/** Escape article text for an MDX text position: ASCII punctuation as character references. */
export function escapeMdx(text: string): string {
	return text.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\n\r\t]/g, ' ');
}

/** The MDX component a mark is written as. */
function tag(mark: InlineMark): [string, string] {
	return mark.kind === 'figure'
		? [`<Figure metric="${mark.metric}">`, '</Figure>']
		: [`<Mention entity="${mark.entity}">`, '</Mention>'];
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

/** `lines="3-5"`: the source lines a block was built from (absent on translated blocks). */
const lines = (b: Block) => (b.source ? ` lines="${b.source.start}-${b.source.end}"` : '');

function renderBlock(b: Block, spans: InlineSpan[]): string {
	const inner = renderText(b.text, spans);
	switch (b.type) {
		case 'heading':
			return `<Heading id="${b.id}" level="${b.level ?? 2}"${lines(b)}>${inner}</Heading>`;
		case 'caption':
			return `<Caption id="${b.id}"${lines(b)}>${inner}</Caption>`;
		case 'credit':
			return `<Credit id="${b.id}"${lines(b)}>${inner}</Credit>`;
		default:
			return `<Para id="${b.id}" kind="${b.type}"${lines(b)}>${inner}</Para>`;
	}
}

function frontmatter(data: ZhFrontmatter | EnFrontmatter): string {
	// Every string double-quoted: no YAML reader may take `2025-01-11` for a date or `null` text for null.
	return `---\n${stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n`;
}

/**
 * The files of one article, relative to the content directory: `zh/<slug>.mdx` (every field of the
 * record but the body, cleaning report and English edition in frontmatter; the body as vocabulary
 * components), `en/<slug>.mdx` for a translated article, and `cleaning/<slug>.json` (the cleaning
 * report). `readArticle` (src/utils/article-mdx.ts) reads them back into exactly `record`.
 */
export function toMdx(
	record: Article,
	linkable: (id: string) => boolean,
): { zh: string; en: string | null; cleaning: string } {
	const spans = inlineSpans(record, linkable);
	const { blocks, cleaning, translation: t, ...fields } = record;
	const { zh: zhPath, en: enPath } = articlePaths(record.slug);
	const zh =
		frontmatter({ ...fields, translationFile: t ? enPath : null }) +
		'\n' +
		blocks.map((b, i) => renderBlock(b, spans[i]!)).join('\n\n') +
		'\n';
	const en = t
		? frontmatter({
				id: record.id,
				slug: record.slug,
				lang: 'en',
				title: t.title,
				subtitle: t.subtitle,
				kicker: t.kicker,
				summary: t.summary,
				translator: t.translator,
				originalFile: zhPath,
				originalTitle: record.title,
				date: record.date,
				datePrecision: record.datePrecision,
			}) +
			'\n' +
			t.blocks.map((b) => renderBlock(b, [])).join('\n\n') +
			'\n'
		: null;
	return { zh, en, cleaning: `${JSON.stringify(cleaning, null, '\t')}\n` };
}

/**
 * Result rendering: everything from the index is data. Text goes in with textContent; the only
 * markup is the <mark> elements built here around the query's terms (src/scripts/search/excerpt.ts).
 */
import { clean, type Lang } from '../search-query.ts';
import { THING_TOKEN_RE } from '../../utils/search-facets.ts';
import { findFolded, foldForMatch } from '../../utils/fold.ts';
import { makeExcerpt, type Segment } from './excerpt.ts';
import type { Fragment } from './types.ts';

/**
 * A DOM element `tag` with attributes `props` (undefined ones skipped) and `children` appended;
 * strings become text nodes (never parsed as HTML), so article text is safe here.
 */
export const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<Record<string, string>> = {},
	...children: (Node | string)[]
) => {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
	e.append(...children);
	return e;
};

/** `{{name}}` placeholders of a UI string filled with text. */
export const fill = (template: string | undefined, values: Record<string, string>) =>
	(template ?? '').replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

const segmentNodes = (segments: Segment[]): Node[] =>
	segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));

/**
 * The page's indexed text without the index words of its glossary things, and without the spaces
 * Pagefind's English word splitting leaves next to Han characters (`增长 7.3%`).
 */
const pageText = (f: Fragment) => tidy(clean(f.content).replace(THING_TOKEN_RE, ''));

/** Index text as shown: without the spaces the index sets next to Han characters on English pages. */
export const tidy = (s: string) =>
	clean(s).replace(
		/(?<=\p{Script=Han}|[\u3000-\u303f\uff01-\uff60“”])[ \t]+(?=[\p{Script=Han}\p{N}A-Za-z\u3000-\u303f\uff01-\uff60“”])|(?<=[\p{N}A-Za-z%])[ \t]+(?=\p{Script=Han})/gu,
		'',
	);

/**
 * The excerpt of a result: from the page's text around the first term it has (excerpt.ts); if none
 * of the marks is in the text (a page found by a thing's index word alone), the page's first block.
 */
export function excerptNodes(f: Fragment, marks: string[], lang: Lang, text = pageText(f)): Node[] {
	const title = tidy(f.meta.title ?? '');
	const segments =
		makeExcerpt(text, marks, lang, f.meta.names ?? '', undefined, title) ??
		(makeExcerpt(text, [text.slice(0, 1)], lang, f.meta.names ?? '') ?? []).map((x) => ({
			...x,
			mark: false,
		}));
	return segmentNodes(segments);
}

/**
 * A result's link: Pagefind's `url` (a path, maybe with a query and a `#` anchor) with one
 * `highlight` parameter per mark (percent-encoded) before the anchor; the article page marks them
 * (src/scripts/highlight.ts). String work only: a `URL` object per link was a measurable part of
 * rendering a result. Does not throw.
 */
export function withHighlight(url: string, marks: string[]): string {
	if (!marks.length) return url;
	const at = url.indexOf('#');
	const [path, hash] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
	const query = marks.map((m) => `highlight=${encodeURIComponent(m)}`).join('&');
	return `${path}${path.includes('?') ? '&' : '?'}${query}${hash}`;
}

let resultCount = 0;

/**
 * One result as a list item: the title linked with the marks the page has (`withHighlight`),
 * dateline, source and edition, the excerpt (`excerptNodes`), and up to three of Pagefind's
 * sub-results (sections with an anchor, other than the title) as links. Every string from the index
 * goes in as text. `sectionsLabel` is the UI string with `{{title}}` that labels the section list
 * for screen readers. Text of an untranslated page on the English edition carries its `lang`
 * (`textLang` metadata).
 */
export function renderResult(
	f: Fragment,
	marks: string[],
	lang: Lang,
	sectionsLabel: string | undefined,
): HTMLLIElement {
	const title = tidy(f.meta.title ?? f.url);
	// An English page without a translation shows the Chinese text: its title and excerpts say so
	// (`textLang` metadata, components/SearchIndexData.astro).
	const textLang = f.meta.textLang ? { lang: f.meta.textLang } : {};
	// Only the marks this page has go into its link (the article page marks every one it finds).
	const text = pageText(f);
	const folded = foldForMatch(text);
	const present = marks.filter((m) => findFolded(folded, [m], lang === 'en').length > 0);
	const href = withHighlight(f.url, present.length ? present : marks);
	const meta = el('p', { class: 'search-result__meta' });
	const dateline = clean(f.meta.dateline ?? '');
	if (dateline)
		meta.append(f.meta.date ? el('time', { datetime: f.meta.date }, dateline) : dateline);
	if (f.meta.source) meta.append(dateline ? ' · ' : '', f.meta.source);
	// The edition's printed name is Chinese: marked as such on the English page.
	if (f.meta.edition)
		meta.append(
			' ',
			lang === 'zh' ? f.meta.edition : el('span', { lang: 'zh-CN' }, f.meta.edition),
		);
	const li = el(
		'li',
		{ class: 'search-result', 'data-result-url': f.url },
		el('h2', {}, el('a', { href, 'data-result-link': '', ...textLang }, title)),
		meta,
		el(
			'p',
			{ class: 'search-result__excerpt', ...textLang },
			...excerptNodes(f, present, lang, text),
		),
	);
	// Sections of the article that match (Pagefind's sub-results), as links to them; labelled by a
	// hidden element rather than aria-label, so that the title in it keeps its language.
	const subs = f.sub_results
		.filter((r) => r.url.includes('#') && clean(r.title) !== title)
		.slice(0, 3);
	if (subs.length) {
		const labelId = `search-result-sections-${++resultCount}`;
		const [before = '', after = ''] = (sectionsLabel ?? '{{title}}').split('{{title}}');
		li.append(
			el('span', { id: labelId, class: 'sr-only' }, before, el('span', textLang, title), after),
		);
		li.append(
			el(
				'ul',
				{ class: 'search-result__subs', 'aria-labelledby': labelId, ...textLang },
				...subs.map((r) =>
					el('li', {}, el('a', { href: withHighlight(r.url, present) }, clean(r.title))),
				),
			),
		);
	}
	return li as HTMLLIElement;
}

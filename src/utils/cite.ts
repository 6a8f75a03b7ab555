/**
 * Citations of an article, rendered by Citation.js (`@citation-js/core` + `plugin-csl`) from the
 * official CSL styles vendored in `data/csl/` (GB/T 7714-2015 numeric, APA 7th edition; see
 * `data/csl/README.md`), and its reference-manager exports (RIS, BibTeX, CSL-JSON).
 *
 * Everything starts from one CSL-JSON item of type `article-newspaper` ({@link cslItem}): title, date
 * with its precision (`[[2024]]`, `[[2024, 6]]` or `[[2024, 6, 12]]`), newspaper, edition, page, URL,
 * language, and the byline's reporters, correspondents and authors.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import gbtStyle from '../../data/csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import apaStyle from '../../data/csl/apa.csl?raw';
import zhLocale from '../../data/csl/locales-zh-CN.xml?raw';
import type { Article, ArticleEntry } from '../schemas/article.ts';
import { writeCacheFile } from './cache-file.ts';
import { config } from './config.ts';
import { dateParts } from './format.ts';
import { romanise } from './names.ts';

/** The CSL template name of GB/T 7714-2015 (numeric), as registered with Citation.js. */
export const GBT_STYLE = 'gb-t-7714-2015-numeric';
/** The CSL template name of APA 7th edition, as registered with Citation.js. */
export const APA_STYLE = 'apa-7';
const csl = plugins.config.get('@csl');
if (!csl.styles.has(GBT_STYLE)) csl.styles.add(GBT_STYLE, gbtStyle);
if (!csl.styles.has(APA_STYLE)) csl.styles.add(APA_STYLE, apaStyle);
// plugin-csl ships en-US and four European locales only; the GB/T style's default locale is zh-CN.
if (!csl.locales.has('zh-CN')) csl.locales.add('zh-CN', zhLocale);
const bibtexConfig = plugins.config.get('@bibtex');
// Without these, Citation.js drops every non-ASCII character (the whole Chinese title) and makes
// up a label from the (then empty) author and title.
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;
// Slugs are already valid keys; the check would drop their hyphens.
bibtexConfig.format.checkLabel = false;

const authorRoles = new Set(['reporter', 'correspondent', 'author']);
/** Two-character surnames (复姓): `欧阳明辉` is 欧阳 + 明辉. Every other Han name has a one-character surname. */
const compoundSurnames = [
	'欧阳',
	'司马',
	'上官',
	'诸葛',
	'东方',
	'皇甫',
	'尉迟',
	'公孙',
	'慕容',
	'令狐',
	'夏侯',
	'长孙',
	'宇文',
	'司徒',
	'端木',
];

/** A CSL name: family and given name, or a literal name that must not be split. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL-JSON date: `date-parts` with as many parts as are known (year, month, day). */
export interface CslDate {
	'date-parts': [number[]];
}

/** The CSL-JSON item of a newspaper article (the fields this archive fills). */
export interface CslItem {
	id: string;
	type: 'article-newspaper';
	title: string;
	'container-title': string;
	author?: CslName[];
	issued?: CslDate;
	accessed?: CslDate;
	edition?: string;
	page?: string;
	URL: string;
	/** BCP 47: always `zh-CN`, the language of the original. */
	language: string;
}

/** Names of the byline's reporters, correspondents and authors (not editors, photographers…), in order, once each. */
export function citationAuthors(record: Pick<Article, 'byline'>): string[] {
	return [
		...new Set(record.byline.filter((b) => authorRoles.has(b.role)).map((b) => b.name.trim())),
	].filter(Boolean);
}

function surnameLength(compact: string): number {
	return compoundSurnames.some((s) => compact.startsWith(s)) && compact.length > 2 ? 2 : 1;
}

/**
 * A byline name as a CSL name: a Han name of two or more characters is split into surname (one
 * character, or two for the compound surnames above) and given name (`张广玉` → 张 + 广玉); any other
 * name is kept whole as a literal (CSL would otherwise guess at it).
 */
export function cslName(name: string): CslName {
	const compact = name.replace(/\s+/g, '');
	if (!/^\p{Script=Han}{2,}$/u.test(compact)) return { literal: name.trim() };
	const n = surnameLength(compact);
	return { family: compact.slice(0, n), given: compact.slice(n) };
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A Han name in pinyin, as a CSL name (`张广玉` → `{ family: 'Zhang', given: 'Guangyu' }`), for APA. */
export function romanisedName(name: string): CslName {
	const n = cslName(name);
	if ('literal' in n) return n;
	const syllables = (s: string) =>
		pinyin(s, { toneType: 'none', type: 'array', surname: 'head' }) as string[];
	return {
		family: capitalise(syllables(n.family).join('')),
		given: capitalise(syllables(n.given).join('')),
	};
}

/** A CSL date with the parts the precision vouches for, or undefined when the date is unknown. */
export function cslDate(
	date: string | null,
	precision: Article['datePrecision'],
): CslDate | undefined {
	const p = precision === 'unknown' ? null : dateParts(date);
	if (!p) return undefined;
	if (precision === 'year' || p.month === undefined) return { 'date-parts': [[p.year]] };
	if (precision === 'month' || p.day === undefined) return { 'date-parts': [[p.year, p.month]] };
	return { 'date-parts': [[p.year, p.month, p.day]] };
}

/** `YYYY-MM-DD` → a CSL date. Throws on any other shape. */
function dayDate(day: string): CslDate {
	const m = day.match(/^(\d{4})-(\d{2})-(\d{2})$/);
	if (!m) throw new Error(`not a YYYY-MM-DD date: ${day}`);
	return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
}

/**
 * The article as a CSL-JSON `article-newspaper` item. `url` is the absolute URL of the page cited;
 * `accessed` (`YYYY-MM-DD`) is left out unless given: a static page cannot know when it is read.
 */
export function cslItem(record: ArticleEntry, url: string, accessed?: string): CslItem {
	const authors = citationAuthors(record).map(cslName);
	const issued = cslDate(record.date, record.datePrecision);
	return {
		id: record.slug,
		type: 'article-newspaper',
		title: record.title,
		'container-title': record.source.name,
		...(authors.length ? { author: authors } : {}),
		...(issued ? { issued } : {}),
		...(accessed ? { accessed: dayDate(accessed) } : {}),
		...(record.source.edition ? { edition: record.source.edition } : {}),
		...(record.source.page ? { page: record.source.page } : {}),
		URL: url,
		language: 'zh-CN',
	};
}

/** A stand-in for the cited page's URL, so that one formatting serves an article's two pages. */
const URL_STAND_IN = 'https://cited-page.invalid/';
/** Citation.js's output options: one reference as plain text. */
const OUTPUT = { format: 'text' } as const;
/** Formatted references of this build, by cache file. */
const formatted = new Map<string, string>();
let formatter: string | undefined;

/**
 * sha256 (hex) of what every formatted reference depends on besides its item, style name and
 * language: the versions of Citation.js and citeproc-js, the output options, and the vendored styles'
 * and locale's XML. A new version or style gives new cache files. Throws when a package cannot be resolved.
 */
function formatterKey(): string {
	if (formatter) return formatter;
	const require = createRequire(import.meta.url);
	const pluginCsl = require.resolve('@citation-js/plugin-csl/package.json');
	const version = (req: NodeJS.Require, pkg: string) =>
		(req(`${pkg}/package.json`) as { version: string }).version;
	const versions = [
		version(require, '@citation-js/core'),
		version(require, '@citation-js/plugin-csl'),
		version(createRequire(pluginCsl), 'citeproc'),
	];
	return (formatter = createHash('sha256')
		.update(JSON.stringify([versions, OUTPUT, gbtStyle, apaStyle, zhLocale]))
		.digest('hex'));
}

/**
 * One reference of a CSL item in `style` (a registered CSL template: `GBT_STYLE`, `APA_STYLE`) and
 * `lang`, as plain text, read from the reference cache `dir` (`ARCHIVE_CITATION_CACHE`, default
 * `.cache/citations`) when formatted before, else formatted by citeproc-js and written there as
 * `<sha256 of formatter, style, language and item>.txt`. citeproc-js is the costly part of an article
 * page (about 2 ms a reference), so a rebuild formats only new or changed items. An article's
 * Chinese and English pages cite the same item but for its URL: the item is formatted once with a
 * stand-in URL, which each page's URL then replaces (where the stand-in is not printed exactly once,
 * the item is formatted as it is). Throws on cache I/O errors.
 */
export function bibliography(
	item: { URL?: string },
	style: string,
	lang: string,
	dir = config.citationCache,
): string {
	const once = (it: object): string => {
		const key = createHash('sha256')
			.update(JSON.stringify([formatterKey(), style, lang, it]))
			.digest('hex');
		const file = join(dir, `${key}.txt`);
		let text = formatted.get(file);
		if (text !== undefined) return text;
		try {
			text = readFileSync(file, 'utf8');
		} catch {
			text = new Cite(it).format('bibliography', { template: style, lang, ...OUTPUT }).trim();
			writeCacheFile(file, text);
		}
		formatted.set(file, text);
		return text;
	};
	if (!item.URL) return once(item);
	const parts = once({ ...item, URL: URL_STAND_IN }).split(URL_STAND_IN);
	return parts.length === 2 ? parts.join(item.URL) : once(item);
}

/**
 * The date the GB/T citation box prints as its access date (`[引用日期]`) in the static HTML; the
 * page's script replaces it with the reader's date, and removes it where scripts do not run.
 */
export const ACCESSED_PLACEHOLDER = '1000-01-01';

/**
 * GB/T 7714-2015 reference for a newspaper article, from the CSL style
 * `china-national-standard-gb-t-7714-2015-numeric` without its list number `[1]`:
 * `作者. 题名[N/OL]. 报纸名, YYYY-MM-DD(版次)[引用日期]. URL.` The date has the record's precision
 * (`2024-06`, `2024`), or is left out when unknown; `accessed` is `YYYY-MM-DD` or absent.
 */
export function gbt7714(record: ArticleEntry, url: string, accessed?: string): string {
	return bibliography(cslItem(record, url, accessed), GBT_STYLE, 'zh-CN').replace(/^\[1\]\s*/, '');
}

/**
 * APA 7 reference, from the CSL style `apa` (7th edition): authors in pinyin (`Zhang, C.`), the
 * original title followed by the English title of the translation in brackets, the newspaper with its
 * English name in brackets (APA 7, 9.38–9.39 on works in another language), `n.d.` when undated.
 */
export function apa(record: ArticleEntry, url: string): string {
	const item = cslItem(record, url);
	const paper = record.source.name;
	const paperEn = romanise(paper, 'title');
	const title = record.translation ? `${record.title} [${record.translation.title}]` : record.title;
	// No `language`: citeproc-js prints names of items in Chinese family-name-first without the comma APA wants.
	const { language: _language, ...rest } = item;
	const apaItem = {
		...rest,
		title,
		'container-title': paperEn === paper ? paper : `${paper} [${paperEn}]`,
		...(item.author ? { author: citationAuthors(record).map(romanisedName) } : {}),
	};
	return bibliography(apaItem, APA_STYLE, 'en-US');
}

/** The article as CSL-JSON (an array of one item, as reference managers import it), pretty-printed. */
export function cslJson(record: ArticleEntry, url: string): string {
	return `${JSON.stringify([cslItem(record, url)], null, 2)}\n`;
}

/**
 * TeX's special characters in a BibTeX field value, escaped: Citation.js writes field text as it is, so a
 * title holding `{`, `}`, `&`, `%`, `$`, `#` or `_` (article text is data: any character may be printed)
 * would be read back without its braces or not parse at all. Backslash becomes `\textbackslash{}`.
 */
function texEscape(text: string): string {
	return text.replace(/[\\{}&%$#_]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}

/** The article as a BibTeX entry (UTF-8, labelled with its slug), by Citation.js; field text TeX-escaped. */
export function bibtex(record: ArticleEntry, url: string): string {
	const item = cslItem(record, url);
	const escaped: CslItem = {
		...item,
		title: texEscape(item.title),
		'container-title': texEscape(item['container-title']),
		...(item.edition === undefined ? {} : { edition: texEscape(item.edition) }),
		...(item.page === undefined ? {} : { page: texEscape(item.page) }),
	};
	return new Cite(escaped).format('bibtex', { format: 'text' });
}

/** RIS date `YYYY/MM/DD/` with empty parts for what is not known (`2024/06//`). */
function risDate(d: CslDate): string {
	const [y, m, day] = d['date-parts'][0];
	const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
	return `${y}/${pad(m)}/${pad(day)}/`;
}

/**
 * The article as a RIS record. The tags come from Citation.js's RIS mapping (`spec: 'mixed'`), with
 * two gaps of that mapping filled: for `NEWS` it writes no author (it maps `AU` to CSL `reporter`) and
 * only the year (`PY`), so the authors are added as `AU` and the full date as `DA`, which Zotero,
 * EndNote and Citation.js itself read. Written one tag per line, never wrapped (Citation.js wraps
 * values at 70 characters, which breaks long URLs).
 */
export function ris(record: ArticleEntry, url: string): string {
	const item = cslItem(record, url);
	const [entry] = new Cite(item).format('ris', {
		format: 'object',
		spec: 'mixed',
	}) as unknown as Record<string, string | string[]>[];
	const tags: [string, string][] = [];
	const { TY, ...rest } = entry!;
	tags.push(['TY', String(TY)]);
	for (const name of item.author ?? [])
		tags.push(['AU', 'literal' in name ? name.literal : `${name.family}, ${name.given}`]);
	if (item.issued) tags.push(['DA', risDate(item.issued)]);
	for (const [tag, value] of Object.entries(rest))
		for (const v of [value].flat()) tags.push([tag, String(v)]);
	tags.push(['ER', '']);
	return `${tags.map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`).join('\r\n')}\r\n`;
}

/** One `<meta name content>` pair. */
export type MetaTag = [name: string, content: string];

/**
 * The metadata reference managers read from an article page: Highwire Press `citation_*` tags (what
 * Google Scholar and Zotero's Embedded Metadata translator read first), plus the three names that
 * make Zotero save a *newspaper article* with its paper and edition:
 *
 * - `z.itemType` `newspaperArticle`: Zotero's Embedded Metadata translator (zotero/translators,
 *   2026-06) types a page `journalArticle` as soon as it sees `citation_journal_title`, and otherwise
 *   guesses `journalArticle` from `citation_title`; its RDF step takes the type from `z:itemType`
 *   before any guess. So there is deliberately no `citation_journal_title`.
 * - `prism.publicationName`: the newspaper (Zotero's *Publication*), `prism.edition`: the edition
 *   or special issue as printed.
 *
 * Dates are `YYYY/MM/DD`, `YYYY/MM` or `YYYY` (Highwire's form, with the record's precision; none when
 * unknown); authors are `family, given` (`张, 超`), one tag each; the page as `citation_firstpage`.
 * No `citation_pdf_url`: there is no PDF. The tags describe the original (Chinese) article on both
 * language pages.
 */
export function citationMeta(record: ArticleEntry): MetaTag[] {
	const tags: MetaTag[] = [['citation_title', record.title]];
	for (const n of citationAuthors(record).map(cslName))
		tags.push(['citation_author', 'literal' in n ? n.literal : `${n.family}, ${n.given}`]);
	const issued = cslDate(record.date, record.datePrecision);
	if (issued) {
		const date = issued['date-parts'][0]
			.map((n, i) => (i ? String(n).padStart(2, '0') : String(n)))
			.join('/');
		tags.push(['citation_date', date], ['citation_publication_date', date]);
	}
	tags.push(
		['citation_language', 'zh-CN'],
		['z.itemType', 'newspaperArticle'],
		['prism.publicationName', record.source.name],
	);
	if (record.source.edition) tags.push(['prism.edition', record.source.edition]);
	if (record.source.page) tags.push(['citation_firstpage', record.source.page]);
	return tags;
}

/**
 * Citations of an article: GB/T 7714-2015 for newspapers (`作者. 题名[N]. 报纸名, YYYY-MM-DD(版次).`)
 * and APA 7 (authors romanised with pinyin-pro, original title with the English title in brackets).
 */
import { pinyin } from 'pinyin-pro';
import type { Article } from '../schemas/article.ts';
import { dateParts } from './format.ts';
import { romanise } from './names.ts';

const authorRoles = new Set(['reporter', 'correspondent', 'author']);
const compoundSurnames = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '端木'];

export function citationAuthors(record: Pick<Article, 'byline'>): string[] {
	return [...new Set(record.byline.filter((b) => authorRoles.has(b.role)).map((b) => b.name.trim()))].filter(Boolean);
}

function hasHan(s: string): boolean {
	return /\p{Script=Han}/u.test(s);
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `张超` → `Zhang, C.`; `欧阳明辉` → `Ouyang, M.`; Latin names are kept. */
export function apaName(name: string): string {
	if (!hasHan(name)) return name;
	const compact = name.replace(/\s+/g, '');
	const surnameLength = compoundSurnames.some((s) => compact.startsWith(s)) ? 2 : 1;
	const syllables = pinyin(compact, { toneType: 'none', type: 'array', surname: 'head' }) as string[];
	const surname = capitalise(syllables.slice(0, surnameLength).join(''));
	const given = syllables.slice(surnameLength);
	const initials = given.length ? `${given[0]!.charAt(0).toUpperCase()}.` : '';
	return initials ? `${surname}, ${initials}` : surname;
}

function apaAuthorList(names: string[]): string {
	const n = names.map(apaName);
	if (n.length === 1) return n[0]!;
	if (n.length <= 20) return `${n.slice(0, -1).join(', ')}, & ${n.at(-1)}`;
	return `${n.slice(0, 19).join(', ')}, … ${n.at(-1)}`;
}

function newspaperInEnglish(name: string): string {
	return romanise(name, 'title');
}

function endWithPeriod(s: string): string {
	return /[.?!。？！]$/.test(s) ? s : `${s}.`;
}

/** GB/T 7714-2015 reference for a newspaper article. */
export function gbt7714(record: Article): string {
	const authors = citationAuthors(record);
	const authorPart = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
	const date = record.date && record.datePrecision !== 'unknown' ? record.date : null;
	const page = record.source.page ? `(${record.source.page})` : '';
	const where = date ? `${record.source.name}, ${date}${page}` : `${record.source.name}${page}`;
	return `${authorPart ? `${authorPart}. ` : ''}${record.title}[N]. ${where}.`;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7 reference; `url` is the page being cited. */
export function apa(record: Article, url: string): string {
	const authors = citationAuthors(record);
	const p = record.datePrecision === 'unknown' ? null : dateParts(record.date);
	const date = !p
		? 'n.d.'
		: record.datePrecision === 'year' || p.month === undefined
			? `${p.year}`
			: record.datePrecision === 'day' && p.day !== undefined
				? `${p.year}, ${monthNames[p.month - 1]} ${p.day}`
				: `${p.year}, ${monthNames[p.month - 1]}`;
	const title = record.translation ? `${record.title} [${record.translation.title}]` : record.title;
	const paper = record.source.name;
	const paperEn = newspaperInEnglish(paper);
	const paperPart = paperEn === paper ? paper : `${paper} [${paperEn}]`;
	const page = record.source.page ? `, p. ${record.source.page}` : '';
	const head = authors.length ? `${apaAuthorList(authors)} (${date}). ${endWithPeriod(title)}` : `${endWithPeriod(title)} (${date}).`;
	return `${head} ${paperPart}${page}. ${url}`;
}

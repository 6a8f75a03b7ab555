/**
 * Masthead and page furniture of any newspaper: the paper's name (`…日报`, `…晚报`, `…报`), the issue
 * date in Arabic or Chinese numerals, with spaces or full-width digits (`2019 年 10 月 30 日`,
 * `２０２３年１０月３０日`, `二〇二三年十月三十日`: scrapinghub/dateparser#363 and #866,
 * maziyarpanahi/openmed#1468), weekday, lunar date (`甲辰年十二月十二`, `农历九月十六`), edition and
 * page (`第3版`, `A2版`), issue numbers and serials (`CN 37-0048`, `总第12345期`).
 *
 * Lines are read on their NFKC form (full-width digits and letters and U+3000 fold to ASCII), so this
 * does not depend on an earlier stage having folded them; what is kept is the line as printed. Nothing
 * here is specific to one paper: no glossary of names is consulted.
 */

/** A newspaper name alone or followed by other masthead text: `临河日报`, `聊城日报 市两会特刊`. */
export const NEWSPAPER =
	/^(\p{Script=Han}{2,8}?(?:日报|晚报|早报|晨报|时报|商报|周报|报))(?:\s+(.+))?$/u;
/** Serial numbers printed in the masthead. */
export const SERIAL = /(国内统一连续出版物号|CN\s*\d{2}\s*-\s*\d{4}|ISSN)/u;
/** A weekday: `星期三`, `周三`, `礼拜三`. */
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/u;
const LUNAR_DAY =
	'(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九])';
const LUNAR_MONTH = '(?:闰)?(?:正|十[一二]?|[一二三四五六七八九]|冬|腊)月';
/** A lunar date: `甲辰年十二月十二`, `农历癸卯年九月十六`, `农历九月十六`, `癸卯年`. */
const LUNAR = new RegExp(
	`^[（(]?(?:农历)?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:${LUNAR_MONTH}${LUNAR_DAY}?)?|${LUNAR_MONTH}${LUNAR_DAY})[)）]?$`,
	'u',
);
/** A page (版次): `第3版`, `A2版`, `第A2版`, `B3`, `3版`; group 1 is the page as the site shows it. */
const PAGE = /^第?\s*([A-Z]?\d{1,3})\s*版$|^([A-Z]\d{1,3})$/u;
/** Issue numbers and page counts: `总第12345期`, `第4589期`, `今日16版`, `今日8版 本期16版`. */
const ISSUE = /^(?:总?第\d+期|今日\d+版|本期\d+版|共\d+版)$/u;

const CN_DIGIT: Record<string, number> = Object.fromEntries(
	Array.from('〇零○O一二三四五六七八九', (c, i) => [c, Math.max(0, i - 3)]),
);
/** A date in Arabic numerals, with or without spaces between its parts. */
const ARABIC_DATE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** A date in Chinese numerals: `二〇二三年十月三十日`, `二零一九年十二月一日`. */
const CHINESE_DATE =
	/([〇零○O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u;

/** A day printed in the masthead. `text` is the line as printed (the evidence). */
export interface PrintedDate {
	year: number;
	month: number;
	day: number;
	/** ISO `YYYY-MM-DD`. */
	iso: string;
}

/** `十` → 10, `二十九` → 29, `三十一` → 31, `九` → 9; NaN for anything else. */
export function chineseNumber(text: string): number {
	const m = text.match(/^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u);
	if (!m || (!m[2] && m[1] && m[3]) || text === '') return Number.NaN;
	if (!m[2]) return CN_DIGIT[m[1] ?? m[3]!]!;
	return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}

function validDay(year: number, month: number, day: number): PrintedDate | null {
	const d = new Date(Date.UTC(year, month - 1, day));
	if (
		year < 1800 ||
		d.getUTCFullYear() !== year ||
		d.getUTCMonth() !== month - 1 ||
		d.getUTCDate() !== day
	)
		return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return { year, month, day, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** Find a calendar date (day precision) in a line; returns it and where it was (in the NFKC form). */
function findDate(folded: string): { date: PrintedDate; index: number; length: number } | null {
	const a = folded.match(ARABIC_DATE);
	if (a) {
		const date = validDay(Number(a[1]), Number(a[2]), Number(a[3]));
		return date ? { date, index: a.index!, length: a[0].length } : null;
	}
	const c = folded.match(CHINESE_DATE);
	if (c) {
		const year = Number(Array.from(c[1]!, (d) => CN_DIGIT[d]).join(''));
		const date = validDay(year, chineseNumber(c[2]!), chineseNumber(c[3]!));
		return date ? { date, index: c.index!, length: c[0].length } : null;
	}
	return null;
}

/** What one masthead line says. Every field is null when the line does not say it. */
export interface MastheadLine {
	name: string | null;
	/** Special issue or section as printed (`市两会特刊`), with the date, weekday, page… taken out. */
	edition: string | null;
	page: string | null;
	date: PrintedDate | null;
}

/**
 * Read a line as masthead: a newspaper name, date, weekday, lunar date, page, issue number or serial,
 * in any order, nothing else (after a newspaper name, other words are the edition). Returns null when
 * the line is not masthead (a title, a sentence, a date inside other words).
 */
export function readMastheadLine(line: string): MastheadLine | null {
	const folded = line.normalize('NFKC').trim();
	if (!folded || /[，。；！？,;!?]/u.test(folded)) return null;
	if (SERIAL.test(folded)) return { name: null, edition: null, page: null, date: null };
	const found = findDate(folded);
	const rest = found
		? `${folded.slice(0, found.index)} ${folded.slice(found.index + found.length)}`
		: folded;
	// Masthead parts may run together once spaces were squeezed (`星期四第B2版`): split before each.
	const tokens = rest
		.replace(
			/(?<!总)(?=星期|礼拜|农历|总?第\s*[A-Z]?\d+\s*[版期]|今日\d|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)|(?<=\p{Script=Han})(?<!第)(?=[A-Z]\d{1,3}版)/gu,
			' ',
		)
		.split(/\s+/u)
		.filter(Boolean);
	const out: MastheadLine = { name: null, edition: null, page: null, date: found?.date ?? null };
	const other: string[] = [];
	for (const [k, token] of tokens.entries()) {
		const paper =
			k === 0
				? token.match(/^\p{Script=Han}{2,8}?(?:日报|晚报|早报|晨报|时报|商报|周报|报)$/u)
				: null;
		const page = token.match(PAGE);
		if (paper) out.name = paper[0];
		else if (page) out.page = page[1] ?? page[2]!;
		else if (WEEKDAY.test(token) || LUNAR.test(token) || ISSUE.test(token)) continue;
		else other.push(token);
	}
	if (other.length) {
		// Other words only after a newspaper name (its edition), and a short name line at that.
		if (!out.name || Array.from(folded).length > 40) return null;
		out.edition = other.join(' ');
	}
	if (!out.name && !out.date && !out.page && !tokens.length) return null;
	return out;
}

/** The printed date of a masthead line (see `readMastheadLine`), or null. */
export function parsePrintedDate(line: string): PrintedDate | null {
	return readMastheadLine(line)?.date ?? null;
}

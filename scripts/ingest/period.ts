/**
 * Reporting periods and ranks as printed → their structured form in the record (`Period`, `Rank` in
 * `src/schemas/article.ts`). Pure; never throws: a form it cannot read returns null and the metrics
 * stage reports it.
 *
 * The forms are those the metrics grammar's PERIOD and RANK tokens match: a year (`2024年`,
 * `2023年度`), 今年/去年/上年, a month range (`1-5月`, `1—10月份`, `1~5月`), a month (`10月`,
 * `10月份`, `10月底`, `10月11日`), a quarter (`一季度`, `第二季度`, `2季度`), 前三季度, 上/下半年, 全年,
 * 今年以来, 截至9月底, 近5年, 十年来; ranks `全市第2`, `第116位`, `首位`.
 */
import type { Period, Rank } from '../../src/schemas/article.ts';

const CN_DIGITS = '零一二三四五六七八九';
/** `一`…`九十九` or ASCII digits → number (NaN when neither). */
export function cnNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	if (!/^[零一二三四五六七八九十]+$/.test(s)) return NaN;
	const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
	const t = s.includes('十') ? (tens ? CN_DIGITS.indexOf(tens) : 1) : 0;
	const o = ones ? CN_DIGITS.indexOf(ones) : 0;
	return t * 10 + o;
}

const month = (s: string) => {
	const n = Number(s);
	return n >= 1 && n <= 12 ? n : NaN;
};

/**
 * A period as printed → its structure (`1-5月份` → `{ months: [1, 5], cumulative: true }`,
 * `2024年一季度` → `{ year: 2024, quarter: 1, months: [1, 3] }`), with `printed` kept. Null when
 * the text is not a period form of the grammar.
 */
export function parsePeriod(printed: string): Period | null {
	const p: Period = { printed };
	let rest = printed.trim();
	const year = rest.match(/^((?:19|20)\d{2})年度?/);
	if (year) {
		p.year = Number(year[1]);
		rest = rest.slice(year[0].length);
	} else if (/^今年以来|^年初以来/.test(rest)) {
		return { ...p, relativeYear: 0, sinceStart: 'year', cumulative: true };
	} else {
		const rel = rest.match(/^(今年|去年|上年)/);
		if (rel) {
			p.relativeYear = rel[1] === '今年' ? 0 : -1;
			rest = rest.slice(rel[0].length);
		}
	}
	if (rest === '') return p.year !== undefined || p.relativeYear !== undefined ? p : null;
	if (rest === '全年') return { ...p, months: [1, 12] };

	let m: RegExpMatchArray | null;
	if ((m = rest.match(/^(\d{1,2})(?:——|[-—–－~～至到])(\d{1,2})月份?$/))) {
		const [a, b] = [month(m[1]!), month(m[2]!)];
		if (Number.isNaN(a) || Number.isNaN(b) || a > b) return null;
		return { ...p, months: [a, b], ...(a === 1 && b > 1 ? { cumulative: true as const } : {}) };
	}
	if ((m = rest.match(/^第?([一二三四1-4])季度$/))) {
		const q = cnNumber(m[1]!);
		return { ...p, quarter: q, months: [3 * q - 2, 3 * q] };
	}
	if ((m = rest.match(/^前([二三两])季度$/))) {
		const q = m[1] === '两' ? 2 : cnNumber(m[1]!);
		return { ...p, quarter: q, months: [1, 3 * q], cumulative: true };
	}
	if ((m = rest.match(/^([上下])半年$/))) {
		const half = m[1] === '上' ? 1 : 2;
		return { ...p, half, months: half === 1 ? [1, 6] : [7, 12] };
	}
	if ((m = rest.match(/^(\d{1,2})月份?(?:(\d{1,2})日)?(底|末)?$/))) {
		const a = month(m[1]!);
		if (Number.isNaN(a)) return null;
		const day = m[2] ? Number(m[2]) : undefined;
		if (day !== undefined && (day < 1 || day > 31)) return null;
		return {
			...p,
			months: [a, a],
			...(day ? { day } : {}),
			...(m[3] ? { asOf: true as const } : {}),
		};
	}
	if (p.year !== undefined || p.relativeYear !== undefined) return null;
	if ((m = rest.match(/^截至(\d{1,2})月(?:底|末)?份?$/))) {
		const a = month(m[1]!);
		return Number.isNaN(a) ? null : { ...p, months: [a, a], asOf: true };
	}
	if (
		(m = rest.match(/^近(\d+|[一二三四五六七八九十]+)年$/)) ||
		(m = rest.match(/^(\d+|[一二三四五六七八九十]+)年来$/))
	) {
		const years = cnNumber(m[1]!);
		return Number.isNaN(years) || years < 1 ? null : { ...p, sinceStart: 'years', years };
	}
	return null;
}

const RANK_SCOPES: Record<string, Rank['scope']> = {
	全国: 'country',
	全省: 'province',
	省内: 'province',
	全市: 'city',
	市内: 'city',
	全区: 'district',
	同类开发区: 'peer-zones',
};

/** A rank as printed (`全市第2`, `第116位`, `全省首位`) → `{ scope, position, printed }`, or null. */
export function parseRank(printed: string): Rank | null {
	const m = printed.match(
		/^(全国|全省|省内|全市|市内|全区|同类开发区)?(?:第(\d+|[一二三四五六七八九十]+)[位名]?|首位)$/,
	);
	if (!m) return null;
	const position = m[2] === undefined ? 1 : cnNumber(m[2]);
	if (!Number.isInteger(position) || position < 1) return null;
	return { scope: m[1] ? RANK_SCOPES[m[1]]! : null, position, printed };
}

/**
 * Dates, numbers and figures per locale: `2025年1月11日` / `11 January 2025`, `约2023年` / `c. 2023`,
 * `27.3亿元` / `CNY 2.73 bn`. Chinese keeps figures as printed; English converts Chinese units
 * (万, 亿, 元, 美元, 家, …) to English ones.
 */
import type {
	Article,
	CleaningMessage,
	Metric,
	Period,
	Rank,
	SourcePoint,
	Unit,
} from '../schemas/article.ts';
import { unitDef } from './units.ts';
import { useTranslations } from './i18n.ts';
import type { Lang } from './routing/index.ts';

/** `day`, `month`, `year` or `unknown` (`Article.datePrecision`). */
export type DatePrecision = Article['datePrecision'];

const intlLocale: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * One Intl formatter per locale and options: constructing one costs far more than formatting with it,
 * and a large archive formats hundreds of thousands of dates and numbers per build.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** The cached `Intl.DateTimeFormat` of `lang` (zh-CN or en-GB) with `options`. Throws a `RangeError` for invalid options. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d${lang}${JSON.stringify(options)}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale[lang], options)));
	return f as Intl.DateTimeFormat;
}
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `n${lang}${JSON.stringify(options)}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat(intlLocale[lang], options)));
	return f as Intl.NumberFormat;
}

/** Year, month and day of an archive date string (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export function dateParts(
	date: string | null,
): { year: number; month?: number; day?: number } | null {
	const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
	if (!m) return null;
	return {
		year: Number(m[1]),
		month: m[2] ? Number(m[2]) : undefined,
		day: m[3] ? Number(m[3]) : undefined,
	};
}

/** A date shown with its precision. */
export function formatDate(date: string | null, precision: DatePrecision, lang: Lang): string {
	const t = useTranslations(lang);
	const p = dateParts(date);
	if (!p || precision === 'unknown') return t('format.undated');
	if (precision === 'year' || p.month === undefined)
		return t('format.approxYear', { year: p.year });
	const utc = Date.UTC(p.year, p.month - 1, p.day ?? 1);
	const options: Intl.DateTimeFormatOptions =
		precision === 'day' && p.day !== undefined
			? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
			: { year: 'numeric', month: 'long', timeZone: 'UTC' };
	return dateFormat(lang, options).format(utc);
}

/** Month heading for the timeline (`2024年9月` / `September 2024`). */
export function formatMonth(year: number, month: number, lang: Lang): string {
	return dateFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
		Date.UTC(year, month - 1, 1),
	);
}

/** A plain number: Chinese as printed (no grouping), English with grouping. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 6): string {
	return numberFormat(lang, { maximumFractionDigits, useGrouping: lang === 'en' }).format(value);
}

/** Remove floating-point noise (27.3 * 1e8 / 1e9). */
function clean(n: number): number {
	return Number(n.toPrecision(12));
}

function scaleOf(amount: number): { div: number; suffix: 'bn' | 'm' | '' } {
	const abs = Math.abs(amount);
	if (abs >= 1e9) return { div: 1e9, suffix: 'bn' };
	if (abs >= 1e6) return { div: 1e6, suffix: 'm' };
	return { div: 1, suffix: '' };
}

const longSuffix = { bn: 'billion', m: 'million', '': '' } as const;

/** A formatted figure: its text and the language it is in. */
export interface FormattedFigure {
	/** The number with its unit, ready to print. */
	text: string;
	/** Language of `text`: English output that could not translate a unit stays Chinese. */
	lang: Lang;
}

/**
 * A figure with its unit: `27.3亿元` / `CNY 2.73 bn`, `7.3%`, `-2.1%`, `3—5亿元` / `CNY 300–500 m`,
 * `第2` / `No. 2`. Chinese keeps the number and unit as printed; English converts the canonical unit
 * (`src/utils/units.ts`) and its scale. A unit id the table does not know stays Chinese (`lang: 'zh'`).
 */
export function formatFigure(
	metric: Pick<Metric, 'value' | 'valueMax' | 'unit' | 'kind'>,
	lang: Lang,
): FormattedFigure {
	const t = useTranslations(lang);
	const { value, valueMax, unit, kind } = metric;
	if (kind === 'rank') return { text: t('format.rank', { rank: formatNumber(value, lang) }), lang };
	const range = (a: string, b: string | null, dash: string) => (b === null ? a : `${a}${dash}${b}`);
	if (lang === 'zh')
		return {
			text: `${range(formatNumber(value, 'zh'), valueMax === undefined ? null : formatNumber(valueMax, 'zh'), '—')}${unit.printed}`,
			lang,
		};
	const def = unitDef(unit.id);
	if (!def) return { text: `${formatNumber(value, 'zh')}${unit.printed}`, lang: 'zh' };
	if (def.type === 'rate') {
		const num = range(
			formatNumber(value, 'en'),
			valueMax === undefined ? null : formatNumber(valueMax, 'en'),
			'–',
		);
		return { text: def.en === 'pp' ? `${num} pp` : `${num}${def.en}`, lang };
	}
	const amount = clean(value * unit.scale);
	const top = clean((valueMax ?? value) * unit.scale);
	const { div, suffix } = scaleOf(top);
	const num = range(
		formatNumber(clean(amount / div), 'en'),
		valueMax === undefined ? null : formatNumber(clean(top / div), 'en'),
		'–',
	);
	if (def.type === 'currency')
		return { text: `${def.en} ${num}${suffix ? ` ${suffix}` : ''}`, lang };
	const long = `${num}${suffix ? ` ${longSuffix[suffix]}` : ''}`;
	return { text: def.en ? `${long} ${def.en}` : long, lang };
}

const scaleWords: Record<number, string> = {
	1e4: '10,000',
	1e6: 'million',
	1e7: '10 million',
	1e8: '100 million',
	1e12: 'trillion',
};

/** Unit label for chart axes: English from the canonical unit (`CNY 100 million`, `%`, `km²`), Chinese as printed. */
export function unitLabel(unit: Unit, lang: Lang): string {
	if (lang === 'zh') return unit.printed || '位次';
	const def = unitDef(unit.id);
	if (!def) return unit.printed;
	if (def.type === 'rank') return 'rank';
	const scale = unit.scale === 1 ? '' : (scaleWords[unit.scale] ?? `×${unit.scale}`);
	const word = def.en || 'number';
	return scale
		? `${def.type === 'currency' ? `${def.en} ` : ''}${scale}${def.type === 'currency' ? '' : ` ${word}`}`
		: word;
}

const monthsShort = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec',
];
const cnQuarter = ['', '一', '二', '三', '四'];

/**
 * A reporting period in one form per locale, from its structure (`src/schemas/article.ts`):
 * English `Q1 2024`, `H1 2023`, `Jan–May 2024`, `Q1–Q3`, `2021`, `year to date`, `last 5 years`;
 * Chinese one form for every printing (`1-5月`, `1-5月份`, `1—5月份` → `1—5月`). A period the ingest
 * could not structure shows as printed in Chinese, and as `t('format.periodUnread')` in English.
 */
export function formatPeriod(period: Period | null, lang: Lang): FormattedFigure | null {
	if (!period) return null;
	const { year, relativeYear, months, quarter, half, day, cumulative, asOf, sinceStart, years } =
		period;
	const structured =
		year !== undefined ||
		relativeYear !== undefined ||
		months !== undefined ||
		sinceStart !== undefined;
	if (!structured)
		return lang === 'zh'
			? { text: period.printed, lang }
			: { text: useTranslations(lang)('format.periodUnread'), lang };
	const [a, b] = months ?? [0, 0];
	if (lang === 'zh') {
		const y =
			year !== undefined
				? `${year}年`
				: relativeYear === 0
					? '今年'
					: relativeYear === -1
						? '去年'
						: '';
		let text: string;
		if (sinceStart === 'year') text = '今年以来';
		else if (sinceStart === 'years') text = `近${years}年`;
		else if (!months) text = y;
		else if (asOf) text = `${y}${b}月底`;
		else if (day !== undefined) text = `${y}${a}月${day}日`;
		else if (quarter !== undefined && cumulative) text = `${y}前${cnQuarter[quarter]}季度`;
		else if (quarter !== undefined) text = `${y}${cnQuarter[quarter]}季度`;
		else if (half !== undefined) text = `${y}${half === 1 ? '上' : '下'}半年`;
		else if (a === 1 && b === 12) text = `${y}全年`;
		else text = a === b ? `${y}${a}月` : `${y}${a}—${b}月`;
		return { text, lang };
	}
	const y =
		year !== undefined
			? ` ${year}`
			: relativeYear === 0
				? ' this year'
				: relativeYear === -1
					? ' last year'
					: '';
	let text: string;
	if (sinceStart === 'year') text = 'year to date';
	else if (sinceStart === 'years') text = `last ${years} years`;
	else if (!months)
		text = year !== undefined ? String(year) : relativeYear === 0 ? 'this year' : 'last year';
	else if (asOf) text = `end of ${monthsShort[b - 1]}${y}`;
	else if (day !== undefined) text = `${day} ${monthsShort[a - 1]}${y}`;
	else if (quarter !== undefined && cumulative) text = `Q1–Q${quarter}${y}`;
	else if (quarter !== undefined) text = `Q${quarter}${y}`;
	else if (half !== undefined) text = `H${half}${y}`;
	else if (a === 1 && b === 12) text = year !== undefined ? String(year) : `full year${y}`;
	else text = `${a === b ? monthsShort[a - 1] : `${monthsShort[a - 1]}–${monthsShort[b - 1]}`}${y}`;
	return { text, lang };
}

/**
 * Which values can share a chart series: the kind of span a period covers, without its year.
 * `m1-5` (Jan–May totals, any year), `m1-6` (H1 = Jan–Jun), `m1-9` (Q1–Q3), `m4-6` (Q2), `year`
 * (a year or 全年), `ytd` (今年以来), `years-5` (近5年), `asof` (a month's end), `day`, `none` (no
 * period stated), `printed:…` (a period the ingest could not structure: a series of its own).
 */
export function periodSeries(period: Period | null): string {
	if (!period) return 'none';
	const { months, sinceStart, years, asOf, day } = period;
	if (sinceStart === 'years') return `years-${years}`;
	if (sinceStart === 'year') return 'ytd';
	if (asOf) return 'asof';
	if (day !== undefined) return 'day';
	if (months) return months[0] === 1 && months[1] === 12 ? 'year' : `m${months[0]}-${months[1]}`;
	if (period.year !== undefined || period.relativeYear !== undefined) return 'year';
	return `printed:${period.printed}`;
}

/** A series' period, without a year (`Jan–May`, `H1`, `Full year`, `No period stated`). */
export function periodSeriesLabel(period: Period | null, lang: Lang): string {
	const t = useTranslations(lang);
	const key = periodSeries(period);
	if (key === 'none') return t('metrics.seriesNone');
	if (key === 'year') return t('metrics.seriesYear');
	if (key === 'asof') return t('metrics.seriesAsOf');
	if (key === 'day') return t('metrics.seriesDay');
	const { year: _y, relativeYear: _r, ...rest } = period!;
	return formatPeriod(rest, lang)!.text;
}

const rankScopes: Record<Lang, Record<NonNullable<Rank['scope']>, string>> = {
	zh: {
		country: '全国',
		province: '全省',
		city: '全市',
		district: '全区',
		'peer-zones': '同类开发区',
	},
	en: {
		country: 'in the country',
		province: 'in the province',
		city: 'in the city',
		district: 'in the district',
		'peer-zones': 'among peer zones',
	},
};
const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinals = new Intl.PluralRules('en-GB', { type: 'ordinal' });

/** A rank in one form per locale: `全市第3` / `3rd in the city`, `第116位` / `116th`. */
export function formatRank(rank: Rank | null, lang: Lang): string | null {
	if (!rank) return null;
	const { scope, position } = rank;
	if (lang === 'zh') return scope ? `${rankScopes.zh[scope]}第${position}` : `第${position}位`;
	const nth = `${position}${ordinalSuffix[ordinals.select(position)]}`;
	return scope ? `${nth} ${rankScopes.en[scope]}` : nth;
}

/** Join names with the locale's list separator. */
export function formatList(items: string[], lang: Lang): string {
	return items.join(useTranslations(lang)('format.listSeparator'));
}

/**
 * A cleaning message's place as `line:column`, or `line:column-line:column` for a range (vfile's
 * notation); the empty string for a message about the whole file (never a made-up `1:1`).
 */
export function formatSourcePlace(place: CleaningMessage['place']): string {
	if (!place) return '';
	const point = (p: SourcePoint) => `${p.line}:${p.column}`;
	return place.end ? `${point(place.start)}-${point(place.end)}` : point(place.start);
}

/**
 * Dates, numbers and figures per locale: `2025年1月11日` / `11 January 2025`, `约2023年` / `c. 2023`,
 * `27.3亿元` / `CNY 2.73 bn`. Chinese keeps figures as printed; English converts Chinese units
 * (万, 亿, 元, 美元, 家, …) to English ones.
 */
import type { Article, CleaningMessage, Metric, SourcePoint } from '../schemas/article.ts';
import { useTranslations } from './i18n.ts';
import type { Lang } from './routing/index.ts';

export type DatePrecision = Article['datePrecision'];

const intlLocale: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * One Intl formatter per locale and options: constructing one costs far more than formatting with it,
 * and a large archive formats hundreds of thousands of dates and numbers per build.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
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
export function dateParts(date: string | null): { year: number; month?: number; day?: number } | null {
	const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
	if (!m) return null;
	return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** A date shown with its precision. */
export function formatDate(date: string | null, precision: DatePrecision, lang: Lang): string {
	const t = useTranslations(lang);
	const p = dateParts(date);
	if (!p || precision === 'unknown') return t('format.undated');
	if (precision === 'year' || p.month === undefined) return t('format.approxYear', { year: p.year });
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

const multipliers: [string, number][] = [
	['亿', 1e8],
	['万', 1e4],
	['千', 1e3],
	['百', 1e2],
];

/** Currency units as printed → ISO code. */
const currencies: Record<string, string> = { 元: 'CNY', 人民币: 'CNY', 美元: 'USD', 欧元: 'EUR', 港元: 'HKD', 日元: 'JPY' };

/** Count and measure units as printed → English word ('' for a bare number). */
const unitWords: Record<string, string> = {
	个: '',
	家: 'firms',
	户: 'households',
	台: 'units',
	辆: 'vehicles',
	套: 'sets',
	项: 'items',
	件: 'items',
	人: 'people',
	名: 'people',
	位: 'people',
	人次: 'visits',
	次: 'times',
	吨: 'tonnes',
	平方米: 'm²',
	平米: 'm²',
	平: 'm²',
	亩: 'mu',
	公里: 'km',
	千米: 'km',
	米: 'm',
	千瓦: 'kW',
	千瓦时: 'kWh',
	度: 'kWh',
	条: 'lines',
	座: 'buildings',
	所: 'institutions',
	批: 'batches',
	场: 'events',
	倍: '×',
	天: 'days',
	年: 'years',
	季度: 'quarters',
	个月: 'months',
};

/** Split `2.73亿元` style units into multiplier and base unit (`亿元` → 1e8, `元`). */
export function splitUnit(unit: string): { multiplier: number; base: string } {
	for (const [prefix, multiplier] of multipliers) {
		if (unit.startsWith(prefix) && unit.length > prefix.length) {
			const base = unit.slice(prefix.length);
			if (base in currencies || base in unitWords) return { multiplier, base };
		}
	}
	return { multiplier: 1, base: unit };
}

function scaled(amount: number): { value: number; suffix: 'bn' | 'm' | '' } {
	const abs = Math.abs(amount);
	if (abs >= 1e9) return { value: clean(amount / 1e9), suffix: 'bn' };
	if (abs >= 1e6) return { value: clean(amount / 1e6), suffix: 'm' };
	return { value: clean(amount), suffix: '' };
}

const longSuffix = { bn: 'billion', m: 'million', '': '' } as const;

export interface FormattedFigure {
	text: string;
	/** Language of `text`: English output that could not translate a unit stays Chinese. */
	lang: Lang;
}

/** A figure with its unit: `27.3亿元` / `CNY 2.73 bn`, `7.3%`, `第2` / `No. 2`. */
export function formatFigure(metric: Pick<Metric, 'value' | 'unit' | 'kind'>, lang: Lang): FormattedFigure {
	const t = useTranslations(lang);
	const { value, unit, kind } = metric;
	if (kind === 'rank') return { text: t('format.rank', { rank: formatNumber(value, lang) }), lang };
	if (lang === 'zh') return { text: `${formatNumber(value, 'zh')}${unit}`, lang };
	if (unit === '%' || unit === '％') return { text: `${formatNumber(value, 'en')}%`, lang };
	if (unit === '个百分点' || unit === '百分点') return { text: `${formatNumber(value, 'en')} pp`, lang };
	if (unit === '' ) return { text: formatNumber(value, 'en'), lang };
	const { multiplier, base } = splitUnit(unit);
	const amount = clean(value * multiplier);
	const currency = currencies[base];
	if (currency) {
		const s = scaled(amount);
		return { text: `${currency} ${formatNumber(s.value, 'en')}${s.suffix ? ` ${s.suffix}` : ''}`, lang };
	}
	const word = unitWords[base];
	if (word !== undefined) {
		const s = scaled(amount);
		const num = `${formatNumber(s.value, 'en')}${s.suffix ? ` ${longSuffix[s.suffix]}` : ''}`;
		if (word === '×') return { text: `${num}×`, lang };
		return { text: word ? `${num} ${word}` : num, lang };
	}
	return { text: `${formatNumber(value, 'zh')}${unit}`, lang: 'zh' };
}

/** English unit label for chart axes (`CNY bn`, `%`), Chinese as printed. */
export function unitLabel(unit: string, lang: Lang): string {
	if (lang === 'zh') return unit;
	if (unit === '%' || unit === '％') return '%';
	if (unit === '个百分点' || unit === '百分点') return 'pp';
	const { multiplier, base } = splitUnit(unit);
	const currency = currencies[base];
	if (currency) return `${currency}, ${multiplier >= 1e8 ? '100 million' : multiplier >= 1e4 ? '10,000' : 'units'}`;
	const word = unitWords[base];
	if (word !== undefined) return word || 'number';
	return unit;
}

const monthsShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cnNum: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** A reporting period as printed, in English where the pattern is known (`1-8月` → `Jan–Aug`). */
export function formatPeriod(period: string | null, lang: Lang): FormattedFigure | null {
	if (!period) return null;
	if (lang === 'zh') return { text: period, lang };
	const p = period.trim();
	const year = p.match(/^(\d{4})年/)?.[1];
	const rest = p.replace(/^\d{4}年/, '').replace(/份$/, '');
	const withYear = (s: string) => ({ text: year ? `${s} ${year}` : s, lang });
	const fixed: Record<string, string> = {
		上半年: 'H1',
		下半年: 'H2',
		全年: 'full year',
		前三季度: 'Q1–Q3',
		今年以来: 'year to date',
		年初以来: 'year to date',
		去年: 'last year',
		今年: 'this year',
		'': 'year',
	};
	if (rest in fixed) return year && rest === '' ? { text: year, lang } : withYear(fixed[rest]!);
	const quarter = rest.match(/^第?([一二三四1-4])季度$/);
	if (quarter) return withYear(`Q${cnNum[quarter[1]!] ?? Number(quarter[1])}`);
	const range = rest.match(/^(\d{1,2})月?\s*[-—–~至到]\s*(\d{1,2})月$/);
	if (range) {
		const [a, b] = [Number(range[1]), Number(range[2])];
		if (a >= 1 && a <= 12 && b >= 1 && b <= 12) return withYear(`${monthsShort[a - 1]}–${monthsShort[b - 1]}`);
	}
	const month = rest.match(/^(\d{1,2})月$/);
	if (month) {
		const a = Number(month[1]);
		if (a >= 1 && a <= 12) return withYear(monthsShort[a - 1]!);
	}
	return { text: period, lang: 'zh' };
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

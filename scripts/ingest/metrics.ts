/**
 * Metrics stage: reads the economic figures an article reports, as `Metric` records, from the
 * cleaned block texts, with a small hand-written grammar over the indicators glossary
 * (`data/indicators.yaml`). Pure: reports what it read with `file.info` and its doubts with
 * `file.message`; never throws on bad data.
 *
 * The grammar, per sentence (text split on 。；！？ and newlines):
 *
 *   sentence := clause (('，' | ',') clause)*
 *   clause   := (PERIOD | INDICATOR | FIGURE | RANK | filler)*
 *
 * - INDICATOR: an alias from the glossary, longest first, quotes ignored. It becomes the
 *   sentence's current subject.
 * - FIGURE: [sign] number [range] + unit (27.3亿元, 7.3%, 22家, 15个百分点, 1.2万亿元, -2.1%,
 *   负3.9%, 3—5亿元, 6%～8%). A figure is read for the current
 *   subject only when the words between it and its anchor (the subject, the previous figure, or
 *   the start of its clause) are all fillers (完成, 达到, 同比增长, 突破, …): `产品利润提高了5倍`
 *   has a new noun before the figure, so it is not read for the previous subject. A figure right
 *   before a noun (`18家重点企业`, `总投资20亿元百思特游艇项目`) or before 的 is attributive and skipped.
 * - RANK: `全市第2`, `第116位`, after 排名/总量/增速/居…. It goes to the indicators named since the
 *   last figure (`A增速、B增速等主要指标均排名全市第1` gives three rank metrics), else to the
 *   subject's last metric of the kind its word asks for (总量 → level, 增速 → growth), else it is a
 *   rank-only metric.
 * - PERIOD: 上半年, 1-8月, 2024年1—11月, 一季度, 2021年… It holds for the figures after it up
 *   to the next full stop (so across ；, whose clauses share the lead period), and a sentence
 *   that opens with 其中 inherits the period of the sentence before. A reporting period that opens
 *   the paragraph (`前三季度，…`; not a span such as 十年来) holds for every sentence of the paragraph
 *   that states none of its own. A year followed by 的
 *   (`从2012年的83.53亿元`) holds for that figure only; a year after 较/比 is a base, not a period.
 * - `A、B分别增长3倍、1.8倍`: the figures after 分别 go, in order, to the last indicators named.
 * - A clause that opens with 力争/确保/预计/计划… is a target: nothing from there to the end of the
 *   sentence is read.
 * - Kinds come from the unit and the words before the figure: 个百分点 → points; % after
 *   增长/增速/同比 → growth (negative after 下降/减少: `下降3.2%` is -3.2), after 占/比重 → share;
 *   倍 → growth only after 增长 (`是2012年的4.4倍` is a ratio, not read); 家/个/台/人… → count;
 *   money, area, length → level. A rank-only metric has the rank as value and 位/名 (as printed,
 *   else '') as unit.
 * - Signs: a minus (ASCII -, full-width －, mathematical −) or 负 before the number, or a decline word
 *   (下降, 减少, 回落, 负增长) before it, makes a growth, points or change negative. A sign and a
 *   decline word together, a sign on a level, count or share, and an en/em dash where a minus may
 *   stand are doubts, not read.
 * - Changes and flows are never the stock: an amount or count after 增加/减少/增长/下降… (not 增长至)
 *   is a `change`; after 累计 (before the figure or before its subject) it is `cumulative`; after
 *   新增/新建/新认定… it is `added` (a flow word before the subject carries along a 、 list in its
 *   clause, not past 总数/达到).
 * - Never silent: a figure-shaped token (digits with a rate, points or money unit, full-width digits,
 *   stray separators) that no figure, period or rank token covers is a doubt.
 */
import type { Block, Metric } from '../../src/schemas/article.ts';
import { parseUnit, RANK_UNIT } from '../../src/utils/units.ts';
import { toCodePoints } from '../../src/utils/codepoints.ts';
import { cnNumber, parsePeriod, parseRank } from './period.ts';
import type { VFile } from './types.ts';
import { compileAliases, type AliasMatcher, type Indicator } from './glossary.ts';

type Kind = Metric['kind'];
/**
 * A metric while it is read: unit, period and rank as printed, and the places of the figure and its
 * sentence in the block as UTF-16 indices (`at`, `textAt`); `finish` structures the first and turns
 * the second into the record's code-point offsets.
 */
type Draft = Omit<Metric, 'unit' | 'period' | 'rank' | 'blockOffset' | 'textOffset'> & {
	unit: string;
	period: string | null;
	rank: string | null;
	at: number;
	textAt: number;
};

const SOURCE = 'metrics';

/** Weak and strong sentence ends: a period carries across the weak ones (；) only. */
const SENTENCE_END = /[。；;！!？?\n]/;
const STRONG_END = /[。！!？?\n]/;

// --- Token patterns ---------------------------------------------------------------------------

const MONTH_RANGE = String.raw`\d{1,2}(?:[-—–－~～至到]|——)\d{1,2}月(?:份)?`;
const PERIOD = new RegExp(
	[
		// 2024年1—11月份, 今年1-5月, 1-8月, 一季度, 前三季度, 上半年, 2024年10月11日
		String.raw`(?:(?:19|20)\d{2}年度?|今年|去年|上年)?(?:${MONTH_RANGE}|[一二三四1-4]季度|第[一二三四]季度|前三季度|[上下]半年|全年|\d{1,2}月(?:份)?(?:\d{1,2}日)?(?:底|末)?)`,
		String.raw`(?:19|20)\d{2}年度?`,
		String.raw`今年以来|今年|去年`,
		String.raw`近(?:\d+|[一二三四五六七八九十]+)年`,
		String.raw`(?:\d+|[一二三四五六七八九十]+)年来`,
		String.raw`截至\d{1,2}月(?:底|末)?(?:份)?`,
	].join('|'),
	'g',
);
/** A period that opens a sentence as its own clause (`前三季度，`): the lead of what follows in the block. */
const LEAD_PERIOD = new RegExp(String.raw`^(?:${PERIOD.source})(?=[，,])`);
/** Before a year, a base of comparison (较2012年, 比去年同期), not the figure's period. */
const BASE_BEFORE = /(?:较|比|相比|与|同)$/;

const COUNT_UNITS = [
	'个',
	'家',
	'台',
	'辆',
	'套',
	'项',
	'所',
	'条',
	'座',
	'件',
	'人',
	'名',
	'户',
	'人次',
	'位',
];
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MAGNITUDE = '万亿|千万|百万|万|亿';
/** Between the two ends of a range (`3—5亿元`, `3至5亿元`, `3亿~5亿元`). */
const RANGE_DASH = String.raw`(?:——|[-—–－~～至到])`;
/**
 * A figure: [sign] number [[magnitude] dash number] [magnitude] [余|多] unit. The sign is an ASCII,
 * full-width or mathematical minus, or 负 (`增长-2.1%`, `增速为负3.9%`); an en or em dash in its place
 * is captured too, to be reported: it may be a minus sign or a dash. A dash between two numbers is a
 * range (`3—5亿元`, `7%—8%`), never a sign: nothing may precede the sign that could end a number.
 */
const FIGURE = new RegExp(
	String.raw`(?<![\d.,A-Za-z%％])([-－−﹣—–]|负)?(${NUM})(?:(${MAGNITUDE})?([%％])?${RANGE_DASH}(${NUM}))?(${MAGNITUDE})?(余|多)?` +
		String.raw`(个百分点|百分点|平方公里|平方米|公里|人次|美元|元|吨|亩|户|人|名|家|台|辆|套|项|所|条|座|位|件|倍|%|％|‰|个(?!季度|月|多月|小时|工作日|位次|年头|百分点))`,
	'g',
);
/**
 * Anything shaped like a figure in a value unit (rate, points, money), with looser digits: full-width
 * digits, stray separators, signs. One that no FIGURE, PERIOD or RANK token covers is a token the
 * grammar could not read, and is reported.
 */
const FIGURE_SHAPED = new RegExp(
	String.raw`(?<![\d.,０-９．])(?:[-－−﹣—–]|负)?[\d０-９][\d０-９.,．]*(?:\s*${RANGE_DASH}\s*[\d０-９][\d０-９.,．]*)?\s*(?:${MAGNITUDE})?(?:余|多)?\s*(?:%|％|‰|个?百分点|(?:美|人民币)?元)`,
	'g',
);
/** What may follow a figure that is a value (not `18家重点企业`, not `50亿元的…项目`). */
const FIGURE_FOLLOW =
	/^(?:以上|左右|以内|上下)?(?:$|[^\u4e00-\u9fff的]|同比|环比|比|较|占|居|位居|排名|排|增长|增速|增加|增至|提高|提升|上升|扩大|下降|减少|和|及|与)/;

const RANK =
	/(全国|全省|全市|全区|省内|市内|同类开发区)?(?:第(\d+|[一二三四五六七八九十]+)(位|名)?|(首位))/g;
const RANK_VERB = /(?:排名|排在|排|位居|位列|居|列)$/;

/** `占全部规上工业企业的`, `占全市比重`: the denominator of a share; indicators in it are not subjects. */
const DENOMINATOR = /占(?!比|据)[^，,、。；;！!？?\d%％]{0,20}?(?:的|比重)/g;

/** Words that may stand between a subject (or the previous figure) and its figure. */
const FILLER = new RegExp(
	[
		'比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|同比|环比|年均',
		'超序时进度|序时进度|稳定在|保持在|增长|增速|增幅|增加|增至|提高|提升|上升|下降|降低|减少|回落|扩大',
		'达到|超过|突破|完成|实现|累计|共计|合计|总计|占比|比重|总量|总额|规模|数量|人数|总数|其中|以上|左右',
		'分别|全区|全年|入选|新增|较|比|均|了|达|为|至|到|超|共|约|近|占|已|的|由|从|等|和|及|负|、',
		String.raw`\s|[“”"‘’「」『』（）()]`,
	].join('|'),
	'g',
);
const GROWTH_CUE = /增长|增速|增幅|提高|提升|上升|增加|下降|降低|减少|回落|同比|环比/;
const DECLINE_CUE = /下降|降低|减少|回落|负增长/;
/** Before an amount or count: a change in it (`同比减少1.2亿元`), unless it names the new level (`增长至`, `增至`). */
const CHANGE_CUE = /(?:增长|增加|减少|下降|降低|提高|提升|上升|增收|减收)(?![至到])/;
/** Before an indicator or its figure: a flow added in the period, or a total since a start. */
const ADDED_CUE = /新(?:增|建|引进|培育|认定|落户|签约|开工|注册|设立)/;
const CUMULATIVE_CUE = /累计/;
/** Before a figure: it is the stock, whatever flow word came before its subject (`新增…15家，总数达到68家`). */
const STOCK_CUE = /总数|总量|总计|总额|总规模|达到/;
const SHARE_CUE = /占|比重|份额/;
/** A clause that states a target, not a result. */
const TARGET = /^(?:并|要|将|还|全力|努力)?(?:力争|确保|争取|计划|预计|目标|预期|力求|有望)/;

// --- Grammar ----------------------------------------------------------------------------------

interface Tok {
	type: 'alias' | 'period' | 'rank' | 'figure' | 'denominator';
	start: number;
	end: number;
	text: string;
	indicator?: Indicator;
	/** figure */
	value?: number;
	/** figure: the upper end of a range */
	valueMax?: number;
	/** figure: the sign as printed (`-`, `负`, or a dash that may be one) */
	sign?: string;
	unit?: string;
	/** period: `local` holds for the next figure only, `base` is a comparison base. */
	role?: 'scope' | 'local' | 'base';
	/** rank */
	rankText?: string;
}

/**
 * The tokens of sentence `s` (positions in UTF-16 code units of `s`), and the spans of every figure
 * the FIGURE pattern matched, read or skipped (a figure skipped as attributive was still understood).
 */
function tokenize(
	s: string,
	match: AliasMatcher<Indicator>,
): { toks: Tok[]; figureSpans: [number, number][] } {
	const figureSpans: [number, number][] = [];
	const taken: Tok[] = [];
	const free = (start: number, end: number) => !taken.some((t) => start < t.end && t.start < end);
	const add = (t: Tok) => {
		if (free(t.start, t.end)) taken.push(t);
	};
	const denominators: Tok[] = [];
	for (const m of s.matchAll(DENOMINATOR))
		denominators.push({
			type: 'denominator',
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
		});
	for (const m of match(s)) {
		if (denominators.some((d) => m.start >= d.start && m.end <= d.end)) continue;
		add({
			type: 'alias',
			start: m.start,
			end: m.end,
			text: s.slice(m.start, m.end),
			indicator: m.value,
		});
	}
	denominators.forEach(add);
	for (const m of s.matchAll(PERIOD)) {
		const start = m.index,
			end = start + m[0].length;
		const role = BASE_BEFORE.test(s.slice(Math.max(0, start - 2), start))
			? 'base'
			: s[end] === '的'
				? 'local'
				: 'scope';
		add({ type: 'period', start, end, text: m[0], role });
	}
	for (const m of s.matchAll(RANK)) {
		const [text, scope, n, suffix, first] = m;
		if (!scope && !suffix && !RANK_VERB.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
		add({
			type: 'rank',
			start: m.index,
			end: m.index + text.length,
			text,
			value: first ? 1 : cnNumber(n!),
			unit: suffix ?? '',
			rankText: text,
		});
	}
	for (const m of s.matchAll(FIGURE)) {
		const [text, sign, num, mag1, pct1, num2, mag = '', , base] = m;
		const end = m.index + text.length;
		figureSpans.push([m.index, end]);
		// 3亿—5亿元: both ends in one magnitude, else it is not one range.
		if (mag1 && mag1 !== mag) continue;
		if (pct1 && base !== '%' && base !== '％') continue; // 7%—8%: a range of rates
		const after = s.slice(end, end + 3);
		// 50亿元的…项目, 60%以上的岗位: attributive. 18家重点企业: a number before its noun (a rate
		// may be followed by anything else: 增长7.3%居全市第2).
		if (/^(?:以上|左右)?的/.test(after)) continue;
		if (base !== '%' && base !== '％' && !FIGURE_FOLLOW.test(after)) continue;
		const value = Number(num!.replaceAll(',', ''));
		const valueMax = num2 === undefined ? undefined : Number(num2.replaceAll(',', ''));
		add({ type: 'figure', start: m.index, end, text, value, valueMax, sign, unit: mag + base! });
	}
	return { toks: taken.sort((a, b) => a.start - b.start), figureSpans };
}

/** A unit without its magnitude (`万亿元` → 元, `万人` → 人): glossary units are compared on it. */
function baseUnit(unit: string): string {
	return unit.replace(new RegExp(`^(?:${MAGNITUDE})`), '');
}

function unitKind(unit: string): Kind | 'percent' | 'times' {
	if (unit.endsWith('百分点')) return 'points';
	if (unit === '%' || unit === '％' || unit === '‰') return 'percent';
	if (unit === '倍') return 'times';
	return COUNT_UNITS.some((u) => unit.endsWith(u)) ? 'count' : 'level';
}

/** Sentences of a block with their offsets; `strong` when it ends a period scope. */
function sentences(text: string): { start: number; end: number; strong: boolean }[] {
	const out: { start: number; end: number; strong: boolean }[] = [];
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i < text.length && !SENTENCE_END.test(text[i]!)) continue;
		let a = start,
			b = i;
		while (a < b && /\s/.test(text[a]!)) a++;
		while (b > a && /\s/.test(text[b - 1]!)) b--;
		if (b > a)
			out.push({ start: a, end: b, strong: i === text.length || STRONG_END.test(text[i]!) });
		else if (out.length && (i === text.length || STRONG_END.test(text[i]!)))
			out.at(-1)!.strong = true;
		start = i + 1;
	}
	return out;
}

const matchers = new WeakMap<Indicator[], AliasMatcher<Indicator>>();
function matcherFor(indicators: Indicator[]): AliasMatcher<Indicator> {
	let m = matchers.get(indicators);
	if (!m) {
		m = compileAliases(
			indicators.flatMap((ind) => [ind.zh, ...ind.aliases].map((alias) => ({ value: ind, alias }))),
		);
		matchers.set(indicators, m);
	}
	return m;
}

/**
 * Read every figure of the glossary's indicators from the blocks (headings skipped), with the grammar
 * in the module comment. Each metric keeps its block index, the printed `match` and where it stands
 * (see `Metric` in src/schemas/article.ts for the unit); each reading is an `info` message and each
 * figure it cannot attribute a warning (`metric`). Never throws.
 */
export function extractMetrics(blocks: Block[], file: VFile, indicators: Indicator[]): Metric[] {
	const match = matcherFor(indicators);
	const out: Metric[] = [];
	blocks.forEach((block, b) => {
		if (block.type === 'heading') return;
		const place = block.source ? { line: block.source.start, column: 1 } : undefined;
		const doubt = (reason: string) =>
			file.message(reason, { place, ruleId: 'metric', source: SOURCE });
		const read: Draft[] = [];
		let period: string | null = null;
		let previousPeriod: string | null = null;
		/**
		 * A reporting period that opens the block (`前三季度，…`) is the paragraph's lead: it holds for
		 * every sentence of the block that states none of its own. A span (十年来, 近5年, 今年以来) does not.
		 */
		const opening = block.text.match(LEAD_PERIOD)?.[0] ?? null;
		const lead = opening && !/来$|^近/.test(opening) ? opening : null;

		for (const sent of sentences(block.text)) {
			const s = block.text.slice(sent.start, sent.end);
			if (/^其中/.test(s)) period = previousPeriod ?? period;
			read.push(
				...readSentence(s, sent.start, b, period ?? lead, match, doubt, (p) => (period = p)),
			);
			if (sent.strong) {
				previousPeriod = period ?? lead;
				period = null;
			}
		}

		read.sort((x, y) => x.at - y.at);
		for (const m of read) {
			const where = [m.period, m.rank].filter(Boolean).join(', ');
			file.info(
				`Read metric ${m.indicator} ${m.kind} ${m.match}${where ? ` (${where})` : ''} in block ${b}`,
				{
					place,
					ruleId: 'metric',
					source: SOURCE,
				},
			);
		}
		for (const d of read) {
			const m = finish(d, block.text, doubt);
			if (m) out.push(m);
		}
	});
	return dedupe(out, file);
}

/**
 * A draft's unit, period and rank, as printed, in their structured form (`src/schemas/article.ts`).
 * A period or rank the parsers cannot read keeps only its printed form, with a warning; a unit
 * outside `src/utils/units.ts` drops the metric, with a warning.
 */
function finish(d: Draft, blockText: string, doubt: (reason: string) => void): Metric | null {
	const unit =
		d.kind === 'rank' ? { id: RANK_UNIT.id, scale: 1, printed: d.unit } : parseUnit(d.unit);
	if (!unit) {
		doubt(
			`Figure ${d.match} of ${d.indicator}: unit ${d.unit} is not in src/utils/units.ts; not read: ${d.text}`,
		);
		return null;
	}
	let period: Metric['period'] = null;
	if (d.period !== null) {
		period = parsePeriod(d.period);
		if (!period) {
			doubt(
				`Period ${d.period} of ${d.indicator} ${d.match} could not be structured; kept as printed`,
			);
			period = { printed: d.period };
		}
	}
	let rank: Metric['rank'] = null;
	if (d.rank !== null) {
		rank = parseRank(d.rank);
		if (!rank) {
			doubt(`Rank ${d.rank} of ${d.indicator} ${d.match} could not be structured; not read`);
		}
	}
	const { at, textAt, ...rest } = d;
	return {
		...rest,
		unit,
		period,
		rank,
		blockOffset: toCodePoints(blockText, at),
		textOffset: toCodePoints(blockText, textAt),
	};
}

/** The same period however it is printed (`1-5月`, `1-5月份`, `1—5月份`): its structure without `printed`. */
function samePeriod(period: Metric['period']): string {
	if (!period) return '';
	const { printed, ...rest } = period;
	return Object.keys(rest).length ? JSON.stringify(rest) : printed;
}

/**
 * One value per article, indicator, period and kind: an article that repeats a figure (the lede and
 * the body, a summary paragraph) gives it once, at its first place, with a rank the repeat adds.
 * Two different values for one key are both kept, with a warning: the grammar cannot tell which is
 * right.
 */
function dedupe(metrics: Metric[], file: VFile): Metric[] {
	const first = new Map<string, Metric>();
	const out: Metric[] = [];
	for (const m of metrics) {
		const key = [m.indicator, samePeriod(m.period), m.kind].join('|');
		const seen = first.get(key);
		if (!seen) {
			first.set(key, m);
			out.push(m);
		} else if (
			seen.value === m.value &&
			seen.valueMax === m.valueMax &&
			seen.unit.id === m.unit.id &&
			seen.unit.scale === m.unit.scale
		) {
			if (seen.rank === null) seen.rank = m.rank;
			file.info(
				`Repeated metric ${m.indicator} ${m.kind} ${m.match} in block ${m.block}: kept once, from block ${seen.block}`,
				{
					ruleId: 'metric-repeat',
					source: SOURCE,
				},
			);
		} else {
			out.push(m);
			const message = file.message(
				`Two values for ${m.indicator} ${m.kind}${m.period ? ` (${m.period.printed})` : ''} in one article: ${seen.match} and ${m.match}; both kept`,
				{
					ruleId: 'metric-conflict',
					source: SOURCE,
				},
			);
			message.actual = m.match;
			message.expected = seen.match ? [seen.match] : [];
		}
	}
	return out;
}

/** Length of the ranking verb just before `at` (排名, 居 …), left out of the filler check. */
function rankVerbLength(s: string, at: number): number {
	const m = s.slice(Math.max(0, at - 2), at).match(RANK_VERB);
	return m ? m[0].length : 0;
}

/**
 * Never silent: a figure-shaped token (FIGURE_SHAPED) that no figure, period or rank token of
 * sentence `s` covers is one the grammar could not read, and is reported.
 */
function reportUnreadFigures(
	s: string,
	toks: Tok[],
	figureSpans: [number, number][],
	doubt: (reason: string) => void,
): void {
	const covered = [
		...figureSpans,
		...toks
			.filter((t) => t.type === 'period' || t.type === 'rank')
			.map((t): [number, number] => [t.start, t.end]),
	];
	for (const m of s.matchAll(FIGURE_SHAPED)) {
		const [a, z] = [m.index, m.index + m[0].length];
		if (!covered.some(([x, y]) => x <= a && z <= y))
			doubt(
				`Figure-shaped ${m[0]} could not be read (sign, digits or range not understood); not read: ${s}`,
			);
	}
}

/** The clauses of sentence `s` (split at ，), and the figures that follow 分别 in each, by position. */
function clausesOf(
	s: string,
	toks: Tok[],
): {
	bounds: number[];
	clauseAt: (pos: number) => number;
	grouped: Map<Tok, { index: number; size: number }>;
} {
	const bounds = [0, ...[...s.matchAll(/[，,]/g)].map((m) => m.index + 1)];
	const grouped = new Map<Tok, { index: number; size: number }>();
	bounds.forEach((start, c) => {
		const end = bounds[c + 1] ?? s.length;
		const at = s.indexOf('分别', start);
		if (at === -1 || at >= end) return;
		const figures = toks.filter((t) => t.type === 'figure' && t.start > at && t.end <= end);
		figures.forEach((t, index) => grouped.set(t, { index, size: figures.length }));
	});
	return { bounds, clauseAt: (pos) => bounds.findLastIndex((start) => start <= pos), grouped };
}

/**
 * The kind and sign of figure `tok` read for indicator `ind`, from the words `raw` between its anchor
 * and it: growth/share/points from rate units, change/cumulative/added/level/count from amounts (a flow
 * word before the subject, `flow`, counts too), the previous figure's kind after a 、 list (`prev`).
 * Null, with a doubt, when the figure cannot be read: a dash or a double negative for a sign, a rate
 * with neither a growth nor a share word, a kind or unit the glossary does not allow the indicator.
 */
function figureKind(
	tok: Tok,
	raw: string,
	ind: Indicator,
	prev: { kind: Kind; negative: boolean } | null,
	flow: 'added' | 'cumulative' | null,
	s: string,
	doubt: (reason: string) => void,
): { kind: Kind; negative: boolean } | null {
	if (tok.sign === '—' || tok.sign === '–') {
		doubt(
			`Figure ${tok.text} after ${ind.id}: a dash before a number may be a minus sign; not read: ${s}`,
		);
		return null;
	}
	const signed = tok.sign !== undefined;
	if (signed && DECLINE_CUE.test(raw)) {
		doubt(
			`Figure ${tok.text} after ${ind.id} is signed and follows a decline word (${raw}); not read: ${s}`,
		);
		return null;
	}
	let kind: Kind | null;
	let negative = DECLINE_CUE.test(raw) || signed;
	const unit = unitKind(tok.unit!);
	if (unit === 'percent' || unit === 'times') {
		if (prev && /^[、和及\s]+$/.test(raw)) {
			// 增长3倍、1.8倍: the second figure is of the first one's kind.
			({ kind, negative } = prev);
		} else if (SHARE_CUE.test(raw) && !GROWTH_CUE.test(raw)) kind = 'share';
		else if (GROWTH_CUE.test(raw)) kind = 'growth';
		else if (unit === 'percent' && ind.kinds?.includes('share') && !ind.kinds.includes('growth'))
			kind = 'share'; // 民间投资占比稳定在80%
		else kind = null;
		if (unit === 'times' && kind !== 'growth') kind = null; // 是2012年的4.4倍 is a ratio
	} else if (unit === 'points') kind = unit;
	else if (CHANGE_CUE.test(raw))
		kind = 'change'; // 同比减少1.2亿元 is a change, not the level
	else if (CUMULATIVE_CUE.test(raw))
		kind = 'cumulative'; // 累计新建…95公里: summed since a start
	else if (ADDED_CUE.test(raw)) kind = 'added';
	else if (flow && !STOCK_CUE.test(raw)) kind = flow;
	else kind = unit;
	if (kind === null) {
		doubt(`Figure ${tok.text} after ${ind.id} has no growth or share word; not read: ${s}`);
		return null;
	}
	// A change or a flow is of the stock's kind (level or count) in the glossary's `kinds`.
	const stockKind =
		kind === 'change' || kind === 'added' || kind === 'cumulative' ? (unit as Kind) : kind;
	if (ind.kinds && !ind.kinds.includes(stockKind) && !ind.kinds.includes(kind)) {
		doubt(
			`Figure ${tok.text} would be a ${kind} of ${ind.id}, which takes ${ind.kinds.join(', ')}; not read: ${s}`,
		);
		return null;
	}
	if (signed && kind !== 'growth' && kind !== 'points' && kind !== 'change') {
		doubt(
			`Figure ${tok.text} after ${ind.id} is signed but a ${kind} cannot be negative; not read: ${s}`,
		);
		return null;
	}
	if (
		(stockKind === 'level' || stockKind === 'count') &&
		ind.units &&
		!ind.units.some((u) => baseUnit(u) === baseUnit(tok.unit!))
	) {
		doubt(
			`Figure ${tok.text} is in ${tok.unit}, not a unit of ${ind.id} (${ind.units.join(', ')}); not read: ${s}`,
		);
		return null;
	}
	if (
		tok.valueMax !== undefined &&
		negative &&
		(kind === 'growth' || kind === 'points' || kind === 'change')
	) {
		doubt(`Figure ${tok.text} after ${ind.id} is a range with a decline; not read: ${s}`);
		return null;
	}
	return {
		kind,
		negative: negative && (kind === 'growth' || kind === 'points' || kind === 'change'),
	};
}

/**
 * Which metrics rank `tok` goes to. `named`: the indicators named since the last figure, all in this
 * clause (`A增速、B增速等主要指标均排名全市第1`) → a rank-only metric each. Else, when only fillers
 * stand between the anchor and the rank, the subject's last figure of the kind its word names
 * (总量 → level/count, 增速 → growth; both when both are named), or a rank-only metric when that
 * figure already has a rank or was never printed (`同比增长12%，总量居全市第2`).
 */
function readRank(
	tok: Tok,
	before: string,
	named: Indicator[] | null,
	current: Indicator | null,
	mine: Draft[],
	rankOnly: (ind: Indicator) => void,
): void {
	if (named) {
		new Set(named).forEach(rankOnly);
		return;
	}
	if (!current) return;
	const growthWord = /增速|增幅/.test(before);
	const levelWord = /总量|总额|规模/.test(before);
	const of = mine.filter((m) => m.indicator === current.id && m.kind !== 'rank');
	const lastOf = (kinds: Kind[]) => of.filter((m) => kinds.includes(m.kind)).at(-1);
	const targets =
		growthWord || levelWord
			? [
					...(levelWord ? [lastOf(['level', 'count'])] : []),
					...(growthWord ? [lastOf(['growth'])] : []),
				]
			: [of.at(-1)];
	for (const last of targets) {
		if (last && last.rank === null) last.rank = tok.rankText!;
		else rankOnly(current);
	}
}

/**
 * Read one sentence `s` (at UTF-16 index `offset` in block `b`). `period` is the period in force when
 * it starts; `setPeriod` passes a new one on to the rest of the full sentence. Phases: tokens
 * (`tokenize`), unread figure-shaped tokens (`reportUnreadFigures`), clauses and 分别 groups
 * (`clausesOf`), then one pass over the tokens: an alias sets the subject, a period the period, a rank
 * goes where `readRank` says, a figure is read for its indicator with the kind `figureKind` decides.
 */
function readSentence(
	s: string,
	offset: number,
	b: number,
	period: string | null,
	match: AliasMatcher<Indicator>,
	doubt: (reason: string) => void,
	setPeriod: (period: string) => void,
): Draft[] {
	const { toks, figureSpans } = tokenize(s, match);
	reportUnreadFigures(s, toks, figureSpans, doubt);
	const masked = toks.filter((t) => t.type === 'period' || t.type === 'denominator');
	/** Does `s[from, to)`, periods and denominators left out, hold only fillers? */
	const fillersOnly = (from: number, to: number) => {
		let gap = '';
		for (let i = from; i < to; i++) if (!masked.some((t) => i >= t.start && i < t.end)) gap += s[i];
		return gap.replace(FILLER, '') === '';
	};
	const { bounds, clauseAt, grouped } = clausesOf(s, toks);

	const mine: Draft[] = [];
	const mentioned: Indicator[] = [];
	let current: Indicator | null = null;
	let pending: { ind: Indicator; clause: number }[] = [];
	let lastEnd = 0;
	let clause = 0;
	let target = TARGET.test(s);
	let local: Tok | null = null;
	let lastFigure: { kind: Kind; negative: boolean } | null = null;
	/** A flow word before the current subject (`新增…企业`, `累计…项目`), carried along a 、 list. */
	let subjectFlow: 'added' | 'cumulative' | null = null;
	let subjectFlowClause = -1;

	const make = (
		ind: Indicator,
		tok: Tok,
		kind: Kind,
		value: number,
		unit: string,
		rank: string | null,
		valueMax?: number,
	): Draft => {
		const localPeriod = local && s.slice(local.end, tok.start) === '的' ? local.text : null;
		const m: Draft = {
			indicator: ind.id,
			label: { zh: ind.zh, en: ind.en },
			value,
			...(valueMax === undefined ? {} : { valueMax }),
			unit,
			period: localPeriod ?? period,
			kind,
			rank,
			text: s,
			block: b,
			match: tok.text,
			at: offset + tok.start,
			textAt: offset,
		};
		mine.push(m);
		return m;
	};

	for (const tok of toks) {
		const c = clauseAt(tok.start);
		if (c !== clause) {
			clause = c;
			if (TARGET.test(s.slice(bounds[c]))) target = true; // sticky to the end of the sentence
		}
		const anchor = Math.max(bounds[clause]!, lastEnd);

		switch (tok.type) {
			case 'alias': {
				// 新增省级“专精特新”企业22家: the flow word stands before the subject; 新增A 1家、B 1家 carries it.
				const pre = s.slice(anchor, tok.start);
				const flow = CUMULATIVE_CUE.test(pre) ? 'cumulative' : ADDED_CUE.test(pre) ? 'added' : null;
				subjectFlow =
					flow ??
					(lastEnd > bounds[clause]! && /^[、和及与\s“”"‘’「」]*$/.test(pre) ? subjectFlow : null);
				subjectFlowClause = clause;
				current = tok.indicator!;
				mentioned.push(current);
				pending.push({ ind: current, clause });
				lastEnd = tok.end;
				lastFigure = null;
				continue;
			}
			case 'period':
				if (tok.role === 'scope') setPeriod((period = tok.text));
				else if (tok.role === 'local') local = tok;
				continue;
			case 'denominator':
				continue;
			case 'rank': {
				lastEnd = tok.end;
				const named = pending;
				pending = [];
				if (target) continue;
				const rankOnly = (ind: Indicator) => {
					if (!ind.kinds || ind.kinds.includes('rank'))
						make(ind, tok, 'rank', tok.value!, tok.unit!, tok.rankText!);
				};
				if (named.length && named.every((p) => p.clause === clause))
					readRank(
						tok,
						'',
						named.map((p) => p.ind),
						current,
						mine,
						rankOnly,
					);
				else if (fillersOnly(anchor, tok.start - rankVerbLength(s, tok.start)))
					readRank(tok, s.slice(anchor, tok.start), null, current, mine, rankOnly);
				continue;
			}
		}

		// A figure: for the indicator 分别 pairs it with, else the subject.
		const raw = s.slice(anchor, tok.start);
		lastEnd = tok.end;
		if (target) continue;
		let ind: Indicator | null;
		const group = grouped.get(tok);
		if (group) {
			// A、B分别增长3倍、1.8倍: the last `size` indicators named, in order.
			const named = [...new Set(mentioned)];
			if (named.length < group.size) {
				if (group.index === 0)
					doubt(
						`分别 with ${group.size} figures after ${named.length} indicator(s); not read: ${s}`,
					);
				continue;
			}
			ind = named[named.length - group.size + group.index]!;
		} else ind = current;
		if (!ind || !fillersOnly(anchor, tok.start)) continue;

		const read = figureKind(
			tok,
			raw,
			ind,
			lastFigure,
			subjectFlowClause === clause ? subjectFlow : null,
			s,
			doubt,
		);
		if (!read) continue;
		make(
			ind,
			tok,
			read.kind,
			read.negative ? -tok.value! : tok.value!,
			tok.unit!,
			null,
			tok.valueMax,
		);
		lastFigure = read;
		pending = [];
	}
	return mine;
}

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
 * - FIGURE: number + unit (27.3亿元, 7.3%, 22家, 15个百分点). A figure is read for the current
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
 *   that opens with 其中 inherits the period of the sentence before. A year followed by 的
 *   (`从2012年的83.53亿元`) holds for that figure only; a year after 较/比 is a base, not a period.
 * - `A、B分别增长3倍、1.8倍`: the figures after 分别 go, in order, to the last indicators named.
 * - A clause that opens with 力争/确保/预计/计划… is a target: nothing from there to the end of the
 *   sentence is read.
 * - Kinds come from the unit and the words before the figure: 个百分点 → points; % after
 *   增长/增速/同比 → growth (negative after 下降/减少: `下降3.2%` is -3.2), after 占/比重 → share;
 *   倍 → growth only after 增长 (`是2012年的4.4倍` is a ratio, not read); 家/个/台/人… → count;
 *   money, area, length → level. A rank-only metric has the rank as value and 位/名 (as printed,
 *   else '') as unit.
 */
import type { Block, Metric } from '../../src/schemas/article.ts';
import type { VFile } from './types.ts';
import { compileAliases, type AliasMatcher, type Indicator } from './glossary.ts';

type Kind = Metric['kind'];

const SOURCE = 'metrics';

/** Weak and strong sentence ends: a period carries across the weak ones (；) only. */
const SENTENCE_END = /[。；;！!？?\n]/;
const STRONG_END = /[。！!？?\n]/;

const CN_DIGITS = '零一二三四五六七八九';
/** `一`…`九十九` → number. */
function cnNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
	const t = s.includes('十') ? (tens ? CN_DIGITS.indexOf(tens) : 1) : 0;
	const o = ones ? CN_DIGITS.indexOf(ones) : 0;
	return t * 10 + o;
}

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
/** Before a year, a base of comparison (较2012年, 比去年同期), not the figure's period. */
const BASE_BEFORE = /(?:较|比|相比|与|同)$/;

const COUNT_UNITS = ['个', '家', '台', '辆', '套', '项', '所', '条', '座', '件', '人', '名', '户', '人次', '位'];
const FIGURE = new RegExp(
	String.raw`(?<![\d.,A-Za-z])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿|千万|百万|万|亿)?(余|多)?` +
		String.raw`(个百分点|百分点|平方公里|平方米|公里|人次|美元|元|吨|亩|户|人|名|家|台|辆|套|项|所|条|座|位|件|倍|%|％|‰|个(?!季度|月|多月|小时|工作日|位次|年头|百分点))`,
	'g',
);
/** What may follow a figure that is a value (not `18家重点企业`, not `50亿元的…项目`). */
const FIGURE_FOLLOW = /^(?:以上|左右|以内|上下)?(?:$|[^\u4e00-\u9fff的]|同比|环比|比|较|占|居|位居|排名|排|增长|增速|增加|增至|提高|提升|上升|扩大|下降|减少|和|及|与)/;

const RANK = /(全国|全省|全市|全区|省内|市内|同类开发区)?(?:第(\d+|[一二三四五六七八九十]+)(位|名)?|(首位))/g;
const RANK_VERB = /(?:排名|排在|排|位居|位列|居|列)$/;

/** `占全部规上工业企业的`, `占全市比重`: the denominator of a share; indicators in it are not subjects. */
const DENOMINATOR = /占(?!比|据)[^，,、。；;！!？?\d%％]{0,20}?(?:的|比重)/g;

/** Words that may stand between a subject (or the previous figure) and its figure. */
const FILLER = new RegExp(
	[
		'比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|同比|环比|年均',
		'超序时进度|序时进度|稳定在|保持在|增长|增速|增幅|增加|增至|提高|提升|上升|下降|降低|减少|回落|扩大',
		'达到|超过|突破|完成|实现|累计|共计|合计|总计|占比|比重|总量|总额|规模|数量|人数|总数|其中|以上|左右',
		'分别|全区|全年|入选|新增|较|比|均|了|达|为|至|到|超|共|约|近|占|已|的|由|从|等|和|及|、',
		String.raw`\s|[“”"‘’「」『』（）()]`,
	].join('|'),
	'g',
);
const GROWTH_CUE = /增长|增速|增幅|提高|提升|上升|增加|下降|降低|减少|回落|同比|环比/;
const DECLINE_CUE = /下降|降低|减少|回落/;
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
	unit?: string;
	/** period: `local` holds for the next figure only, `base` is a comparison base. */
	role?: 'scope' | 'local' | 'base';
	/** rank */
	rankText?: string;
}

function tokenize(s: string, match: AliasMatcher<Indicator>): Tok[] {
	const taken: Tok[] = [];
	const free = (start: number, end: number) => !taken.some((t) => start < t.end && t.start < end);
	const add = (t: Tok) => {
		if (free(t.start, t.end)) taken.push(t);
	};
	const denominators: Tok[] = [];
	for (const m of s.matchAll(DENOMINATOR)) denominators.push({ type: 'denominator', start: m.index, end: m.index + m[0].length, text: m[0] });
	for (const m of match(s)) {
		if (denominators.some((d) => m.start >= d.start && m.end <= d.end)) continue;
		add({ type: 'alias', start: m.start, end: m.end, text: s.slice(m.start, m.end), indicator: m.value });
	}
	denominators.forEach(add);
	for (const m of s.matchAll(PERIOD)) {
		const start = m.index, end = start + m[0].length;
		const role = BASE_BEFORE.test(s.slice(Math.max(0, start - 2), start)) ? 'base' : s[end] === '的' ? 'local' : 'scope';
		add({ type: 'period', start, end, text: m[0], role });
	}
	for (const m of s.matchAll(RANK)) {
		const [text, scope, n, suffix, first] = m;
		if (!scope && !suffix && !RANK_VERB.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
		add({ type: 'rank', start: m.index, end: m.index + text.length, text, value: first ? 1 : cnNumber(n!), unit: suffix ?? '', rankText: text });
	}
	for (const m of s.matchAll(FIGURE)) {
		const [text, num, mag = '', , base] = m;
		const end = m.index + text.length;
		const after = s.slice(end, end + 3);
		// 50亿元的…项目, 60%以上的岗位: attributive. 18家重点企业: a number before its noun (a rate
		// may be followed by anything else: 增长7.3%居全市第2).
		if (/^(?:以上|左右)?的/.test(after)) continue;
		if (base !== '%' && base !== '％' && !FIGURE_FOLLOW.test(after)) continue;
		add({ type: 'figure', start: m.index, end, text, value: Number(num!.replaceAll(',', '')), unit: mag + base! });
	}
	return taken.sort((a, b) => a.start - b.start);
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
		let a = start, b = i;
		while (a < b && /\s/.test(text[a]!)) a++;
		while (b > a && /\s/.test(text[b - 1]!)) b--;
		if (b > a) out.push({ start: a, end: b, strong: i === text.length || STRONG_END.test(text[i]!) });
		else if (out.length && (i === text.length || STRONG_END.test(text[i]!))) out.at(-1)!.strong = true;
		start = i + 1;
	}
	return out;
}

const matchers = new WeakMap<Indicator[], AliasMatcher<Indicator>>();
function matcherFor(indicators: Indicator[]): AliasMatcher<Indicator> {
	let m = matchers.get(indicators);
	if (!m) {
		m = compileAliases(indicators.flatMap((ind) => [ind.zh, ...ind.aliases].map((alias) => ({ value: ind, alias }))));
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
		const doubt = (reason: string) => file.message(reason, { place, ruleId: 'metric', source: SOURCE });
		const read: Metric[] = [];
		let period: string | null = null;
		let previousPeriod: string | null = null;

		for (const sent of sentences(block.text)) {
			const s = block.text.slice(sent.start, sent.end);
			if (/^其中/.test(s)) period ??= previousPeriod;
			read.push(...readSentence(s, sent.start, b, period, match, doubt, (p) => (period = p)));
			if (sent.strong) {
				previousPeriod = period;
				period = null;
			}
		}

		read.sort((x, y) => x.offset! - y.offset!);
		for (const m of read) {
			const where = [m.period, m.rank].filter(Boolean).join(', ');
			file.info(`Read metric ${m.indicator} ${m.kind} ${m.match}${where ? ` (${where})` : ''} in block ${b}`, {
				place,
				ruleId: 'metric',
				source: SOURCE,
			});
		}
		out.push(...read);
	});
	return out;
}

/** Length of the ranking verb just before `at` (排名, 居 …), left out of the filler check. */
function rankVerbLength(s: string, at: number): number {
	const m = s.slice(Math.max(0, at - 2), at).match(RANK_VERB);
	return m ? m[0].length : 0;
}

/**
 * Read one sentence `s` (at `offset` in block `b`). `period` is the period in force when it
 * starts; `setPeriod` passes a new one on to the rest of the full sentence.
 */
function readSentence(
	s: string,
	offset: number,
	b: number,
	period: string | null,
	match: AliasMatcher<Indicator>,
	doubt: (reason: string) => void,
	setPeriod: (period: string) => void,
): Metric[] {
	const toks = tokenize(s, match);
	const masked = toks.filter((t) => t.type === 'period' || t.type === 'denominator');
	/** Does `s[from, to)`, periods and denominators left out, hold only fillers? */
	const fillersOnly = (from: number, to: number) => {
		let gap = '';
		for (let i = from; i < to; i++) if (!masked.some((t) => i >= t.start && i < t.end)) gap += s[i];
		return gap.replace(FILLER, '') === '';
	};

	// Clauses, and the figures that follow 分别 in each.
	const bounds = [0, ...[...s.matchAll(/[，,]/g)].map((m) => m.index + 1)];
	const clauseAt = (pos: number) => bounds.findLastIndex((start) => start <= pos);
	const grouped = new Map<Tok, { index: number; size: number }>();
	bounds.forEach((start, c) => {
		const end = bounds[c + 1] ?? s.length;
		const at = s.indexOf('分别', start);
		if (at === -1 || at >= end) return;
		const figures = toks.filter((t) => t.type === 'figure' && t.start > at && t.end <= end);
		figures.forEach((t, index) => grouped.set(t, { index, size: figures.length }));
	});

	const mine: Metric[] = [];
	const mentioned: Indicator[] = [];
	let current: Indicator | null = null;
	let pending: { ind: Indicator; clause: number }[] = [];
	let lastEnd = 0;
	let clause = 0;
	let target = TARGET.test(s);
	let local: Tok | null = null;
	let lastFigure: { kind: Kind; negative: boolean } | null = null;

	const make = (ind: Indicator, tok: Tok, kind: Kind, value: number, unit: string, rank: string | null): Metric => {
		const localPeriod = local && s.slice(local.end, tok.start) === '的' ? local.text : null;
		const m: Metric = {
			indicator: ind.id,
			label: { zh: ind.zh, en: ind.en },
			value,
			unit,
			period: localPeriod ?? period,
			kind,
			rank,
			text: s,
			block: b,
			match: tok.text,
			offset: offset + tok.start,
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
			case 'alias':
				current = tok.indicator!;
				mentioned.push(current);
				pending.push({ ind: current, clause });
				lastEnd = tok.end;
				lastFigure = null;
				continue;
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
				const before = s.slice(anchor, tok.start);
				const growthWord = /增速|增幅/.test(before);
				const levelWord = /总量|总额|规模/.test(before);
				const rankOnly = (ind: Indicator) => {
					if (!ind.kinds || ind.kinds.includes('rank')) make(ind, tok, 'rank', tok.value!, tok.unit!, tok.rankText!);
				};
				if (named.length && named.every((p) => p.clause === clause)) {
					// A增速、B增速等主要指标均排名全市第1: a rank metric for each indicator named.
					new Set(named.map((p) => p.ind)).forEach(rankOnly);
				} else if (current && fillersOnly(anchor, tok.start - rankVerbLength(s, tok.start))) {
					// 增长7.3%，排名全市第2 / 27.3亿元，总量全市第4: the rank of the subject's last figure
					// of the kind its word names (总量和增速均居… ranks both); 同比增长12%，总量居全市第2
					// ranks a total nobody printed, so it is a rank-only metric.
					const of = mine.filter((m) => m.indicator === current!.id && m.kind !== 'rank');
					const lastOf = (kinds: Kind[]) => of.filter((m) => kinds.includes(m.kind)).at(-1);
					const targets = growthWord || levelWord ? [...(levelWord ? [lastOf(['level', 'count'])] : []), ...(growthWord ? [lastOf(['growth'])] : [])] : [of.at(-1)];
					for (const last of targets) {
						if (last && last.rank === null) last.rank = tok.rankText!;
						else rankOnly(current);
					}
				}
				continue;
			}
		}

		// A figure.
		const raw = s.slice(anchor, tok.start);
		lastEnd = tok.end;
		if (target) continue;
		let ind: Indicator | null;
		const group = grouped.get(tok);
		if (group) {
			// A、B分别增长3倍、1.8倍: the last `size` indicators named, in order.
			const named = [...new Set(mentioned)];
			if (named.length < group.size) {
				if (group.index === 0) doubt(`分别 with ${group.size} figures after ${named.length} indicator(s); not read: ${s}`);
				continue;
			}
			ind = named[named.length - group.size + group.index]!;
		} else ind = current;
		if (!ind || !fillersOnly(anchor, tok.start)) continue;

		let kind: Kind | null;
		let negative = DECLINE_CUE.test(raw);
		const unit = unitKind(tok.unit!);
		if (unit === 'percent' || unit === 'times') {
			if (lastFigure && /^[、和及\s]+$/.test(raw)) {
				// 增长3倍、1.8倍: the second figure is of the first one's kind.
				({ kind, negative } = lastFigure);
			} else if (SHARE_CUE.test(raw) && !GROWTH_CUE.test(raw)) kind = 'share';
			else if (GROWTH_CUE.test(raw)) kind = 'growth';
			else if (unit === 'percent' && ind.kinds?.includes('share') && !ind.kinds.includes('growth')) kind = 'share'; // 民间投资占比稳定在80%
			else kind = null;
			if (unit === 'times' && kind !== 'growth') kind = null; // 是2012年的4.4倍 is a ratio
		} else kind = unit;
		if (kind === null) {
			doubt(`Figure ${tok.text} after ${ind.id} has no growth or share word; not read: ${s}`);
			continue;
		}
		if (ind.kinds && !ind.kinds.includes(kind)) {
			doubt(`Figure ${tok.text} would be a ${kind} of ${ind.id}, which takes ${ind.kinds.join(', ')}; not read: ${s}`);
			continue;
		}
		if ((kind === 'level' || kind === 'count') && ind.units && !ind.units.includes(tok.unit!)) {
			doubt(`Figure ${tok.text} is in ${tok.unit}, not a unit of ${ind.id} (${ind.units.join(', ')}); not read: ${s}`);
			continue;
		}
		make(ind, tok, kind, negative && (kind === 'growth' || kind === 'points') ? -tok.value! : tok.value!, tok.unit!, null);
		lastFigure = { kind, negative };
		pending = [];
	}
	return mine;
}

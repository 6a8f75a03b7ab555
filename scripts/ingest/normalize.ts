/**
 * Stage `normalize`: undo justification and extraction noise inside each paragraph.
 *
 * - Spread digits and letterspaced Han text: `7 . 3%` → 7.3%, `3 5个` → 35个, `设 备 3 0 0 0 套` →
 *   设备3000套, `项 目 聊 城` → 项目聊城. A space between two Han characters survives only when both
 *   sides are words of two or more characters (`聚焦主责主业 奋力担当作为`, `记者 张超`): that space
 *   was printed on purpose.
 * - In running prose (a paragraph with sentence punctuation), every space between two Han characters
 *   goes, whatever the length of the runs on either side (`实际 使用外资`, `入驻 企业`): word-gap
 *   heuristics of PDF extractors insert them (yfedoseev/pdf_oxide#665, tesseract-ocr/tesseract#3904).
 *   Two places keep theirs: a bracketed byline (`（记者 周启明 通讯员 林雨桐）`, names are separated
 *   there), and a quotation (`“聚焦主责主业 奋力担当作为”`, a slogan may be printed with a space),
 *   where a space between two runs of two or more characters is kept and reported as a warning.
 * - Spaces around full-width punctuation go; Latin words keep the spaces between them.
 * - Full-width ASCII letters and digits become ASCII; ASCII `,;:!?` inside Chinese text become
 *   full-width, except between digits (`1,000`).
 * - ASCII parentheses in Chinese text become full-width, as a pair: `乡镇(街道、园区)` → 乡镇（街道、园区）,
 *   `控制器(ACC模块)` → 控制器（ACC模块）, `(1)加快` → （1）加快 (GB/T 15834-2011 §4.9: Chinese text
 *   takes full-width brackets, whatever they enclose). A pair counts as Chinese when it encloses a Han
 *   character or touches one (or full-width punctuation) outside; spaces just inside or outside it go.
 *   Parentheses in Latin text (`(ACC)` in `the ACC (Adaptive Cruise Control)`) and an unpaired
 *   parenthesis stay as printed.
 * Every change is reported with the text before and after.
 */
import { ROLE_WORD, SENTENCE_PUNCT } from './patterns.ts';
import type { UnwrappedPara, VFile } from './types.ts';

const source = 'normalize';

const HAN = '\\p{Script=Han}';
/** Full-width (CJK) punctuation. */
const CJK_PUNCT =
	'\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u00B7';

interface Rule {
	id: string;
	describe: string;
	apply: (text: string) => string;
}

const rules: Rule[] = [
	{
		id: 'full-width-alnum',
		describe: 'Full-width letters and digits to ASCII',
		apply: (t) =>
			t.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
				String.fromCharCode(c.charCodeAt(0) - 0xfee0),
			),
	},
	{
		id: 'spread-digits',
		describe: 'Removed spaces inside spread numbers',
		// 3 0 0 0 → 3000, 7 . 3 → 7.3, 2 . 3 3 → 2.33, 15 . 3% → 15.3%, 2 0 % → 20%
		apply: (t) => {
			let prev;
			do {
				prev = t;
				t = t
					.replace(/(\d) +(?=[\d.%‰])/g, '$1')
					.replace(/(\d\.) +(?=\d)/g, '$1')
					.replace(/(\d) +(?=\.\d)/g, '$1');
			} while (t !== prev);
			return t;
		},
	},
	{
		id: 'han-digit-space',
		describe: 'Removed spaces between Han characters and numbers',
		apply: (t) =>
			t
				.replace(new RegExp(`(${HAN}|[${CJK_PUNCT}]) +(?=[\\d])`, 'gu'), '$1')
				.replace(new RegExp(`([\\d%‰]) +(?=${HAN}|[${CJK_PUNCT}])`, 'gu'), '$1'),
	},
	{
		id: 'punct-space',
		describe: 'Removed spaces around full-width punctuation',
		apply: (t) =>
			t
				.replace(new RegExp(` +(?=[${CJK_PUNCT}])`, 'gu'), '')
				.replace(new RegExp(`([${CJK_PUNCT}]) +`, 'gu'), '$1'),
	},
	{
		id: 'letterspacing',
		describe: 'Removed letterspacing between Han characters',
		// A space between Han characters goes when a one-character word stands on either side of it.
		apply: (t) => {
			// Only where the damage shows: two or more such spaces, or one inside running text. A lone
			// space in a short line (`2025年1月11日 甲辰年十二月十二`, `张超 聊城报道`) is printed on purpose.
			const candidates = t.match(
				new RegExp(
					`(?<=(?:^|[^\\p{Script=Han}])${HAN}) +(?=${HAN})|(?<=${HAN}) +(?=${HAN}(?:$|[^\\p{Script=Han}]))`,
					'gu',
				),
			);
			if (!candidates || (candidates.length < 2 && Array.from(t).length <= 40)) return t;
			const tokens = t.split(/( +)/);
			const words = tokens.filter((_, i) => i % 2 === 0);
			const isHan = (s: string | undefined, end: boolean) =>
				!!s && new RegExp(`${HAN}${end ? '$' : ''}`, 'u').test(end ? s : (Array.from(s)[0] ?? ''));
			let out = words[0] ?? '';
			for (let i = 1; i < words.length; i++) {
				const left = words[i - 1]!;
				const right = words[i]!;
				const single =
					Array.from(lastRun(left)).length === 1 || Array.from(firstRun(right)).length === 1;
				out +=
					isHan(left, true) && isHan(right, false) && single ? right : tokens[2 * i - 1] + right;
			}
			return out;
		},
	},
	{
		id: 'ascii-parens',
		describe: 'ASCII parentheses in Chinese text to full-width',
		apply: (t) =>
			t.replace(
				/(?<=(.?)) ?\( ?([^()\n]*?) ?\) ?(?=(.?))/gsu,
				(m, before: string, inside: string, after: string) => {
					const cjk = new RegExp(`${HAN}|[${CJK_PUNCT}（）]`, 'u');
					if (!new RegExp(HAN, 'u').test(inside) && !cjk.test(before) && !cjk.test(after)) return m;
					return `（${inside}）`;
				},
			),
	},
	{
		id: 'ascii-punct',
		describe: 'ASCII punctuation in Chinese text to full-width',
		apply: (t) =>
			t.replace(
				new RegExp(`(?<=${HAN}|[${CJK_PUNCT}%‰\\d])([,;:!?])(?=${HAN}|[${CJK_PUNCT}“‘\\d])`, 'gu'),
				(m, p: string, offset: number, all: string) => {
					const before = all[offset - 1] ?? '';
					const after = all[offset + 1] ?? '';
					// Between two digits (1,000) or between Latin/digits only, it stays ASCII.
					if (/[\d%‰]/.test(before) && /\d/.test(after)) return m;
					if (!/\p{Script=Han}|[\u3000-\u303F\uFF00-\uFFEF“”‘’]/u.test(before + after)) return m;
					return { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' }[p] ?? m;
				},
			),
	},
];

/** The Han run at the end of a word (`，年` → `年`). */
function lastRun(word: string): string {
	return word.match(new RegExp(`${HAN}+$`, 'u'))?.[0] ?? word;
}
function firstRun(word: string): string {
	return word.match(new RegExp(`^${HAN}+`, 'u'))?.[0] ?? word;
}

/** A bracketed byline inside prose: `（记者 周启明 通讯员 林雨桐）`. */
const BRACKET_BYLINE = new RegExp(`[（(]\\s*${ROLE_WORD}[^（()）]*[)）]`, 'gu');
/** A quotation in Chinese marks. */
const QUOTE = /“[^“”]*”/gu;
const HAN_SPACE = new RegExp(`(?<=${HAN}) +(?=${HAN})`, 'gu');

/**
 * Remove the spaces between Han characters in running prose (see the module comment). Returns the
 * text and the spaces it kept on purpose, as 0-based UTF-16 offsets into the returned text.
 */
export function proseHanSpaces(text: string): {
	text: string;
	kept: { offset: number; around: string }[];
} {
	const protectedSpans: [number, number, 'byline' | 'quote'][] = [];
	for (const m of text.matchAll(BRACKET_BYLINE))
		protectedSpans.push([m.index, m.index + m[0].length, 'byline']);
	for (const m of text.matchAll(QUOTE))
		protectedSpans.push([m.index, m.index + m[0].length, 'quote']);
	let out = '';
	let last = 0;
	const kept: { offset: number; around: string }[] = [];
	for (const m of text.matchAll(HAN_SPACE)) {
		const span = protectedSpans.find(([a, b]) => m.index > a && m.index < b);
		let keep = false;
		if (span?.[2] === 'byline') keep = true;
		else if (span?.[2] === 'quote') {
			const left = text.slice(span[0] + 1, m.index).match(new RegExp(`${HAN}+$`, 'u'))?.[0] ?? '';
			const right =
				text.slice(m.index + m[0].length, span[1] - 1).match(new RegExp(`^${HAN}+`, 'u'))?.[0] ??
				'';
			keep = Array.from(left).length >= 2 && Array.from(right).length >= 2;
			if (keep)
				kept.push({ offset: out.length + (m.index - last), around: `${left}${m[0]}${right}` });
		}
		out += text.slice(last, m.index) + (keep ? m[0] : '');
		last = m.index + m[0].length;
	}
	return { text: out + text.slice(last), kept };
}

/**
 * Normalise one piece of text, reporting each rule that changed it at `line`. `prose` (running text,
 * decided on the whole paragraph) turns on the removal of spaces between Han runs.
 */
export function normalizeText(
	text: string,
	file: VFile,
	line: number,
	prose = SENTENCE_PUNCT.test(text),
): string {
	let out = text
		.replace(/[ \t\u00A0\u3000]+/g, (m) => (m.includes('\u3000') && m.length === 1 ? m : ' '))
		.trim();
	for (const rule of rules) {
		const next = rule.apply(out);
		if (next !== out) {
			const message = file.info(rule.describe, {
				place: { line, column: 1 },
				ruleId: rule.id,
				source,
			});
			message.actual = out;
			message.expected = [next];
			out = next;
		}
	}
	if (!prose) return out;
	const { text: next, kept } = proseHanSpaces(out);
	if (next !== out) {
		const message = file.info('Removed spaces between Han characters in running prose', {
			place: { line, column: 1 },
			ruleId: 'prose-han-space',
			source,
		});
		message.actual = out;
		message.expected = [next];
	}
	for (const k of kept) {
		const message = file.message(
			`Left a space between Han characters inside a quotation (printed on purpose?): ${k.around}`,
			{
				place: { line, column: 1 },
				ruleId: 'han-space-left',
				source,
			},
		);
		message.actual = k.around;
		message.expected = [k.around.replace(/ +/gu, '')];
	}
	return next;
}

/**
 * Normalise every paragraph's text (rules in the module comment), reporting each change on `file` at
 * the paragraph's first line, with `actual`/`expected`. The paragraph's original `lines` are normalised
 * the same way without reports (structure reads them for header groups). Returns new paragraphs; never
 * throws.
 */
export function normalize(paras: UnwrappedPara[], file: VFile): UnwrappedPara[] {
	return paras.map((p) => {
		const prose = SENTENCE_PUNCT.test(p.text);
		return {
			...p,
			text: normalizeText(p.text, file, p.start, prose),
			lines: p.lines.map((l, i) =>
				normalizeText(l, new (file.constructor as new () => VFile)(), p.start + i, prose),
			),
		};
	});
}

/**
 * Stage `normalize`: undo justification and extraction noise inside each paragraph.
 *
 * - Spread digits and letterspaced Han text: `7 . 3%` → 7.3%, `3 5个` → 35个, `设 备 3 0 0 0 套` →
 *   设备3000套, `项 目 聊 城` → 项目聊城. A space between two Han characters survives only when both
 *   sides are words of two or more characters (`聚焦主责主业 奋力担当作为`, `记者 张超`): that space
 *   was printed on purpose.
 * - Spaces around full-width punctuation go; Latin words keep the spaces between them.
 * - Full-width ASCII letters and digits become ASCII; ASCII `,;:!?` inside Chinese text become
 *   full-width, except between digits (`1,000`).
 * Every change is reported with the text before and after.
 */
import type { UnwrappedPara, VFile } from './types.ts';

const source = 'normalize';

const HAN = '\\p{Script=Han}';
/** Full-width (CJK) punctuation. */
const CJK_PUNCT = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u00B7';

interface Rule {
	id: string;
	describe: string;
	apply: (text: string) => string;
}

const rules: Rule[] = [
	{
		id: 'full-width-alnum',
		describe: 'Full-width letters and digits to ASCII',
		apply: (t) => t.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
	},
	{
		id: 'spread-digits',
		describe: 'Removed spaces inside spread numbers',
		// 3 0 0 0 → 3000, 7 . 3 → 7.3, 2 . 3 3 → 2.33, 15 . 3% → 15.3%, 2 0 % → 20%
		apply: (t) => {
			let prev;
			do {
				prev = t;
				t = t.replace(/(\d) +(?=[\d.%‰])/g, '$1').replace(/(\d\.) +(?=\d)/g, '$1').replace(/(\d) +(?=\.\d)/g, '$1');
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
			t.replace(new RegExp(` +(?=[${CJK_PUNCT}])`, 'gu'), '').replace(new RegExp(`([${CJK_PUNCT}]) +`, 'gu'), '$1'),
	},
	{
		id: 'letterspacing',
		describe: 'Removed letterspacing between Han characters',
		// A space between Han characters goes when a one-character word stands on either side of it.
		apply: (t) => {
			// Only where the damage shows: two or more such spaces, or one inside running text. A lone
			// space in a short line (`2025年1月11日 甲辰年十二月十二`, `张超 聊城报道`) is printed on purpose.
			const candidates = t.match(new RegExp(`(?<=(?:^|[^\\p{Script=Han}])${HAN}) +(?=${HAN})|(?<=${HAN}) +(?=${HAN}(?:$|[^\\p{Script=Han}]))`, 'gu'));
			if (!candidates || (candidates.length < 2 && Array.from(t).length <= 40)) return t;
			const tokens = t.split(/( +)/);
			const words = tokens.filter((_, i) => i % 2 === 0);
			const isHan = (s: string | undefined, end: boolean) =>
				!!s && new RegExp(`${HAN}${end ? '$' : ''}`, 'u').test(end ? s : Array.from(s)[0] ?? '');
			let out = words[0] ?? '';
			for (let i = 1; i < words.length; i++) {
				const left = words[i - 1]!;
				const right = words[i]!;
				const single = Array.from(lastRun(left)).length === 1 || Array.from(firstRun(right)).length === 1;
				out += isHan(left, true) && isHan(right, false) && single ? right : tokens[2 * i - 1] + right;
			}
			return out;
		},
	},
	{
		id: 'ascii-punct',
		describe: 'ASCII punctuation in Chinese text to full-width',
		apply: (t) =>
			t.replace(new RegExp(`(?<=${HAN}|[${CJK_PUNCT}%‰\\d])([,;:!?])(?=${HAN}|[${CJK_PUNCT}“‘\\d])`, 'gu'), (m, p: string, offset: number, all: string) => {
				const before = all[offset - 1] ?? '';
				const after = all[offset + 1] ?? '';
				// Between two digits (1,000) or between Latin/digits only, it stays ASCII.
				if (/[\d%‰]/.test(before) && /\d/.test(after)) return m;
				if (!/\p{Script=Han}|[\u3000-\u303F\uFF00-\uFFEF“”‘’]/u.test(before + after)) return m;
				return { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' }[p] ?? m;
			}),
	},
];

/** The Han run at the end of a word (`，年` → `年`). */
function lastRun(word: string): string {
	return word.match(new RegExp(`${HAN}+$`, 'u'))?.[0] ?? word;
}
function firstRun(word: string): string {
	return word.match(new RegExp(`^${HAN}+`, 'u'))?.[0] ?? word;
}

/** Normalise one piece of text, reporting each rule that changed it at `line`. */
export function normalizeText(text: string, file: VFile, line: number): string {
	let out = text.replace(/[ \t\u00A0\u3000]+/g, (m) => (m.includes('\u3000') && m.length === 1 ? m : ' ')).trim();
	for (const rule of rules) {
		const next = rule.apply(out);
		if (next !== out) {
			const message = file.info(rule.describe, { place: { line, column: 1 }, ruleId: rule.id, source });
			message.actual = out;
			message.expected = [next];
			out = next;
		}
	}
	return out;
}

/**
 * Normalise every paragraph's text (rules in the module comment), reporting each change on `file` at
 * the paragraph's first line, with `actual`/`expected`. The paragraph's original `lines` are normalised
 * the same way without reports (structure reads them for header groups). Returns new paragraphs; never
 * throws.
 */
export function normalize(paras: UnwrappedPara[], file: VFile): UnwrappedPara[] {
	return paras.map((p) => ({
		...p,
		text: normalizeText(p.text, file, p.start),
		lines: p.lines.map((l, i) => normalizeText(l, new (file.constructor as new () => VFile)(), p.start + i)),
	}));
}

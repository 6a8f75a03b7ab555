/**
 * Stage `chars` (after `decode`, before `dedouble`): characters that look like what the page printed but
 * are other code points, folded to what was printed (issue 13 "Characters"; field case 02). The source
 * file stays as received; this stage changes the text the later stages read.
 *
 * - Kangxi radicals (U+2F00–2FDF) and CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F): NFKC
 *   (`⼀` → 一, `金` U+F90A → 金 U+91D1).
 * - CJK Radicals Supplement (U+2E80–2EFF) and CJK Strokes (U+31C0–31EF), which NFKC mostly leaves:
 *   Unicode's `EquivalentUnifiedIdeograph.txt` (vendored in `data/unicode/`, version in its header;
 *   `⻓` → 长). A radical with no equivalent ideograph is left as it is, with a warning.
 * - "Stutter": a radical followed by the ideograph it stands for (`⼯工`, `⻓长`) is one character.
 * - Full-width digits and letters (NFKC: `３６` → 36, `ＧＤＰ` → GDP), and the punctuation inside a
 *   full-width number: decimal point, thousands separator before three digits, sign before it, percent
 *   after it (`３６．４` → 36.4, `１２．５％` → 12.5%, `－２．１％` → -2.1%). Full-width punctuation
 *   elsewhere (`，。：`) is Chinese typography and stays.
 * - Ideographic spaces (U+3000) inside a line → a space (NFKC). Those that open a line stay: a leading
 *   U+3000 U+3000 is the paragraph indent that `unwrap` reads as a paragraph mark.
 *
 * Every fold is a message (`file.info`) with `ruleId`, `actual` (what was there), `expected` (what it
 * became) and its place: line and column, 1-based, the column in UTF-16 code units of the line as
 * decoded. Line numbers are unchanged by this stage (it never joins or splits lines).
 */
import { readFileSync } from 'node:fs';
import type { SourceLine, VFile } from './types.ts';

const source = 'chars';

/**
 * `data/unicode/EquivalentUnifiedIdeograph.txt` (Unicode data) parsed: radical or stroke → unified
 * ideograph, one character each. Read when the module is imported: importing throws when the file is
 * missing or malformed (`parseEquivalents`).
 */
export const EQUIVALENT_UNIFIED = parseEquivalents(
	readFileSync(
		new URL('../../data/unicode/EquivalentUnifiedIdeograph.txt', import.meta.url),
		'utf8',
	),
);

/**
 * Parse Unicode's `EquivalentUnifiedIdeograph.txt`: lines `2F00 ; 4E00 # …` or `2E81..2E82 ; 5382`
 * (a range of radicals that all stand for one ideograph); comments and blank lines are skipped.
 * @throws Error when a data line does not have that shape (a corrupted or unexpected file).
 */
export function parseEquivalents(text: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const raw of text.split('\n')) {
		const line = raw.replace(/#.*/, '').trim();
		if (!line) continue;
		const m = line.match(/^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})$/);
		if (!m)
			throw new Error(`EquivalentUnifiedIdeograph.txt: unexpected line ${JSON.stringify(raw)}`);
		const first = parseInt(m[1]!, 16);
		const last = m[2] ? parseInt(m[2], 16) : first;
		for (let cp = first; cp <= last; cp++)
			map.set(String.fromCodePoint(cp), String.fromCodePoint(parseInt(m[3]!, 16)));
	}
	return map;
}

/** Radicals, strokes and compatibility ideographs: characters that stand for a unified ideograph. */
const STAND_IN = /[\u2E80-\u2FDF\u31C0-\u31EF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;
const KIND: [RegExp, string, string][] = [
	[/[\u2F00-\u2FDF]/u, 'kangxi-radical', 'Kangxi radical'],
	[/[\u2E80-\u2EFF]/u, 'radical-supplement', 'CJK radical'],
	[/[\u31C0-\u31EF]/u, 'cjk-stroke', 'CJK stroke'],
	[/[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u, 'compatibility-ideograph', 'CJK compatibility ideograph'],
];
const u = (c: string) =>
	Array.from(c)
		.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
		.join(' ');

/** The unified ideograph a radical, stroke or compatibility ideograph stands for, or null. */
export function unifiedFor(c: string): string | null {
	const nfkc = c.normalize('NFKC');
	if (nfkc !== c && /^\p{Script=Han}$/u.test(nfkc) && !STAND_IN.test(nfkc)) return nfkc;
	return EQUIVALENT_UNIFIED.get(c) ?? null;
}

const FW_DIGIT = '\\uFF10-\\uFF19';
const FW_ALNUM = '\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
/**
 * A run of full-width letters and digits with the punctuation that belongs to a number: a sign before
 * a digit, `．` between digits, `，` before exactly three digits, `％` after a digit.
 */
const FULL_WIDTH = new RegExp(
	`(?:[\\uFF0B\\uFF0D](?=[${FW_DIGIT}]))?[${FW_ALNUM}](?:[${FW_ALNUM}]|(?<=[${FW_DIGIT}])\\uFF0E(?=[${FW_DIGIT}])|(?<=[${FW_DIGIT}])\\uFF0C(?=[${FW_DIGIT}]{3}(?![${FW_DIGIT}])))*(?:(?<=[${FW_DIGIT}])\\uFF05)?`,
	'gu',
);

/** Fold one line (see the module comment). Reports each fold on `file` at `line`. */
export function foldLine(text: string, line: number, file: VFile): string {
	const indent = text.match(/^\u3000+/)?.[0] ?? '';
	const report = (
		ruleId: string,
		reason: string,
		column: number,
		actual: string,
		expected: string,
		warn = false,
	) => {
		const message = warn
			? file.message(reason, { place: { line, column }, ruleId, source })
			: file.info(reason, { place: { line, column }, ruleId, source });
		message.actual = actual;
		message.expected = [expected];
	};
	// Pass 1: radicals, strokes and compatibility ideographs (and stutters), code point by code point.
	const chars = STAND_IN.test(text)
		? Array.from(text.slice(indent.length))
		: [text.slice(indent.length)];
	let column = indent.length + 1;
	let folded = '';
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i]!;
		const at = column;
		column += c.length;
		if (!STAND_IN.test(c)) {
			folded += c;
			continue;
		}
		const [, ruleId, name] = KIND.find(([re]) => re.test(c)) ?? [
			null,
			'stand-in',
			'Stand-in character',
		];
		const target = unifiedFor(c);
		if (target === null) {
			if (ruleId !== 'compatibility-ideograph')
				report(
					ruleId,
					`${name} ${c} (${u(c)}) has no equivalent unified ideograph: left as it is`,
					at,
					c,
					c,
					true,
				);
			folded += c;
			continue;
		}
		if (chars[i + 1] === target && ruleId !== 'compatibility-ideograph') {
			report(
				'radical-stutter',
				`${name} ${c} (${u(c)}) followed by the ideograph it stands for: one ${target}`,
				at,
				c + target,
				target,
			);
			column += target.length;
			i += 1;
		} else {
			report(ruleId, `Folded ${name} ${c} (${u(c)}) to ${target} (${u(target)})`, at, c, target);
		}
		folded += target;
	}
	// Pass 2: full-width letters and numbers, ideographic spaces inside the line. Columns are those of
	// the folded text (pass 1 keeps lengths, except a stutter, which shortens the line by one character).
	const base = indent.length;
	folded = folded.replace(FULL_WIDTH, (run, offset: number) => {
		const ascii = run.normalize('NFKC');
		report(
			'full-width',
			`Full-width ${/[\uFF10-\uFF19]/.test(run) ? 'number' : 'letters'} ${run} to ${ascii}`,
			base + offset + 1,
			run,
			ascii,
		);
		return ascii;
	});
	folded = folded.replace(/\u3000+/g, (run, offset: number) => {
		const spaces = ' '.repeat(run.length);
		report(
			'ideographic-space',
			`${run.length} ideographic space(s) inside the line to space(s)`,
			base + offset + 1,
			run,
			spaces,
		);
		return spaces;
	});
	return indent + folded;
}

/** A line with something to fold: a stand-in, a full-width letter or digit, or an ideographic space after the indent. */
const NEEDS_FOLD =
	/[\u2E80-\u2FDF\u31C0-\u31EF\uF900-\uFAFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u{2F800}-\u{2FA1F}]|[^\u3000]\u3000/u;

/** Fold every line (see the module comment); lines keep their numbers. */
export function foldChars(lines: SourceLine[], file: VFile): SourceLine[] {
	return lines.map((l) =>
		NEEDS_FOLD.test(l.text) ? { ...l, text: foldLine(l.text, l.line, file) } : l,
	);
}

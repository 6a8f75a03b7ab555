/**
 * Stage `coverage`: nothing lost. Every Han character and digit of the source (after undoing doubled
 * glyphs, which is the only stage that removes printed characters on purpose) must appear in the record:
 * in a block, the title, subtitle, kicker, byline, source, furniture or (text an editor corrected) the
 * record's corrections. Counted as multisets, so a
 * character dropped anywhere shows up as missing.
 */
import type { Article } from '../../src/schemas/article.ts';
import type { VFile } from './types.ts';

const COUNTED = /[\p{Script=Han}0-9]/gu;

function count(text: string, into = new Map<string, number>()): Map<string, number> {
	const folded = text.replace(/[\uFF10-\uFF19]/g, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0),
	);
	for (const c of folded.match(COUNTED) ?? []) into.set(c, (into.get(c) ?? 0) + 1);
	return into;
}

type RecordText = Pick<
	Article,
	'title' | 'subtitle' | 'kicker' | 'byline' | 'source' | 'furniture' | 'blocks' | 'corrections'
>;

/** Text of the record that comes from the source. */
export function recordText(r: RecordText): string[] {
	return [
		r.title,
		r.subtitle ?? '',
		r.kicker ?? '',
		...r.byline.flatMap((b) => [b.roleLabel, b.name]),
		r.source.name ?? '',
		r.source.edition ?? '',
		r.source.page ?? '',
		...r.furniture,
		...r.blocks.map((b) => b.text),
		// What a correction replaced is still in the record, in its `corrections`.
		...r.corrections.map((c) => c.found),
	];
}

/**
 * Count how many Han characters and digits (full-width digits folded to ASCII; counted per code point)
 * of `undoubled` (the source after `dedouble`) appear in the record's text, as multisets. Returns the
 * counts, their ratio (1 for a source without any) and the missing characters; a ratio below 1 is a
 * warning (`coverage`): text was lost. Never throws.
 */
export function coverage(
	undoubled: string,
	record: RecordText,
	file: VFile,
): Article['cleaning']['coverage'] {
	const want = count(undoubled);
	const have = new Map<string, number>();
	for (const t of recordText(record)) count(t, have);
	let sourceChars = 0;
	let coveredChars = 0;
	const missing: Record<string, number> = {};
	for (const [c, n] of [...want].sort(([a], [b]) => (a < b ? -1 : 1))) {
		sourceChars += n;
		const got = Math.min(n, have.get(c) ?? 0);
		coveredChars += got;
		if (got < n) missing[c] = n - got;
	}
	const ratio = sourceChars ? coveredChars / sourceChars : 1;
	if (ratio < 1) {
		file.message(
			`Coverage ${(ratio * 100).toFixed(2)}%: ${sourceChars - coveredChars} source character(s) not in the record: ${Object.keys(missing).join('')}`,
			{
				ruleId: 'coverage',
				source: 'coverage',
			},
		);
	}
	return { sourceChars, coveredChars, ratio, missing };
}

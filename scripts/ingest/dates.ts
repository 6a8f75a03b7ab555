/**
 * Stage `dates`: when was the article printed, how precisely do we know, and on what evidence.
 *
 * 1. A date printed in the masthead (`2025年1月11日`, `二〇二三年十月三十日`, `２０２３年…`; see
 *    `masthead.ts`) gives day precision.
 * 2. Else the editorial sidecar's `date`, `datePrecision` and its note (`dateEvidence`, zh and en) as `dateNote`.
 * 3. Else the latest year the text itself states (`year` precision), leaving out years in plans and
 *    forecasts (`计划2026年6月底前投产`), quoting the words it rests on.
 * 4. Else no date (`unknown`). A day is never made up.
 */
import type { Article, Block } from '../../src/schemas/article.ts';
import type { Sidecar } from '../../src/schemas/sidecar.ts';
import { parsePrintedDate } from './masthead.ts';
import type { VFile } from './types.ts';

const source = 'dates';

/** The record's date fields as `resolveDate` decides them (see `articleSchema`). */
export type DateFields = Pick<
	Article,
	'date' | 'datePrecision' | 'dateSource' | 'dateEvidence' | 'dateNote'
>;

/** Words before a year that make it a plan or forecast, not the time of writing. */
const FUTURE = /(计划|预计|力争|争取|到|至|目标|规划|展望|预期)[^，。；]{0,3}$/u;

/**
 * Date the article by the evidence in the module comment, in that order. `printedDate` is the masthead
 * line `structure` found (read with `parsePrintedDate` of `masthead.ts`). Returns `date` as `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD` (or null), its precision, where it came from and the evidence; a conflict
 * between the printed date and the sidecar is a warning (the printed date wins). Never throws.
 */
export function resolveDate(
	printedDate: string | null,
	sidecar: Sidecar | null,
	blocks: Block[],
	file: VFile,
): DateFields {
	const printed = printedDate ? parsePrintedDate(printedDate) : null;
	if (printed) {
		const date = printed.iso;
		if (sidecar?.date && sidecar.date !== date) {
			file.message(
				`The sidecar's date ${sidecar.date} differs from the printed date ${date}; the printed date is used`,
				{
					ruleId: 'date-conflict',
					source,
				},
			);
		}
		file.info(`Dated ${date} (day) from the printed date`, { ruleId: 'printed-date', source });
		return {
			date,
			datePrecision: 'day',
			dateSource: 'printed',
			dateEvidence: printedDate,
			dateNote: null,
		};
	}
	if (sidecar?.date) {
		const precision =
			sidecar.datePrecision ??
			(['year', 'month', 'day'] as const)[sidecar.date.split('-').length - 1]!;
		const date = sidecar.date
			.split('-')
			.slice(0, { year: 1, month: 2, day: 3 }[precision])
			.join('-');
		file.info(`Dated ${date} (${precision}) from the editorial sidecar`, {
			ruleId: 'editorial-date',
			source,
		});
		return {
			date,
			datePrecision: precision,
			dateSource: 'editorial',
			dateEvidence: null,
			dateNote: sidecar.dateEvidence ?? null,
		};
	}
	let best: { year: number; quote: string } | null = null;
	for (const block of blocks) {
		for (const y of block.text.matchAll(/(?<!\d)((?:19|20)\d{2})年/gu)) {
			const before = block.text.slice(Math.max(0, y.index - 8), y.index);
			if (FUTURE.test(before)) continue;
			const year = Number(y[1]);
			if (!best || year > best.year) {
				const quote = block.text.slice(Math.max(0, y.index - 12), y.index + 16);
				best = { year, quote };
			}
		}
	}
	if (best) {
		file.message(
			`No printed or editorial date: dated ${best.year} (year), the latest year the text states`,
			{
				ruleId: 'text-year',
				source,
			},
		);
		return {
			date: String(best.year),
			datePrecision: 'year',
			dateSource: 'text-year',
			dateEvidence: best.quote,
			dateNote: null,
		};
	}
	file.message('No date: nothing printed, no sidecar, and no year in the text', {
		ruleId: 'no-date',
		source,
	});
	return {
		date: null,
		datePrecision: 'unknown',
		dateSource: 'none',
		dateEvidence: null,
		dateNote: null,
	};
}

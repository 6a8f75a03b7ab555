/**
 * An article's date line as the page prints it: the formatted date and, for a date known to the
 * month, the precision note (`2024年6月（推定到月）`, `June 2024 (month inferred)`). Shared by
 * components/DateLine.astro and the search index data (components/SearchIndexData.astro).
 */
import type { Article } from '../schemas/article.ts';
import { formatDate } from './format.ts';
import { useTranslations } from './i18n.ts';
import { parenthesised } from './punct.ts';
import type { Lang } from './routing/index.ts';

/** An article's date line in one language: the date, and the precision note kept apart for styling. */
export interface Dateline {
	/** The date as printed (`formatDate`). */
	text: string;
	/** The precision note with its brackets and spacing, or '' (only for month precision). */
	precision: string;
}

/** The date line of `record` in `lang` (undated: the translated "undated" text). Never throws. */
export function dateline(record: Pick<Article, 'date' | 'datePrecision'>, lang: Lang): Dateline {
	const t = useTranslations(lang);
	const note = t(`article.precision.${record.datePrecision}`);
	return {
		text: formatDate(record.date, record.datePrecision, lang),
		precision: record.datePrecision === 'month' ? parenthesised(note, lang) : '',
	};
}

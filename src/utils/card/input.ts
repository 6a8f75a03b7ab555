/** What an article's share card shows, from its record (`./index.ts` draws it). */
import type { ArticleEntry } from '../../schemas/article.ts';
import { formatDate } from '../format.ts';
import { useTranslations } from '../i18n.ts';
import { romanise } from '../names.ts';
import type { CardInput } from './index.ts';

/**
 * The card of an article: its Chinese title and the English title of its translation, the date with
 * its precision in both languages (`2024年6月` / `June 2024`, never a day the record does not
 * know), the newspaper (with its edition in Chinese) and the site's short name in both languages.
 */
export function cardInput(record: ArticleEntry): CardInput {
	const zh = useTranslations('zh');
	const en = useTranslations('en');
	return {
		title: record.title,
		titleEn: record.translation?.title ?? null,
		source: record.source.edition
			? `${record.source.name} · ${record.source.edition}`
			: record.source.name,
		sourceEn: romanise(record.source.name, 'title'),
		date: formatDate(record.date, record.datePrecision, 'zh'),
		dateEn: formatDate(record.date, record.datePrecision, 'en'),
		site: zh('site.shortName'),
		siteEn: en('site.shortName'),
	};
}

/** URL id of a newspaper: its English name in lower-case ASCII (`聊城日报` → `liaocheng-daily`). */
export function paperId(name: string): string {
	return (
		romanise(name, 'title')
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'paper'
	);
}

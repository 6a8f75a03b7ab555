/**
 * `/<lang>/rss.xml`: the archive's articles, newest first, in one language.
 *
 * Dates: RSS 2.0's `pubDate` is an RFC 822 date-time, which cannot say "June 2024" or "2022". An
 * article dated to the day has it as `pubDate`; one dated only to a month or a year has no `pubDate`
 * (any day would be made up, and a reader would show it as the publication day) and carries its date
 * as far as it is known in `dc:date` (Dublin Core, W3C-DTF, which allows `YYYY-MM` and `YYYY`).
 * Undated articles have neither.
 *
 * Descriptions (src/utils/excerpt.ts): Chinese, the first whole sentences of the lede or first
 * paragraph, up to 120 characters, with `……` when the text goes on; English, the translation's summary
 * in whole sentences up to 200 characters, with `…` when cut.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleSummary, articleTitle, getArchive } from '../../utils/archive.ts';
import { excerpt } from '../../utils/excerpt.ts';
import { useTranslations } from '../../utils/i18n.ts';
import {
	absoluteUrl,
	htmlLang,
	langStaticPaths,
	routes,
	type Lang,
} from '../../utils/routing/index.ts';

/** One feed per language: `/zh/rss.xml` and `/en/rss.xml`. */
export const getStaticPaths = langStaticPaths;

/** Chinese description length in characters (code points): Chinese reads about twice as dense as English. */
export const ZH_MAX = 120;
/** English description length in characters (code points). */
export const EN_MAX = 200;

/** The RSS 2.0 feed of `/<lang>/rss.xml`: every article of the archive (`getArchive()`), newest first. */
export const GET: APIRoute = async ({ params, site }) => {
	const lang = params.lang as Lang;
	const t = useTranslations(lang);
	const archive = await getArchive();
	return rss({
		title: t('rss.title'),
		description: t('rss.description'),
		// The channel links to this language's home page (under the base path); items are base-prefixed paths.
		site: absoluteUrl(routes.home(lang), site),
		trailingSlash: true,
		customData: `<language>${htmlLang[lang].toLowerCase()}</language>`,
		xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
		items: archive.articles.map((a) => {
			const { date, datePrecision } = a.record;
			const text = articleSummary(a.record, lang);
			return {
				title: articleTitle(a, lang).text,
				link: routes.article(lang, a.slug),
				...(date && datePrecision === 'day' ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
				...(date && (datePrecision === 'month' || datePrecision === 'year')
					? { customData: `<dc:date>${date}</dc:date>` }
					: {}),
				description: text ? excerpt(text, lang, lang === 'en' ? EN_MAX : ZH_MAX) : undefined,
				categories: a.record.topics.map((id) => archive.topics.get(id)?.name[lang] ?? id),
			};
		}),
	});
};

/** `/<lang>/rss.xml`: the archive's articles, newest first, in one language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleSummary, articleTitle, getArchive } from '../../utils/archive.ts';
import { useTranslations } from '../../utils/i18n.ts';
import { absoluteUrl, htmlLang, langStaticPaths, routes, type Lang } from '../../utils/routing/index.ts';

export const getStaticPaths = langStaticPaths;

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
		items: archive.articles.map((a) => ({
			title: articleTitle(a, lang).text,
			link: routes.article(lang, a.slug),
			...(a.record.date && a.record.datePrecision !== 'unknown' ? { pubDate: new Date(`${a.record.date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`) } : {}),
			description: articleSummary(a.record, lang),
			categories: a.record.topics.map((id) => archive.topics.get(id)?.name[lang] ?? id),
		})),
	});
};

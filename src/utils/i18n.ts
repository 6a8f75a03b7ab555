/**
 * The one i18next instance of the site. UI strings live in `src/translations/{zh,en}.json`, are
 * validated with `uiStringsSchema` and loaded once as the `zh-CN` and `en` resources. Components get
 * a bound `t` from `useTranslations(lang)` and never import i18next themselves.
 */
import i18next, { type TOptions } from 'i18next';
import zh from '../translations/zh.json' with { type: 'json' };
import en from '../translations/en.json' with { type: 'json' };
import { uiStringsSchema } from '../translations/schema.ts';
import { htmlLang, type Lang } from './routing/index.ts';

const i18n = i18next.createInstance();
void i18n.init({
	resources: {
		'zh-CN': { translation: uiStringsSchema.parse(zh) },
		en: { translation: uiStringsSchema.parse(en) },
	},
	lng: 'zh-CN',
	fallbackLng: false,
	initAsync: false,
	returnNull: false,
	// Astro escapes every `{expression}` it prints: i18next must not escape a second time.
	interpolation: { escapeValue: false },
});

export type Translate = (key: string, options?: TOptions) => string;

export function useTranslations(lang: Lang): Translate {
	const t = i18n.getFixedT(htmlLang[lang]) as unknown as (key: string, options?: TOptions) => unknown;
	return (key, options) => {
		const out = t(key, options);
		if (typeof out !== 'string' || out === key) throw new Error(`i18n: missing string "${key}" for ${lang}`);
		return out;
	};
}

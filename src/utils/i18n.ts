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

/**
 * A UI string lookup bound to one language (`useTranslations`): `key` is a dotted key of
 * `src/translations/*.json`, `options` i18next's (interpolation values, `count`). Throws on a
 * missing key.
 */
export type Translate = (key: string, options?: TOptions) => string;

/** Strings without options already looked up, per language and key: pages ask for the same ones thousands of times. */
const memo = new Map<string, string>();

/**
 * The UI string translator for one language. `t(key, options)` returns the string with its
 * interpolation done. Strings asked for without options are memoised per language and key (i18next's
 * lookup showed in build profiles). Throws when the key is missing for that language: a missing string is a
 * build error, never a key printed on a page.
 */
export function useTranslations(lang: Lang): Translate {
	const t = i18n.getFixedT(htmlLang[lang]) as unknown as (
		key: string,
		options?: TOptions,
	) => unknown;
	return (key, options) => {
		const id = options ? null : `${lang}\u0000${key}`;
		const known = id === null ? undefined : memo.get(id);
		if (known !== undefined) return known;
		const out = t(key, options);
		if (typeof out !== 'string' || out === key)
			throw new Error(`i18n: missing string "${key}" for ${lang}`);
		if (id !== null) memo.set(id, out);
		return out;
	};
}

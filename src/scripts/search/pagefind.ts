/**
 * Pagefind instances of the search page, all on Pagefind's one worker and its cached files.
 *
 * The page preloads Pagefind's script, entry, metadata and WASM (`addPreloads` in
 * src/integrations/pagefind.ts), so that Pagefind's worker finds them in the browser cache; the cache
 * tag fixes the entry file's URL per index so that it matches the preload. (Running Pagefind on the
 * main thread instead was measured at 10,000 articles: no faster cold, and a repeated search took
 * ~220 ms instead of ~45 ms.)
 */
import type { Lang } from '../search-query.ts';
import type { Pagefind, PagefindModule } from './types.ts';

/**
 * The search page's Pagefind instances, each created on first call and then reused (the promise is
 * kept): built by `pagefindLoader`, used by src/scripts/search.ts, `execute` and the indicator box.
 */
export interface Loader {
	/** The instance that finds results. It loads no filter index unless the search is filtered. */
	results(): Promise<Pagefind>;
	/** A second instance for the facet counts and the indicator box (loads the filter indexes). */
	counter(): Promise<Pagefind>;
	/** An instance on the other edition's index, for "matches in the other edition". */
	other(): Promise<Pagefind>;
}

/** `base`: Pagefind's bundle URL (ends in `/`); `tag`: the entry file's cache tag, if any. */
export function pagefindLoader(
	bundle: string,
	base: string | undefined,
	tag: string | undefined,
	lang: Lang,
): Loader {
	const initOptions = { baseUrl: base, ...(tag ? { metaCacheTag: tag } : {}) };
	let module: Promise<PagefindModule> | null = null;
	const importPagefind = () =>
		(module ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>);
	let results: Promise<Pagefind> | null = null;
	let counter: Promise<Pagefind> | null = null;
	let other: Promise<Pagefind> | null = null;
	return {
		results: () =>
			(results ??= importPagefind().then(async (pf) => {
				await pf.options({ ...initOptions, excerptLength: lang === 'zh' ? 60 : 30 });
				return pf;
			})),
		counter: () => (counter ??= importPagefind().then((pf) => pf.createInstance(initOptions))),
		other: () =>
			(other ??= importPagefind().then((pf) => {
				// Pagefind picks an instance's index from <html lang> when the instance is created (its
				// `language` option is overridden by that): set the other edition's for that one call.
				const html = document.documentElement;
				const keep = html.lang;
				html.lang = lang === 'zh' ? 'en' : 'zh-CN';
				try {
					return pf.createInstance(initOptions);
				} finally {
					html.lang = keep;
				}
			})),
	};
}

/**
 * Slugs: `<date>-<pinyin of the title, word by word>`, ASCII and readable
 * (`2024-06-wei-quanshi-jingji-shehui-gaozhiliang-fazhan`). Words come from jieba, syllables from
 * pinyin-pro; Latin letters and digits in the title are kept.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';

let jieba: Jieba | undefined;

/** At most this many characters after the date. */
export const SLUG_WORDS_MAX = 60;

export function titleToWords(title: string): string[] {
	jieba ??= Jieba.withDict(dict);
	return jieba
		.cut(title)
		.map((word) => {
			const ascii = /\p{Script=Han}/u.test(word) ? pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('') : word;
			return ascii
				.normalize('NFKD')
				.replace(/ü/g, 'v')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '');
		})
		.filter(Boolean);
}

export function makeSlug(date: string | null, title: string): string {
	const words = titleToWords(title);
	let tail = '';
	for (const w of words) {
		if (tail && tail.length + 1 + w.length > SLUG_WORDS_MAX) break;
		tail = tail ? `${tail}-${w}` : w;
	}
	return [date ?? 'undated', tail || 'untitled'].join('-');
}

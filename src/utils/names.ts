/** Romanisation of Chinese names and newspaper titles for English pages (pinyin-pro). */
import { pinyin } from 'pinyin-pro';
import { config } from './config.ts';
import { loadPaperNames } from './papers.ts';

/** English names of newspapers, by their Chinese name (`data/sources.yaml`). */
let papers: Map<string, string> | undefined;
const known = (name: string): string | undefined =>
	(papers ??= loadPaperNames(config.dataDir)).get(name);

function cap(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `张超` → `Zhang Chao` (person: surname, then the given name as one word); `聊城日报` →
 * `Liaocheng Daily` (title: the English name in `data/sources.yaml`, else each syllable capitalised).
 * Latin text is returned as is. The first `title` call loads `data/sources.yaml` (`loadPaperNames`) and
 * throws as it does for an invalid file; otherwise never throws.
 */
export function romanise(name: string, kind: 'person' | 'title' = 'person'): string {
	if (!/\p{Script=Han}/u.test(name)) return name;
	if (kind === 'title')
		return (
			known(name) ??
			(pinyin(name, { toneType: 'none', type: 'array' }) as string[]).map(cap).join(' ')
		);
	const s = pinyin(name.replace(/\s+/g, ''), {
		toneType: 'none',
		type: 'array',
		surname: 'head',
	}) as string[];
	if (s.length === 0) return name;
	return [cap(s[0]!), s.length > 1 ? cap(s.slice(1).join('')) : ''].filter(Boolean).join(' ');
}

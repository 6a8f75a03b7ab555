/**
 * Slug policy, in two steps:
 *
 * 1. Per article (`makeSlug`, called by the `record` stage): `<date>-<pinyin of the title, word by word>`,
 *    ASCII and readable (`2024-06-wei-quanshi-jingji-shehui-gaozhiliang-fazhan`). Words come from jieba,
 *    syllables from pinyin-pro; Latin letters and digits in the title are kept. A sidecar's `slug` wins.
 * 2. Across the archive (`assignSlugs`, `applySlug`, `dedupeSlugs`): slugs made unique in file-name
 *    order. A generated slug that is taken gets the first 8 characters of the article id appended (a
 *    `duplicate-slug` warning); an editor's slug that is taken is a fatal error on the later file.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { fatal } from './messages.ts';
import type { Ingested } from './types.ts';

let jieba: Jieba | undefined;

/** At most this many characters after the date. */
export const SLUG_WORDS_MAX = 60;

/** A title's words (jieba) as lowercase ASCII: pinyin without tones for Han words, `ü` → `v`; empty words dropped. */
export function titleToWords(title: string): string[] {
	jieba ??= Jieba.withDict(dict);
	return jieba
		.cut(title)
		.map((word) => {
			const ascii = /\p{Script=Han}/u.test(word)
				? pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')
				: word;
			return ascii
				.normalize('NFKD')
				.replace(/ü/g, 'v')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '');
		})
		.filter(Boolean);
}

/**
 * `<date ?? 'undated'>-<words joined by '-'>`, the words cut at whole words so that the part after the
 * date has at most `SLUG_WORDS_MAX` characters (one longer first word is kept whole); `untitled` when
 * the title has no usable word.
 */
export function makeSlug(date: string | null, title: string): string {
	const words = titleToWords(title);
	let tail = '';
	for (const w of words) {
		if (tail && tail.length + 1 + w.length > SLUG_WORDS_MAX) break;
		tail = tail ? `${tail}-${w}` : w;
	}
	return [date ?? 'undated', tail || 'untitled'].join('-');
}

/** One article's claim on a slug. */
export interface SlugClaim {
	/** Seed file name: claims are decided in this order. */
	name: string;
	slug: string;
	id: string;
	/** Chosen by an editor (sidecar): never renamed. */
	explicit: boolean;
}

/** The slug decided for one claim: `message` when it was renamed, `error` when it cannot be had. */
export interface SlugDecision {
	slug: string;
	message?: string;
	error?: string;
}

/**
 * Make slugs unique across the archive, in file-name order: a generated slug that is taken gets the
 * article id's first 8 characters appended; an editor's slug that is taken is an error on the later
 * file. Pure; returns a decision per claim name. Never throws.
 */
export function assignSlugs(claims: SlugClaim[]): Map<string, SlugDecision> {
	const owner = new Map<string, string>();
	const out = new Map<string, SlugDecision>();
	for (const c of [...claims].sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const taken = owner.get(c.slug);
		if (taken && c.explicit) {
			out.set(c.name, {
				slug: c.slug,
				error: `Duplicate slug "${c.slug}": already used by ${taken}`,
			});
			continue;
		}
		const slug = taken ? `${c.slug}-${c.id.slice(0, 8)}` : c.slug;
		out.set(
			c.name,
			taken
				? { slug, message: `Slug "${c.slug}" is already used by ${taken}; using "${slug}"` }
				: { slug },
		);
		owner.set(slug, c.name);
	}
	return out;
}

/** Apply `assignSlugs` to ingested articles (in place). */
export function dedupeSlugs(items: Ingested[]): void {
	const claims = items
		.filter((i) => i.record)
		.map((i) => ({
			name: i.file.path,
			slug: i.record!.slug,
			id: i.record!.id,
			explicit: i.explicitSlug,
		}));
	const slugs = assignSlugs(claims);
	for (const item of items) applySlug(item, slugs.get(item.file.path));
}

/**
 * Apply one decision to an ingested article (in place): a rename sets `record.slug` and adds a
 * `duplicate-slug` warning; an error adds a fatal message and drops the record. No decision: no change.
 */
export function applySlug(item: Ingested, s: SlugDecision | undefined): void {
	if (!item.record || !s) return;
	if (s.error) {
		fatal(item.file, s.error, 'duplicate-slug', 'record');
		item.record = null;
	} else if (s.message) {
		item.file.message(s.message, { ruleId: 'duplicate-slug', source: 'record' });
		item.record.slug = s.slug;
	}
}

/**
 * The search-quality query set, made from the archive itself (the ingest's records of the seeds and
 * the glossaries), and the expected result of every query: the articles whose cleaned text contains
 * it exactly.
 *
 * Groups:
 * - `name`: company, place, project and programme names (and aliases) of 2–6 Han characters that
 *   the text prints;
 * - `indicator`: indicator names and aliases (进出口, GDP, 实际使用外资 …) that the text prints;
 * - `figure`: reported figures as printed (7.3%, 33.3亿元);
 * - `phrase`: quoted phrases, `"…"`, from the quotations the articles print (“双招双引”, “争创一流、走在前列”);
 * - `scrambled`: the characters of a name in an order the text never prints (客车中通): the right
 *   answer is nothing, so every result is a false positive (flooding);
 * - `en-name`, `en-text`: English entity names and words of the English pages.
 *
 * "Contains" is a plain substring match for Han text; a query that starts or ends with a Latin letter
 * or digit must not touch another one there (7.3% is not in 17.3%, GDP is not in GDPR); English is
 * matched case-insensitively on word boundaries.
 */
import { readArchive } from '../src/utils/article-mdx.ts';
import type { Article } from '../src/schemas/article.ts';
import { loadGlossaries } from './ingest/glossary.ts';

export type Lang = 'zh' | 'en';
export interface Query {
	group: 'name' | 'indicator' | 'figure' | 'phrase' | 'scrambled' | 'en-name' | 'en-text';
	lang: Lang;
	/** What is typed into the search box. */
	q: string;
	/** Slugs of the articles that must be found (and nothing else). */
	expected: string[];
}

export function loadRecords(contentDir: string): Article[] {
	return readArchive(contentDir).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The cleaned Chinese text of an article, as its page prints it (title, kicker, subtitle, every block). */
export function zhText(r: Article): string {
	return [r.kicker, r.title, r.subtitle, ...r.blocks.map((b) => b.text)].filter(Boolean).join('\n');
}

/** What the English page says in English: the translation where there is one, the English names of its entities and indicators. */
export function enText(r: Article): string {
	const t = r.translation;
	return [
		...(t ? [t.kicker, t.title, t.subtitle, t.summary, ...t.blocks.map((b) => b.text)] : []),
		...r.entities.map((e) => e.name.en),
		...r.metrics.map((m) => m.label.en),
	]
		.filter(Boolean)
		.join('\n');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALNUM = /[A-Za-z0-9]/;

/** Does `text` contain `q`, with Latin/digit edges not touching another Latin letter or digit? */
export function containsZh(text: string, q: string): boolean {
	const before = ALNUM.test(q[0]!) ? '(?<![A-Za-z0-9.])' : '';
	const after = ALNUM.test(q.at(-1)!) ? '(?![A-Za-z0-9]|\\.\\d)' : '';
	return new RegExp(`${before}${escape(q)}${after}`, 'i').test(text);
}

export function containsEn(text: string, q: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(q).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const HAN = /^\p{Script=Han}+$/u;

/** A permutation of `s` that `texts` never print (rotations, then reversal), or null. */
function scramble(s: string, texts: string[]): string | null {
	const chars = [...s];
	const candidates = [...chars.keys()].slice(1).map((k) => [...chars.slice(k), ...chars.slice(0, k)].join(''));
	candidates.push([...chars].reverse().join(''));
	return candidates.find((c) => c !== s && !texts.some((t) => t.includes(c))) ?? null;
}

export function buildQueries(contentDir = 'content', dataDir = 'data'): Query[] {
	const records = loadRecords(contentDir);
	const g = loadGlossaries(dataDir);
	const zh = records.map((r) => ({ slug: r.slug, text: zhText(r) }));
	const en = records.map((r) => ({ slug: r.slug, text: enText(r) }));
	const zhHits = (q: string) => zh.filter((x) => containsZh(x.text, q)).map((x) => x.slug);
	const enHits = (q: string) => en.filter((x) => containsEn(x.text, q)).map((x) => x.slug);
	const out: Query[] = [];
	const seen = new Set<string>();
	const add = (group: Query['group'], lang: Lang, q: string, expected: string[]) => {
		const key = `${lang}:${q}`;
		if (seen.has(key)) return;
		seen.add(key);
		out.push({ group, lang, q, expected });
	};

	// Names of 2–6 Han characters that the text prints.
	const names: string[] = [];
	for (const e of g.entities) {
		if (!['company', 'place', 'project', 'programme'].includes(e.type)) continue;
		for (const name of [e.zh, ...(e.aliases ?? [])]) {
			if (!HAN.test(name) || name.length < 2 || name.length > 6) continue;
			const hits = zhHits(name);
			if (hits.length) {
				add('name', 'zh', name, hits);
				names.push(name);
			}
		}
	}
	for (const ind of g.indicators) {
		for (const name of [ind.zh, ...(ind.aliases ?? [])] as string[]) {
			const hits = zhHits(name);
			if (hits.length) add('indicator', 'zh', name!, hits);
		}
	}
	for (const r of records) {
		for (const m of r.metrics) {
			if (!m.match || !/\d/.test(m.match)) continue;
			add('figure', 'zh', m.match, zhHits(m.match));
		}
	}
	const quotes = new Set<string>();
	for (const r of records) for (const b of r.blocks) for (const m of b.text.matchAll(/“([^”]{2,14})”/g)) quotes.add(m[1]!);
	for (const p of quotes) {
		if (!/\p{Script=Han}{2}/u.test(p)) continue;
		add('phrase', 'zh', `"${p}"`, zhHits(p));
	}
	// Every third name of 3+ characters, scrambled.
	for (const name of names.filter((n) => n.length >= 3).filter((_, i) => i % 3 === 0)) {
		const s = scramble(name, zh.map((x) => x.text));
		if (s) add('scrambled', 'zh', s, []);
	}

	const entityIds = new Set(records.flatMap((r) => r.entities.map((e) => e.id)));
	for (const e of g.entities) {
		if (!entityIds.has(e.id) || !['company', 'place', 'project', 'programme'].includes(e.type)) continue;
		add('en-name', 'en', e.en, enHits(e.en));
	}
	for (const word of ['zone', 'investment', 'exports', 'yacht', 'Tuhai River', 'specialized']) {
		const hits = enHits(word);
		if (hits.length) add('en-text', 'en', word, hits);
	}
	return out;
}

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
 * - `en-name`, `en-text`: English entity names and words of the English pages;
 * - `alias`: every name the glossaries give an indicator, entity or topic of the archive (aliases,
 *   the other names), on the Chinese edition: the right answer is every article about the thing
 *   (`about`, in `expectedHits`), plus any that prints the name;
 * - `other-script`: the Traditional forms (opencc-js) of those names that differ, on the Chinese edition;
 * - `other-edition`: the English names on the Chinese edition and the Chinese names on the English one;
 * - `highlight`: the field-case and name queries again; search:quality then opens every result's
 *   article page and scores its marks (see scripts/search-quality.ts).
 *
 * "Contains" is a plain substring match for Han text; a query that starts or ends with a Latin letter
 * or digit must not touch another one there (7.3% is not in 17.3%, GDP is not in GDPR); English is
 * matched case-insensitively on word boundaries.
 */
import { readArchive } from '../src/utils/article-mdx.ts';
import type { Article } from '../src/schemas/article.ts';
import { loadGlossaries, type Glossaries } from './ingest/glossary.ts';
import {
	contains,
	EN_STOP_WORDS,
	splitTerms,
	thingsNamed,
	type Thing,
} from '../src/scripts/search-query.ts';
import { forms, thingKeys } from '../src/utils/search-things.ts';
import { thingToken } from '../src/utils/search-facets.ts';

export type Lang = 'zh' | 'en';
export interface Query {
	group:
		| 'name'
		| 'indicator'
		| 'figure'
		| 'phrase'
		| 'scrambled'
		| 'en-name'
		| 'en-text'
		| 'alias'
		| 'other-script'
		| 'other-edition'
		| 'highlight';
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

/**
 * What the English page says in English: the translation where there is one, the English names of its
 * entities and indicators, and of its topics (from `g`'s topics glossary; the id where it has none),
 * as the page shows and indexes them (src/components/SearchIndexData.astro).
 */
export function enText(r: Article, g: Pick<Glossaries, 'topics'>): string {
	const t = r.translation;
	return [
		...(t ? [t.kicker, t.title, t.subtitle, t.summary, ...t.blocks.map((b) => b.text)] : []),
		...r.entities.map((e) => e.name.en),
		...r.metrics.map((m) => m.label.en),
		...r.topics.map((id) => g.topics.find((x) => x.id === id)?.en ?? id),
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
	return new RegExp(
		`(?<![\\p{L}\\p{N}])${escape(q).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
		'iu',
	).test(text);
}

const HAN = /^\p{Script=Han}+$/u;

/** A permutation of `s` that `texts` never print (rotations, then reversal), or null. */
function scramble(s: string, texts: string[]): string | null {
	const chars = [...s];
	const candidates = [...chars.keys()]
		.slice(1)
		.map((k) => [...chars.slice(k), ...chars.slice(0, k)].join(''));
	candidates.push([...chars].reverse().join(''));
	return candidates.find((c) => c !== s && !texts.some((t) => t.includes(c))) ?? null;
}

/** Every glossary thing (indicator, entity, topic) with its query keys, as the search page builds them (no labels). */
export function glossaryThings(g: Glossaries): Thing[] {
	const make = (kind: Thing['kind'], id: string, names: string[]): Thing => ({
		kind,
		id,
		label: names[0]!,
		keys: thingKeys(names),
		marks: names,
		token: thingToken(kind, id),
	});
	return [
		...g.indicators.map((i) => make('indicator', i.id, [i.zh, i.en, ...(i.aliases ?? [])])),
		...g.entities.map((e) => make('entity', e.id, [e.zh, e.en, ...(e.aliases ?? [])])),
		...g.topics.map((t) =>
			make('topic', t.id, [t.zh, t.en, ...((t as { aliases?: string[] }).aliases ?? [])]),
		),
	];
}

/** Is the article about the thing (its entities, the indicators it reports, its topics)? */
export const about = (r: Article, t: Thing): boolean =>
	t.kind === 'entity'
		? r.entities.some((e) => e.id === t.id)
		: t.kind === 'indicator'
			? r.metrics.some((m) => m.indicator === t.id)
			: r.topics.includes(t.id);

/**
 * The articles a query must find in an edition: every term (space-separated; the whole query when it
 * names a thing) is printed in the edition's text (folded: src/utils/fold.ts) or names a thing the
 * article is about.
 */
export function expectedHits(
	q: string,
	lang: Lang,
	records: Article[],
	things: Thing[],
	g: Pick<Glossaries, 'topics'>,
): string[] {
	const whole = thingsNamed(q, things);
	const terms = whole.length && !/["“”]/.test(q) ? [q.trim()] : splitTerms(q);
	// An untranslated article's English page shows the Chinese text.
	const text = (r: Article) =>
		lang === 'zh' ? zhText(r) : r.translation ? enText(r, g) : `${enText(r, g)}\n${zhText(r)}`;
	return records
		.filter((r) =>
			terms.every((t) => {
				const named = thingsNamed(t, things);
				if (named.some((x) => about(r, x))) return true;
				if (lang === 'en' && !/\p{Script=Han}/u.test(t))
					return t
						.split(/\s+/)
						.every((w) => EN_STOP_WORDS.has(w.toLowerCase()) || contains(text(r), w, 'en'));
				return contains(text(r), t, lang);
			}),
		)
		.map((r) => r.slug);
}

export function buildQueries(contentDir = 'content', dataDir = 'data'): Query[] {
	const records = loadRecords(contentDir);
	const g = loadGlossaries(dataDir);
	const zh = records.map((r) => ({ slug: r.slug, text: zhText(r) }));
	const en = records.map((r) => ({ slug: r.slug, text: enText(r, g) }));
	const things = glossaryThings(g);
	// Exact text, or (for a name the glossaries know) every article about the thing.
	const zhHits = (q: string) => expectedHits(q, 'zh', records, things, g);
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
	for (const r of records)
		for (const b of r.blocks) for (const m of b.text.matchAll(/“([^”]{2,14})”/g)) quotes.add(m[1]!);
	for (const p of quotes) {
		if (!/\p{Script=Han}{2}/u.test(p)) continue;
		add('phrase', 'zh', `"${p}"`, zhHits(p));
	}
	// Every third name of 3+ characters, scrambled.
	for (const name of names.filter((n) => n.length >= 3).filter((_, i) => i % 3 === 0)) {
		const s = scramble(
			name,
			zh.map((x) => x.text),
		);
		if (s) add('scrambled', 'zh', s, []);
	}

	const entityIds = new Set(records.flatMap((r) => r.entities.map((e) => e.id)));
	for (const e of g.entities) {
		if (!entityIds.has(e.id) || !['company', 'place', 'project', 'programme'].includes(e.type))
			continue;
		add('en-name', 'en', e.en, expectedHits(e.en, 'en', records, things, g));
	}
	for (const word of ['zone', 'investment', 'exports', 'yacht', 'Tuhai River', 'specialized']) {
		const hits = enHits(word);
		if (hits.length) add('en-text', 'en', word, hits);
	}

	// Names: every name of every thing the archive is about.
	// Every other thing the archive is about, to keep the run short (each is one browser search).
	const present = things
		.filter((t) => records.some((r) => about(r, t)))
		.filter((_, i) => i % 2 === 0);
	const namesOf = (t: Thing) => [...new Set(t.marks)];
	for (const t of present) {
		for (const n of namesOf(t))
			if (/\p{Script=Han}/u.test(n))
				add('alias', 'zh', n, expectedHits(n, 'zh', records, things, g));
		// One Traditional form per thing (its first Chinese name that has one).
		const traditional = namesOf(t).flatMap((n) => forms(n).slice(1))[0];
		if (traditional)
			add('other-script', 'zh', traditional, expectedHits(traditional, 'zh', records, things, g));
		const en = namesOf(t).find((n) => !/\p{Script=Han}/u.test(n));
		const zh = namesOf(t).find((n) => /\p{Script=Han}/u.test(n));
		if (en) add('other-edition', 'zh', en, expectedHits(en, 'zh', records, things, g));
		if (zh) add('other-edition', 'en', zh, expectedHits(zh, 'en', records, things, g));
	}
	// Highlights: the field cases' queries (12, 13) and a few names; scored on the article pages.
	for (const q of [
		'BIPV太阳能',
		'BIPV 玻璃',
		'ＢＩＰＶ',
		'区产业',
		'开发区产业',
		'5G智慧工厂',
		'太阳能',
		'金融中心',
		'一季度',
		'生产总值',
		'GDP',
		'实际使用外资',
		'入驻企业',
		'中通客车',
	]) {
		const hits = expectedHits(q, 'zh', records, things, g);
		if (hits.length) out.push({ group: 'highlight', lang: 'zh', q, expected: hits });
	}
	for (const q of ['7.3%', 'imports and exports', 'Zhongtong Bus']) {
		const hits = expectedHits(q, 'en', records, things, g);
		if (hits.length) out.push({ group: 'highlight', lang: 'en', q, expected: hits });
	}
	return out;
}

/** The glossary things of the search page (src/utils/search-things.ts), from the committed content. */
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/schemas/article.ts';
import { readArchive } from '../../src/utils/article-mdx.ts';
import { buildArchive } from '../../src/utils/archive.ts';
import { siteGlossaries } from '../../src/utils/glossary.ts';
import { loadGlossaries } from '../../src/utils/glossary-loader.ts';
import { foldTerm } from '../../src/utils/fold.ts';
import { searchThings } from '../../src/utils/search-things.ts';
import { about, zhText } from '../../scripts/search-queries.ts';
import {
	contains,
	phraseCovers,
	thingsFor,
	type Term,
	type Thing,
} from '../../src/scripts/search-query.ts';

const records = readArchive('content');
const gl = siteGlossaries(loadGlossaries('data'));
const things = searchThings(buildArchive(records, gl), gl);

describe('searchThings: printed names', () => {
	test('a name is `printed` exactly when every article about the thing prints it in its Chinese text', () => {
		let printed = 0;
		for (const raw of things) {
			const thing = thingsFor([raw], 'zh')[0]!;
			const articles = records.filter((r) => about(r, thing));
			for (const name of raw.marks) {
				const all = articles.length > 0 && articles.every((r) => contains(zhText(r), name));
				expect(raw.printed?.includes(foldTerm(name)) ?? false, `${raw.id} ${name}`).toBe(all);
				if (all) printed++;
			}
		}
		expect(printed).toBeGreaterThan(0);
	});

	test('an article about the thing that does not print the name takes the name out', () => {
		const raw = things.find((t) => t.printed?.length)!;
		const name = raw.marks.find((m) => raw.printed!.includes(foldTerm(m)))!;
		const thing = thingsFor([raw], 'zh')[0]!;
		const victim = records.find((r) => about(r, thing))!;
		// The same article with the name's characters spelled apart (no longer printed together).
		const apart = (s: string) => s.split(name).join([...name].join('，'));
		const edited: Article = {
			...victim,
			title: apart(victim.title),
			kicker: victim.kicker && apart(victim.kicker),
			subtitle: victim.subtitle && apart(victim.subtitle),
			blocks: victim.blocks.map((b) => ({ ...b, text: apart(b.text) })),
		};
		const again = searchThings(
			buildArchive([...records.filter((r) => r !== victim), edited], gl),
			gl,
		).find((t) => t.id === raw.id && t.kind === raw.kind)!;
		expect(again.printed ?? []).not.toContain(foldTerm(name));
	});
});

describe('searchThings: the English name every English page indexes', () => {
	test('things whose articles all index their English name have it, topics included', () => {
		const withName = things.filter((t) => t.indexedEn);
		expect(withName.length).toBeGreaterThan(0);
		expect(withName.some((t) => t.kind === 'topic')).toBe(true);
		for (const t of things) if (t.indexedEn) expect(t.indexedEn).toBe(t.label.en);
	});

	test('an article that indexes another English name for the thing takes it out', () => {
		const raw = things.find((t) => t.kind === 'entity' && t.indexedEn)!;
		const victim = records.find((r) => r.entities.some((e) => e.id === raw.id))!;
		const edited: Article = {
			...victim,
			entities: victim.entities.map((e) =>
				e.id === raw.id ? { ...e, name: { ...e.name, en: `${e.name.en} Ltd` } } : e,
			),
		};
		const again = searchThings(
			buildArchive([...records.filter((r) => r !== victim), edited], gl),
			gl,
		).find((t) => t.id === raw.id && t.kind === raw.kind)!;
		expect(again.indexedEn).toBeUndefined();
	});
});

describe('phraseCovers: when a term needs no index-word search', () => {
	const thing = (over: Partial<Thing>): Thing => ({
		kind: 'indicator',
		id: 'fai',
		label: 'Fixed-asset investment',
		keys: [],
		marks: [],
		token: 'x',
		...over,
	});
	const term = (phrase: string, over: Partial<Term> = {}): Term => ({
		text: phrase,
		phrases: [phrase],
		verify: false,
		things: [],
		marks: [],
		...over,
	});
	test('English: every word of the phrase in the indexed name', () => {
		const t = thing({ indexed: 'Fixed-asset investment' });
		expect(phraseCovers(term('investment'), t)).toBe(true);
		expect(phraseCovers(term('Fixed asset Investment'), t)).toBe(true);
		expect(phraseCovers(term('foreign investment'), t)).toBe(false);
		expect(phraseCovers(term('investments'), t)).toBe(false);
		// No indexed name (a topic, or pages that index another name): the index word is searched.
		expect(phraseCovers(term('investment'), thing({}))).toBe(false);
		// A verified term's phrase hits are filtered afterwards: never enough on their own.
		expect(phraseCovers(term('investment', { verify: true }), t)).toBe(false);
		expect(phraseCovers(term('investment', { phrases: ['investment', 'fixed'] }), t)).toBe(false);
	});
	test('Chinese: the term is a name every article prints', () => {
		const t = thing({ printed: [foldTerm('固定资产投资')] });
		expect(phraseCovers(term('固定资产投资', { phrases: ['"固 定 资 产 投 资"'] }), t)).toBe(true);
		expect(phraseCovers(term('投资', { phrases: ['"投 资"'] }), t)).toBe(false);
	});
});

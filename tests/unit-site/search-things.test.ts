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
import { contains, thingsFor } from '../../src/scripts/search-query.ts';

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

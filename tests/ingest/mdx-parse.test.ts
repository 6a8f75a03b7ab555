/**
 * The MDX files are parsed as MDX (Sätteri, the parser Astro's MDX uses) and must say exactly what the
 * record says: one vocabulary component per block, with the block's id and exactly its text (every
 * character, character references decoded), the inline `<Figure>`/`<Mention>` marks the site renders
 * (`inlineSpans`), and nothing else: no expression, ESM, HTML or Markdown node can come from article
 * text. Run on every seed and on the hostile fixture. And the files read back (`readArticle`, what the
 * site's content loader runs) into exactly the record the ingest built, keys in the same order.
 */
import { readFileSync } from 'node:fs';
import { mdxToMdast, type MdastNode } from 'satteri';
import { describe, expect, test } from 'vitest';
import { emit } from '../../scripts/ingest/emit.ts';
import { ingestOne } from '../../scripts/ingest/index.ts';
import { dedupeSlugs } from '../../scripts/ingest/slug.ts';
import { linkable, loadGlossaries } from '../../scripts/ingest/glossary.ts';
import { readSeeds } from '../../scripts/ingest/io.ts';
import type { Block } from '../../src/schemas/article.ts';
import { inlineSpans, segments } from '../../src/utils/inline.ts';
import { readArticle } from '../../src/utils/article-mdx.ts';

const glossaries = loadGlossaries('data');
const { inputs } = readSeeds('seeds');
inputs.push({
	name: '100_hostile.txt',
	bytes: readFileSync('tests/fixtures/hostile/100_hostile.txt'),
});
const items = inputs.map((i) => ingestOne(i, glossaries));
dedupeSlugs(items);
const isLinkable = linkable(glossaries.entities);

type Node = MdastNode & {
	name?: string;
	attributes?: { name: string; value: unknown }[];
	value?: string;
	children?: Node[];
};
const attrs = (n: Node) => Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value]));

/** A block element as the MDX says it: component, attributes, and its inline runs. */
function readBlock(n: Node) {
	expect(n.type).toBe('mdxJsxFlowElement');
	const runs = (n.children ?? []).map((c) => {
		if (c.type === 'text') return { text: c.value! };
		expect(c.type).toBe('mdxJsxTextElement');
		expect(['Figure', 'Mention']).toContain(c.name);
		expect((c.children ?? []).map((x) => x.type)).toEqual(['text']);
		return { text: c.children![0]!.value!, tag: c.name, attrs: attrs(c) };
	});
	return { tag: n.name, attrs: attrs(n), runs };
}

function expected(b: Block, spans: ReturnType<typeof inlineSpans>[number]) {
	const tag =
		b.type === 'heading'
			? 'Heading'
			: b.type === 'caption'
				? 'Caption'
				: b.type === 'credit'
					? 'Credit'
					: 'Para';
	const lines = b.source ? { lines: `${b.source.start}-${b.source.end}` } : {};
	const attrs = {
		...(b.type === 'heading'
			? { id: b.id, level: String(b.level ?? 2) }
			: tag === 'Para'
				? { id: b.id, kind: b.type }
				: { id: b.id }),
		...lines,
	};
	const runs = segments(b.text, spans).map((s) =>
		!s.mark
			? { text: s.text }
			: s.mark.kind === 'figure'
				? { text: s.text, tag: 'Figure', attrs: { metric: String(s.mark.metric) } }
				: { text: s.text, tag: 'Mention', attrs: { entity: s.mark.entity } },
	);
	return { tag, attrs, runs };
}

describe('the MDX of every article parses into exactly its record', () => {
	test.each(items.map((i) => i.file.path!))('%s', (name) => {
		const item = items.find((i) => i.file.path === name)!;
		const r = item.record!;
		const files = emit(item, glossaries);
		const body = (path: string) => {
			const tree = mdxToMdast(files.get(path)!, {
				position: false,
				features: { frontmatter: true },
			}) as Node;
			const [front, ...blocks] = tree.children ?? [];
			expect(front?.type).toBe('yaml');
			return blocks;
		};
		const spans = inlineSpans(r, isLinkable);
		expect(body(`zh/${r.slug}.mdx`).map(readBlock)).toEqual(
			r.blocks.map((b, i) => expected(b, spans[i]!)),
		);
		if (r.translation)
			expect(body(`en/${r.slug}.mdx`).map(readBlock)).toEqual(
				r.translation.blocks.map((b) => expected(b, [])),
			);
	});

	test.each(items.map((i) => i.file.path!))(
		'%s: its files read back into exactly its record (the site reads nothing else)',
		(name) => {
			const item = items.find((i) => i.file.path === name)!;
			const files = emit(item, glossaries);
			const r = item.record!;
			const file = (path: string) => (files.has(path) ? { path, text: files.get(path)! } : null);
			const back = readArticle({
				zh: file(`zh/${r.slug}.mdx`)!,
				en: file(`en/${r.slug}.mdx`),
				cleaning: file(`cleaning/${r.slug}.json`),
			});
			expect(back).toEqual(r);
			expect(JSON.stringify(back)).toBe(JSON.stringify(r));
		},
	);

	test('the hostile article keeps its code-like text as text', () => {
		const r = items.find((i) => i.file.path === '100_hostile.txt')!.record!;
		expect(r.blocks.map((b) => b.text).join('\n')).toContain('{process.exit(1)}');
	});
});

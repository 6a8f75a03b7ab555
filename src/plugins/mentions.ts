/**
 * Sätteri mdast plugin for the article MDX: marks every `<Mention>` of an entity after its first one in
 * the same section (sections start at each `<Heading>`), and every `<Figure>` of a metric after its
 * first one in the article, with `repeat="true"`. The components render a repeat as plain text, so
 * an entity is linked once per section and each figure anchor id is unique.
 *
 * Visitors run in document order; the factory gives each document its own state.
 */
import type { MdastPluginDefinition } from 'satteri';

type Attr = { type: string; name?: string; value?: unknown };
type JsxNode = { name?: string | null; attributes?: Attr[]; children?: { type: string; value?: string }[] };

function attr(node: JsxNode, name: string): string | undefined {
	const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	return typeof a?.value === 'string' ? a.value : undefined;
}

export function archiveMentions(): MdastPluginDefinition {
	let sectionSeen = new Set<string>();
	const figuresSeen = new Set<string>();
	return {
		name: 'archive-mentions',
		mdxJsxFlowElement(node) {
			if ((node as JsxNode).name === 'Heading') sectionSeen = new Set();
		},
		mdxJsxTextElement(node) {
			const n = node as unknown as JsxNode;
			let key: string | undefined;
			let seen: Set<string>;
			if (n.name === 'Mention') {
				key = attr(n, 'entity');
				seen = sectionSeen;
			} else if (n.name === 'Figure') {
				key = attr(n, 'metric');
				seen = figuresSeen;
			} else return;
			if (key === undefined) return;
			if (!seen.has(key)) {
				seen.add(key);
				return;
			}
			// Only rebuild nodes whose children are plain text (what the ingest emits); anything else
			// is left alone and stays linked, which is harmless.
			const children = n.children ?? [];
			if (!children.every((c) => c.type === 'text')) return;
			return {
				type: 'mdxJsxTextElement',
				name: n.name,
				attributes: [...(n.attributes ?? []), { type: 'mdxJsxAttribute', name: 'repeat', value: 'true' }],
				children: children.map((c) => ({ type: 'text', value: c.value ?? '' })),
			} as never;
		},
	};
}

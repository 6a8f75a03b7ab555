/**
 * Entities stage: finds the companies, projects, places, programmes and organisations of the
 * entities glossary (`data/entities.yaml`) in the blocks. Pure: reports each entity found with
 * `file.info`; never throws on bad data.
 *
 * Matching is leftmost-longest over all aliases of all entities, quotes ignored, so mentions never
 * overlap: 中通客车股份有限公司 is one mention, not 中通 + 客车. A short alias is guarded by the
 * entity's `notIn` contexts (中通 is not a mention inside 中通过). Every mention is counted; only
 * entities with `link: true` (the default) get `Mention`s to link; the record keeps every mention's
 * place (`entities[].mentions`).
 */
import { toCodePoints } from '../../src/utils/codepoints.ts';
import type { Block, EntityRef } from '../../src/schemas/article.ts';
import type { VFile } from './types.ts';
import { compileAliases, linkable, type AliasMatcher, type EntityDef } from './glossary.ts';

/** One linkable mention: `length` code points of `blocks[block].text` from code point `offset`. */
export type Mention = { id: string; block: number; offset: number; length: number };

const matchers = new WeakMap<EntityDef[], AliasMatcher<EntityDef>>();
function matcherFor(entities: EntityDef[]): AliasMatcher<EntityDef> {
	let m = matchers.get(entities);
	if (!m) {
		m = compileAliases(
			entities.flatMap((e) => [e.zh, ...e.aliases].map((alias) => ({ value: e, alias, notIn: e.notIn }))),
		);
		matchers.set(entities, m);
	}
	return m;
}

/**
 * Find the glossary's entities in every block (headings and captions included), leftmost-longest.
 * Returns one `EntityRef` per entity found, in first-mention order, with every mention's block and
 * offset/length in the block's text (UTF-16 code units), and the mentions of linkable entities. One
 * `info` message per entity. Never throws.
 */
export function findEntities(
	blocks: Block[],
	file: VFile,
	entities: EntityDef[],
): { entities: EntityRef[]; mentions: Mention[] } {
	const match = matcherFor(entities);
	const isLinked = linkable(entities);
	const refs = new Map<string, EntityRef>();
	const firstBlock = new Map<string, Block>();
	const mentions: Mention[] = [];
	blocks.forEach((block, b) => {
		for (const m of match(block.text)) {
			const e = m.value;
			let ref = refs.get(e.id);
			if (!ref) {
				ref = { id: e.id, type: e.type, name: { zh: e.zh, en: e.en }, count: 0, blocks: [], mentions: [] };
				refs.set(e.id, ref); // Map keeps first-mention order
				firstBlock.set(e.id, block);
			}
			ref.count++;
			if (ref.blocks.at(-1) !== b) ref.blocks.push(b);
			// Offsets and lengths in code points, as every offset of a record (src/utils/codepoints.ts).
			const offset = toCodePoints(block.text, m.start);
			const length = toCodePoints(block.text, m.end) - offset;
			ref.mentions.push({ block: b, offset, length });
			if (isLinked(e.id)) mentions.push({ id: e.id, block: b, offset, length });
		}
	});
	for (const ref of refs.values()) {
		const source = firstBlock.get(ref.id)!.source;
		file.info(`Found entity ${ref.id} (${ref.name.zh}) ${ref.count}× in block${ref.blocks.length > 1 ? 's' : ''} ${ref.blocks.join(', ')}`, {
			place: source ? { line: source.start, column: 1 } : undefined,
			ruleId: 'entity',
			source: 'entities',
		});
	}
	return { entities: [...refs.values()], mentions };
}

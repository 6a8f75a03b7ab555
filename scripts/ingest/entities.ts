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
 *
 * Contextual forms (`contextual` in the glossary: 开发区, 经开区, 党工委, 管委会) name an entity only in an
 * article about it. An entity with `kindNames` (the zone: 经济技术开发区, 高新区, …) looks for OTHER
 * entities of its kind: a run of place-name words (jieba `ns`) followed by one of those endings, that
 * is no form of a glossary entity and whose place is not the start of one of the entity's own names
 * (临河经济技术开发区 in an article from another zone; 聊城开发区 is the entity's own). Such a foreign
 * name is always masked, so its tail is never a mention. When a foreign name is the article's
 * SUBJECT — in the title or the first block, or named more often than the entity's own non-contextual
 * forms — the contextual forms of the entity and of its children are not mentions, and the stage
 * warns (`other-zone`, `actual` = the foreign name). A foreign zone named only in passing (a
 * comparison inside a Liaocheng article) is reported with `info` (`other-zone-mentioned`) and the
 * contextual forms keep counting: the seeds are written about the Liaocheng zone, and a passing
 * comparison does not change what their bare 开发区 refers to. Limits: a place word jieba does not tag
 * `ns` (it tags 烟台 as a noun) is not recognised, so such a zone is neither masked nor a subject.
 */
import { toCodePoints } from '../../src/utils/codepoints.ts';
import type { Block, EntityRef } from '../../src/schemas/article.ts';
import type { VFile } from './types.ts';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import {
	compileAliases,
	kindAnchor,
	linkable,
	type AliasMatcher,
	type EntityDef,
} from './glossary.ts';

/** One linkable mention: `length` code points of `blocks[block].text` from code point `offset`. */
export type Mention = { id: string; block: number; offset: number; length: number };

const matchers = new WeakMap<EntityDef[], AliasMatcher<EntityDef>>();
function matcherFor(entities: EntityDef[]): AliasMatcher<EntityDef> {
	let m = matchers.get(entities);
	if (!m) {
		m = compileAliases(
			entities.flatMap((e) =>
				[e.zh, ...e.aliases].map((alias) => ({ value: e, alias, notIn: e.notIn })),
			),
		);
		matchers.set(entities, m);
	}
	return m;
}

let jieba: Jieba | undefined;

/**
 * A name of another entity of an anchor entity's kind (another development zone) found in the text:
 * `name` spans `start`..`end` (UTF-16 code units) of `blocks[block].text`, or of the title when
 * `block` is -1.
 */
export interface ForeignName {
	/** Id of the glossary entity whose `kindNames` this name ends with (`ldz`). */
	anchor: string;
	name: string;
	block: number;
	start: number;
	end: number;
}

type Anchor = EntityDef & { endings: string[]; own: string[] };
const anchorCache = new WeakMap<
	readonly EntityDef[],
	{ anchors: Anchor[]; known: Set<string>; endings: string[] }
>();
/** The kind-anchoring entities of a glossary with their endings (longest first) and own forms, computed once per glossary. */
function anchorsOf(entities: readonly EntityDef[]): {
	anchors: Anchor[];
	known: Set<string>;
	endings: string[];
} {
	let cached = anchorCache.get(entities);
	if (!cached) {
		const anchors = entities
			.filter((e) => e.kindNames.length)
			.map((e) => ({
				...e,
				endings: [...e.kindNames].sort((a, b) => b.length - a.length),
				own: [e.zh, ...e.aliases].filter((f) => !e.contextual.includes(f)),
			}));
		cached = {
			anchors,
			known: new Set(entities.flatMap((e) => [e.zh, ...e.aliases])),
			endings: [...new Set(anchors.flatMap((a) => a.endings))],
		};
		anchorCache.set(entities, cached);
	}
	return cached;
}

/**
 * Names of other entities of each kind-anchoring entity's kind in `text` (see the module comment):
 * a run of jieba `ns` words, then one of the anchor's `kindNames` (longest first), or one `ns` word
 * that already ends with one (苏州工业园区). Skipped when the name is a glossary form or its place
 * begins one of the anchor's own forms (聊城 of 聊城经济技术开发区). Pure; `block` is copied into the results;
 * positions are UTF-16 code units of `text`. Never throws (an empty glossary or text gives []).
 */
export function findForeignNames(
	text: string,
	block: number,
	entities: readonly EntityDef[],
): ForeignName[] {
	const { anchors, known, endings: allEndings } = anchorsOf(entities);
	if (!anchors.length || !text) return [];
	// A name needs one of the endings in the text: tagging a block without any is wasted work.
	if (!allEndings.some((x) => text.includes(x))) return [];
	jieba ??= Jieba.withDict(dict);
	const words: { word: string; tag: string; start: number }[] = [];
	let at = 0;
	for (const { word, tag } of jieba.tag(text)) {
		const start = text.indexOf(word, at);
		if (start === -1) continue;
		words.push({ word, tag, start });
		at = start + word.length;
	}
	const out: ForeignName[] = [];
	for (const anchor of anchors) {
		const { endings, own } = anchor;
		for (let i = 0; i < words.length; i++) {
			if (words[i]!.tag !== 'ns') continue;
			let k = i;
			while (
				k + 1 < words.length &&
				words[k + 1]!.tag === 'ns' &&
				words[k + 1]!.start === words[k]!.start + words[k]!.word.length
			)
				k++;
			const start = words[i]!.start;
			const placeEnd = words[k]!.start + words[k]!.word.length;
			const place = text.slice(start, placeEnd);
			let end = -1;
			const inWord = endings.find((x) => place.endsWith(x) && place.length > x.length);
			if (inWord) end = placeEnd;
			else {
				const after = endings.find((x) => text.startsWith(x, placeEnd));
				if (after) end = placeEnd + after.length;
			}
			i = k;
			if (end === -1) continue;
			const name = text.slice(start, end);
			const placeOnly = inWord ? place.slice(0, -inWord.length) : place;
			if (known.has(name) || own.some((f) => f.startsWith(placeOnly))) continue;
			out.push({ anchor: anchor.id, name, block, start, end });
		}
	}
	return out;
}

/**
 * Find the glossary's entities in every block (headings and captions included), leftmost-longest.
 * Returns one `EntityRef` per entity found, in first-mention order, with every mention's block and
 * offset/length in the block's text (code points, `src/utils/codepoints.ts`), and the mentions of
 * linkable entities. One
 * `info` message per entity. Never throws.
 */
export function findEntities(
	blocks: Block[],
	file: VFile,
	entities: EntityDef[],
	title: string | null = null,
): { entities: EntityRef[]; mentions: Mention[] } {
	const match = matcherFor(entities);
	const isLinked = linkable(entities);
	const foreign = blocks.flatMap((block, b) => findForeignNames(block.text, b, entities));
	const inTitle = title ? findForeignNames(title, -1, entities) : [];
	const displaced = new Set<string>();
	const anchorOf = new Map(
		entities.map((e) => [e.id, e.contextual.length ? kindAnchor(entities, e)?.id : undefined]),
	);
	const masked = blocks.map((block, b) => {
		let text = block.text;
		for (const f of foreign.filter((x) => x.block === b))
			text = text.slice(0, f.start) + '\u0000'.repeat(f.end - f.start) + text.slice(f.end);
		return text;
	});
	const firstBody = blocks.findIndex((x) => x.type === 'paragraph');
	for (const anchor of new Set([...foreign, ...inTitle].map((f) => f.anchor))) {
		const e = entities.find((x) => x.id === anchor)!;
		const ownForms = new Set([e.zh, ...e.aliases].filter((f) => !e.contextual.includes(f)));
		const own = masked.reduce(
			(n, text) =>
				n + match(text).filter((m) => m.value.id === anchor && ownForms.has(m.alias)).length,
			0,
		);
		const names = foreign.filter((f) => f.anchor === anchor);
		const subject =
			inTitle.some((f) => f.anchor === anchor) ||
			names.some((f) => f.block === firstBody) ||
			names.length > own;
		if (subject) displaced.add(anchor);
		for (const name of new Set(
			[...inTitle, ...names].filter((f) => f.anchor === anchor).map((f) => f.name),
		)) {
			const where = [...inTitle, ...names].find((f) => f.name === name)!;
			const source = where.block >= 0 ? blocks[where.block]!.source : undefined;
			const options = {
				place: source ? { line: source.start, column: 1 } : undefined,
				ruleId: subject ? 'other-zone' : 'other-zone-mentioned',
				source: 'entities',
			};
			const message = subject
				? file.message(
						`The article is about ${name}, not in the glossary: its contextual forms (${e.contextual.join(', ')}) are not counted as ${anchor}`,
						options,
					)
				: file.info(
						`${name} is another ${anchor}-kind entity named in passing (${names.length}× against ${own} of ${anchor}'s own names); not counted`,
						options,
					);
			message.actual = name;
		}
	}
	const refs = new Map<string, EntityRef>();
	const firstBlock = new Map<string, Block>();
	const mentions: Mention[] = [];
	blocks.forEach((block, b) => {
		for (const m of match(masked[b]!)) {
			const e = m.value;
			const anchor = anchorOf.get(e.id);
			if (anchor && displaced.has(anchor) && e.contextual.includes(m.alias)) continue;
			let ref = refs.get(e.id);
			if (!ref) {
				ref = {
					id: e.id,
					type: e.type,
					name: { zh: e.zh, en: e.en },
					count: 0,
					blocks: [],
					mentions: [],
				};
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
		file.info(
			`Found entity ${ref.id} (${ref.name.zh}) ${ref.count}× in block${ref.blocks.length > 1 ? 's' : ''} ${ref.blocks.join(', ')}`,
			{
				place: source ? { line: source.start, column: 1 } : undefined,
				ruleId: 'entity',
				source: 'entities',
			},
		);
	}
	return { entities: [...refs.values()], mentions };
}

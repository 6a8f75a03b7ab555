/**
 * Stage `structure`: type the paragraphs of an article and put them in reading order.
 *
 * What a print page puts around an article, and where it goes in the record:
 * - masthead and page furniture (newspaper name and edition, CN number, issue date, weekday, special-issue
 *   banners): `source`, `printedDate` and `furniture`, verbatim;
 * - kicker (引题, ends in `——`), title, subtitle, byline (`记者 …`, `通讯员 …`, `… 聊城报道`, `■ …`,
 *   `(文/…)`): metadata;
 * - markdown-ish `#` markers from PDF conversion: headings (a `###` label followed by a `####` headline
 *   is one heading);
 * - photo captions (short lines between paragraphs, or printed inside a sentence) and page credits
 *   (`本版责编：…`): typed blocks;
 * - two short lines in a row in the body: one two-part heading (`创优机制抓招商 项目台账再完善`);
 * - headings printed AFTER the section they title (the article then ends on a heading): moved back to
 *   the start of their section;
 * - the lede: a paragraph between the title and the byline, a paragraph printed after the closing
 *   `(文/…)` byline (moved to the front), or a first paragraph set wider than the columns after it.
 */
import type { Block, Byline } from '../../src/schemas/article.ts';
import { CREDIT, PRINTED_DATE, SENTENCE_PUNCT, SHORT_LINE } from './patterns.ts';
import type { UnwrappedPara, VFile } from './types.ts';

const source = 'structure';

export interface Structured {
	title: string | null;
	subtitle: string | null;
	kicker: string | null;
	byline: Byline[];
	source: { name: string | null; edition: string | null; page: string | null };
	/** The printed issue date line from the masthead, if any. */
	printedDate: string | null;
	furniture: string[];
	blocks: Block[];
}

type Kind = 'md-heading' | 'byline' | 'credit' | 'masthead' | 'short' | 'prose';

interface Item {
	kind: Kind;
	text: string;
	level?: number;
	para: UnwrappedPara;
	interrupting?: boolean;
	bylines?: Byline[];
}

// ---------------------------------------------------------------------------------------------------
// Line patterns

const NAMES = '([\\p{Script=Han}·]{2,4}(?:[ 、，,][\\p{Script=Han}·]{2,4})*)';
const BYLINE_PATTERNS: { re: RegExp; role: Byline['role']; label: (m: RegExpMatchArray) => string; names: number }[] = [
	{ re: new RegExp(`^(?:本报)?(记者)\\s*${NAMES}$`, 'u'), role: 'reporter', label: (m) => m[1]!, names: 2 },
	{ re: new RegExp(`^(?:本报)?(通讯员)\\s*${NAMES}$`, 'u'), role: 'correspondent', label: (m) => m[1]!, names: 2 },
	{ re: new RegExp(`^${NAMES}\\s+(\\p{Script=Han}{1,4}报道)$`, 'u'), role: 'reporter', label: (m) => m[2]!, names: 1 },
	{ re: new RegExp(`^(■)\\s*${NAMES}$`, 'u'), role: 'author', label: (m) => m[1]!, names: 2 },
	{ re: new RegExp(`^[(（](文)\\s*[/／]\\s*${NAMES}[)）]$`, 'u'), role: 'author', label: (m) => m[1]!, names: 2 },
	{ re: new RegExp(`^(摄影|图)\\s*[/／:：]?\\s*${NAMES}$`, 'u'), role: 'photographer', label: (m) => m[1]!, names: 2 },
];

/** Masthead lines. */
const NEWSPAPER = /^(\p{Script=Han}{2,6}(?:日报|晚报|时报|报))(?:\s+(.+))?$/u;
const SERIAL = /(国内统一连续出版物号|CN\s*\d{2}-\d{4}|ISSN)/u;
const WEEKDAY = /^星期[一二三四五六日天]$/u;
const MD = /^(#{1,6})\s+(.+)$/u;

export function parseByline(line: string): Byline[] | null {
	for (const p of BYLINE_PATTERNS) {
		const m = line.match(p.re);
		if (m) {
			return m[p.names]!.split(/[ 、，,]+/u).map((name) => ({ role: p.role, roleLabel: p.label(m), name }));
		}
	}
	return null;
}

function classify(p: UnwrappedPara): Item[] {
	// Header-ish paragraphs of several short lines (title + subtitle, byline pairs, credit lists) are
	// typed line by line; running text as a whole.
	const lines = p.lines.length > 1 && p.lines.every((l) => !SENTENCE_PUNCT.test(l) || CREDIT.test(l) || parseByline(l)) ? p.lines : [p.text];
	return lines.map((text): Item => {
		const md = text.match(MD);
		if (md) return { kind: 'md-heading', text: md[2]!.trim(), level: md[1]!.length, para: p };
		const bylines = parseByline(text);
		if (bylines) return { kind: 'byline', text, para: p, bylines };
		if (CREDIT.test(text)) return { kind: 'credit', text, para: p };
		if (SERIAL.test(text) || PRINTED_DATE.test(text) || WEEKDAY.test(text) || (NEWSPAPER.test(text) && text.length <= 20))
			return { kind: 'masthead', text, para: p };
		const short = Array.from(text).length <= SHORT_LINE && !SENTENCE_PUNCT.test(text.replace(/[。]$/u, ''));
		return { kind: short && !/[。]$/u.test(text) ? 'short' : 'prose', text, para: p, interrupting: p.interrupting };
	});
}

// ---------------------------------------------------------------------------------------------------

export function structure(paras: UnwrappedPara[], file: VFile): Structured {
	const items = paras.flatMap(classify);
	const out: Structured = {
		title: null,
		subtitle: null,
		kicker: null,
		byline: [],
		source: { name: null, edition: null, page: null },
		printedDate: null,
		furniture: [],
		blocks: [],
	};
	const report = (reason: string, item: Item, ruleId: string) =>
		file.info(reason, { place: { line: item.para.start, column: 1 }, ruleId, source });
	const usesMarkers = items.some((i) => i.kind === 'md-heading');

	// 1. Header: everything before the first prose item, plus a lede between title and byline.
	let firstProse = items.findIndex((i) => i.kind === 'prose' && !i.interrupting);
	if (firstProse < 0) firstProse = items.length;
	let header = items.slice(0, firstProse);
	let body = items.slice(firstProse);
	// A lede printed between the title and the byline: the byline follows the first prose paragraph.
	let lede: Item | null = null;
	const bylineAfter = body.findIndex((i) => i.kind === 'byline');
	if (bylineAfter === 1 && body[0]!.kind === 'prose') {
		lede = body[0]!;
		report('Typed the paragraph between title and byline as the lede', lede, 'lede-before-byline');
		header = [...header, ...body.slice(1, 2)];
		let k = 2;
		while (body[k]?.kind === 'byline') header.push(body[k++]!);
		body = body.slice(k);
	}

	// 1a. Masthead: whatever precedes the last masthead line is a banner (furniture).
	const lastMast = header.findLastIndex((i) => i.kind === 'masthead');
	if (lastMast >= 0) {
		for (const item of header.slice(0, lastMast + 1)) {
			const paper = item.text.match(NEWSPAPER);
			if (item.kind === 'masthead' && paper && !SERIAL.test(item.text) && !out.source.name) {
				out.source.name = paper[1]!;
				out.source.edition = paper[2]?.trim() || null;
				report(`Read the newspaper name from the masthead: ${item.text}`, item, 'masthead');
				continue;
			}
			if (item.kind === 'masthead' && PRINTED_DATE.test(item.text)) out.printedDate = item.text;
			out.furniture.push(item.kind === 'md-heading' ? `${'#'.repeat(item.level!)} ${item.text}` : item.text);
			report(`Kept page furniture out of the body: ${item.text}`, item, 'furniture');
		}
		header = header.slice(lastMast + 1);
	}

	// 1b. Kicker, title, subtitle, byline.
	const headerRest: Item[] = [];
	let seenByline = false;
	const titleParts: Item[] = [];
	for (const item of header) {
		if (item.kind === 'byline') {
			out.byline.push(...item.bylines!);
			seenByline = true;
			report(`Read the byline: ${item.text}`, item, 'byline');
		} else if (seenByline) headerRest.push(item);
		else if (!out.kicker && !titleParts.length && /——$/u.test(item.text)) {
			out.kicker = item.text;
			report(`Read the kicker: ${item.text}`, item, 'kicker');
		} else titleParts.push(item);
	}
	if (titleParts.length) {
		const [first, second, ...rest] = titleParts;
		// A first title line of at most 8 characters, without a space, is half of a headline broken over
		// two lines (`全力建设全市` / `新旧动能转换先行区`); otherwise the second line is the subtitle.
		if (second && Array.from(first!.text).length <= 8 && !/\s/.test(first!.text) && first!.para !== second.para) {
			out.title = first!.text + second.text;
			report('Joined a title printed over two lines', second, 'title-two-lines');
		} else {
			out.title = first!.text;
			if (second) out.subtitle = second.text;
		}
		headerRest.unshift(...rest);
	}

	// 2. Body items: ledes at the end, closing bylines, credits, captions, headings.
	const blocks: { type: Block['type']; text: string; level?: number; item: Item }[] = [];
	// A lede printed after the closing byline: the final prose paragraph after a `(文/…)` line.
	const all = [...headerRest, ...body];
	const closing = all.findIndex((i) => i.kind === 'byline');
	if (!lede && closing >= 0 && closing < all.length - 1) {
		const after = all.slice(closing + 1);
		if (after.length === 1 && after[0]!.kind === 'prose') {
			lede = after[0]!;
			all.splice(closing + 1, 1);
			report('Moved the lede printed after the closing byline to the front', lede, 'lede-at-end');
		}
	}
	for (let k = 0; k < all.length; k++) {
		const item = all[k]!;
		const next = all[k + 1];
		if (item.kind === 'byline') {
			out.byline.push(...item.bylines!);
			report(`Read the byline: ${item.text}`, item, 'byline');
		} else if (item.kind === 'credit') {
			blocks.push({ type: 'credit', text: item.text, item });
		} else if (item.kind === 'masthead') {
			out.furniture.push(item.text);
			report(`Kept page furniture out of the body: ${item.text}`, item, 'furniture');
		} else if (item.kind === 'md-heading') {
			if (next?.kind === 'md-heading' && next.level! === item.level! + 1) {
				blocks.push({ type: 'heading', text: `${item.text} ${next.text}`, level: 2, item });
				report('Joined a section label and its headline into one heading', next, 'heading-pair');
				k++;
			} else blocks.push({ type: 'heading', text: item.text, level: 2, item });
		} else if (item.kind === 'short' && (item.interrupting || usesMarkers)) {
			blocks.push({ type: 'caption', text: item.text, item });
			report(`Typed a short line as a photo caption: ${item.text}`, item, 'caption');
		} else if (item.kind === 'short') {
			if (next?.kind === 'short' && !next.interrupting) {
				blocks.push({ type: 'heading', text: `${item.text} ${next.text}`, level: 2, item });
				report('Joined a heading printed over two lines', next, 'heading-pair');
				k++;
			} else blocks.push({ type: 'heading', text: item.text, level: 2, item });
		} else if (item.interrupting) {
			blocks.push({ type: 'caption', text: item.text, item });
			report(`Typed a paragraph printed inside a sentence as a photo caption: ${item.text}`, item, 'caption');
		} else blocks.push({ type: 'paragraph', text: item.text, item });
	}

	// 3. Headings printed after their sections: the body ends on a heading.
	const lastContent = blocks.findLastIndex((b) => b.type !== 'credit' && b.type !== 'caption');
	if (lastContent >= 0 && blocks[lastContent]!.type === 'heading' && !usesMarkers) {
		const reordered: typeof blocks = [];
		let section: typeof blocks = [];
		// A first paragraph set wider than the columns after it is the lede, not part of section 1.
		if (!lede && blocks[0]?.type === 'paragraph' && isWide(blocks[0].item, blocks)) {
			lede = blocks.shift()!.item;
			report('Typed the first paragraph, set wider than the columns, as the lede', lede, 'lede-wide');
		}
		for (const b of blocks) {
			if (b.type === 'heading') {
				reordered.push(b, ...section);
				section = [];
				report(`Moved the heading printed after its section to the section's start: ${b.text}`, b.item, 'heading-after-section');
			} else section.push(b);
		}
		blocks.splice(0, blocks.length, ...reordered, ...section);
	}

	if (lede) blocks.unshift({ type: 'lede', text: lede.text, item: lede });
	if (!out.title) {
		const h = blocks.findIndex((b) => b.type === 'heading');
		file.message('No title found in the header; using the first heading or the first words', {
			ruleId: 'no-title',
			source,
		});
		out.title = h >= 0 ? blocks.splice(h, 1)[0]!.text : Array.from(blocks[0]?.text ?? '无题').slice(0, 20).join('');
	}
	out.blocks = blocks.map((b, i) => ({
		type: b.type,
		text: b.text,
		...(b.level ? { level: b.level } : {}),
		id: `b${i}`,
		source: { start: b.item.para.start, end: b.item.para.end },
	}));
	return out;
}

/** The paragraph's source lines are much longer than those of the other multi-line paragraphs. */
function isWide(item: Item, blocks: { item: Item }[]): boolean {
	const lens = blocks
		.slice(1)
		.filter((b) => b.item.para.lines.length > 2)
		.flatMap((b) => b.item.para.lines.slice(0, -1).map((l) => Array.from(l).length))
		.sort((a, b) => a - b);
	if (!lens.length || item.para.lines.length < 2) return false;
	const median = lens[Math.floor(lens.length / 2)]!;
	const own = item.para.lines.slice(0, -1).map((l) => Array.from(l).length);
	const mean = own.reduce((a, b) => a + b, 0) / own.length;
	return mean >= 1.8 * median;
}

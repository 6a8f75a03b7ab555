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
import { closingByline, openingByline, openingDateline, parseByline } from './byline.ts';
import { isFolio, readCreditLine } from './furniture.ts';
import { readMastheadLine } from './masthead.ts';
import { CREDIT, SENTENCE_PUNCT, SHORT_LINE } from './patterns.ts';
import type { UnwrappedPara, VFile } from './types.ts';

const source = 'structure';

/**
 * What `structure` makes of an article's paragraphs: the metadata it found (null where none) and the
 * body blocks. `record.ts` fills in what is null from the sidecar or a default.
 */
export interface Structured {
	/** The headline, or null when none was found. */
	title: string | null;
	/** The subtitle (副题), or null. */
	subtitle: string | null;
	/** The kicker (引题), or null. */
	kicker: string | null;
	/** Byline entries in printed order. */
	byline: Byline[];
	/** What the masthead lines say of the paper, edition and page; null where they say nothing. */
	source: { name: string | null; edition: string | null; page: string | null };
	/** The printed issue date line from the masthead, if any. */
	printedDate: string | null;
	/** Page furniture taken out of the body, verbatim (`Article.furniture`). */
	furniture: string[];
	/** The body in reading order, ids `b0`, `b1`, …; empty when there is no body text. */
	blocks: Block[];
}

type Kind =
	| 'md-heading'
	| 'byline'
	| 'credit'
	| 'folio'
	| 'masthead'
	| 'jump'
	| 'caption'
	| 'short'
	| 'prose';

interface Item {
	kind: Kind;
	text: string;
	level?: number;
	para: UnwrappedPara;
	interrupting?: boolean;
	bylines?: Byline[];
	/** The dateline printed before a byline that opens the first paragraph (`本报讯`). */
	dateline?: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Line patterns

const MD = /^(#{1,6})\s+(.+)$/u;

/** A photo caption that is a sentence: `图为活动现场。`, `上图：…`, `（图为…）`. */
const CAPTION = /^[（(]?(?:图为|图片为|[上下左右题]图[为：:]?|图[：:])/u;
/** A jump line: `下转第2版`, `（上接第1版）`, `转A3版`. */
const JUMP = /^[（(]?\s*(?:下转|上接|转|接)\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]?$/u;
/** A jump printed at the start or end of a paragraph. */
const JUMP_START = /^[（(]\s*(?:上接|接)\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]\s*/u;
const JUMP_END = /\s*[（(]\s*(?:下转|转)\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]$/u;

/** A page credit line: `本版责编：…` or editors' role/name entries (`【编辑：张三 校对：李四】`, see furniture.ts). */
function isCredit(text: string): boolean {
	return CREDIT.test(text) || readCreditLine(text) !== null;
}

function classify(p: UnwrappedPara): Item[] {
	// Header-ish paragraphs of several short lines (title + subtitle, byline pairs, credit lists) are
	// typed line by line; running text as a whole.
	const lines =
		p.lines.length > 1 &&
		p.lines.every((l) => !SENTENCE_PUNCT.test(l) || isCredit(l) || parseByline(l))
			? p.lines
			: [p.text];
	return lines.map((text): Item => {
		const md = text.match(MD);
		if (md) return { kind: 'md-heading', text: md[2]!.trim(), level: md[1]!.length, para: p };
		// Page furniture first: a credit line or a folio is never a byline, heading or caption.
		if (isCredit(text)) return { kind: 'credit', text, para: p };
		if (isFolio(text)) return { kind: 'folio', text, para: p };
		const bylines = parseByline(text);
		if (bylines) return { kind: 'byline', text, para: p, bylines };
		if (JUMP.test(text)) return { kind: 'jump', text, para: p };
		if (
			lines.length === 1 &&
			p.lines.length <= 2 &&
			CAPTION.test(text) &&
			Array.from(text).length <= 2 * SHORT_LINE
		)
			return { kind: 'caption', text, para: p, interrupting: p.interrupting };
		if (readMastheadLine(text)) return { kind: 'masthead', text, para: p };
		const short =
			Array.from(text).length <= SHORT_LINE && !SENTENCE_PUNCT.test(text.replace(/[。]$/u, ''));
		return {
			kind: short && !/[。]$/u.test(text) ? 'short' : 'prose',
			text,
			para: p,
			interrupting: p.interrupting,
		};
	});
}

// ---------------------------------------------------------------------------------------------------
// Phases. Each reads and extends the article being built; `report` records what it did.

/** A body block before ids are given: its type, text and the item it came from. */
interface Draft {
	type: Block['type'];
	text: string;
	level?: number;
	item: Item;
}

type Report = (reason: string, item: Item, ruleId: string) => void;

/**
 * Type the paragraphs and put them in reading order (the module comment lists what goes where). The
 * phases run in order: inline furniture and bylines, header and lede, masthead, headline (kicker,
 * title, subtitle, byline), body items, headings printed after their sections, then the final blocks.
 * Returns metadata (title, byline, source…, null where not found) and the body as `Block`s with ids
 * `b0`, `b1`…; every move or typing decision is an `info` message, every doubt a warning. An article
 * without body text returns no blocks (the pipeline then stops with `no-body`). Never throws.
 */
export function structure(paras: UnwrappedPara[], file: VFile): Structured {
	const classified = paras.flatMap(classify);
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
	const report: Report = (reason, item, ruleId) =>
		file.info(reason, { place: { line: item.para.start, column: 1 }, ruleId, source });
	const items = inlineFurniture(classified, out, report);
	warnUnreadBylines(items, file);
	const usesMarkers = items.some((i) => i.kind === 'md-heading');

	const split = splitHeader(items, report);
	const header = readMasthead(split.header, out, report);
	const headerRest = readHeadline(header, out, report);
	const body = typeBody([...headerRest, ...split.body], split.lede, usesMarkers, out, report);
	const lede = reorderSections(body.blocks, body.lede, usesMarkers, report);
	if (lede) body.blocks.unshift({ type: 'lede', text: lede.text, item: lede });
	if (!out.title) out.title = fallbackTitle(body.blocks, file);
	out.blocks = body.blocks.map((b, i) => ({
		type: b.type,
		text: b.text,
		...(b.level ? { level: b.level } : {}),
		id: `b${i}`,
		source: { start: b.item.para.start, end: b.item.para.end },
	}));
	return out;
}

/**
 * Phase 0: what papers print inside the text. Jump lines (`下转第2版`, `（上接第1版）`), alone or at a
 * paragraph's start or end, and lone page numbers (`- 3 -`, `第3页`, wherever they stand) are furniture. A byline in brackets opening the first paragraph, after a
 * dateline (`本报讯（记者 周启明 通讯员 林雨桐）10月28日，…`), or closing the last one
 * (`…服务品牌。（记者 韩书远）`) becomes a byline item of its own; the paragraph keeps the rest.
 */
function inlineFurniture(items: Item[], out: Structured, report: Report): Item[] {
	const result: Item[] = [];
	for (const item of items) {
		if (item.kind === 'jump') {
			out.furniture.push(item.text);
			report(`Kept a jump line out of the body: ${item.text}`, item, 'jump-line');
			continue;
		}
		if (item.kind === 'folio') {
			out.furniture.push(item.text);
			report(`Kept a lone page number out of the text: ${item.text}`, item, 'folio');
			continue;
		}
		if (item.kind === 'prose') {
			let text = item.text;
			for (const re of [JUMP_START, JUMP_END]) {
				const m = text.match(re);
				if (m && m[0].length < text.length) {
					out.furniture.push(m[0].trim());
					report(`Kept a jump line out of the body: ${m[0].trim()}`, item, 'jump-line');
					text = text.slice(0, m.index) + text.slice(m.index! + m[0].length);
				}
			}
			if (text !== item.text) {
				result.push({ ...item, text });
				continue;
			}
		}
		result.push(item);
	}
	const first = result.findIndex((i) => i.kind === 'prose' && !i.interrupting);
	const opening = first >= 0 ? openingByline(result[first]!.text) : null;
	if (opening) {
		const item = result[first]!;
		report(`Read the byline opening the first paragraph: ${opening.text}`, item, 'byline-opening');
		result.splice(
			first,
			1,
			{
				kind: 'byline',
				text: opening.text,
				para: item.para,
				bylines: opening.bylines,
				dateline: opening.dateline,
			},
			{ ...item, text: opening.rest },
		);
	}
	const dateline = first >= 0 && !opening ? openingDateline(result[first]!.text) : null;
	if (dateline) {
		const item = result[first]!;
		out.furniture.push(dateline.dateline);
		report(
			`Kept the dateline opening the first paragraph out of the body: ${dateline.dateline}`,
			item,
			'dateline',
		);
		result.splice(first, 1, { ...item, text: dateline.rest });
	}
	const last = result.findLastIndex((i) => i.kind === 'prose' && !i.interrupting);
	const closing = last >= 0 ? closingByline(result[last]!.text) : null;
	if (closing) {
		const item = result[last]!;
		report(`Read the byline closing the last paragraph: ${closing.text}`, item, 'byline-closing');
		result.splice(
			last,
			1,
			{ ...item, text: closing.rest },
			{ kind: 'byline', text: closing.text, para: item.para, bylines: closing.bylines },
		);
	}
	return result;
}

/** A short line that opens with a role word (`记者`, `本报记者`, `通讯员`, `文/`, `图/`, `摄影`). */
const ROLE_START =
	/^[（(]?(?:本报|本報|特约|见习)?(?:记者|記者|通讯员|通訊員|摄影|攝影|实习生|[文图圖][/／])/u;

/**
 * Never silent: a line that opens like a byline but could not be read as one (names the reader does
 * not accept) stays in the text, with a warning.
 */
function warnUnreadBylines(items: Item[], file: VFile): void {
	for (const item of items) {
		if (
			item.kind === 'byline' ||
			!ROLE_START.test(item.text) ||
			SENTENCE_PUNCT.test(item.text) ||
			Array.from(item.text).length > SHORT_LINE
		)
			continue;
		const message = file.message(
			`Line opens like a byline but its names could not be read; kept as text: ${item.text}`,
			{
				place: { line: item.para.start, column: 1 },
				ruleId: 'byline-unread',
				source,
			},
		);
		message.actual = item.text;
	}
}

/**
 * Take a byline item into the article: its entries, and its dateline as furniture. A person already
 * named in the same role (a closing byline repeating the header's) is not listed twice; the line is
 * then kept as furniture, so the printed text stays in the record.
 */
function readByline(item: Item, out: Structured, report: Report): void {
	const fresh = item.bylines!.filter(
		(b) => !out.byline.some((o) => o.role === b.role && o.name === b.name),
	);
	out.byline.push(...fresh);
	if (item.dateline) out.furniture.push(item.dateline);
	if (fresh.length < item.bylines!.length) out.furniture.push(item.text);
	report(`Read the byline: ${item.text}`, item, 'byline');
}

/**
 * Phase 1: the header is everything before the first prose item. A prose paragraph followed by the
 * byline is a lede printed between the title and the byline: it and the byline lines join the header.
 */
function splitHeader(
	items: Item[],
	report: Report,
): { header: Item[]; body: Item[]; lede: Item | null } {
	let firstProse = items.findIndex((i) => i.kind === 'prose' && !i.interrupting);
	if (firstProse < 0) firstProse = items.length;
	let header = items.slice(0, firstProse);
	let body = items.slice(firstProse);
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
	return { header, body, lede };
}

/**
 * Phase 1a: the masthead (`masthead.ts`). Whatever precedes the last masthead line of the header is
 * page furniture (banners); the first newspaper line names the source and its edition, the first date
 * line is the printed date, the first page (`第3版`, `A2版`) the page. Returns the header after it.
 */
function readMasthead(header: Item[], out: Structured, report: Report): Item[] {
	const lastMast = header.findLastIndex((i) => i.kind === 'masthead');
	if (lastMast < 0) return header;
	for (const item of header.slice(0, lastMast + 1)) {
		const mast = item.kind === 'masthead' ? readMastheadLine(item.text) : null;
		if (mast?.date && !out.printedDate) out.printedDate = item.text;
		if (mast?.page && !out.source.page) out.source.page = mast.page;
		if (mast?.name && !out.source.name) {
			out.source.name = mast.name;
			out.source.edition = mast.edition;
			report(`Read the newspaper name from the masthead: ${item.text}`, item, 'masthead');
			// A name line that also prints the date or page is kept whole as furniture (the evidence).
			if (!mast.date && !mast.page) continue;
		}
		out.furniture.push(
			item.kind === 'md-heading' ? `${'#'.repeat(item.level!)} ${item.text}` : item.text,
		);
		report(`Kept page furniture out of the body: ${item.text}`, item, 'furniture');
	}
	return header.slice(lastMast + 1);
}

/**
 * Phase 1b: kicker (ends in `——`), title (a first line of at most 8 characters without a space is
 * half of a headline broken over two lines), subtitle and byline. Returns the header items left over
 * (after the byline, or beyond the subtitle), which are read as body.
 */
function readHeadline(header: Item[], out: Structured, report: Report): Item[] {
	const headerRest: Item[] = [];
	const credits: Item[] = [];
	let seenByline = false;
	const titleParts: Item[] = [];
	for (const item of header) {
		// A page credit in the header is never a title: it stays a credit, at the body's start.
		if (item.kind === 'credit' && !seenByline) credits.push(item);
		else if (item.kind === 'byline') {
			readByline(item, out, report);
			seenByline = true;
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
		if (
			second &&
			Array.from(first!.text).length <= 8 &&
			!/\s/.test(first!.text) &&
			first!.para !== second.para
		) {
			out.title = first!.text + second.text;
			report('Joined a title printed over two lines', second, 'title-two-lines');
		} else {
			out.title = first!.text;
			if (second) out.subtitle = second.text;
		}
		headerRest.unshift(...rest);
	}
	return [...credits, ...headerRest];
}

/**
 * Phase 2: type the body items (closing bylines, credits, furniture, captions, headings, paragraphs).
 * A lede printed after the closing byline (the one prose paragraph after a `(文/…)` line) is taken out.
 */
function typeBody(
	all: Item[],
	lede: Item | null,
	usesMarkers: boolean,
	out: Structured,
	report: Report,
): { blocks: Draft[]; lede: Item | null } {
	const blocks: Draft[] = [];
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
			readByline(item, out, report);
		} else if (item.kind === 'credit') {
			blocks.push({ type: 'credit', text: item.text, item });
			report(
				`Kept a page credit line as a credit where it is printed: ${item.text}`,
				item,
				'credit',
			);
		} else if (item.kind === 'masthead') {
			out.furniture.push(item.text);
			report(`Kept page furniture out of the body: ${item.text}`, item, 'furniture');
		} else if (item.kind === 'md-heading') {
			if (next?.kind === 'md-heading' && next.level! === item.level! + 1) {
				blocks.push({ type: 'heading', text: `${item.text} ${next.text}`, level: 2, item });
				report('Joined a section label and its headline into one heading', next, 'heading-pair');
				k++;
			} else blocks.push({ type: 'heading', text: item.text, level: 2, item });
		} else if (item.kind === 'caption') {
			blocks.push({ type: 'caption', text: item.text, item });
			report(
				`Typed a sentence opening with 图为/图： as a photo caption: ${item.text}`,
				item,
				'caption',
			);
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
			report(
				`Typed a paragraph printed inside a sentence as a photo caption: ${item.text}`,
				item,
				'caption',
			);
		} else blocks.push({ type: 'paragraph', text: item.text, item });
	}
	return { blocks, lede };
}

/**
 * Phase 3: headings printed after their sections (the body ends on a heading, no `#` markers) move
 * back to the start of their section, in place. A first paragraph set wider than the columns after it
 * is then the lede. Returns the lede.
 */
function reorderSections(
	blocks: Draft[],
	lede: Item | null,
	usesMarkers: boolean,
	report: Report,
): Item | null {
	const lastContent = blocks.findLastIndex((b) => b.type !== 'credit' && b.type !== 'caption');
	if (lastContent < 0 || blocks[lastContent]!.type !== 'heading' || usesMarkers) return lede;
	const reordered: Draft[] = [];
	let section: Draft[] = [];
	if (!lede && blocks[0]?.type === 'paragraph' && isWide(blocks[0].item, blocks)) {
		lede = blocks.shift()!.item;
		report('Typed the first paragraph, set wider than the columns, as the lede', lede, 'lede-wide');
	}
	for (const b of blocks) {
		if (b.type === 'heading') {
			reordered.push(b, ...section);
			section = [];
			report(
				`Moved the heading printed after its section to the section's start: ${b.text}`,
				b.item,
				'heading-after-section',
			);
		} else section.push(b);
	}
	blocks.splice(0, blocks.length, ...reordered, ...section);
	return lede;
}

/** Phase 4: no title in the header: the first heading (taken out of the body), else the first words. */
function fallbackTitle(blocks: Draft[], file: VFile): string {
	const h = blocks.findIndex((b) => b.type === 'heading');
	file.message('No title found in the header; using the first heading or the first words', {
		ruleId: 'no-title',
		source,
	});
	return h >= 0
		? blocks.splice(h, 1)[0]!.text
		: Array.from(blocks[0]?.text ?? '无题')
				.slice(0, 20)
				.join('');
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

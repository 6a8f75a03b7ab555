/**
 * Article pages opened from a search result (`?highlight=中通客车&highlight=…`): marks every occurrence
 * of each term in the article (`[data-pagefind-body]`), also across inline elements (a term that runs
 * into a linked name), and scrolls to the first one unless the URL has a #fragment. Terms are matched
 * through the same folding as the search (src/utils/fold.ts: full-width forms, Kangxi radicals and
 * compatibility ideographs, case, stray spaces next to Han characters), so `ＢＩＰＶ` marks BIPV and
 * `实际使用外资` marks `实际 使用外资`; on English pages Latin terms match whole words only, and
 * English stop words are never marked. Text only: the terms are matched in text nodes and wrapped
 * with <mark> elements built by the DOM.
 */
import { findTerms } from '../utils/fold.ts';
import { EN_STOP_WORDS } from './search-query.ts';

const english = !document.documentElement.lang.startsWith('zh');
const terms = [
	...new Set(
		new URLSearchParams(location.search)
			.getAll('highlight')
			.map((t) => t.trim())
			.filter(Boolean),
	),
].filter((t) => !EN_STOP_WORDS.has(t.toLocaleLowerCase()));
const root = document.querySelector<HTMLElement>('[data-pagefind-body]');

/** Block-level containers whose text is matched as one string (the search index data is not shown). */
function blocks(el: HTMLElement): HTMLElement[] {
	return [...el.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, figcaption, dd')].filter(
		(b) => !b.querySelector('p, li, h2, h3') && !b.closest('[hidden]'),
	);
}

function markIn(block: HTMLElement): HTMLElement[] {
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode())
		if (!n.parentElement?.closest('mark.search-hit')) nodes.push(n as Text);
	const text = nodes.map((n) => n.data).join('');
	const ranges = findTerms(text, terms, english);
	const marks: HTMLElement[] = [];
	// Wrap from the end so earlier offsets stay valid.
	for (const [start, end] of ranges.reverse()) {
		let offset = 0;
		const pieces: { node: Text; from: number; to: number }[] = [];
		for (const node of nodes) {
			const a = offset;
			const b = offset + node.data.length;
			if (b > start && a < end)
				pieces.push({
					node,
					from: Math.max(start - a, 0),
					to: Math.min(end - a, node.data.length),
				});
			offset = b;
		}
		for (const { node, from, to } of pieces.reverse()) {
			const range = document.createRange();
			range.setStart(node, from);
			range.setEnd(node, to);
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			range.surroundContents(mark);
			marks.unshift(mark);
		}
	}
	return marks;
}

if (root && terms.length) {
	const found: HTMLElement[] = [];
	for (const block of blocks(root)) found.push(...markIn(block));
	found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
	if (found[0] && !location.hash) found[0].scrollIntoView({ block: 'center' });
}

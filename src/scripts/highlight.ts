/**
 * Article pages opened from a search result (`?highlight=中通客车&highlight=…`): marks every occurrence
 * of each term in the article (`[data-pagefind-body]`), also across inline elements (a term that runs
 * into a linked name), and scrolls to the first one unless the URL has a #fragment. Text only: the
 * terms are matched in text nodes and wrapped with <mark> elements built by the DOM.
 */
const terms = [...new Set(new URLSearchParams(location.search).getAll('highlight').map((t) => t.trim()).filter(Boolean))];
const root = document.querySelector<HTMLElement>('[data-pagefind-body]');

/** Block-level containers whose text is matched as one string. */
function blocks(el: HTMLElement): HTMLElement[] {
	return [...el.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, figcaption, dd')].filter((b) => !b.querySelector('p, li, h2, h3'));
}

function markIn(block: HTMLElement, term: string): HTMLElement[] {
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!(n.parentElement?.closest('mark.search-hit'))) nodes.push(n as Text);
	const text = nodes.map((n) => n.data).join('');
	const lower = text.toLocaleLowerCase();
	const needle = term.toLocaleLowerCase();
	const ranges: [number, number][] = [];
	for (let i = lower.indexOf(needle); i >= 0 && needle; i = lower.indexOf(needle, i + needle.length)) ranges.push([i, i + needle.length]);
	const marks: HTMLElement[] = [];
	// Wrap from the end so earlier offsets stay valid.
	for (const [start, end] of ranges.reverse()) {
		let offset = 0;
		const pieces: { node: Text; from: number; to: number }[] = [];
		for (const node of nodes) {
			const a = offset;
			const b = offset + node.data.length;
			if (b > start && a < end) pieces.push({ node, from: Math.max(start - a, 0), to: Math.min(end - a, node.data.length) });
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
	for (const block of blocks(root)) for (const term of terms) found.push(...markIn(block, term));
	found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
	if (found[0] && !location.hash) found[0].scrollIntoView({ block: 'center' });
}

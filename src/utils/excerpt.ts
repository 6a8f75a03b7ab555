/**
 * Short descriptions of an article (RSS item descriptions, meta descriptions) that never end
 * mid-sentence without saying so.
 *
 * Lengths are counted in characters (Unicode code points, not UTF-16 code units).
 */

/** Sentence ends: Chinese full stops, question and exclamation marks (closing quotes kept with them), Latin ones before a space. */
const SENTENCE = /[^。！？!?]*?(?:[。！？]+[”’」』）]*|[.!?]+[”’"')\]]*(?=\s|$)|$)/gu;

/** Whole sentences of `text`, trimmed. */
export function sentences(text: string): string[] {
	return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

const length = (s: string) => Array.from(s).length;

/**
 * The first sentences of `text` that fit in `max` characters, as a description.
 *
 * - Chinese (`zh`): whole sentences; when the text goes on, `……` (the Chinese ellipsis, two
 *   three-dot characters, GB/T 15834) is appended. If even the first sentence is longer than `max`,
 *   it is cut after the last clause mark (，、；：) within `max` (else at `max`) and `……` appended.
 * - English (`en`): the same with `…`, sentences separated by a space; a first sentence longer than
 *   `max` is cut at the last word boundary within `max`. The result is at most `max` characters
 *   plus the ellipsis.
 *
 * Returns `text` unchanged (trimmed) when it fits. Throws a RangeError when `max` < 1.
 */
export function excerpt(text: string, lang: 'zh' | 'en', max: number): string {
	if (max < 1) throw new RangeError(`excerpt: max must be at least 1 (got ${max})`);
	const all = text.trim();
	if (length(all) <= max) return all;
	const ellipsis = lang === 'zh' ? '……' : '…';
	const sep = lang === 'zh' ? '' : ' ';
	let out = '';
	for (const s of sentences(all)) {
		const next = out ? `${out}${sep}${s}` : s;
		if (length(next) > max) break;
		out = next;
	}
	if (out) return `${out}${ellipsis}`;
	// The first sentence alone is too long: cut it at a clause (zh) or word (en) boundary.
	const head = Array.from(all).slice(0, max).join('');
	const cut = lang === 'zh' ? head.search(/[，、；：][^，、；：]*$/u) : head.search(/\s\S*$/u);
	const kept = (cut > 0 ? head.slice(0, cut) : head).replace(/[\s,;:，、；：]+$/u, '');
	return `${kept}${ellipsis}`;
}

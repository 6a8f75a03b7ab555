/**
 * Positions in text, in Unicode code points: the one unit every offset and length of a record uses
 * (`Metric.blockOffset`, `Metric.textOffset`, entity mentions, inline spans), as the ingest's line
 * widths do (`structure.ts`). A Han character outside the Basic Multilingual Plane (`𠮷`, CJK
 * Extension B and later) is one code point but two UTF-16 code units, so JavaScript string indices
 * must be converted at the edges with these helpers. Pure; no imports.
 */

/**
 * Code points in `text` before UTF-16 index `index` (a lone surrogate counts as one). Never throws.
 */
export function toCodePoints(text: string, index: number): number {
	let n = 0;
	for (let i = 0; i < index && i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && i + 1 < index) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) i++;
		}
		n++;
	}
	return n;
}

/** Code points in `text`. Never throws. */
export function codePointLength(text: string): number {
	return toCodePoints(text, text.length);
}

/**
 * The UTF-16 index of code point `offset` in `text` (`text.length` when `offset` runs past its end).
 * Never throws.
 */
export function toUtf16(text: string, offset: number): number {
	let i = 0;
	for (let n = 0; n < offset && i < text.length; n++) {
		const c = text.charCodeAt(i);
		i +=
			c >= 0xd800 &&
			c <= 0xdbff &&
			i + 1 < text.length &&
			(text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
				? 2
				: 1;
	}
	return i;
}

/** `length` code points of `text` from code point `offset`. Never throws. */
export function sliceCodePoints(text: string, offset: number, length: number): string {
	const start = toUtf16(text, offset);
	return text.slice(start, start + toUtf16(text.slice(start), length));
}

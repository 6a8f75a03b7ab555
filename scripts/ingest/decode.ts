/**
 * Stage `decode`: raw bytes → text.
 *
 * Accepts UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and GB18030/GBK (tried when the bytes are
 * not valid UTF-8). Normalises line endings to `\n` and removes zero-width and control characters,
 * reporting each kind of change. Empty, binary and undecodable input gets a fatal message naming the
 * reason; the caller skips the file and goes on with the rest.
 */
import { fatal } from './messages.ts';
import type { VFile } from './types.ts';

const source = 'decode';

/** Zero-width and invisible formatting characters that PDF extraction leaves behind. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** C0/C1 controls except tab and line feed. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Decode raw bytes, or return null after a fatal message. */
export function decode(bytes: Uint8Array, file: VFile): string | null {
	if (bytes.length === 0) {
		fatal(file, 'Cannot read file: it is empty (0 bytes)', 'empty', source);
		return null;
	}
	let text: string;
	let encoding: string;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		encoding = 'utf-16le';
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		encoding = 'utf-16be';
	} else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		encoding = 'utf-8';
	} else if (isUtf8(bytes)) {
		encoding = 'utf-8';
	} else {
		encoding = 'gb18030';
	}
	try {
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		fatal(file, `Cannot read file: bytes are neither valid UTF-8 nor valid ${encoding.toUpperCase()}`, 'undecodable', source);
		return null;
	}
	if (encoding !== 'utf-8') {
		file.info(`Decoded as ${encoding.toUpperCase()}`, { ruleId: 'encoding', source });
		// GB18030 decodes almost any byte soup; demand that the result looks like text.
		if (encoding === 'gb18030' && !looksLikeText(text)) {
			fatal(file, 'Cannot read file: bytes are not valid UTF-8, and as GB18030 they do not decode to text', 'undecodable', source);
			return null;
		}
	} else if (bytes[0] === 0xef) {
		file.info('Removed UTF-8 byte-order mark', { ruleId: 'bom', source });
	}
	if (text.trim() === '') {
		fatal(file, 'Cannot read file: it contains only white space', 'empty', source);
		return null;
	}
	if (!looksLikeText(text)) {
		fatal(file, 'Cannot read file: it is binary (mostly control characters)', 'binary', source);
		return null;
	}
	const crlf = text.match(/\r\n?/g)?.length ?? 0;
	if (crlf) {
		text = text.replace(/\r\n?/g, '\n');
		file.info(`Normalised ${crlf} CR/CRLF line ending(s) to LF`, { ruleId: 'line-endings', source });
	}
	text = strip(text, INVISIBLE, file, 'zero-width', 'zero-width or invisible');
	text = strip(text, CONTROL, file, 'control', 'control');
	if (text.trim() === '') {
		fatal(file, 'Cannot read file: it contains only white space', 'empty', source);
		return null;
	}
	return text;
}

function strip(text: string, pattern: RegExp, file: VFile, ruleId: string, what: string): string {
	const lines = text.split('\n');
	let total = 0;
	const out = lines.map((line, index) => {
		const found = line.match(pattern);
		if (!found) return line;
		total += found.length;
		const message = file.info(`Removed ${found.length} ${what} character(s)`, {
			place: { line: index + 1, column: line.search(pattern) + 1 },
			ruleId,
			source,
		});
		message.actual = [...new Set(found)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
		message.expected = [''];
		return line.replace(pattern, '');
	});
	return total ? out.join('\n') : text;
}

function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Text, not binary: few control characters, and some letters, digits or Han characters. */
function looksLikeText(text: string): boolean {
	const sample = text.slice(0, 20000);
	const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
	const replacement = sample.match(/\uFFFD/g)?.length ?? 0;
	const useful = sample.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
	const noise = controls + replacement;
	return (noise < 3 || noise < sample.length * 0.05) && useful > 0;
}

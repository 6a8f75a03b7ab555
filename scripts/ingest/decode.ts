/**
 * Stage `decode`: raw bytes → text.
 *
 * Accepts UTF-8 (with or without BOM, repairing UTF-8 that went through Windows-1252/Latin-1), UTF-16
 * LE/BE with or without BOM, Big5 and GB18030/GBK, decided as `encoding.ts` describes. Normalises line
 * endings to `\n` and removes zero-width and control characters, reporting each kind of change. Empty,
 * binary, mis-decoded and undecodable input gets a fatal message naming the reason (and the encoding the
 * bytes seem to be in); the caller skips the file and goes on with the rest.
 */
import { detectEncoding } from './encoding.ts';
import { fatal } from './messages.ts';
import type { VFile } from './types.ts';

const source = 'decode';

/** Zero-width and invisible formatting characters that PDF extraction leaves behind. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** C0/C1 controls except tab and line feed. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Decode raw bytes (see `encoding.ts` for how the encoding is decided), or return null after a fatal
 * message naming the reason. Control characters are stripped only after the encoding is decided (a
 * mojibake repair needs the C1 controls). Text without any Han character is returned, with a `no-han`
 * warning that the ingest treats as blocking unless the sidecar accepts it. Never throws.
 */
export function decode(bytes: Uint8Array, file: VFile): string | null {
	const result = detectEncoding(bytes);
	if (!result.ok) {
		fatal(file, `Cannot read file: ${result.reason}`, result.ruleId, source);
		return null;
	}
	let text = result.text;
	if (result.how === 'bom') {
		if (result.encoding === 'utf-8')
			file.info('Removed UTF-8 byte-order mark', { ruleId: 'bom', source });
		else
			file.info(`Decoded as ${result.encoding.toUpperCase()} (byte-order mark)`, {
				ruleId: 'encoding',
				source,
			});
	} else if (result.how === 'scored') {
		const others = result.candidates
			.slice(1)
			.map((c) => `${c.encoding.toUpperCase()} ${c.score.mean.toFixed(1)}`)
			.join(', ');
		const message = file.message(
			`Decoded as ${result.encoding.toUpperCase()}: not UTF-8 and no byte-order mark; chosen because its characters read as Chinese (mean log10 frequency ${result.score.mean.toFixed(1)}${others ? `; ${others}` : ''})`,
			{ ruleId: 'encoding', source },
		);
		message.actual = 'bytes';
		message.expected = [result.encoding];
	} else if (result.how === 'mojibake') {
		const message = file.message(
			`Repaired mojibake: UTF-8 text that had been read as ${result.via === 'latin-1' ? 'Latin-1 (or Windows-1252)' : 'Windows-1252'} and saved again; re-encoded and decoded as UTF-8`,
			{ ruleId: 'mojibake', source },
		);
		message.actual =
			'UTF-8 → ' + (result.via === 'latin-1' ? 'Latin-1' : 'Windows-1252') + ' → UTF-8';
		message.expected = ['UTF-8'];
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
		file.info(`Normalised ${crlf} CR/CRLF line ending(s) to LF`, {
			ruleId: 'line-endings',
			source,
		});
	}
	text = strip(text, INVISIBLE, file, 'zero-width', 'zero-width or invisible');
	text = strip(text, CONTROL, file, 'control', 'control');
	if (text.trim() === '') {
		fatal(file, 'Cannot read file: it contains only white space', 'empty', source);
		return null;
	}
	if (!/\p{Script=Han}/u.test(text)) {
		file.message(
			'No Han character in the text: not a Chinese article, or its encoding was not recognised',
			{ ruleId: 'no-han', source },
		);
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
		message.actual = [...new Set(found)]
			.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
			.join(' ');
		message.expected = [''];
		return line.replace(pattern, '');
	});
	return total ? out.join('\n') : text;
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

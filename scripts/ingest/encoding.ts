/**
 * Which encoding a file's bytes are in, decided by decoding them and scoring the text: pure, no VFile,
 * shared by the ingest's `decode` stage and the site's source panel (`src/utils/sources.ts`), so both
 * read a file the same way.
 *
 * The rule (issue 13 "Bytes"; field cases 07 Big5, 08 UTF-16LE without BOM, 14 cp1252 mojibake):
 * - A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE).
 * - Valid UTF-8 without NUL bytes is UTF-8, unless it reads as mojibake (UTF-8 bytes that went through
 *   Windows-1252 or Latin-1, `ä¸´æ²³…`): then it is re-encoded byte for byte (Windows-1252 with the WHATWG
 *   C1 pass-through, or Latin-1) and decoded as UTF-8 again, or rejected when that fails.
 * - Otherwise every candidate that decodes without error (UTF-16LE, UTF-16BE, Big5, GB18030) is scored,
 *   and the most plausible wins. Decoding without error is no evidence on its own: GB18030 and Big5
 *   accept almost any byte pair, so a candidate must also read as Chinese text (common characters).
 * - Plausibility: the mean log10 frequency of the text's Han characters in `data/han-frequency.json`
 *   (jieba's dictionary), where any other character that is not ASCII, white space or CJK/full-width
 *   punctuation counts as a rare character. Correct Chinese text scores about -3; mis-decoded bytes about
 *   -6. Below `PLAUSIBLE` the text is rejected as mis-decoded, naming the encoding it seems to be in.
 *
 * Positions and lengths here are in bytes (input) and UTF-16 code units (JavaScript strings).
 */
import frequency from '../../data/han-frequency.json' with { type: 'json' };

/** Encodings `detectEncoding` can return (WHATWG labels, as `TextDecoder` takes them). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'gb18030';

/** Mean log10 frequency at or above which a text's Han characters read as Chinese. */
export const PLAUSIBLE = -4.5;
/** Han characters needed before a text decoded by BOM or as valid UTF-8 can be judged mis-decoded. */
const MIN_EVIDENCE = 20;
/** Score of a Han character missing from the table, and of any non-text character. */
const RARE = -7;
/** Characters scored per candidate (UTF-16 code units): enough to decide, cheap for long files. */
const SAMPLE = 4000;

const LOG10 = new Map<string, number>();
for (const [log, chars] of Object.entries(frequency.log10Share))
	for (const c of chars) LOG10.set(c, Number(log));

/** How plausible a decoded text is as Chinese. */
export interface TextScore {
	/** Han characters in the sample (code points; Kangxi radicals and compatibility ideographs scored as their NFKC ideograph). */
	han: number;
	/** Mean log10 share of the scored characters (Han and odd ones); 0 when there are none. */
	mean: number;
	/** Characters that are neither Han nor ordinary text (controls, replacement characters, other scripts). */
	odd: number;
}

/**
 * Characters that count against a text: neither Han, nor Latin letters and digits (English words and
 * numbers in Chinese text; mojibake is judged apart), nor white space, ASCII, CJK or full-width
 * punctuation. Controls, replacement characters, private use and other scripts (Hangul, Yi, Cyrillic…)
 * are what mis-decoded CJK bytes turn into.
 */
const ODD =
	/[^\p{Script=Han}\p{Script=Latin}\p{Nd}\t\n\r\u0020-\u007E\u00A0\u00B7\u2010-\u206F\u3000-\u303F\uFF00-\uFFEF]/gu;
const HAN_ALL = /\p{Script=Han}/gu;
/** Radicals and compatibility ideographs: scored as the ideograph NFKC gives (`⼀` as 一). */
const STAND_IN = /[\u2E80-\u2FDF\uF900-\uFAFF]/;

/** Score the first `SAMPLE` UTF-16 code units of `text` (see the module comment for the scale). */
export function scoreText(text: string): TextScore {
	const sample = text.slice(0, SAMPLE);
	let sum = 0;
	const han = sample.match(HAN_ALL) ?? [];
	for (const c of han) sum += LOG10.get(STAND_IN.test(c) ? c.normalize('NFKC') : c) ?? RARE;
	const odd = sample.match(ODD)?.length ?? 0;
	sum += odd * RARE;
	const n = han.length + odd;
	return { han: han.length, mean: n ? sum / n : 0, odd };
}

/** Why a file cannot be read as text. */
export interface DecodeFailure {
	ok: false;
	/** `empty`, `binary`, `mojibake`, `mis-decoded`, `no-han` or `undecodable`. */
	ruleId: string;
	/** A sentence naming what was found and, where it can be told, the encoding the bytes seem to be in. */
	reason: string;
}

/** A decoded file. `text` still has its line ends and control characters as decoded. */
export interface DecodeSuccess {
	ok: true;
	text: string;
	encoding: Encoding;
	/** How it was decided: `bom`, `utf-8`, `scored` (no BOM, chosen by plausibility) or `mojibake` (repaired). */
	how: 'bom' | 'utf-8' | 'scored' | 'mojibake';
	/** For `mojibake`: the single-byte code page the UTF-8 bytes had been read as. */
	via?: 'windows-1252' | 'latin-1';
	score: TextScore;
	/** Candidates tried and their scores, best first (empty when a BOM or valid UTF-8 decided). */
	candidates: { encoding: Encoding; score: TextScore }[];
}

/** What `detectEncoding` returns: the decoded text, or why the bytes are not text. Never an exception. */
export type DecodeResult = DecodeSuccess | DecodeFailure;

const fail = (ruleId: string, reason: string): DecodeFailure => ({ ok: false, ruleId, reason });

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

const plausible = (s: TextScore) => s.han > 0 && s.mean >= PLAUSIBLE;
const label = (e: Encoding) => e.toUpperCase().replace('BIG5', 'Big5');

/**
 * Windows-1252 as WHATWG decodes it (the five undefined bytes pass through as C1 controls), inverted:
 * character → byte. Latin-1's C1 controls map to their own byte values as well, so both code pages
 * re-encode. Built from `TextDecoder('windows-1252')`, i.e. from the WHATWG Encoding Standard's table.
 */
const CP1252_BYTE = (() => {
	const map = new Map<string, number>();
	const chars = new TextDecoder('windows-1252').decode(
		Uint8Array.from({ length: 256 }, (_, i) => i),
	);
	Array.from(chars).forEach((c, i) => map.set(c, i));
	for (let b = 0x80; b <= 0x9f; b++)
		if (!map.has(String.fromCharCode(b))) map.set(String.fromCharCode(b), b);
	return map;
})();

/** Characters UTF-8 lead/continuation bytes become in Windows-1252/Latin-1 (`ä¸´` for 临). */
const MOJIBAKE_MARK =
	/[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/g;

/**
 * Undo UTF-8 → Windows-1252/Latin-1 mojibake: every character back to its byte, the bytes decoded as
 * UTF-8. Returns the repaired text, or a reason it cannot be repaired (a character no single byte
 * stands for, or bytes that are not UTF-8, e.g. a lost byte as in ftfy#217).
 */
export function repairMojibake(
	text: string,
): { text: string; via: 'windows-1252' | 'latin-1' } | { error: string } {
	const bytes: number[] = [];
	let cp1252Only = false;
	for (const c of text) {
		const b = CP1252_BYTE.get(c);
		if (b === undefined) {
			return {
				error: `the character ${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not one byte in Windows-1252 or Latin-1`,
			};
		}
		if (c.charCodeAt(0) > 0xff) cp1252Only = true;
		bytes.push(b);
	}
	const decoded = tryDecode(Uint8Array.from(bytes), 'utf-8');
	if (decoded === null)
		return {
			error: 'the re-encoded bytes are not valid UTF-8 (a byte was lost or changed on the way)',
		};
	return { text: decoded, via: cp1252Only ? 'windows-1252' : 'latin-1' };
}

/** Whether a text shows the signature of UTF-8 read as a single-byte code page (see `MOJIBAKE_MARK`). */
export function looksLikeMojibake(text: string): boolean {
	const marks = text.match(MOJIBAKE_MARK)?.length ?? 0;
	return marks >= 3 && marks * 2 >= (text.match(/[^\u0020-\u007E\t\n\r]/g)?.length ?? 0) / 3;
}

/** Fraction of NUL bytes at even and odd offsets: UTF-16's tell for ASCII (line ends, digits). */
function nulParity(bytes: Uint8Array): { even: number; odd: number } {
	let even = 0;
	let odd = 0;
	const n = Math.min(bytes.length, SAMPLE * 4);
	for (let i = 0; i < n; i++) {
		if (bytes[i] !== 0) continue;
		if (i % 2) odd++;
		else even++;
	}
	return { even: even / (n / 2), odd: odd / (n / 2) };
}

/**
 * Decode a file's bytes (see the module comment for the rule). Never throws. Empty input, binary data,
 * text without Han characters and bytes that no candidate decodes plausibly are failures with a reason.
 */
export function detectEncoding(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return fail('empty', 'it is empty (0 bytes)');
	let bom: Encoding | null = null;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = 'utf-8';
	else if (bytes[0] === 0xff && bytes[1] === 0xfe) bom = 'utf-16le';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) bom = 'utf-16be';
	if (bom) {
		const text = tryDecode(bytes.subarray(bom === 'utf-8' ? 3 : 2), bom);
		if (text === null)
			return fail(
				'undecodable',
				`it starts with a ${label(bom)} byte-order mark but is not valid ${label(bom)}`,
			);
		return judge({
			ok: true,
			text,
			encoding: bom,
			how: 'bom',
			score: scoreText(text),
			candidates: [],
		});
	}
	const nul = nulParity(bytes);
	const controls = bytes.filter((b) => b > 0 && (b < 0x09 || (b > 0x0d && b < 0x20))).length;
	if (controls > bytes.length * 0.25)
		return fail('binary', 'it is binary (mostly control bytes), not text');
	const utf8 = tryDecode(bytes, 'utf-8');
	// A stray NUL does not make UTF-16; NULs at one parity in every few bytes do (ASCII in UTF-16).
	if (utf8 !== null && nul.even + nul.odd < 0.05) {
		const score = scoreText(utf8);
		if (!plausible(score) && looksLikeMojibake(utf8)) {
			const repaired = repairMojibake(utf8);
			if ('error' in repaired) {
				return fail(
					'mojibake',
					`it is UTF-8 text that went through Windows-1252/Latin-1 (mojibake such as ${JSON.stringify(utf8.match(MOJIBAKE_MARK)!.slice(0, 3).join(''))}), and cannot be repaired: ${repaired.error}`,
				);
			}
			const fixed = scoreText(repaired.text);
			if (!plausible(fixed))
				return fail(
					'mojibake',
					`it looks like UTF-8 text that went through ${repaired.via === 'latin-1' ? 'Latin-1' : 'Windows-1252'} (mojibake), but the repaired text does not read as Chinese either`,
				);
			return {
				ok: true,
				text: repaired.text,
				encoding: 'utf-8',
				how: 'mojibake',
				via: repaired.via,
				score: fixed,
				candidates: [],
			};
		}
		return judge({ ok: true, text: utf8, encoding: 'utf-8', how: 'utf-8', score, candidates: [] });
	}
	const candidates: { encoding: Encoding; score: TextScore; text: string }[] = [];
	const order: Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'big5', 'gb18030'];
	for (const encoding of order) {
		if (encoding.startsWith('utf-16') && bytes.length % 2) continue;
		const text = tryDecode(bytes, encoding);
		if (text === null) continue;
		candidates.push({ encoding, text, score: scoreText(text) });
	}
	// Best: plausible first, then the higher mean, then more Han (ties are rare: the gap is ~3 units).
	candidates.sort(
		(a, b) =>
			Number(plausible(b.score)) - Number(plausible(a.score)) ||
			b.score.mean - a.score.mean ||
			b.score.han - a.score.han,
	);
	const best = candidates[0];
	const summary = candidates
		.map((c) => `${label(c.encoding)} ${c.score.mean.toFixed(1)}`)
		.join(', ');
	if (!best || !plausible(best.score)) {
		const hint =
			nul.odd > 0.05 && nul.even < 0.01
				? 'it seems to be UTF-16LE without a byte-order mark'
				: nul.even > 0.05 && nul.odd < 0.01
					? 'it seems to be UTF-16BE without a byte-order mark'
					: utf8 !== null
						? 'it is UTF-8 with NUL bytes'
						: best
							? `the nearest reading is ${label(best.encoding)}`
							: 'no supported encoding decodes it';
		if (!best)
			return fail(
				'undecodable',
				`bytes are neither valid UTF-8 nor valid UTF-16, Big5 or GB18030 (${hint})`,
			);
		return fail(
			'mis-decoded',
			`bytes are not valid UTF-8, and as ${candidates.map((c) => label(c.encoding)).join(', ')} they do not decode to text that reads as Chinese (${hint}; mean log10 character frequency ${summary}, text needs ≥ ${PLAUSIBLE})`,
		);
	}
	return {
		ok: true,
		text: best.text,
		encoding: best.encoding,
		how: 'scored',
		score: best.score,
		candidates: candidates.map(({ encoding, score }) => ({ encoding, score })),
	};
}

/** A text decoded by BOM or as UTF-8 must still read as Chinese (no Han at all is `no-han`). */
function judge(result: DecodeSuccess): DecodeResult {
	// Too few characters to tell (a heading, a test line): valid UTF-8 or a BOM is evidence enough.
	if (result.score.han < MIN_EVIDENCE) return result;
	if (result.score.mean < PLAUSIBLE) {
		return fail(
			'mis-decoded',
			`it decodes as ${label(result.encoding)}, but its Han characters are mostly implausible (mean log10 frequency ${result.score.mean.toFixed(1)}, text needs ≥ ${PLAUSIBLE}): the text was mis-decoded before it was saved`,
		);
	}
	return result;
}

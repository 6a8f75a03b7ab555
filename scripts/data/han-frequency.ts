/**
 * Generates `data/han-frequency.json`: how common each Han character is in Chinese text, as log10 of
 * its share of all Han characters, rounded to 0.1 and grouped by that value (`{"-1.5": "的", …}`).
 *
 * Source: jieba's dictionary (`@node-rs/jieba/dict.txt`: word, frequency, part of speech per line),
 * each word's frequency credited to every Han character it contains. Characters are kept until they
 * cover 99.99% of all occurrences; each Simplified character also lends its frequency to its
 * Traditional form(s) (`opencc-js`, cn → t, one character at a time) unless that form is commoner
 * already, so Traditional text (Big5 files) scores like Simplified text.
 *
 * Used by `scripts/ingest/decode.ts` to tell text decoded in the right encoding (common characters)
 * from mis-decoded bytes (rare characters). Run: `node scripts/data/han-frequency.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
const dictPath = require.resolve('@node-rs/jieba/dict.txt');
const jiebaVersion = (
	JSON.parse(readFileSync(require.resolve('@node-rs/jieba/package.json'), 'utf8')) as {
		version: string;
	}
).version;
const HAN = /\p{Script=Han}/u;
const freq = new Map<string, number>();
let total = 0;
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
	const [word, f] = line.split(' ');
	if (!word || !f) continue;
	for (const c of word) {
		if (!HAN.test(c)) continue;
		freq.set(c, (freq.get(c) ?? 0) + Number(f));
		total += Number(f);
	}
}
const kept = new Map<string, number>();
let covered = 0;
for (const [c, n] of [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
	if (covered / total >= 0.9999) break;
	kept.set(c, n);
	covered += n;
}
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
for (const [c, n] of [...kept]) {
	for (const t of toTraditional(c))
		if (t !== c && HAN.test(t) && (kept.get(t) ?? 0) < n) kept.set(t, n);
}
const groups: Record<string, string> = {};
for (const [c, n] of [...kept].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
	const key = (Math.round(Math.log10(n / total) * 10) / 10).toFixed(1);
	groups[key] = (groups[key] ?? '') + c;
}
const out = {
	source: `jieba dictionary (@node-rs/jieba ${jiebaVersion}, dict.txt), characters covering 99.99% of occurrences; Traditional forms via opencc-js`,
	generator: 'scripts/data/han-frequency.ts',
	characters: kept.size,
	log10Share: groups,
};
writeFileSync(
	new URL('../../data/han-frequency.json', import.meta.url),
	`${JSON.stringify(out, null, '\t')}\n`,
);
console.log(
	`data/han-frequency.json: ${kept.size} characters in ${Object.keys(groups).length} groups`,
);

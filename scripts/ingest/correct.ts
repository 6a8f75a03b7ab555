/**
 * Stage `correct`: editorial corrections, the last stage that changes article text (after `structure`,
 * before dates, figures and entities are read, so those read the corrected text).
 *
 * Where the ingest misreads a text, an editor does not edit `content/`: they write `seeds/<stem>.fix.yaml`
 * beside the seed, which survives every re-run:
 *
 * ```yaml
 * corrections:
 *   - where: b3            # title | subtitle | kicker | a block id of the cleaned article
 *     found: 中中客车      # the text as the ingest reads it there (exactly once)
 *     replacement: 中通客车
 *     reason: The print reads 中通客车; the extraction doubled 中 and dropped 通.
 *     by: Editor name
 *     date: "2026-11-30"
 * ```
 *
 * Each applied correction is an info message (`correct:correction`, with `actual`/`expected`) and is
 * kept in the record's `corrections`; the source text as received is never changed. A correction file
 * that is not valid, a `where` that does not exist, or a `found` that no longer occurs exactly once
 * there (the ingest changed, or the seed did) is a fatal error naming the correction file: a stale
 * correction is never dropped silently, nor applied to the wrong place.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { type Block, type Correction, correctionSchema } from '../../src/schemas/article.ts';
import { fatal } from './messages.ts';
import type { VFile } from './types.ts';

const source = 'correct';

/** The file `seeds/<stem>.fix.yaml`: a non-empty list of corrections, nothing else. */
export const fixFileSchema = z.strictObject({ corrections: z.array(correctionSchema).min(1) });

/**
 * Parse a correction file. Returns null (and a fatal message naming the file) when it is invalid.
 * Never throws.
 */
export function parseCorrections(name: string, text: string, file: VFile): Correction[] | null {
	let data: unknown;
	try {
		// Dates stay strings: `date: 2026-11-30` unquoted is read as text, not a Date.
		data = parse(text, { schema: 'core' });
	} catch (error) {
		fatal(
			file,
			`${name}: not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			'fix-file',
			source,
		);
		return null;
	}
	const parsed = fixFileSchema.safeParse(data);
	if (!parsed.success) {
		fatal(
			file,
			`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
			'fix-file',
			source,
		);
		return null;
	}
	return parsed.data.corrections;
}

/** The texts a correction may change. */
export interface Correctable {
	title: string | null;
	subtitle: string | null;
	kicker: string | null;
	blocks: Block[];
}

/** Occurrences of `needle` in `text` (non-overlapping, as characters, no pattern). */
function occurrences(text: string, needle: string): number[] {
	const at: number[] = [];
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length))
		at.push(i);
	return at;
}

/**
 * Apply `corrections` (from the file `name`) in order to a copy of `texts`. Returns the corrected texts,
 * or null after a fatal message when a correction cannot be applied. Never throws.
 */
export function applyCorrections<T extends Correctable>(
	texts: T,
	corrections: Correction[],
	name: string,
	file: VFile,
): T | null {
	const out: T = { ...texts, blocks: texts.blocks.map((b) => ({ ...b })) };
	for (const [i, c] of corrections.entries()) {
		const label = `${name}: correction ${i + 1} (${c.where})`;
		const block = /^b\d+$/.test(c.where) ? out.blocks.find((b) => b.id === c.where) : undefined;
		const field = c.where as 'title' | 'subtitle' | 'kicker';
		const text = block ? block.text : /^b\d+$/.test(c.where) ? null : out[field];
		if (text === null || text === undefined) {
			fatal(file, `${label}: the article has no ${c.where}`, 'correction-stale', source);
			return null;
		}
		const found = occurrences(text, c.found);
		if (found.length !== 1) {
			const why = found.length
				? `occurs ${found.length} times in ${c.where}; quote more of the text so it occurs once`
				: `is no longer found in ${c.where}`;
			fatal(file, `${label}: the text “${c.found}” ${why}`, 'correction-stale', source);
			return null;
		}
		const corrected =
			text.slice(0, found[0]) + c.replacement + text.slice(found[0]! + c.found.length);
		if (block) block.text = corrected;
		else out[field] = corrected as T[typeof field];
		const message = file.info(
			`Corrected “${c.found}” to “${c.replacement}” in ${c.where} (${name}, ${c.by}, ${c.date}): ${c.reason}`,
			{
				ruleId: 'correction',
				source,
				place: block?.source ? { line: block.source.start, column: 1 } : undefined,
			},
		);
		message.actual = c.found;
		message.expected = [c.replacement];
	}
	return out;
}

/**
 * The ingest pipeline, composed: this file calls the stages in order and nothing else. Each stage lives
 * in its own module, is pure (input in, output out, what it did reported on a VFile) and is skipped once
 * the file has a fatal message (`messages.ts`). No stage reads seeds or writes output: `io.ts` reads the
 * seeds and writes the output, `loadGlossaries` reads `data/`, and `run.ts` (cache, workers) and `cli.ts`
 * drive a whole directory. Two stages load static reference data once, at import or first use:
 * `chars.ts` (`data/unicode/EquivalentUnifiedIdeograph.txt`) and `latin.ts` (the `word-list` package).
 *
 *   decode → sidecar (+ gate: no-han) → chars → dedouble → unwrap → normalize → script (reading view)
 *          → structure → correct → dates → metrics → entities → topics → translation
 *          → record (coverage, schema) → gate (coverage) ‖ slug (unique across the archive)
 *          → emit (mdx, cleaning report)
 */
import { VFile } from 'vfile';
import { foldChars } from './chars.ts';
import { resolveDate } from './dates.ts';
import { decode } from './decode.ts';
import { dedouble } from './dedouble.ts';
import { applyCorrections, parseCorrections } from './correct.ts';
import { findEntities } from './entities.ts';
import { gate } from './gate.ts';
import type { Glossaries } from './glossary.ts';
import { fatal, isFatal } from './messages.ts';
import { extractMetrics } from './metrics.ts';
import { normalize } from './normalize.ts';
import { assembleRecord } from './record.ts';
import { readingView, simplifiedCorrected } from './script.ts';
import { parseSidecar } from './sidecar.ts';
import { structure } from './structure.ts';
import { assignTopics } from './topics.ts';
import { parseTranslation } from './translation.ts';
import type { Ingested, SeedInput } from './types.ts';
import { unwrap } from './unwrap.ts';

/**
 * Run every stage up to `record` on one seed. Never throws: a failure (bad data, or a stage that threw)
 * is a fatal message on `file` and a null record. The slug is the article's own; make it unique across
 * the archive with `dedupeSlugs`/`applySlug` (`slug.ts`) before `emit` (`emit.ts`).
 */
export function ingestOne(input: SeedInput, glossaries: Glossaries): Ingested {
	const file = new VFile({ path: input.name });
	const none = { file, record: null, explicitSlug: false };
	try {
		const text = decode(input.bytes, file);
		if (text === null) return none;
		const sidecar = input.sidecar
			? parseSidecar(input.sidecar.name, input.sidecar.text, file)
			: null;
		const sidecarName = input.sidecar?.name ?? `${input.name.replace(/\.txt$/, '')}.meta.yaml`;
		gate(file, sidecar, sidecarName, ['no-han']);
		if (isFatal(file)) return none;
		const lines = foldChars(
			text.split('\n').map((t, i) => ({ text: t, line: i + 1 })),
			file,
		);
		const undoubled = dedouble(lines, file);
		const paras = normalize(unwrap(undoubled.lines, undoubled.doubled, file), file);
		// The reading stages read `v` (a Simplified view of a Traditional article, else the printed
		// text); the record keeps `s`, the printed text at the same positions. Corrections are written
		// against the printed text and applied to it; a Traditional article's view is then rebuilt from
		// the corrected text (same lengths, so positions still match).
		const view = readingView(paras, file);
		const structured = structure(view.paras, file);
		if (!structured.blocks.length) {
			fatal(file, 'Cannot build an article: no body text was found', 'no-body', 'structure');
			return none;
		}
		const corrections = input.fix ? parseCorrections(input.fix.name, input.fix.text, file) : [];
		const s = corrections
			? applyCorrections(
					view.printedStructure(structured),
					corrections,
					input.fix?.name ?? '',
					file,
				)
			: null;
		if (!s || !corrections) return none;
		const v = !view.traditional
			? s
			: !corrections.length
				? structured
				: simplifiedCorrected(structured, s);
		const dates = resolveDate(v.printedDate, sidecar, v.blocks, file);
		const metrics = view.printedMetrics(
			extractMetrics(v.blocks, file, glossaries.indicators),
			v.blocks,
			s.blocks,
		);
		const { entities } = findEntities(v.blocks, file, glossaries.entities, v.title);
		const topics = assignTopics(v.blocks, entities, metrics, glossaries.topics);
		const translation = input.translation
			? parseTranslation(input.translation.text, s.blocks, file)
			: null;
		if (isFatal(file)) return none;
		const record = assembleRecord(
			input,
			{
				structured: s,
				readTitle: v.title,
				sidecar,
				dates,
				metrics,
				entities,
				topics,
				translation,
				corrections,
				undoubled: undoubled.lines.map((l) => l.text).join('\n'),
			},
			file,
		);
		gate(file, sidecar, sidecarName, ['coverage']);
		return record && !isFatal(file) ? { file, record, explicitSlug: !!sidecar?.slug } : none;
	} catch (error) {
		fatal(file, `Cannot process file: ${(error as Error).message}`, 'crash', 'ingest');
		return none;
	}
}

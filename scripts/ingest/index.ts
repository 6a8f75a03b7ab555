/**
 * The ingest pipeline, composed: this file calls the stages in order and nothing else. Each stage lives
 * in its own module, is pure (input in, output out, what it did reported on a VFile) and is skipped once
 * the file has a fatal message (`messages.ts`). No stage touches the disk: `io.ts` reads the seeds and
 * writes the output, `run.ts` (cache, workers) and `cli.ts` drive a whole directory.
 *
 *   decode → sidecar → dedouble → unwrap → normalize → structure → correct → dates → metrics → entities
 *          → topics → translation → record (coverage, schema) ‖ slug (unique across the archive)
 *          → emit (mdx, cleaning report)
 */
import { VFile } from 'vfile';
import { resolveDate } from './dates.ts';
import { decode } from './decode.ts';
import { dedouble } from './dedouble.ts';
import { applyCorrections, parseCorrections } from './correct.ts';
import { findEntities } from './entities.ts';
import type { Glossaries } from './glossary.ts';
import { fatal, isFatal } from './messages.ts';
import { extractMetrics } from './metrics.ts';
import { normalize } from './normalize.ts';
import { assembleRecord } from './record.ts';
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
		const sidecar = input.sidecar ? parseSidecar(input.sidecar.name, input.sidecar.text, file) : null;
		if (isFatal(file)) return none;
		const lines = text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
		const undoubled = dedouble(lines, file);
		const paras = normalize(unwrap(undoubled.lines, undoubled.doubled, file), file);
		const structured = structure(paras, file);
		if (!structured.blocks.length) {
			fatal(file, 'Cannot build an article: no body text was found', 'no-body', 'structure');
			return none;
		}
		const corrections = input.fix ? parseCorrections(input.fix.name, input.fix.text, file) : [];
		const s = corrections ? applyCorrections(structured, corrections, input.fix?.name ?? '', file) : null;
		if (!s || !corrections) return none;
		const dates = resolveDate(s.printedDate, sidecar, s.blocks, file);
		const metrics = extractMetrics(s.blocks, file, glossaries.indicators);
		const { entities } = findEntities(s.blocks, file, glossaries.entities);
		const topics = assignTopics(s.blocks, entities, metrics, glossaries.topics);
		const translation = input.translation ? parseTranslation(input.translation.text, s.blocks, file) : null;
		if (isFatal(file)) return none;
		const record = assembleRecord(
			input,
			{ structured: s, sidecar, dates, metrics, entities, topics, translation, corrections, undoubled: undoubled.lines.map((l) => l.text).join('\n') },
			file,
		);
		return record ? { file, record, explicitSlug: !!sidecar?.slug } : none;
	} catch (error) {
		fatal(file, `Cannot process file: ${(error as Error).message}`, 'crash', 'ingest');
		return none;
	}
}

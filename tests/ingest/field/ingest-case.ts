/** Run the whole ingest on one field-case input copied into `fixtures/<case>/` (bytes as received). */
import { readFileSync } from 'node:fs';
import { ingestOne } from '../../../scripts/ingest/index.ts';
import { loadGlossaries } from '../../../scripts/ingest/glossary.ts';

const glossaries = loadGlossaries('data');

export function ingestCase(caseDir: string, name: string) {
	const bytes = readFileSync(new URL(`./fixtures/${caseDir}/${name}`, import.meta.url));
	const item = ingestOne({ name, bytes }, glossaries);
	if (!item.record)
		throw new Error(`${name} did not ingest: ${item.file.messages.map(String).join('; ')}`);
	const r = item.record;
	return {
		record: r,
		file: item.file,
		blocks: r.blocks.map((b) => `${b.type}:${b.text}`),
		metrics: r.metrics.map((m) => `${m.indicator} ${m.kind} ${m.value}${m.unit.printed}`),
		warnings: item.file.messages.filter((m) => m.fatal === false),
	};
}

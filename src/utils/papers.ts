/**
 * Newspapers' English names (`data/sources.yaml`, validated with `sourcesFileSchema`): what an English
 * page calls the paper a record's `source.name` names (聊城日报 → Liaocheng Daily). A missing file
 * means no known names (pages fall back to pinyin); an invalid one throws a `GlossaryError`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sourcesFileSchema } from '../schemas/glossary.ts';
import { GlossaryError } from './glossary-loader.ts';

/**
 * English name by Chinese name, from `<dataDir>/sources.yaml` (empty when the file does not exist).
 * Throws a `GlossaryError` for an entry the schema rejects, and the `yaml` package's `YAMLParseError`
 * when the file is not YAML.
 */
export function loadPaperNames(dataDir: string): Map<string, string> {
	const file = join(dataDir, 'sources.yaml');
	if (!existsSync(file)) return new Map();
	const result = sourcesFileSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
	if (!result.success)
		throw new GlossaryError(
			file,
			result.error.issues[0]!.path.join('.'),
			result.error.issues[0]!.message,
		);
	return new Map(result.data.map((s) => [s.zh, s.en]));
}

/**
 * Stage `emit`: an ingested article → the files it is written as, relative to the output directory
 * (`zh/<slug>.mdx`, `en/<slug>.mdx` when translated, `cleaning/<slug>.json`). Pure: `io.ts` writes them.
 * Runs after slugs are made unique (`slug.ts`), so the cleaning report is refreshed with any message
 * added since the record was assembled.
 */
import { articlePaths } from '../../src/schemas/article.ts';
import { linkable, type Glossaries } from './glossary.ts';
import { toMdx } from './mdx.ts';
import { cleaningMessages } from './messages.ts';
import type { Ingested } from './types.ts';

/**
 * Output path → file content (UTF-8 text; the cleaning report tab-indented JSON with a final newline). Empty
 * when the article has no record. Sets `record.cleaning.messages` from `item.file` (in place).
 * Never throws.
 */
export function emit(item: Ingested, glossaries: Glossaries): Map<string, string> {
	const out = new Map<string, string>();
	const r = item.record;
	if (!r) return out;
	r.cleaning.messages = cleaningMessages(item.file);
	const mdx = toMdx(r, linkable(glossaries.entities));
	const paths = articlePaths(r.slug);
	out.set(paths.zh, mdx.zh);
	if (mdx.en) out.set(paths.en, mdx.en);
	out.set(paths.cleaning, mdx.cleaning);
	return out;
}

/**
 * Stage `translation`: the editorial English file `seeds/<stem>.en.md` → the record's `translation`.
 *
 * Format: YAML frontmatter (title, subtitle, kicker, summary, translator), then blocks separated by blank
 * lines: `## ` heading, `### ` sub-heading, `[caption] …`, `[credit] …`, anything else a paragraph. The
 * first paragraph is the lede when the Chinese article opens with one. Text stays text: no markup is
 * interpreted beyond those markers.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Article, Block } from '../../src/schemas/article.ts';
import { fatal } from './messages.ts';
import type { VFile } from './types.ts';

const source = 'translation';

const frontSchema = z.strictObject({
	title: z.string().min(1),
	subtitle: z.string().min(1).nullable().default(null),
	kicker: z.string().min(1).nullable().default(null),
	summary: z.string().min(1),
	translator: z.string().min(1),
});

/**
 * Parse `<stem>.en.md`: YAML frontmatter (title, subtitle, kicker, summary, translator) between `---`
 * lines, then blocks separated by blank lines (`## `/`### ` headings, `[caption]`, `[credit]`, else
 * paragraphs; the first paragraph is a lede when the Chinese article starts with one). A translation
 * whose block kinds do not match the Chinese article's counts is a warning (`translation-shape`).
 * Returns the translation, or null after a fatal `translation-frontmatter` message. Never throws.
 */
export function parseTranslation(
	text: string,
	zhBlocks: Block[],
	file: VFile,
): Article['translation'] {
	const m = text.replace(/\r\n?/g, '\n').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
	if (!m) {
		fatal(
			file,
			'English translation has no YAML frontmatter between --- lines',
			'translation-frontmatter',
			source,
		);
		return null;
	}
	let front: z.infer<typeof frontSchema>;
	try {
		const parsed = frontSchema.safeParse(parse(m[1]!));
		if (!parsed.success) {
			fatal(
				file,
				`English translation frontmatter is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
				'translation-frontmatter',
				source,
			);
			return null;
		}
		front = parsed.data;
	} catch (error) {
		fatal(
			file,
			`English translation frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			'translation-frontmatter',
			source,
		);
		return null;
	}
	const chunks = m[2]!
		.split(/\n\s*\n/)
		.map((c) => c.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean);
	const blocks: Block[] = chunks.map((chunk, i) => {
		const id = `b${i}`;
		let h = chunk.match(/^(#{2,3})\s+(.+)$/);
		if (h) return { type: 'heading', level: h[1]!.length, text: h[2]!, id };
		h = chunk.match(/^\[(caption|credit)\]\s*(.+)$/);
		if (h) return { type: h[1] as 'caption' | 'credit', text: h[2]!, id };
		return { type: 'paragraph', text: chunk, id };
	});
	if (zhBlocks[0]?.type === 'lede' && blocks[0]?.type === 'paragraph') blocks[0].type = 'lede';
	const count = (bs: Block[], t: Block['type']) => bs.filter((b) => b.type === t).length;
	for (const t of ['heading', 'caption', 'credit', 'lede'] as const) {
		if (count(blocks, t) !== count(zhBlocks, t)) {
			file.message(
				`English translation has ${count(blocks, t)} ${t} block(s), the Chinese article ${count(zhBlocks, t)}`,
				{
					ruleId: 'translation-shape',
					source,
				},
			);
		}
	}
	file.info(`Read the English translation: ${blocks.length} blocks`, {
		ruleId: 'translation',
		source,
	});
	return { ...front, blocks };
}

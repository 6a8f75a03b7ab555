/**
 * Reading an article back from its files: `zh/<slug>.mdx`, the optional `en/<slug>.mdx` and
 * `cleaning/<slug>.json` (written by `scripts/ingest/mdx.ts`) → the `Article` record the pages render.
 *
 * Each MDX file is parsed with Sätteri (the MDX parser Astro uses) into an mdast tree and read as data,
 * never compiled or run. The body must be the fixed vocabulary and nothing else:
 *
 * - block components `Heading` (`id`, `level`), `Para` (`id`, `kind` = paragraph | lede), `Caption`,
 *   `Credit` (`id`), each with an optional `lines="start-end"` (source lines);
 * - inside them only text and the inline components `Figure` (`metric`: index into the frontmatter's
 *   metrics) and `Mention` (`entity`: an id of the frontmatter's entities), holding only text;
 * - attributes only as quoted strings.
 *
 * Anything else (an expression `{…}`, `import`/`export`, raw HTML such as `<div>`, an unknown
 * component, Markdown syntax, an attribute expression or spread, a parse error) is an
 * `ArticleFileError` whose message starts with `file:line:column`. Text positions are 1-based lines and
 * columns as Sätteri reports them.
 *
 * Used by the site's content loader (`src/loaders/articles.ts`) and by the tests; it runs in plain Node
 * and in Astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import jsYaml from 'js-yaml';
import {
	type Article,
	articlePaths,
	articleSchema,
	type Block,
	cleaningSchema,
	enFrontmatterSchema,
	zhFrontmatterSchema,
} from '../schemas/article.ts';

/** A file that is not a valid article file; `message` is `file:line:column: reason`. */
export class ArticleFileError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly reason: string;
	constructor(file: string, line: number, column: number, reason: string) {
		super(`${file}:${line}:${column}: ${reason}`);
		this.name = 'ArticleFileError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}
}

type Node = MdastNode & {
	name?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number; column: number } };
};

const BLOCK_TAGS: Record<string, Block['type'] | null> = {
	Heading: 'heading',
	Para: null,
	Caption: 'caption',
	Credit: 'credit',
};
const INLINE_TAGS = new Set(['Figure', 'Mention']);
const ALLOWED_ATTRS: Record<string, string[]> = {
	Heading: ['id', 'level', 'lines'],
	Para: ['id', 'kind', 'lines'],
	Caption: ['id', 'lines'],
	Credit: ['id', 'lines'],
	Figure: ['metric'],
	Mention: ['entity'],
};

/** What a node outside the vocabulary is, in words. */
function describe(n: Node): string {
	switch (n.type) {
		case 'mdxjsEsm':
			return 'an import/export (ESM)';
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return 'an expression {…}';
		case 'html':
			return 'raw HTML';
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			if (!n.name) return 'a JSX fragment';
			return /^[a-z]/.test(n.name) ? `raw HTML <${n.name}>` : `an unknown component <${n.name}>`;
		default:
			return `Markdown syntax (${n.type})`;
	}
}

interface Parsed {
	front: unknown;
	blocks: Block[];
	/** Inline marks as written, per block: for checking them against the frontmatter. */
	marks: { block: number; tag: string; value: string; node: Node }[];
}

/** Parse one article MDX file into its frontmatter (unvalidated) and body blocks. Throws `ArticleFileError`. */
export function parseArticleMdx(file: string, text: string): Parsed {
	let tree: Node;
	try {
		tree = mdxToMdast(text, { position: true, features: { frontmatter: true } }) as Node;
	} catch (error) {
		const message = (error as Error).message;
		const at = message.match(/^(\d+):(\d+):\s*/);
		throw new ArticleFileError(
			file,
			Number(at?.[1] ?? 1),
			Number(at?.[2] ?? 1),
			`not valid MDX: ${at ? message.slice(at[0].length) : message}`,
		);
	}
	const fail = (n: Node, reason: string): never => {
		throw new ArticleFileError(
			file,
			n.position?.start.line ?? 1,
			n.position?.start.column ?? 1,
			reason,
		);
	};
	const [head, ...body] = tree.children ?? [];
	if (head?.type !== 'yaml') throw new ArticleFileError(file, 1, 1, 'no YAML frontmatter');
	let front: unknown;
	try {
		// js-yaml with the YAML 1.2 core schema (no timestamps, no merge keys): the same values as the
		// `yaml` package the ingest writes with, parsed about ten times faster (measured on 1,013 frontmatters).
		front = jsYaml.load(String(head.value), { schema: jsYaml.CORE_SCHEMA });
	} catch (error) {
		fail(head, `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	const attrsOf = (n: Node): Record<string, string> => {
		const out: Record<string, string> = {};
		for (const a of n.attributes ?? []) {
			if (a.type !== 'mdxJsxAttribute' || !a.name)
				fail(n, `<${n.name}> has an attribute spread {…}, outside the article vocabulary`);
			if (typeof a.value !== 'string')
				fail(
					n,
					`<${n.name}> attribute ${a.name} is not a quoted string (an expression or a bare attribute), outside the article vocabulary`,
				);
			if (!ALLOWED_ATTRS[n.name!]!.includes(a.name!))
				fail(n, `<${n.name}> has an unknown attribute ${a.name}`);
			out[a.name!] = a.value as string;
		}
		return out;
	};
	const blocks: Block[] = [];
	const marks: Parsed['marks'] = [];
	for (const n of body) {
		if (n.type !== 'mdxJsxFlowElement' || !n.name || !(n.name in BLOCK_TAGS))
			fail(n, `${describe(n)} is outside the article vocabulary (Heading, Para, Caption, Credit)`);
		const a = attrsOf(n);
		let content = '';
		for (const c of n.children ?? []) {
			if (c.type === 'text') {
				content += String(c.value);
				continue;
			}
			if (c.type !== 'mdxJsxTextElement' || !c.name || !INLINE_TAGS.has(c.name))
				fail(
					c,
					`${describe(c)} is outside the article vocabulary (Figure, Mention inside a block)`,
				);
			const ca = attrsOf(c);
			const inner = c.children ?? [];
			if (inner.length !== 1 || inner[0]!.type !== 'text')
				fail(inner.find((x) => x.type !== 'text') ?? c, `<${c.name}> must hold plain text only`);
			const key = c.name === 'Figure' ? 'metric' : 'entity';
			if (ca[key] === undefined) fail(c, `<${c.name}> has no ${key} attribute`);
			marks.push({ block: blocks.length, tag: c.name!, value: ca[key]!, node: c });
			content += String(inner[0]!.value);
		}
		const type = BLOCK_TAGS[n.name!] ?? (a.kind as Block['type']);
		if (n.name === 'Para' && a.kind !== 'paragraph' && a.kind !== 'lede')
			fail(n, `<Para> kind must be "paragraph" or "lede", not ${JSON.stringify(a.kind)}`);
		if (!a.id) fail(n, `<${n.name}> has no id`);
		const block: Block = { type, text: content, id: a.id! };
		if (type === 'heading') {
			if (!/^[234]$/.test(a.level ?? '')) fail(n, `<Heading> level must be 2, 3 or 4`);
			block.level = Number(a.level);
		}
		if (a.lines !== undefined) {
			const m = a.lines.match(/^(\d+)-(\d+)$/);
			if (!m) fail(n, `lines must be "start-end", not ${JSON.stringify(a.lines)}`);
			block.source = { start: Number(m![1]), end: Number(m![2]) };
		}
		blocks.push(block);
	}
	return { front, blocks, marks };
}

const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
	e.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/** The files of one article, as text; paths relative to the content directory (used in errors). */
export interface ArticleFiles {
	zh: { path: string; text: string };
	en: { path: string; text: string } | null;
	cleaning: { path: string; text: string } | null;
}

/**
 * Read one article from its files into its record, validated by the Article schema. Throws
 * `ArticleFileError` (file, line, column) for anything outside the vocabulary, a frontmatter that does
 * not match its schema, a `Figure`/`Mention` naming a metric or entity the frontmatter does not have, a
 * missing English edition or cleaning report, or an English edition of another article.
 */
export function readArticle(files: ArticleFiles): Article {
	const zh = parseArticleMdx(files.zh.path, files.zh.text);
	const front = zhFrontmatterSchema.safeParse(zh.front);
	if (!front.success)
		throw new ArticleFileError(
			files.zh.path,
			2,
			1,
			`frontmatter does not match the article schema: ${issues(front.error)}`,
		);
	const { translationFile, ...fields } = front.data;
	for (const m of zh.marks) {
		const ok =
			m.tag === 'Figure'
				? /^\d+$/.test(m.value) && Number(m.value) < fields.metrics.length
				: fields.entities.some((e) => e.id === m.value);
		if (!ok)
			throw new ArticleFileError(
				files.zh.path,
				m.node.position?.start.line ?? 1,
				m.node.position?.start.column ?? 1,
				`<${m.tag}> names ${m.value}, which the frontmatter does not list`,
			);
	}
	let translation: Article['translation'] = null;
	if (translationFile) {
		if (!files.en)
			throw new ArticleFileError(
				files.zh.path,
				2,
				1,
				`translationFile ${translationFile} is missing`,
			);
		const en = parseArticleMdx(files.en.path, files.en.text);
		const ef = enFrontmatterSchema.safeParse(en.front);
		if (!ef.success)
			throw new ArticleFileError(
				files.en.path,
				2,
				1,
				`frontmatter does not match the English edition schema: ${issues(ef.error)}`,
			);
		if (ef.data.id !== fields.id || ef.data.slug !== fields.slug)
			throw new ArticleFileError(
				files.en.path,
				2,
				1,
				`translates article ${ef.data.id} (${ef.data.slug}), not ${fields.id} (${fields.slug})`,
			);
		if (en.marks.length)
			throw new ArticleFileError(
				files.en.path,
				en.marks[0]!.node.position?.start.line ?? 1,
				1,
				`an English edition carries no Figure or Mention marks`,
			);
		translation = {
			title: ef.data.title,
			subtitle: ef.data.subtitle,
			kicker: ef.data.kicker,
			summary: ef.data.summary,
			blocks: en.blocks,
			translator: ef.data.translator,
		};
	}
	if (!files.cleaning)
		throw new ArticleFileError(
			files.zh.path,
			1,
			1,
			`the cleaning report cleaning/${fields.slug}.json is missing`,
		);
	let cleaningData: unknown;
	try {
		cleaningData = JSON.parse(files.cleaning.text);
	} catch (error) {
		throw new ArticleFileError(
			files.cleaning.path,
			1,
			1,
			`not valid JSON: ${(error as Error).message}`,
		);
	}
	const cleaning = cleaningSchema.safeParse(cleaningData);
	if (!cleaning.success)
		throw new ArticleFileError(
			files.cleaning.path,
			1,
			1,
			`does not match the cleaning report schema: ${issues(cleaning.error)}`,
		);
	// Parsed again as a whole: cross-field rules, and the record's keys in the schema's order (the downloads).
	const record = articleSchema.safeParse({
		...fields,
		blocks: zh.blocks,
		cleaning: cleaning.data,
		translation,
	});
	if (!record.success)
		throw new ArticleFileError(
			files.zh.path,
			1,
			1,
			`does not make a valid article: ${issues(record.error)}`,
		);
	return record.data;
}

/**
 * The slugs of a content directory's articles (the names of its `zh/*.mdx` files), in file-name order; none for a
 * directory without `zh/`. Throws the `fs` error when `zh/` cannot be read.
 */
export function articleSlugs(dir: string): string[] {
	const zhDir = join(dir, 'zh');
	if (!existsSync(zhDir)) return [];
	return readdirSync(zhDir)
		.filter((n) => n.endsWith('.mdx'))
		.sort()
		.map((n) => n.slice(0, -'.mdx'.length));
}

/**
 * The files of article `slug` in the content directory `dir` (`articlePaths`), as text: the English
 * edition and the cleaning report are null when missing. Throws the `fs` error when the Chinese file is
 * missing or a file cannot be read.
 */
export function readArticleFiles(dir: string, slug: string): ArticleFiles {
	const paths = articlePaths(slug);
	const read = (path: string) => ({ path, text: readFileSync(join(dir, path), 'utf8') });
	const optional = (path: string) => (existsSync(join(dir, path)) ? read(path) : null);
	return { zh: read(paths.zh), en: optional(paths.en), cleaning: optional(paths.cleaning) };
}

/**
 * Every article of a content directory (`zh/*.mdx` with their English editions and cleaning reports),
 * in file-name order: for scripts and tests outside Astro. A directory without `zh/` has none. Throws the
 * first `ArticleFileError`, or the `fs` error when a file cannot be read.
 */
export function readArchive(dir: string): Article[] {
	return articleSlugs(dir).map((slug) => readArticle(readArticleFiles(dir, slug)));
}

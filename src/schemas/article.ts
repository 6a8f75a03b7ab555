/**
 * The one Article schema. The ingest (`scripts/ingest/`) validates every record it writes with it,
 * and `src/content.config.ts` validates every record Astro loads with it: any record the ingest
 * accepts, the site accepts too.
 *
 * Runs in plain Node (the ingest) and in Astro, so it imports nothing but `astro/zod`.
 */
import { z } from 'astro/zod';

/** Block types of an article body, in reading order. */
export const blockTypes = ['heading', 'paragraph', 'lede', 'caption', 'credit'] as const;
export const blockTypeSchema = z.enum(blockTypes);

/** One block of the body: text as printed (cleaned), never markup. */
export const blockSchema = z.object({
	/** Kind of block. `heading` titles the blocks after it; `lede` is the article's lead paragraph. */
	type: blockTypeSchema,
	/** Cleaned text of the block. Plain text: any `{`, `<` or backtick in it is literal. */
	text: z.string().min(1),
	/** Heading level, 2 (section) or 3 (sub-section); only on headings. */
	level: z.number().int().min(2).max(4).optional(),
	/** Anchor id, unique in the article (`b0`, `b1`, …): the index of the block. */
	id: z.string().regex(/^b\d+$/),
	/** Lines of the decoded source this block was built from, 1-based, inclusive. */
	source: z.object({ start: z.number().int().min(1), end: z.number().int().min(1) }).optional(),
});

/** Precision of `date`: a printed day, an inferred month or year, or nothing known. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);

export const bylineSchema = z.object({
	/** Role as printed: 记者 reporter, 通讯员 correspondent, 文 author, 本刊策划 planner, … */
	role: z.enum(['reporter', 'correspondent', 'author', 'editor', 'photographer', 'planner', 'designer', 'proofreader']),
	/** Role label as printed in Chinese (`记者`, `通讯员`, `文`, `■`). */
	roleLabel: z.string(),
	name: z.string().min(1),
});

export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

/** Metric kinds: a level (amount), a growth rate, a share, a rank, a count, a change in points. */
export const metricKindSchema = z.enum(['level', 'growth', 'share', 'rank', 'count', 'points']);

export const metricSchema = z.object({
	/** Indicator id from `data/indicators.yaml` (e.g. `gdp`, `imports-exports`). */
	indicator: z.string().min(1),
	label: bilingualSchema,
	/** The number as a JS number (7.3 for `7.3%`, 27.3 for `27.3亿元`). For a pure rank, the rank. */
	value: z.number(),
	/** Unit as printed: 亿元, 万美元, %, 家, 个, 台, 位 … (`%` for growth rates). */
	unit: z.string(),
	/** Reporting period as printed (上半年, 1-8月, 2024年1—11月, 一季度) or null. */
	period: z.string().nullable(),
	kind: metricKindSchema,
	/** Rank as printed, e.g. `全市第2`, or null. */
	rank: z.string().nullable(),
	/** The whole source sentence the figure was read from. */
	text: z.string().min(1),
	/** Index into `blocks`. */
	block: z.number().int().min(0),
	/** The figure as it stands in the block text (e.g. `7.3%`), for highlighting. */
	match: z.string().optional(),
	/** Offset of `match` within the block text. */
	offset: z.number().int().min(0).optional(),
});

export const entityTypeSchema = z.enum(['company', 'project', 'place', 'programme', 'organisation', 'person']);

export const entityRefSchema = z.object({
	/** Entity id from `data/entities.yaml`: stable, ASCII, used in URLs. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	type: entityTypeSchema,
	name: bilingualSchema,
	/** How many times the article mentions it. */
	count: z.number().int().min(1),
	/** Indices of the blocks that mention it. */
	blocks: z.array(z.number().int().min(0)),
	/** Every mention, in text order: `length` characters of `blocks[block].text` from `offset`. */
	mentions: z.array(z.object({ block: z.number().int().min(0), offset: z.number().int().min(0), length: z.number().int().min(1) })),
});

export const sourceSchema = z.object({
	/** Newspaper name, e.g. 聊城日报. */
	name: z.string(),
	/** Edition or special issue as printed (`市两会特刊`, `开发区专刊`), or null. */
	edition: z.string().nullable(),
	/** Page (版次) where known, else null. */
	page: z.string().nullable(),
});

/** A place in the decoded source: 1-based line and column, as the stage that reported it counted. */
export const sourcePointSchema = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });

/**
 * One message of the ingest (a vfile message, kept whole): what a stage changed (`info`) or doubts
 * (`warning`). Fatal messages (`error`) stop a record from being written, so records carry none.
 */
export const cleaningMessageSchema = z.object({
	/** What was done or doubted, in English (may quote the article's Chinese text). */
	reason: z.string(),
	/** `info`: a repair the stage made; `warning`: something it could not repair or decide; `error`: fatal. */
	severity: z.enum(['info', 'warning', 'error']),
	/** The stage that reported it (`unwrap`, `metrics`, …), or null. */
	source: z.string().nullable(),
	/** The rule within the stage (`hard-wrap`, `metric`, …), or null. */
	ruleId: z.string().nullable(),
	/** Where in the decoded source: a point, or a range when `end` is set; null when the message is about the whole file. */
	place: z.object({ start: sourcePointSchema, end: sourcePointSchema.nullable() }).nullable(),
	/** The text as found, when the stage says so. */
	actual: z.string().nullable(),
	/** What it was changed to or should be (one or more alternatives), when the stage says so. */
	expected: z.array(z.string()).nullable(),
});

export type CleaningMessage = z.infer<typeof cleaningMessageSchema>;
export type SourcePoint = z.infer<typeof sourcePointSchema>;

export const cleaningSchema = z.object({
	/** Number of changes each stage made, by stage name. */
	stages: z.record(z.string(), z.number().int().min(0)),
	/** Every message of the run, in the order the stages reported them. */
	messages: z.array(cleaningMessageSchema),
	coverage: z.object({
		/** Han characters and digits in the source after undoing doubled glyphs. */
		sourceChars: z.number().int().min(0),
		/** Of those, how many are found in the record (blocks or metadata). */
		coveredChars: z.number().int().min(0),
		/** coveredChars / sourceChars, 1 when the source has none. */
		ratio: z.number().min(0).max(1),
		/** Characters not accounted for, with their counts (empty when ratio is 1). */
		missing: z.record(z.string(), z.number().int()),
	}),
});

/**
 * One editorial correction of the cleaned text (`seeds/<stem>.fix.yaml`), applied by the ingest's last
 * text stage (`scripts/ingest/correct.ts`). Kept in the record so the article page can list it; the
 * source text as received is never changed.
 */
export const correctionSchema = z.strictObject({
	/** Where: `title`, `subtitle`, `kicker`, or a block id (`b3`) of the cleaned article. */
	where: z.string().regex(/^(title|subtitle|kicker|b\d+)$/),
	/** The text as the ingest read it: must occur exactly once in `where` (characters, not a pattern). */
	found: z.string().min(1),
	/** What it should read. */
	replacement: z.string(),
	/** Why: what the print shows, or what else proves it. */
	reason: z.string().min(1),
	/** Who made the correction. */
	by: z.string().min(1),
	/** When, `YYYY-MM-DD`. */
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Correction = z.infer<typeof correctionSchema>;

/** The English edition of an article, from the editorial file `seeds/<stem>.en.md`. */
export const translationSchema = z.object({
	title: z.string().min(1),
	subtitle: z.string().nullable(),
	kicker: z.string().nullable(),
	/** One-paragraph summary. */
	summary: z.string().min(1),
	/** Body blocks in English, in the same reading order as the Chinese ones where they correspond. */
	blocks: z.array(blockSchema),
	/** Who translated and how (`Editorial translation`, …). */
	translator: z.string(),
});

export const articleSchema = z.object({
	/** Stable id: the hex part of the seed's file name, else the first 16 hex digits of sha256. */
	id: z.string().min(1),
	/** URL slug: `YYYY[-MM[-DD]]-pinyin-of-title`, ASCII, unique across the archive. */
	slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	/** Name of the seed file this article was built from. */
	sourceFile: z.string(),
	/** sha256 of the seed's raw bytes (hex). */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Language of the text: always `zh` for a record; English lives in `translation`. */
	lang: z.literal('zh'),
	title: z.string().min(1),
	subtitle: z.string().nullable(),
	/** Kicker above the title (引题), e.g. `聊城经济技术开发区——`. */
	kicker: z.string().nullable(),
	byline: z.array(bylineSchema),
	source: sourceSchema,
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when nothing dates the article. */
	date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
	datePrecision: datePrecisionSchema,
	/** Where the date comes from: printed in the text, an editorial sidecar, a year the text states, or none. */
	dateSource: z.enum(['printed', 'editorial', 'text-year', 'none']),
	/** The quoted text or editorial note the date rests on. */
	dateEvidence: z.string().nullable(),
	blocks: z.array(blockSchema).min(1),
	metrics: z.array(metricSchema),
	entities: z.array(entityRefSchema),
	/** Topic ids from `data/topics.yaml`. */
	topics: z.array(z.string()),
	/** Page furniture removed from the body (banners, mastheads, ISSN lines), kept verbatim. */
	furniture: z.array(z.string()),
	/** Editorial corrections applied to the cleaned text, in the order of the correction file. */
	corrections: z.array(correctionSchema),
	cleaning: cleaningSchema,
	translation: translationSchema.nullable(),
});

export type Article = z.infer<typeof articleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type EntityRef = z.infer<typeof entityRefSchema>;
export type Byline = z.infer<typeof bylineSchema>;

/**
 * Frontmatter of a Chinese article file `content/zh/<slug>.mdx`: every field of the record except the
 * body (`blocks`, the MDX body), the cleaning report (`content/cleaning/<slug>.json`, too large for
 * frontmatter) and the English edition (`translationFile`, the path of `content/en/<slug>.mdx`, or
 * null). `src/utils/article-mdx.ts` reads the three files back into exactly the record.
 */
export const zhFrontmatterSchema = articleSchema.omit({ blocks: true, cleaning: true, translation: true }).extend({
	/** Path of the English edition relative to the content directory (`en/<slug>.mdx`), or null. */
	translationFile: z.string().regex(/^en\/[a-z0-9-]+\.mdx$/).nullable(),
});
export type ZhFrontmatter = z.infer<typeof zhFrontmatterSchema>;

/**
 * Frontmatter of an English edition `content/en/<slug>.mdx`: the translation's own fields, plus what
 * identifies the article it translates (id, slug, the Chinese file and title) and its date, so the file
 * reads on its own. The figures, entities and topics are the Chinese file's.
 */
export const enFrontmatterSchema = translationSchema.omit({ blocks: true }).extend({
	id: z.string().min(1),
	slug: articleSchema.shape.slug,
	lang: z.literal('en'),
	/** Path of the Chinese article it translates (`zh/<slug>.mdx`). */
	originalFile: z.string().regex(/^zh\/[a-z0-9-]+\.mdx$/),
	/** The Chinese title it translates. */
	originalTitle: z.string().min(1),
	date: articleSchema.shape.date,
	datePrecision: datePrecisionSchema,
});
export type EnFrontmatter = z.infer<typeof enFrontmatterSchema>;

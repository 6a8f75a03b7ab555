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
/** Zod enum of `blockTypes`: `Block.type`, set by the ingest's `structure` stage. */
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

/**
 * One byline entry (`Article.byline`), read by the ingest's `byline` stage from the printed byline line
 * (`scripts/ingest/byline.ts`); shown under the title and used as authors in citations.
 */
export const bylineSchema = z.object({
	/** Role as printed: 记者 reporter, 通讯员 correspondent, 文 author, 本刊策划 planner, … */
	role: z.enum([
		'reporter',
		'correspondent',
		'author',
		'editor',
		'photographer',
		'planner',
		'designer',
		'proofreader',
	]),
	/** Role label as printed in Chinese (`记者`, `通讯员`, `文`, `■`). */
	roleLabel: z.string(),
	/** The person's name as printed (Chinese). */
	name: z.string().min(1),
});

/** A name or label in both languages: `zh` as printed or from a glossary, `en` from a glossary. */
export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

/**
 * Metric kinds. Stocks: `level` (an amount that exists, 27.3亿元), `count` (how many exist, 13家).
 * Rates: `growth` (a growth rate, negative for a decline), `share`, `points` (a change in
 * percentage points, negative for 回落/下降). `rank`: a rank only. Changes and flows, never read as
 * the stock: `change` (a change in an amount or count, `同比减少1.2亿元` is -1.2), `added` (added in
 * the period, `新增…企业25家`), `cumulative` (summed since a start, `累计招引…项目35个`).
 */
export const metricKinds = [
	'level',
	'growth',
	'share',
	'rank',
	'count',
	'points',
	'change',
	'added',
	'cumulative',
] as const;
/** Zod enum of `metricKinds`: `Metric.kind`, decided by the ingest's metrics grammar (`scripts/ingest/metrics.ts`). */
export const metricKindSchema = z.enum(metricKinds);

const monthSchema = z.number().int().min(1).max(12);

/**
 * A reporting period: what the printed form says, structured. Every field but `printed` is optional
 * and present only when printed (or implied by the form: 一季度 implies months 1–3).
 *
 * - `2024年1—11月份` → `{ year: 2024, months: [1, 11], cumulative: true }`
 * - `上半年` → `{ half: 1, months: [1, 6] }`; `一季度` → `{ quarter: 1, months: [1, 3] }`
 * - `前三季度` → `{ quarter: 3, months: [1, 9], cumulative: true }` (quarters 1 to 3)
 * - `2023年` → `{ year: 2023 }`; `全年` → `{ months: [1, 12] }`; `去年` → `{ relativeYear: -1 }`
 * - `10月底`, `截至9月末` → `{ months: [10, 10], asOf: true }` (a point in time, the month's end)
 * - `今年以来` → `{ relativeYear: 0, sinceStart: 'year', cumulative: true }` (year to date)
 * - `近5年`, `十年来` → `{ sinceStart: 'years', years: 5 }` (the last n years up to the article)
 *
 * Two periods are comparable (one chart series) when their kind and months agree: see
 * `periodSeries` in `src/utils/format.ts`.
 */
export const periodSchema = z.object({
	/** The period as printed in the source sentence (`1—10月份`, `2024年1—11月`). */
	printed: z.string().min(1),
	/** Calendar year, when printed. */
	year: z.number().int().min(1900).max(2100).optional(),
	/** 今年 0, 去年/上年 -1: a year relative to the article's date, when printed so. */
	relativeYear: z.number().int().min(-1).max(0).optional(),
	/** A quarter (1–4); with `cumulative`, the last of the quarters from the first (前三季度 → 3). */
	quarter: z.number().int().min(1).max(4).optional(),
	/** A half year: 1 (上半年) or 2 (下半年). */
	half: z.number().int().min(1).max(2).optional(),
	/** First and last month covered, inclusive, 1–12 (`1-5月` → [1, 5], `10月` → [10, 10]). */
	months: z.tuple([monthSchema, monthSchema]).optional(),
	/** Day of the month, when a date is printed (`10月11日`). */
	day: z.number().int().min(1).max(31).optional(),
	/** A running total from January to the end of `months` (1-5月, 前三季度, 今年以来). */
	cumulative: z.literal(true).optional(),
	/** A point in time at the end of the last month of `months` (`9月底`, `截至9月末`), not a span. */
	asOf: z.literal(true).optional(),
	/** A span up to the article's date: since the year's start (今年以来), or the last `years` years (近5年). */
	sinceStart: z.enum(['year', 'years']).optional(),
	/** With `sinceStart: 'years'`, how many years (近5年 → 5, 十年来 → 10). */
	years: z.number().int().min(1).optional(),
});

/** Where a rank holds: 全国 country, 全省/省内 province, 全市/市内 city, 全区 district, 同类开发区 peer zones. */
export const rankScopeSchema = z.enum(['country', 'province', 'city', 'district', 'peer-zones']);

/** A rank: `全市第3` → `{ scope: 'city', position: 3 }`, `第116位` → `{ scope: null, position: 116 }`. */
export const rankSchema = z.object({
	scope: rankScopeSchema.nullable(),
	/** 1-based position (首位 is 1). */
	position: z.number().int().min(1),
	/** The rank as printed (`全市第3`, `第116位`, `首位`). */
	printed: z.string().min(1),
});

/**
 * A unit: canonical id and power-of-ten scale from `src/utils/units.ts`, with the printed form
 * (`亿元` → `{ id: 'cny', scale: 1e8 }`, `万平方米` → `{ id: 'm2', scale: 1e4 }`, `%` → `percent`).
 * The amount in base units is `value × scale`. A rank-only metric has id `rank`.
 */
export const unitSchema = z.object({
	id: z.string().regex(/^[a-z0-9]+$/),
	scale: z.number().positive(),
	/** As printed: 亿元, 万美元, %, 个百分点, 家, 位 (or '' for a bare rank). */
	printed: z.string(),
});

/**
 * One figure of an article (`Article.metrics`): a number with its indicator, unit, period and rank, read
 * by the ingest's metrics grammar (`scripts/ingest/metrics.ts`, with `data/indicators.yaml`); shown
 * highlighted in the text, on indicator pages and in `/data/figures.csv`. Offsets are in code points.
 */
export const metricSchema = z.object({
	/** Indicator id from `data/indicators.yaml` (e.g. `gdp`, `imports-exports`). */
	indicator: z.string().min(1),
	/** The indicator's names (`zh`, `en`) from `data/indicators.yaml`. */
	label: bilingualSchema,
	/**
	 * The number as a JS number (7.3 for `7.3%`, 27.3 for `27.3亿元`, -2.1 for `增长-2.1%` or
	 * `下降2.1%`). For a pure rank, the rank. For a range (`3—5亿元`), its lower end.
	 */
	value: z.number(),
	/** The upper end of a range printed as one figure (`3—5亿元`: value 3, valueMax 5); else absent. */
	valueMax: z.number().optional(),
	/** Unit: canonical id and scale, with the form printed (亿元, 万美元, %, 家, 个, 台, 位 …). */
	unit: unitSchema,
	/** Reporting period, structured with the form printed kept, or null when none is stated. */
	period: periodSchema.nullable(),
	/** What the number measures: a stock, a rate, a rank, a change or a flow (see `metricKinds`). */
	kind: metricKindSchema,
	/** Rank (scope and position, with the form printed, e.g. `全市第2`), or null. */
	rank: rankSchema.nullable(),
	/** The whole source sentence the figure was read from. */
	text: z.string().min(1),
	/** Index into `blocks`. */
	block: z.number().int().min(0),
	/** The figure as it stands in the block text (e.g. `7.3%`), for highlighting. */
	match: z.string().optional(),
	/**
	 * Where `match` starts in `blocks[block].text`, in code points (not UTF-16 code units: a Han
	 * character outside the BMP counts one; see `src/utils/codepoints.ts`).
	 */
	blockOffset: z.number().int().min(0).optional(),
	/** Where `text` (the source sentence) starts in `blocks[block].text`, in code points. */
	textOffset: z.number().int().min(0).optional(),
});

/** Kinds of named entity: `EntityRef.type` and, without `person`, `EntityDef.type` of `data/entities.yaml`. */
export const entityTypeSchema = z.enum([
	'company',
	'project',
	'place',
	'programme',
	'organisation',
	'person',
]);

/**
 * A named entity the article mentions (`Article.entities`), found by the ingest's entity stage
 * (`scripts/ingest/entities.ts`) from `data/entities.yaml`; read by the entity pages and the inline
 * mention links. Offsets and lengths are in code points.
 */
export const entityRefSchema = z.object({
	/** Entity id from `data/entities.yaml`: stable, ASCII, used in URLs. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	type: entityTypeSchema,
	/** The entity's canonical names (`zh`, `en`) from the glossary (not the form printed). */
	name: bilingualSchema,
	/** How many times the article mentions it. */
	count: z.number().int().min(1),
	/** Indices of the blocks that mention it. */
	blocks: z.array(z.number().int().min(0)),
	/** Every mention, in text order: `length` code points of `blocks[block].text` from code point `offset`. */
	mentions: z.array(
		z.object({
			block: z.number().int().min(0),
			offset: z.number().int().min(0),
			length: z.number().int().min(1),
		}),
	),
});

/**
 * Where the article was printed (`Article.source`): read from the masthead lines by the ingest
 * (`scripts/ingest/masthead.ts`), else from the editorial sidecar, else 聊城日报 with a
 * `default-source` warning (`scripts/ingest/record.ts`).
 */
export const sourceSchema = z.object({
	/** Newspaper name, e.g. 聊城日报. */
	name: z.string(),
	/** Edition or special issue as printed (`市两会特刊`, `开发区专刊`), or null. */
	edition: z.string().nullable(),
	/** Page (版次) where known, else null. */
	page: z.string().nullable(),
});

/** A place in the decoded source: 1-based line and column, as the stage that reported it counted. */
export const sourcePointSchema = z.object({
	line: z.number().int().min(1),
	column: z.number().int().min(1),
});

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

/** One ingest message as kept in the record (see `cleaningMessageSchema`). */
export type CleaningMessage = z.infer<typeof cleaningMessageSchema>;
/** A 1-based line and column in the decoded source (see `sourcePointSchema`). */
export type SourcePoint = z.infer<typeof sourcePointSchema>;

/**
 * The cleaning report of a record (`Article.cleaning`), assembled by `scripts/ingest/record.ts` and
 * written to `content/cleaning/<slug>.json`; shown in the source panel of the article page
 * (`src/components/SourceText.astro`).
 */
export const cleaningSchema = z.object({
	/** Number of changes each stage made, by stage name. */
	stages: z.record(z.string(), z.number().int().min(0)),
	/** Every message of the run, in the order the stages reported them. */
	messages: z.array(cleaningMessageSchema),
	/** The coverage check (`scripts/ingest/coverage.ts`): is every Han character and digit of the source in the record? */
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
/** One editorial correction (see `correctionSchema`). */
export type Correction = z.infer<typeof correctionSchema>;

/** The English edition of an article, from the editorial file `seeds/<stem>.en.md`. */
export const translationSchema = z.object({
	/** English title. */
	title: z.string().min(1),
	/** English subtitle, or null. */
	subtitle: z.string().nullable(),
	/** English kicker, or null. */
	kicker: z.string().nullable(),
	/** One-paragraph summary. */
	summary: z.string().min(1),
	/** Body blocks in English, in the same reading order as the Chinese ones where they correspond. */
	blocks: z.array(blockSchema),
	/** Who translated and how (`Editorial translation`, …). */
	translator: z.string(),
});

/**
 * One article record: what the ingest writes (`scripts/ingest/record.ts`, split by
 * `src/utils/article-mdx.ts` into `content/zh|en/<slug>.mdx` and `content/cleaning/<slug>.json`) and
 * what the site's `articles` collection loads back. Offsets in it are in code points.
 */
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
	/** Title as printed (cleaned). */
	title: z.string().min(1),
	/** Subtitle (副题) as printed, or null. */
	subtitle: z.string().nullable(),
	/** Kicker above the title (引题), e.g. `聊城经济技术开发区——`. */
	kicker: z.string().nullable(),
	/** Byline entries in printed order (empty when none is printed). */
	byline: z.array(bylineSchema),
	/** Where the article was printed. */
	source: sourceSchema,
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when nothing dates the article. */
	date: z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
		.nullable(),
	/** How much of `date` is known (`unknown` exactly when `date` is null). */
	datePrecision: datePrecisionSchema,
	/** Where the date comes from: printed in the text, an editorial sidecar, a year the text states, or none. */
	dateSource: z.enum(['printed', 'editorial', 'text-year', 'none']),
	/**
	 * The source text the date rests on, quoted as printed (Chinese): the printed date line (`printed`) or
	 * the words around the latest year the text states (`text-year`); null otherwise.
	 */
	dateEvidence: z.string().nullable(),
	/** The editor's note on the date (`editorial`), in both languages, from the sidecar; null otherwise. */
	dateNote: z.object({ zh: z.string(), en: z.string() }).nullable(),
	/** The body, in reading order (at least one block). */
	blocks: z.array(blockSchema).min(1),
	/** Figures read from the body, in text order. */
	metrics: z.array(metricSchema),
	/** Glossary entities the body mentions. */
	entities: z.array(entityRefSchema),
	/** Topic ids from `data/topics.yaml`. */
	topics: z.array(z.string()),
	/** Page furniture removed from the body (banners, mastheads, ISSN lines), kept verbatim. */
	furniture: z.array(z.string()),
	/** Editorial corrections applied to the cleaned text, in the order of the correction file. */
	corrections: z.array(correctionSchema),
	/** What the ingest changed and doubts (kept in `content/cleaning/<slug>.json`). */
	cleaning: cleaningSchema,
	/** The English edition, or null when there is none. */
	translation: translationSchema.nullable(),
});

/** One article record (see `articleSchema`). */
export type Article = z.infer<typeof articleSchema>;

/**
 * An article as the site's `articles` collection keeps it: the record without the cleaning report's
 * messages (`cleaning.stages` and `cleaning.coverage` stay). The messages are about half of a record and
 * only the source panel and the record download show them: they are read from
 * `content/cleaning/<slug>.json` when those are rendered (`src/utils/cleaning.ts`), which keeps Astro's
 * data store, and the module it is compiled into, about half as large. Every `Article` is an `ArticleEntry`.
 */
export const articleEntrySchema = articleSchema.extend({
	cleaning: cleaningSchema.omit({ messages: true }),
});
/** One article of the collection (see `articleEntrySchema`). */
export type ArticleEntry = z.infer<typeof articleEntrySchema>;
/** The cleaning report (see `cleaningSchema`). */
export type CleaningReport = z.infer<typeof cleaningSchema>;
/** One body block (see `blockSchema`). */
export type Block = z.infer<typeof blockSchema>;
/** One figure (see `metricSchema`); `blockOffset`/`textOffset` in code points. */
export type Metric = z.infer<typeof metricSchema>;
/** A structured reporting period (see `periodSchema`). */
export type Period = z.infer<typeof periodSchema>;
/** A rank with its scope (see `rankSchema`). */
export type Rank = z.infer<typeof rankSchema>;
/** A unit with its scale (see `unitSchema`). */
export type Unit = z.infer<typeof unitSchema>;
/** An entity the article mentions (see `entityRefSchema`); mention offsets in code points. */
export type EntityRef = z.infer<typeof entityRefSchema>;
/** One byline entry (see `bylineSchema`). */
export type Byline = z.infer<typeof bylineSchema>;

/**
 * The files of article `slug`, relative to the content directory: the Chinese article `zh/<slug>.mdx`,
 * its English edition `en/<slug>.mdx` (when translated) and its cleaning report `cleaning/<slug>.json`.
 * The one place the layout is spelled: the ingest writes these paths (`scripts/ingest/emit.ts`,
 * `scripts/ingest/mdx.ts`), the site reads them (`src/utils/article-mdx.ts`, `src/utils/cleaning.ts`).
 */
export function articlePaths(slug: string): { zh: string; en: string; cleaning: string } {
	return { zh: `zh/${slug}.mdx`, en: `en/${slug}.mdx`, cleaning: `cleaning/${slug}.json` };
}

/**
 * Frontmatter of a Chinese article file `content/zh/<slug>.mdx`: every field of the record except the
 * body (`blocks`, the MDX body), the cleaning report (`content/cleaning/<slug>.json`, too large for
 * frontmatter) and the English edition (`translationFile`, the path of `content/en/<slug>.mdx`, or
 * null). `src/utils/article-mdx.ts` reads the three files back into exactly the record.
 */
export const zhFrontmatterSchema = articleSchema
	.omit({ blocks: true, cleaning: true, translation: true })
	.extend({
		/** Path of the English edition relative to the content directory (`en/<slug>.mdx`), or null. */
		translationFile: z
			.string()
			.regex(/^en\/[a-z0-9-]+\.mdx$/)
			.nullable(),
	});
/** Frontmatter of `content/zh/<slug>.mdx` (see `zhFrontmatterSchema`). */
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
/** Frontmatter of `content/en/<slug>.mdx` (see `enFrontmatterSchema`). */
export type EnFrontmatter = z.infer<typeof enFrontmatterSchema>;

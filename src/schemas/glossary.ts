/**
 * Schemas of the three data glossaries in `data/`: the economic indicators the metrics grammar
 * reads (`indicators.yaml`), the named entities the entity stage finds (`entities.yaml`) and the
 * archive's subjects with the rules that assign them (`topics.yaml`). Each file is a YAML list of
 * entries. The one loader (`src/utils/glossary-loader.ts`, used by the ingest, the site and the search
 * index) validates them with these schemas; nothing is hard-coded per article.
 *
 * Runs in plain Node and in Astro, so it imports nothing but `astro/zod`.
 */
import { z } from 'astro/zod';
import { entityTypeSchema, metricKindSchema } from './article.ts';

/** Stable ASCII id in kebab case (`gdp`, `zhongtong-bus`): used in URLs and in records. */
const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab case (a-z, 0-9, -)');

/** A Chinese form as printed. Quotes (“ ” " ‘ ’ 「 」) are ignored when matching, so leave them out. */
const aliasSchema = z
	.string()
	.min(1)
	.refine((s) => !/[“”"‘’「」『』]/.test(s), 'leave quotes out of aliases: matching skips them');

/**
 * One economic indicator of `data/indicators.yaml`, written by editors; read by the ingest's metrics
 * grammar (which figures it reads, `scripts/ingest/metrics.ts`) and the site's indicator pages.
 */
export const indicatorSchema = z.strictObject({
	/** Stable id, written into each metric (`metric.indicator`). */
	id: idSchema,
	/** Canonical Chinese name, also matched as an alias. */
	zh: z.string().min(1),
	/** English label shown on the English site and in figure tables. */
	en: z.string().min(1),
	/**
	 * Every other Chinese form the texts use for this indicator. The grammar matches the longest
	 * alias first, so a short form (`出口`) never wins inside a longer one (`进出口`).
	 */
	aliases: z.array(aliasSchema).default([]),
	/**
	 * Units a level or count of this indicator is printed in (`亿元`, `家`). When given, a level or
	 * count figure (or a change or flow of one) in another unit is not read as this indicator (growth
	 * rates, shares, points and ranks are always accepted). Units are compared without their magnitude
	 * (万, 亿, 万亿…): `亿元` admits `万元` and `万亿元`, not `美元`. Leave out to accept any unit.
	 */
	units: z.array(z.string().min(1)).optional(),
	/**
	 * Metric kinds this indicator can take. A figure of another kind is not read. A bare percentage
	 * with no growth or share word before it is read as a share when `share` is allowed and `growth`
	 * is not (`民间投资占比`), else it is a doubt. Leave out to allow every kind.
	 */
	kinds: z.array(metricKindSchema).optional(),
	/** Free note for editors: scope, caveats, why an alias is (not) here. */
	note: z.string().optional(),
});

/** Entity types of the glossary (people are not listed in the glossary). */
export const glossaryEntityTypeSchema = entityTypeSchema.exclude(['person']);

/**
 * One named entity of `data/entities.yaml`, written by editors; read by the ingest's entity stage
 * (`scripts/ingest/entities.ts`) and the site's entity pages.
 */
export const entityDefSchema = z.strictObject({
	/** Stable id, used in URLs (`/entities/zhongtong-bus/`): never change it once published. */
	id: idSchema,
	/** What the entity is: company, project, place, programme (policy, campaign, brand) or organisation. */
	type: glossaryEntityTypeSchema,
	/** Canonical Chinese name, also matched as an alias. */
	zh: z.string().min(1),
	/** English name: the entity's own English name where it has one, else a faithful rendering. */
	en: z.string().min(1),
	/** Every other Chinese form the texts use. Longest alias wins; mentions never overlap. */
	aliases: z.array(aliasSchema).default([]),
	/**
	 * Longer strings in which an alias is NOT a mention of this entity, e.g. `中通过` for the alias
	 * `中通`. A match of an alias that lies inside one of these strings is skipped.
	 */
	notIn: z.array(z.string().min(1)).default([]),
	/**
	 * Contextual (anaphoric) forms: forms of `zh`/`aliases` that name this entity only in an article
	 * about it (`开发区` is "this zone"). They are mentions unless the article's subject is another
	 * entity of the same kind the glossary does not know (see `kindNames`; entities.ts). Each must also
	 * be listed as `zh` or in `aliases`.
	 */
	contextual: z.array(aliasSchema).default([]),
	/**
	 * Name endings of this entity's kind (`经济技术开发区`, `高新区`): a place name followed by one of
	 * them, that is not a form of a glossary entity, names ANOTHER entity of this kind (临河经济技术开发区).
	 * Such a name is never split into a mention of its tail, and when that other entity is the
	 * article's subject the `contextual` forms of this entity and of its children are not mentions.
	 */
	kindNames: z.array(aliasSchema).default([]),
	/** False for entities mentioned so often that linking each mention is noise (the zone itself). Still counted. */
	link: z.boolean().default(true),
	/** Id of the entity this one belongs to (a company's project, a district's subdistrict). */
	parent: idSchema.optional(),
	/** Free note for editors: identification, sources, why two forms are (not) the same entity. */
	note: z.string().optional(),
});

/**
 * One subject of `data/topics.yaml`, written by editors; read by the ingest's topic stage
 * (`scripts/ingest/topics.ts`), which gives an article the topic when it has `minHits` hits, and the
 * site's topic pages.
 */
export const topicDefSchema = z.strictObject({
	/** Stable id, used in URLs (`/topics/foreign-trade/`) and in `article.topics`. */
	id: idSchema,
	/** Chinese name of the subject. */
	zh: z.string().min(1),
	/** English name of the subject. */
	en: z.string().min(1),
	/** Indicator ids: each metric of one of these indicators in the article is one hit. */
	indicators: z.array(idSchema).default([]),
	/** Entity ids: each mention of one of these entities is one hit. */
	entities: z.array(idSchema).default([]),
	/** Chinese words: each occurrence in the article's blocks is one hit. */
	keywords: z.array(z.string().min(1)).default([]),
	/** Hits (metrics + entity mentions + keyword occurrences) an article needs to get this topic. */
	minHits: z.number().int().min(1).default(2),
	/** Free note for editors. */
	note: z.string().optional(),
});

/** A newspaper (`data/sources.yaml`): the name records carry and its English name. */
export const sourceDefSchema = z.strictObject({
	/** Stable id (`liaocheng-daily`). */
	id: idSchema,
	/** The name as printed, equal to a record's `source.name` (e.g. 聊城日报). */
	zh: z.string().min(1),
	/** The paper's English name (Liaocheng Daily), used on English pages. */
	en: z.string().min(1),
	/** Free note for editors. */
	note: z.string().optional(),
});

/** The whole of `data/indicators.yaml`: a list of indicators (cross-references checked by the loader). */
export const indicatorsFileSchema = z.array(indicatorSchema);
/** The whole of `data/sources.yaml`: a list of newspapers, read by `src/utils/papers.ts`. */
export const sourcesFileSchema = z.array(sourceDefSchema);
/** The whole of `data/entities.yaml`: a list of entities (parents and duplicates checked by the loader). */
export const entitiesFileSchema = z.array(entityDefSchema);
/** The whole of `data/topics.yaml`: a list of topics (indicator and entity ids checked by the loader). */
export const topicsFileSchema = z.array(topicDefSchema);

/** One indicator of `data/indicators.yaml`, defaults applied (see `indicatorSchema`). */
export type Indicator = z.infer<typeof indicatorSchema>;
/** One entity of `data/entities.yaml`, defaults applied (see `entityDefSchema`). */
export type EntityDef = z.infer<typeof entityDefSchema>;
/** One topic of `data/topics.yaml`, defaults applied (see `topicDefSchema`). */
export type TopicDef = z.infer<typeof topicDefSchema>;

/**
 * The ingest pipeline, composed. Reading this file shows every stage in order; each lives in its own
 * module, is pure (text in, text out, a VFile for what it did) and is skipped once a file has a fatal
 * message. Only `io.ts` touches the disk.
 *
 *   read → decode → dedouble → unwrap → normalize → structure → correct → sidecar → dates → metrics
 *        → entities → topics → translation → record (+ coverage, schema) → mdx
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { type Article, articleSchema } from '../../src/schemas/article.ts';
import { applyCorrections, parseCorrections } from './correct.ts';
import { coverage } from './coverage.ts';
import { resolveDate } from './dates.ts';
import { decode, fatal } from './decode.ts';
import { dedouble } from './dedouble.ts';
import { findEntities } from './entities.ts';
import type { Glossaries } from './glossary.ts';
import { toMdx } from './mdx.ts';
import { extractMetrics } from './metrics.ts';
import { normalize } from './normalize.ts';
import { parseSidecar } from './sidecar.ts';
import { makeSlug } from './slug.ts';
import { structure } from './structure.ts';
import { assignTopics } from './topics.ts';
import { parseTranslation } from './translation.ts';
import { unwrap } from './unwrap.ts';

/** One article's inputs: the seed's bytes and its optional editorial files. */
export interface SeedInput {
	/** File name of the seed, e.g. `000_a8b230e89a1cdd5d.txt`. */
	name: string;
	bytes: Uint8Array;
	sidecar?: { name: string; text: string };
	translation?: { name: string; text: string };
	/** Editorial corrections `<stem>.fix.yaml` (scripts/ingest/correct.ts). */
	fix?: { name: string; text: string };
}

export interface Ingested {
	file: VFile;
	record: Article | null;
	/** Whether the slug was chosen by an editor (a duplicate is then an error, not renamed). */
	explicitSlug: boolean;
}

const isFatal = (file: VFile) => file.messages.some((m) => m.fatal);

/** Run every stage on one seed. Never throws: a failure is a fatal message on `file`. */
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
		const sha256 = createHash('sha256').update(input.bytes).digest('hex');
		const id = input.name.match(/_([0-9a-f]{8,})\.txt$/)?.[1] ?? sha256.slice(0, 16);
		const source = {
			name: s.source.name ?? sidecar?.source?.name ?? '聊城日报',
			edition: s.source.edition ?? sidecar?.source?.edition ?? null,
			page: s.source.page ?? sidecar?.source?.page ?? null,
		};
		if (!s.source.name && !sidecar?.source?.name) {
			file.message('No newspaper named in the text or sidecar; assumed 聊城日报', { ruleId: 'default-source', source: 'record' });
		}
		const base = {
			id,
			slug: sidecar?.slug ?? makeSlug(dates.date, s.title!),
			sourceFile: input.name,
			sha256,
			lang: 'zh' as const,
			title: s.title!,
			subtitle: s.subtitle,
			kicker: s.kicker,
			byline: s.byline,
			source,
			...dates,
			blocks: s.blocks,
			metrics,
			entities,
			topics,
			furniture: s.furniture,
			corrections,
			translation,
		};
		const cov = coverage(undoubled.lines.map((l) => l.text).join('\n'), base, file);
		const stages: Record<string, number> = {};
		for (const m of file.messages) if (m.fatal === undefined && m.source) stages[m.source] = (stages[m.source] ?? 0) + 1;
		const candidate = {
			...base,
			cleaning: { stages, messages: file.messages.map((m) => String(m).replace(`${input.name}:`, '')), coverage: cov },
		};
		const parsed = articleSchema.safeParse(candidate);
		if (!parsed.success) {
			fatal(file, `Record does not match the Article schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'schema', 'record');
			return none;
		}
		return { file, record: parsed.data, explicitSlug: !!sidecar?.slug };
	} catch (error) {
		fatal(file, `Cannot process file: ${(error as Error).message}`, 'crash', 'ingest');
		return none;
	}
}

/** One article's claim on a slug. */
export interface SlugClaim {
	name: string;
	slug: string;
	id: string;
	explicit: boolean;
}

/**
 * Make slugs unique across the archive, in file-name order: a generated slug that is taken gets the
 * article id appended; an editor's slug that is taken is an error on the later file.
 */
export function assignSlugs(claims: SlugClaim[]): Map<string, { slug: string; message?: string; error?: string }> {
	const owner = new Map<string, string>();
	const out = new Map<string, { slug: string; message?: string; error?: string }>();
	for (const c of [...claims].sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const taken = owner.get(c.slug);
		if (taken && c.explicit) {
			out.set(c.name, { slug: c.slug, error: `Duplicate slug "${c.slug}": already used by ${taken}` });
			continue;
		}
		const slug = taken ? `${c.slug}-${c.id.slice(0, 8)}` : c.slug;
		out.set(c.name, taken ? { slug, message: `Slug "${c.slug}" is already used by ${taken}; using "${slug}"` } : { slug });
		owner.set(slug, c.name);
	}
	return out;
}

/** Apply `assignSlugs` to ingested articles (in place). */
export function dedupeSlugs(items: Ingested[]): void {
	const claims = items.filter((i) => i.record).map((i) => ({ name: i.file.path, slug: i.record!.slug, id: i.record!.id, explicit: i.explicitSlug }));
	const slugs = assignSlugs(claims);
	for (const item of items) applySlug(item, slugs.get(item.file.path));
}

export function applySlug(item: Ingested, s: { slug: string; message?: string; error?: string } | undefined): void {
	if (!item.record || !s) return;
	if (s.error) {
		fatal(item.file, s.error, 'duplicate-slug', 'record');
		item.record = null;
	} else if (s.message) {
		item.file.message(s.message, { ruleId: 'duplicate-slug', source: 'record' });
		item.record.slug = s.slug;
	}
}

/** The files an article produces, relative to the output directory. */
export function emit(item: Ingested, glossaries: Glossaries): Map<string, string> {
	const out = new Map<string, string>();
	const r = item.record;
	if (!r) return out;
	r.cleaning.messages = item.file.messages.map((m) => String(m).replace(`${item.file.path}:`, ''));
	const linkable = (id: string) => glossaries.entities.find((e) => e.id === id)?.link !== false;
	const mdx = toMdx(r, linkable);
	out.set(`zh/${r.slug}.mdx`, mdx.zh);
	if (mdx.en) out.set(`en/${r.slug}.mdx`, mdx.en);
	out.set(`cleaning/${r.slug}.json`, mdx.cleaning);
	return out;
}

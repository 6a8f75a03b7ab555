/**
 * The timeline's shape: years (newest first), each with its months (newest first) and its articles
 * known only by year (last), then the undated articles. One flat sequence per year, so that a year's
 * page `n` holds a fixed number of articles whatever the months hold.
 */
import type { ArticleView } from './archive.ts';
import { dateParts } from './format.ts';

/** A run of one year's articles under one heading: a month, or "year only". */
export interface TimelineGroup {
	year: number | 'undated';
	/** 1–12, or null for the articles known only by year (and the undated). */
	month: number | null;
	articles: ArticleView[];
}

/** One year of the timeline (or the undated articles): its article count and its groups, newest first. */
export interface TimelineYear {
	/** The calendar year, or `undated` for the articles without a date (last). */
	year: number | 'undated';
	/** Articles in the year, all groups together. */
	count: number;
	/** Month groups, newest first, then the year-only group. */
	groups: TimelineGroup[];
}

const cache = new WeakMap<readonly ArticleView[], TimelineYear[]>();

/** `articles` newest first (as `Archive.articles`). Computed once per list. */
export function timeline(articles: readonly ArticleView[]): TimelineYear[] {
	let out = cache.get(articles);
	if (!out) cache.set(articles, (out = buildTimeline(articles)));
	return out;
}

function buildTimeline(articles: readonly ArticleView[]): TimelineYear[] {
	const years = new Map<number | 'undated', TimelineYear>();
	for (const a of articles) {
		const p = a.record.datePrecision === 'unknown' ? null : dateParts(a.record.date);
		const year = p?.year ?? 'undated';
		const month = p && a.record.datePrecision !== 'year' && p.month ? p.month : null;
		let y = years.get(year);
		if (!y) years.set(year, (y = { year, count: 0, groups: [] }));
		y.count++;
		let g = y.groups.find((x) => x.month === month);
		if (!g) y.groups.push((g = { year, month, articles: [] }));
		g.articles.push(a);
	}
	const out = [...years.values()].sort((a, b) =>
		a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : b.year - a.year,
	);
	for (const y of out)
		y.groups.sort((a, b) => (a.month === null ? 1 : b.month === null ? -1 : b.month - a.month));
	return out;
}

/**
 * A page of a year: its slice of the year's articles, still grouped (a group may continue from the previous page).
 * Never throws.
 */
export function yearPage(year: TimelineYear, page: number, size: number): TimelineGroup[] {
	const from = (page - 1) * size;
	const to = page * size;
	const out: TimelineGroup[] = [];
	let at = 0;
	for (const g of year.groups) {
		const start = Math.max(from, at);
		const end = Math.min(to, at + g.articles.length);
		if (start < end) out.push({ ...g, articles: g.articles.slice(start - at, end - at) });
		at += g.articles.length;
	}
	return out;
}

/** The page of its year on which a group starts. Never throws. */
export function groupPage(year: TimelineYear, group: TimelineGroup, size: number): number {
	let at = 0;
	for (const g of year.groups) {
		if (g === group) return Math.floor(at / size) + 1;
		at += g.articles.length;
	}
	return 1;
}

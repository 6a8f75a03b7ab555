/**
 * Canonical units of figures: the one table that maps a unit as Chinese papers print it (`亿元`,
 * `万平方米`, `个百分点`) to a unit id and a power-of-ten scale, shared by the ingest (which stores
 * `{ id, scale, printed }` in each metric) and the site (which renders the id per locale). Pure; no
 * Astro imports.
 */

/** What a unit id measures, and how the site writes it in English. */
export interface UnitDef {
	/** Stable id stored in records (`cny`, `percent`, `km2`, …). */
	id: string;
	/** `currency`: an ISO code before the number; `rate`: a symbol after it; `measure`/`count`: a word after it. */
	type: 'currency' | 'rate' | 'measure' | 'count' | 'rank';
	/** English: the ISO code (currency), the symbol (rate), or the word after the number ('' for a bare number). */
	en: string;
}

/** Base units as printed → unit definition. Longest printed forms are tried first. */
const BASES: Record<string, UnitDef> = {
	元: { id: 'cny', type: 'currency', en: 'CNY' },
	人民币: { id: 'cny', type: 'currency', en: 'CNY' },
	美元: { id: 'usd', type: 'currency', en: 'USD' },
	欧元: { id: 'eur', type: 'currency', en: 'EUR' },
	港元: { id: 'hkd', type: 'currency', en: 'HKD' },
	日元: { id: 'jpy', type: 'currency', en: 'JPY' },
	'%': { id: 'percent', type: 'rate', en: '%' },
	'％': { id: 'percent', type: 'rate', en: '%' },
	'‰': { id: 'permille', type: 'rate', en: '‰' },
	个百分点: { id: 'pp', type: 'rate', en: 'pp' },
	百分点: { id: 'pp', type: 'rate', en: 'pp' },
	倍: { id: 'times', type: 'rate', en: '×' },
	平方公里: { id: 'km2', type: 'measure', en: 'km²' },
	平方千米: { id: 'km2', type: 'measure', en: 'km²' },
	平方米: { id: 'm2', type: 'measure', en: 'm²' },
	平米: { id: 'm2', type: 'measure', en: 'm²' },
	公里: { id: 'km', type: 'measure', en: 'km' },
	千米: { id: 'km', type: 'measure', en: 'km' },
	米: { id: 'm', type: 'measure', en: 'm' },
	亩: { id: 'mu', type: 'measure', en: 'mu' },
	吨: { id: 't', type: 'measure', en: 'tonnes' },
	千瓦时: { id: 'kwh', type: 'measure', en: 'kWh' },
	千瓦: { id: 'kw', type: 'measure', en: 'kW' },
	家: { id: 'firms', type: 'count', en: 'firms' },
	户: { id: 'households', type: 'count', en: 'households' },
	台: { id: 'units', type: 'count', en: 'units' },
	辆: { id: 'vehicles', type: 'count', en: 'vehicles' },
	套: { id: 'sets', type: 'count', en: 'sets' },
	项: { id: 'items', type: 'count', en: 'items' },
	件: { id: 'items', type: 'count', en: 'items' },
	人次: { id: 'visits', type: 'count', en: 'visits' },
	人: { id: 'people', type: 'count', en: 'people' },
	名: { id: 'people', type: 'count', en: 'people' },
	位: { id: 'people', type: 'count', en: 'people' },
	条: { id: 'lines', type: 'count', en: 'lines' },
	座: { id: 'buildings', type: 'count', en: 'buildings' },
	所: { id: 'institutions', type: 'count', en: 'institutions' },
	批: { id: 'batches', type: 'count', en: 'batches' },
	场: { id: 'events', type: 'count', en: 'events' },
	个: { id: 'count', type: 'count', en: '' },
};
const BY_ID = new Map(Object.values(BASES).map((d) => [d.id, d]));
/** The unit of a rank-only metric (`第2`, `第116位`): a position, not a quantity. */
export const RANK_UNIT: UnitDef = { id: 'rank', type: 'rank', en: '' };
BY_ID.set(RANK_UNIT.id, RANK_UNIT);

/** Chinese magnitudes, longest first. */
const MAGNITUDES: [string, number][] = [
	['万亿', 1e12],
	['千万', 1e7],
	['百万', 1e6],
	['亿', 1e8],
	['万', 1e4],
	['千', 1e3],
	['百', 1e2],
];

/** A unit as stored in a record: canonical id, power-of-ten scale, and the form printed. */
export interface Unit {
	id: string;
	scale: number;
	printed: string;
}

/**
 * Read a printed unit (`亿元` → `{ id: 'cny', scale: 1e8 }`, `万平方米` → `m2` × 1e4, `%` → `percent`).
 * Returns null for a unit not in the table (the caller reports it); never throws.
 */
export function parseUnit(printed: string): Unit | null {
	const direct = BASES[printed];
	if (direct) return { id: direct.id, scale: 1, printed };
	for (const [prefix, scale] of MAGNITUDES) {
		if (!printed.startsWith(prefix)) continue;
		const base = BASES[printed.slice(prefix.length)];
		if (base && base.type !== 'rate') return { id: base.id, scale, printed };
	}
	return null;
}

/** The definition of a unit id, or null for an id this table does not know. Never throws. */
export function unitDef(id: string): UnitDef | null {
	return BY_ID.get(id) ?? null;
}

/**
 * `/data/figures.csv`: every figure of the archive, one per row (RFC 4180, UTF-8 with a BOM so that
 * spreadsheet programs read the Chinese correctly).
 */
import type { APIRoute } from 'astro';
import { figureHref, getArchive } from '../../utils/archive.ts';
import { formatPeriod, periodSeries } from '../../utils/format.ts';
import { absoluteUrl } from '../../utils/routing/index.ts';

const columns = [
	'indicator',
	'indicator_zh',
	'indicator_en',
	'value',
	'value_max',
	'unit',
	'unit_id',
	'unit_scale',
	'kind',
	'period',
	'period_en',
	'period_series',
	'rank',
	'rank_scope',
	'rank_position',
	'article',
	'title',
	'date',
	'date_precision',
	'url',
	'sentence',
] as const;

function cell(value: unknown): string {
	const s = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `/data/figures.csv` from every record's `metrics`, articles oldest first, figures in text order. */
export const GET: APIRoute = async ({ site }) => {
	const archive = await getArchive();
	const rows = archive.chronological.flatMap((article) => {
		const { slug, record } = article;
		return record.metrics.map((m, n) => ({
			indicator: m.indicator,
			indicator_zh: archive.indicators.get(m.indicator)?.label.zh ?? m.label.zh,
			indicator_en: archive.indicators.get(m.indicator)?.label.en ?? m.label.en,
			value: m.value,
			value_max: m.valueMax,
			unit: m.unit.printed,
			unit_id: m.unit.id,
			unit_scale: m.unit.scale,
			kind: m.kind,
			period: m.period?.printed,
			period_en: formatPeriod(m.period, 'en')?.text,
			period_series: m.period ? periodSeries(m.period) : null,
			rank: m.rank?.printed,
			rank_scope: m.rank?.scope,
			rank_position: m.rank?.position,
			article: slug,
			title: record.title,
			date: record.date,
			date_precision: record.datePrecision,
			url: absoluteUrl(figureHref(article, n, 'zh'), site),
			sentence: m.text,
		}));
	});
	const csv =
		[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') +
		'\r\n';
	return new Response('\uFEFF' + csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

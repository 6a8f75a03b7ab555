/**
 * Figures a reporter can use (issue 14): English pages print figure data (values, units, periods,
 * ranks, chart labels) in English, and an indicator chart never joins values of different period
 * kinds into one line.
 */
import { periodSeries } from '../../src/utils/format.ts';
import { test, expect, records, indicatorIds } from './helpers.ts';

const HAN = /\p{Script=Han}/u;

// Each test visits every indicator or article page: on the real archive (~70 indicators) that is
// more than the default minute.
test.describe.configure({ timeout: 5 * 60_000 });

/** Indicators whose charted values cover more than one kind of period (Jan–May, H1, full year…). */
const mixed = indicatorIds.filter((id) => {
	const ms = records.flatMap((r) => (r.date ? r.metrics.filter((m) => m.indicator === id) : []));
	const byChart = new Map<string, Set<string>>();
	for (const m of ms) {
		const key = `${m.kind}|${m.unit.id}|${m.unit.scale}`;
		byChart.set(key, (byChart.get(key) ?? new Set()).add(periodSeries(m.period)));
	}
	return [...byChart.values()].some((s) => s.size > 1);
});

test('en: figure data on indicator pages has no Han character (values, units, periods, ranks, charts)', async ({
	page,
}) => {
	for (const id of indicatorIds) {
		await page.goto(`en/metrics/${id}/`);
		// Every cell but the source sentence and the article title (article text, kept in Chinese).
		const cells = await page
			.locator('table tbody td:not(.sentence):not(.article-cell)')
			.allTextContents();
		const charts = await page.locator('figure.chart, .chart-periods').allTextContents();
		for (const text of [...cells, ...charts]) expect(text, `${id}: ${text}`).not.toMatch(HAN);
	}
});

test('en: the figures table of every article has no Han character outside article text', async ({
	page,
}) => {
	for (const r of records.filter((x) => x.metrics.length)) {
		await page.goto(`en/articles/${r.slug}/`);
		const cells = await page
			.locator('.article-figures tbody td, .article-figures tbody th')
			.allTextContents();
		expect(cells.length).toBeGreaterThan(0);
		for (const text of cells) expect(text, `${r.slug}: ${text}`).not.toMatch(HAN);
	}
});

test('en: the metrics index prints its latest values in English', async ({ page }) => {
	await page.goto('en/metrics/');
	for (const text of await page.locator('table tbody td').allTextContents())
		expect(text).not.toMatch(HAN);
});

for (const lang of ['zh', 'en'] as const) {
	test(`${lang}: an indicator chart joins only values of one period kind, labels each point's period, and says when periods differ`, async ({
		page,
	}) => {
		test.skip(
			mixed.length === 0,
			'no indicator with values of different period kinds in this content',
		);
		for (const id of mixed) {
			await page.goto(`${lang}/metrics/${id}/`);
			const charts = page.locator('figure.chart--wide');
			const n = await charts.count();
			const kinds = new Set<string>();
			for (let i = 0; i < n; i++) {
				const chart = charts.nth(i);
				const series = (await chart.getAttribute('data-period-series'))!;
				kinds.add(series);
				// Every point and every line of the chart belongs to the chart's one period kind.
				const dots = chart.locator('circle.dot');
				const dotSeries = await dots.evaluateAll((els) =>
					els.map((e) => e.getAttribute('data-period-series')),
				);
				expect(new Set(dotSeries), `${id} chart ${i}`).toEqual(new Set([series]));
				const lines = await chart
					.locator('polyline.series-line')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-period-series')));
				for (const s of lines) expect(s).toBe(series);
				expect(await chart.locator('polyline.series-line').count()).toBeLessThanOrEqual(1);
				// Each point is labelled with its period.
				if (dotSeries.length <= 16)
					await expect(chart.locator('text.period-label')).toHaveCount(dotSeries.length);
			}
			expect(kinds.size, `${id}: one chart per period kind`).toBeGreaterThan(1);
			await expect(page.locator('.chart-periods')).toBeVisible();
		}
	});
}

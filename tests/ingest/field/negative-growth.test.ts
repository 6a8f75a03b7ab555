/**
 * Field case 10 (`../shared/field/10-negative-growth/`, copied here byte for byte): declines printed
 * with a minus sign (ASCII or full-width), with 负, or with a decline word, and a change in an amount
 * that is not its level. The input runs through the whole ingest (decode → … → metrics).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGlossaries } from '../../../scripts/ingest/glossary.ts';
import { ingestOne } from '../../../scripts/ingest/index.ts';

const dir = new URL('./10-negative-growth/', import.meta.url);
const bytes = readFileSync(fileURLToPath(new URL('linhe-negative.txt', dir)));

describe('field case 10: negative growth written with a minus sign or 负', () => {
	const { record, file } = ingestOne({ name: 'linhe-negative.txt', bytes }, loadGlossaries());
	const metrics = record!.metrics.map((m) => [
		m.indicator,
		m.kind,
		m.value,
		m.unit.printed,
		m.period?.printed,
	]);

	it('reads every decline as negative growth, with the lead period 前三季度 (Jan–Sep, cumulative)', () => {
		for (const m of record!.metrics)
			expect(m.period).toEqual({
				printed: '前三季度',
				quarter: 3,
				months: [1, 9],
				cumulative: true,
			});
		expect(metrics).toContainEqual(['industrial-value-added', 'growth', -2.1, '%', '前三季度']);
		expect(metrics).toContainEqual(['fixed-asset-investment', 'growth', -3.9, '%', '前三季度']);
		expect(metrics).toContainEqual(['imports-exports', 'growth', -4.6, '%', '前三季度']);
	});

	it('never reads 回落2.3个百分点 as +2.3', () => {
		const points = record!.metrics.filter((m) => m.kind === 'points');
		for (const m of points) expect(m.value).toBe(-2.3);
		// imports-exports takes no points in the glossary: the figure is a doubt, not silently dropped.
		if (!points.length) expect(file.messages.map(String).join('\n')).toMatch(/2\.3个百分点/);
	});

	it('reads the decrease of 1.2亿元 as a change, and 8.7亿元 as the level', () => {
		const revenue = record!.metrics.filter((m) => m.indicator === 'general-budget-revenue');
		expect(revenue.map((m) => [m.kind, m.value, m.period?.printed])).toEqual([
			['change', -1.2, '前三季度'],
			['level', 8.7, '前三季度'],
		]);
	});

	it('has no positive growth anywhere in the article', () => {
		for (const m of record!.metrics) if (m.kind === 'growth') expect(m.value).toBeLessThan(0);
	});
});

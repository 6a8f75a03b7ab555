import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	card,
	cardKey,
	cardSvg,
	renderCard,
	renderCardsAhead,
	type CardInput,
} from '../../src/utils/card/index.ts';
import { cardFile, renderedAhead } from '../../src/utils/card/pool.ts';
import { cardInput, paperId } from '../../src/utils/card/input.ts';
import type { Article } from '../../src/schemas/article.ts';

const record = {
	title: '为全市经济社会高质量发展贡献开发区力量',
	source: { name: '聊城日报', edition: '开发区专刊', page: '3' },
	date: '2024-06',
	datePrecision: 'month',
	translation: { title: 'Contributing the zone’s strength' },
} as unknown as Article;

const dir = mkdtempSync(join(tmpdir(), 'cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('card input', () => {
	it('shows the date with its precision in both languages, never a day it does not know', () => {
		const c = cardInput(record);
		expect(c.date).toBe('2024年6月');
		expect(c.dateEn).toBe('June 2024');
		expect(
			cardInput({ ...record, date: '2024', datePrecision: 'year' } as Article).dateEn,
		).not.toMatch(/January|1 /);
		expect(c.source).toBe('聊城日报 · 开发区专刊');
		expect(c.sourceEn).toBe('Liaocheng Daily');
		expect(c.titleEn).toBe('Contributing the zone’s strength');
		expect(cardInput({ ...record, translation: null } as Article).titleEn).toBeNull();
	});
	it('names papers with an ASCII id', () => {
		expect(paperId('聊城日报')).toBe('liaocheng-daily');
		expect(paperId('大众日报')).toBe('dazhong-daily');
	});
});

describe('card rendering', () => {
	const input: CardInput = cardInput(record);
	it('draws text as paths, never as markup (no font needed to show it, article text cannot inject SVG)', async () => {
		const svg = await cardSvg({ ...input, title: '犇羴鱻 <script>&amp;' });
		expect(svg).toMatch(/^<svg width="1200" height="630"/);
		// Text is drawn as paths: no <text>, and none of the title's characters as markup.
		expect(svg).not.toContain('<text');
		expect(svg).not.toContain('<script>');
	});
	it('renders a 1200 × 630 PNG once and then reads it from the cache by content', async () => {
		const a = await card(input, dir);
		expect(a.subarray(1, 4).toString()).toBe('PNG');
		expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(readdirSync(dir)).toEqual([`${cardKey(input)}.png`]);
		const again = await card(input, dir);
		expect(again.equals(a)).toBe(true);
		// A changed title is another card.
		const other = { ...input, title: `${input.title}！` };
		expect(cardKey(other)).not.toBe(cardKey(input));
		const b = await card(other, dir);
		expect(b.equals(a)).toBe(false);
		expect(readdirSync(dir).sort()).toEqual(
			[`${cardKey(input)}.png`, `${cardKey(other)}.png`].sort(),
		);
	}, 60_000);
	it('draws cards ahead in worker threads, the same bytes as on the build thread; a queued card is taken back', async () => {
		const ahead = mkdtempSync(join(tmpdir(), 'cards-ahead-'));
		try {
			// More cards than workers (one fewer than the cores), so that the last one is still queued.
			const inputs = Array.from({ length: availableParallelism() + 1 }, (_, i) => ({
				...input,
				title: `${input.title}${i}`,
			}));
			const last = inputs.length - 1;
			const files = inputs.map((c) => cardFile(ahead, cardKey(c)));
			renderCardsAhead(inputs, ahead);
			// The last card is still queued: the build takes it back and draws it itself.
			expect(renderedAhead(files[last]!)).toBeUndefined();
			// The first went to a worker at once, which writes its file.
			expect(await renderedAhead(files[0]!)).toBe(true);
			for (let t = 0; t < 300 && !files.slice(0, last).every((f) => existsSync(f)); t++)
				await new Promise((r) => setTimeout(r, 100));
			await new Promise((r) => setTimeout(r, 500));
			expect(files.map((f) => existsSync(f))).toEqual(files.map((_, i) => i !== last));
			for (const c of inputs) expect((await card(c, ahead)).equals(await renderCard(c))).toBe(true);
		} finally {
			rmSync(ahead, { recursive: true, force: true });
		}
	}, 60_000);
});

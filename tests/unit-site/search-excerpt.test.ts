import { describe, expect, it } from 'vitest';
import { blocks, makeExcerpt, type Segment } from '../../src/scripts/search/excerpt.ts';

const text = (s: Segment[] | null) =>
	(s ?? []).map((x) => (x.mark ? `[${x.text}]` : x.text)).join('');

describe('excerpts', () => {
	// New text (not from the seeds), shaped like Pagefind's content: title. caption. paragraphs.
	const content =
		'临河开发区冷链物流园开园. 园区航拍. 近日，投资12亿元的冷链物流园在临河开发区开园，项目建有冷库8万立方米，年周转能力达到60万吨，可带动就业1200人。' +
		'园区负责人介绍，冷链物流园采用BIPV光伏屋顶，年发电量约900万千瓦时，全部用于园区自用；剩余部分并入电网。 一期工程已经完工。';
	it('splits blocks where Pagefind joined them, never across one', () => {
		expect(blocks(content).slice(0, 3)).toEqual([
			'临河开发区冷链物流园开园',
			'园区航拍',
			expect.stringMatching(/^近日/),
		]);
		const e = text(makeExcerpt(content, ['园区航拍', '冷库'], 'zh', '', 40));
		expect(e).toBe('[园区航拍]');
		expect(e).not.toMatch(/\. /);
	});
	it('starts and ends on clause boundaries, not on a comma or a stray digit', () => {
		const e = text(makeExcerpt(content, ['年周转能力'], 'zh', '', 40));
		expect(e).toMatch(/^…?[^，。、；]/u);
		expect(e).toMatch(/(?:[。，；、]…|。)$/u);
		expect(e).toContain('[年周转能力]达到60万吨');
		expect(e).not.toMatch(/^…?\d|\d…?$/u);
	});
	it('marks every term it shows, through folding', () => {
		const e = text(makeExcerpt(content, ['ＢＩＰＶ', '光伏', '发电'], 'zh', '', 60));
		expect(e).toContain('[BIPV光伏]屋顶，年[发电]量');
	});
	it('uses the indexed names list only when the body has no match', () => {
		const tail = 'Linhe Cold Chain Park. Zhongtong Bus.';
		const en = `The cold chain park opened. It has cold stores of 80,000 cubic metres. ${tail}`;
		expect(text(makeExcerpt(en, ['park'], 'en', tail))).toBe('The cold chain [park] opened.');
		expect(text(makeExcerpt(en, ['Zhongtong Bus'], 'en', tail))).toBe('[Zhongtong Bus].');
		expect(makeExcerpt(en, ['yacht'], 'en', tail)).toBeNull();
	});
	it('English: whole words only, stop words left to the caller', () => {
		expect(text(makeExcerpt('Imports and exports rose 7.3%, not 73.3%.', ['7.3%'], 'en'))).toBe(
			'Imports and exports rose [7.3%], not 73.3%.',
		);
	});
});

describe('excerpt block order', () => {
	it('prefers the body to the title, which the result shows already', () => {
		const content = '园区冷链物流开园. 近日，园区冷链物流项目开园运营。';
		expect(text(makeExcerpt(content, ['冷链物流'], 'zh', '', 90, '园区冷链物流开园'))).toBe(
			'近日，园区[冷链物流]项目开园运营。',
		);
		expect(text(makeExcerpt(content, ['开园'], 'zh', '', 90, '园区冷链物流开园'))).toBe(
			'近日，园区冷链物流项目[开园]运营。',
		);
		expect(
			text(makeExcerpt('园区冷链物流开园. 正文没有。', ['冷链'], 'zh', '', 90, '园区冷链物流开园')),
		).toBe('园区[冷链]物流开园');
	});
});

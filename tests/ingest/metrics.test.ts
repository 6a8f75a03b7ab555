import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { metricSchema, type Block, type Metric } from '../../src/schemas/article.ts';
import { loadGlossaries, type Indicator } from '../../scripts/ingest/glossary.ts';
import { extractMetrics } from '../../scripts/ingest/metrics.ts';
import { blocksOf, describeMetric, fixture, seedBlocks } from './fixtures/blocks.ts';
import { codePointLength, sliceCodePoints } from '../../src/utils/codepoints.ts';

const { indicators } = loadGlossaries();

const para = (text: string, i = 0): Block => ({ type: 'paragraph', id: `b${i}`, text });
const read = (texts: string | string[], glossary: Indicator[] = indicators) => {
	const file = new VFile();
	const blocks = (Array.isArray(texts) ? texts : [texts]).map(para);
	const metrics = extractMetrics(blocks, file, glossary);
	return {
		metrics,
		file,
		blocks,
		lines: metrics.map(describeMetric),
		messages: file.messages.map(String),
	};
};

/** Every metric points at its figure and its sentence, and passes the record schema. */
function expectAnchored(metrics: Metric[], blocks: Block[]) {
	for (const m of metrics) {
		expect(metricSchema.parse(m)).toEqual(m);
		const text = blocks[m.block]!.text;
		// Offsets in code points: the figure at blockOffset, the sentence at textOffset.
		expect(sliceCodePoints(text, m.blockOffset!, codePointLength(m.match!))).toBe(m.match);
		expect(sliceCodePoints(text, m.textOffset!, codePointLength(m.text))).toBe(m.text);
		expect(m.text).toContain(m.match);
		expect(m.text).not.toMatch(/[。；;！？\n]/);
		expect(m.textOffset!).toBeLessThanOrEqual(m.blockOffset!);
	}
}

describe('extractMetrics: the forms of the brief', () => {
	it('reads a growth rate and its rank: 全区GDP增长7.3%，排名全市第2', () => {
		const { metrics, messages } = read(
			'上半年，全区GDP增长7.3%，排名全市第2；进出口完成27.3亿元，总量全市第4。',
		);
		expect(metrics).toEqual([
			{
				indicator: 'gdp',
				label: { zh: '地区生产总值', en: 'GDP' },
				value: 7.3,
				unit: { id: 'percent', scale: 1, printed: '%' },
				period: { printed: '上半年', half: 1, months: [1, 6] },
				kind: 'growth',
				rank: { scope: 'city', position: 2, printed: '全市第2' },
				text: '上半年，全区GDP增长7.3%，排名全市第2',
				block: 0,
				match: '7.3%',
				blockOffset: 11,
				textOffset: 0,
			},
			{
				indicator: 'imports-exports',
				label: { zh: '进出口', en: 'Imports and exports' },
				value: 27.3,
				unit: { id: 'cny', scale: 1e8, printed: '亿元' },
				period: { printed: '上半年', half: 1, months: [1, 6] }, // the lead period holds across ；
				kind: 'level',
				rank: { scope: 'city', position: 4, printed: '全市第4' },
				text: '进出口完成27.3亿元，总量全市第4',
				block: 0,
				match: '27.3亿元',
				blockOffset: 28,
				textOffset: 23,
			},
		]);
		expect(messages).toEqual([
			'1:1: Read metric gdp growth 7.3% (上半年, 全市第2) in block 0',
			'1:1: Read metric imports-exports level 27.3亿元 (上半年, 全市第4) in block 0',
		]);
	});

	it('reports the block’s first source line as the place of its messages', () => {
		const file = new VFile();
		extractMetrics(
			[
				{
					type: 'paragraph',
					id: 'b0',
					text: '实际使用外资2159.5万美元。',
					source: { start: 7, end: 8 },
				},
			],
			file,
			indicators,
		);
		expect(file.messages.map(String)).toEqual([
			'7:1: Read metric foreign-capital-utilised level 2159.5万美元 in block 0',
		]);
		expect(file.messages[0]).toMatchObject({ ruleId: 'metric', source: 'metrics' });
	});

	it.each([
		[
			'实际使用外资2159.5万美元',
			['foreign-capital-utilised level 2159.5 万美元 | - | - | 2159.5万美元'],
		],
		[
			'进出口总额增长19.77%，增速全市第3',
			['imports-exports growth 19.77 % | - | 全市第3 | 19.77%'],
		],
		[
			'高新技术产业产值173亿元，同比增长21.65%',
			[
				'high-tech-output level 173 亿元 | - | - | 173亿元',
				'high-tech-output growth 21.65 % | - | - | 21.65%',
			],
		],
		[
			'1-8月，规上工业增加值增长15.3%，排名全市第1',
			['industrial-value-added growth 15.3 % | 1-8月 | 全市第1 | 15.3%'],
		],
		[
			'2024年1—11月，高新技术产业产值173亿元，同比增长21.65%，增速全市第2。',
			[
				'high-tech-output level 173 亿元 | 2024年1—11月 | - | 173亿元',
				'high-tech-output growth 21.65 % | 2024年1—11月 | 全市第2 | 21.65%',
			],
		],
		['一季度，全区GDP增长8.2%，增速全市第1', ['gdp growth 8.2 % | 一季度 | 全市第1 | 8.2%']],
		[
			'1-5月民间投资占比排名全市第1',
			['private-investment-share rank 1  | 1-5月 | 全市第1 | 全市第1'],
		],
		[
			// the rank is of the total, which is not printed: a rank-only metric, not the growth's rank
			'限上零售额同比增长12%，总量居全市第2',
			[
				'retail-sales-above-size growth 12 % | - | - | 12%',
				'retail-sales-above-size rank 2  | - | 全市第2 | 全市第2',
			],
		],
		['占全部规上工业企业的50.79%', []], // no subject: nothing to read
		[
			'高新技术产业产值达到78.74亿元，同比增长27.5%，占全部规上工业企业的50.79%',
			[
				'high-tech-output level 78.74 亿元 | - | - | 78.74亿元',
				'high-tech-output growth 27.5 % | - | - | 27.5%',
				'high-tech-output share 50.79 % | - | - | 50.79%',
			],
		],
		[
			'全区生产总值从2012年的83.53亿元，增长至2021年的171.76亿元',
			[
				'gdp level 83.53 亿元 | 2012年 | - | 83.53亿元',
				'gdp level 171.76 亿元 | 2021年 | - | 171.76亿元',
			],
		],
		['全区企业主体数量达23064家', ['market-entities count 23064 家 | - | - | 23064家']],
		[
			'全区高端合金管材占比突破20%，提高了15个百分点，产品利润提高了5倍以上',
			[
				'high-end-alloy-pipe-share share 20 % | - | - | 20%',
				'high-end-alloy-pipe-share points 15 个百分点 | - | - | 15个百分点',
			],
		],
		['新增省级"专精特新"企业22家', ['srdi-enterprises added 22 家 | - | - | 22家']],
		['新增省级“专精特新”企业22家', ['srdi-enterprises added 22 家 | - | - | 22家']],
	])('%s', (text, expected) => {
		const { lines, metrics, blocks } = read(text);
		expect(lines).toEqual(expected);
		expectAnchored(metrics, blocks);
	});

	it('reads three rank metrics from one list: A增速、B增速、C增速等主要指标均排名全市第1', () => {
		const { lines } = read(
			'2024年1—11月，全区工业增加值增速、技改投资增速、工业投资增速等主要指标均排名全市第1，这是有力证明。',
		);
		expect(lines).toEqual([
			'industrial-value-added rank 1  | 2024年1—11月 | 全市第1 | 全市第1',
			'tech-upgrade-investment rank 1  | 2024年1—11月 | 全市第1 | 全市第1',
			'industrial-investment rank 1  | 2024年1—11月 | 全市第1 | 全市第1',
		]);
	});

	it('pairs 分别 figures with the indicators named before them, in order', () => {
		expect(read('一般公共预算收入、公共财政预算支出分别增长3倍、1.8倍').lines).toEqual([
			'general-budget-revenue growth 3 倍 | - | - | 3倍',
			'general-budget-expenditure growth 1.8 倍 | - | - | 1.8倍',
		]);
		expect(
			read('全区企业主体数量达23064家，注册资本总额突破1562.5亿元，分别较2012年增长10倍、12倍。')
				.lines,
		).toEqual([
			'market-entities count 23064 家 | - | - | 23064家',
			'registered-capital level 1562.5 亿元 | - | - | 1562.5亿元',
			'market-entities growth 10 倍 | - | - | 10倍', // 较2012年 is a base, not a period
			'registered-capital growth 12 倍 | - | - | 12倍',
		]);
	});

	it('doubts 分别 with more figures than indicators, and reads none of them', () => {
		const { lines, messages } = read('进出口分别增长3%、5%。');
		expect(lines).toEqual([]);
		expect(messages).toEqual([
			'1:1: 分别 with 2 figures after 1 indicator(s); not read: 进出口分别增长3%、5%',
		]);
	});

	it('carries the period of a full sentence across ； and into a sentence opening with 其中, not further', () => {
		const { lines } = read([
			'全区进出口1-5月份完成27亿元，同比增长19.77%。其中，出口额13.84亿元，同比增长73.3%。财政收入16.2亿元。',
		]);
		expect(lines).toEqual([
			'imports-exports level 27 亿元 | 1-5月份 | - | 27亿元',
			'imports-exports growth 19.77 % | 1-5月份 | - | 19.77%',
			'exports level 13.84 亿元 | 1-5月份 | - | 13.84亿元',
			'exports growth 73.3 % | 1-5月份 | - | 73.3%',
			'fiscal-revenue level 16.2 亿元 | - | - | 16.2亿元',
		]);
	});

	it('holds a reporting period that opens the paragraph for all of it, unless a sentence states its own (field case 10)', () => {
		expect(
			read([
				'上半年，全区进出口完成27亿元。受汇率影响，财政收入下降3.1%。1-8月，GDP增长6%。税收收入5亿元。',
			]).lines,
		).toEqual([
			'imports-exports level 27 亿元 | 上半年 | - | 27亿元',
			'fiscal-revenue growth -3.1 % | 上半年 | - | 3.1%',
			'gdp growth 6 % | 1-8月 | - | 6%',
			'tax-revenue level 5 亿元 | 上半年 | - | 5亿元',
		]);
		// A span (十年来, 近5年) or a period later in the paragraph is no lead.
		expect(read(['十年来，全区GDP增长1倍。财政收入16亿元。']).lines).toEqual([
			'gdp growth 1 倍 | 十年来 | - | 1倍',
			'fiscal-revenue level 16 亿元 | - | - | 16亿元',
		]);
		expect(read(['开发区发展很快。2013年，开发区晋升国家级。财政收入16亿元。']).lines).toEqual([
			'fiscal-revenue level 16 亿元 | - | - | 16亿元',
		]);
	});

	it('does not carry a period from one block to the next', () => {
		expect(read(['上半年，全区GDP增长7.3%', '进出口完成27.3亿元']).lines).toEqual([
			'gdp growth 7.3 % | 上半年 | - | 7.3%',
			'imports-exports level 27.3 亿元 | - | - | 27.3亿元',
		]);
	});

	it('skips headings', () => {
		const file = new VFile();
		const metrics = extractMetrics(
			[
				{ type: 'heading', level: 2, id: 'b0', text: '全区GDP增长7.3%' },
				para('进出口完成27亿元', 1),
			],
			file,
			indicators,
		);
		expect(metrics.map((m) => [m.block, m.indicator])).toEqual([[1, 'imports-exports']]);
	});

	it('doubts a percentage with neither a growth nor a share word, and a unit the indicator does not take', () => {
		const { lines, messages } = read(['全区GDP为7.3%。', '引进院士3个。', '引进院士工作站3个。']);
		expect(lines).toEqual([]);
		expect(messages).toEqual([
			'1:1: Figure 7.3% after gdp has no growth or share word; not read: 全区GDP为7.3%',
			'1:1: Figure 3个 is in 个, not a unit of academicians (人, 名, 位); not read: 引进院士3个',
			// 院士工作站3个: a new noun before the figure, so no doubt, nothing read
		]);
	});

	it('only reads indicators of the glossary it is given', () => {
		const only: Indicator[] = [{ id: 'exports', zh: '出口', en: 'Exports', aliases: ['出口额'] }];
		expect(read('进出口完成27亿元，其中出口额13.84亿元。', only).lines).toEqual([
			// 进出口 is not in this glossary, so its 出口 is found; no units or kinds: anything goes
			'exports level 27 亿元 | - | - | 27亿元',
			'exports level 13.84 亿元 | - | - | 13.84亿元',
		]);
		expect(read('进出口完成27亿元，其中出口额13.84亿元。', []).lines).toEqual([]);
	});
});

/** `> sentence` then its expected lines, or `(none)`. */
function cases(text: string): [string, string[]][] {
	const out: [string, string[]][] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (line.startsWith('> ')) out.push([line.slice(2), []]);
		else if (line.trim() !== '(none)') out.at(-1)![1].push(line);
	}
	return out;
}

describe('extractMetrics on sentences nobody has seen (fixtures/metrics/unseen.txt)', () => {
	const all = cases(fixture('./metrics/unseen.txt'));
	it('has cases', () => expect(all.length).toBeGreaterThan(25));
	it.each(all)('%s', (text, expected) => {
		const { lines, metrics, blocks, messages } = read(text);
		expect(lines).toEqual(expected);
		expectAnchored(metrics, blocks);
		expect(messages).toHaveLength(expected.length); // one report a metric, no doubts
	});
});

describe('extractMetrics on the five seeds (cleaned by hand)', () => {
	it.each(['000', '001', '002', '003', '004'])('seed %s', (n) => {
		const blocks = seedBlocks(n);
		const file = new VFile();
		const metrics = extractMetrics(blocks, file, indicators);
		const expected = fixture(`./metrics/seed-${n}.metrics.txt`)
			.split('\n')
			.filter((l) => l && !l.startsWith('#'));
		expect(metrics.map((m) => `${m.block}:${m.blockOffset} ${describeMetric(m)}`)).toEqual(
			expected,
		);
		expectAnchored(metrics, blocks);
		const messages = file.messages.map(String);
		expect(messages.every((m) => /^1:1: (?:Read|Repeated) metric /.test(m))).toBe(true);
		expect(messages.filter((m) => m.startsWith('1:1: Read metric '))).toHaveLength(
			metrics.length + messages.filter((m) => m.includes('Repeated')).length,
		);
	});

	it('reads nothing from the anecdotes and project descriptions of seed 000', () => {
		const blocks = seedBlocks('000');
		const metrics = extractMetrics(blocks, new VFile(), indicators);
		const matches = metrics.map((m) => m.match);
		// 投资50亿元的BIPV…, 年产值达30亿元, 提取中通客车1000台, 330家海外主流媒体, 市值突破260亿元, 102名
		for (const figure of [
			'50亿元',
			'30亿元',
			'1000台',
			'330家',
			'260亿元',
			'2.33亿人次',
			'5.47万户',
		])
			expect(matches).not.toContain(figure);
	});

	it('gives a headline text without blocks nothing', () => {
		expect(extractMetrics(blocksOf(''), new VFile(), indicators)).toEqual([]);
	});
});

describe('extractMetrics: signs, changes, flows, magnitudes and ranges (new text)', () => {
	it.each([
		// Signed growth: ASCII, full-width and mathematical minus, 负, and decline words.
		[
			'1-9月，规上工业增加值同比增长-3.4%。',
			['industrial-value-added growth -3.4 % | 1-9月 | - | -3.4%'],
		],
		['全年进出口增长－12.5%。', ['imports-exports growth -12.5 % | 全年 | - | －12.5%']],
		[
			'一季度固定资产投资增长−0.8%。',
			['fixed-asset-investment growth -0.8 % | 一季度 | - | −0.8%'],
		],
		[
			'上半年，社会消费品零售总额增速为负1.6%。',
			['retail-sales growth -1.6 % | 上半年 | - | 负1.6%'],
		],
		['税收收入同比负增长7.2%。', ['tax-revenue growth -7.2 % | - | - | 7.2%']],
		[
			'外贸进出口同比下降0.9%，降幅比一季度收窄。',
			['imports-exports growth -0.9 % | - | - | 0.9%'],
		],
		// Points: a fall in points is negative, a rise positive.
		[
			'高新技术产业产值占比回落1.4个百分点。',
			['high-tech-output points -1.4 个百分点 | - | - | 1.4个百分点'],
		],
		[
			'高新技术产业产值占比提高0.6个百分点。',
			['high-tech-output points 0.6 个百分点 | - | - | 0.6个百分点'],
		],
		// A change in an amount is its own kind, signed; the level after it stays the level.
		[
			'财政收入比上年增加2.4亿元，达到18.9亿元。',
			[
				'fiscal-revenue change 2.4 亿元 | - | - | 2.4亿元',
				'fiscal-revenue level 18.9 亿元 | - | - | 18.9亿元',
			],
		],
		['税收收入同比减少3500万元。', ['tax-revenue change -3500 万元 | - | - | 3500万元']],
		['规上工业企业数量比去年减少6家。', ['industrial-enterprises change -6 家 | - | - | 6家']],
		// 增长至 names the new level, not a change.
		[
			'财政收入由2019年的12亿元增长至2023年的15亿元。',
			[
				'fiscal-revenue level 12 亿元 | 2019年 | - | 12亿元',
				'fiscal-revenue level 15 亿元 | 2023年 | - | 15亿元',
			],
		],
		// Flows: added in the period, cumulative since a start, never the stock.
		['今年新认定高新技术企业9家。', ['high-tech-enterprises added 9 家 | 今年 | - | 9家']],
		[
			'高新技术企业新增11家，总数达到96家。',
			[
				'high-tech-enterprises added 11 家 | - | - | 11家',
				'high-tech-enterprises count 96 家 | - | - | 96家',
			],
		],
		['五年来累计招引过亿元项目58个。', ['projects-over-100m cumulative 58 个 | 五年来 | - | 58个']],
		[
			'开发区累计培育“瞪羚”企业7家、“单项冠军”企业2家。',
			[
				'gazelle-enterprises cumulative 7 家 | - | - | 7家',
				'single-champion-enterprises cumulative 2 家 | - | - | 2家',
			],
		],
		['全区现有专精特新企业41家。', ['srdi-enterprises count 41 家 | - | - | 41家']],
		// Magnitudes and ranges.
		['全区生产总值达到1.02万亿元。', ['gdp level 1.02 万亿元 | - | - | 1.02万亿元']],
		['进出口总额3—5亿元。', ['imports-exports level 3 亿元 | - | - | 3—5亿元']],
		['规上工业增加值增长6%～8%。', ['industrial-value-added growth 6 % | - | - | 6%～8%']],
	])('%s', (text, expected) => {
		const { lines, metrics, blocks, messages } = read(text);
		expect(lines).toEqual(expected);
		expectAnchored(metrics, blocks);
		expect(messages).toHaveLength(expected.length); // no doubts
	});

	it('keeps the upper end of a range', () => {
		expect(read('进出口总额3—5亿元。').metrics[0]).toMatchObject({
			value: 3,
			valueMax: 5,
			unit: { id: 'cny', scale: 1e8 },
		});
		expect(read('进出口总额3亿～5亿元。').metrics[0]).toMatchObject({
			value: 3,
			valueMax: 5,
			unit: { id: 'cny', scale: 1e8 },
		});
		expect(read('规上工业增加值增长6%～8%。').metrics[0]).toMatchObject({
			value: 6,
			valueMax: 8,
			unit: { id: 'percent', scale: 1 },
		});
	});

	it('reports, and does not read, figures it cannot decide', () => {
		const doubts = (text: string) => read(text).messages.filter((m) => !m.includes('Read metric'));
		// A dash where a minus may stand.
		expect(read('规上工业增加值增长—2.3%。').metrics).toEqual([]);
		expect(doubts('规上工业增加值增长—2.3%。')[0]).toMatch(
			/dash before a number may be a minus sign/,
		);
		// A sign and a decline word: a double negative nobody prints on purpose.
		expect(read('进出口下降-4%。').metrics).toEqual([]);
		expect(doubts('进出口下降-4%。')[0]).toMatch(/signed and follows a decline word/);
		// A negative count.
		expect(read('高新技术企业-3家。').metrics).toEqual([]);
		expect(doubts('高新技术企业-3家。')[0]).toMatch(/cannot be negative/);
		// Figure-shaped tokens the grammar cannot read: full-width digits, a stray comma, two decimal points.
		for (const [text, token] of [
			['进出口增长１２．５％。', '１２．５％'],
			['财政收入达到1,2亿元。', '1,2亿元'],
			['GDP增长7.3.1%。', '7.3.1%'],
		]) {
			expect(doubts(text).some((m) => m.includes(`Figure-shaped ${token} could not be read`))).toBe(
				true,
			);
		}
	});
});

describe('extractMetrics: one value per article, indicator, period and kind', () => {
	it('keeps a repeated figure once, at its first place, with the rank the repeat adds', () => {
		const { metrics, messages } = read([
			'1-4月，进出口同比增长8.8%。',
			'1-4月份，全区进出口完成12亿元，同比增长8.8%，增速全市第2。',
			'1—4月份，进出口增长8.8%。',
		]);
		expect(metrics.map(describeMetric)).toEqual([
			'imports-exports growth 8.8 % | 1-4月 | 全市第2 | 8.8%',
			'imports-exports level 12 亿元 | 1-4月份 | - | 12亿元',
		]);
		expect(metrics[0]!.block).toBe(0);
		expect(messages.filter((m) => m.includes('Repeated metric'))).toHaveLength(2);
	});

	it('keeps values of other periods or kinds apart', () => {
		const { metrics } = read([
			'一季度，进出口增长8.8%。',
			'上半年，进出口增长8.8%，占全市比重8.8%。',
		]);
		expect(metrics.map(describeMetric)).toEqual([
			'imports-exports growth 8.8 % | 一季度 | - | 8.8%',
			'imports-exports growth 8.8 % | 上半年 | - | 8.8%',
			'imports-exports share 8.8 % | 上半年 | - | 8.8%',
		]);
	});

	it('keeps two different values for one key, and warns', () => {
		const { metrics, file } = read(['上半年，进出口增长8.8%。', '上半年，进出口增长9.1%。']);
		expect(metrics.map((m) => m.value)).toEqual([8.8, 9.1]);
		const conflict = file.messages.find((m) => m.ruleId === 'metric-conflict')!;
		expect(conflict.reason).toMatch(/Two values for imports-exports growth \(上半年\)/);
		expect([conflict.actual, conflict.expected]).toEqual(['9.1%', ['8.8%']]);
		expect(conflict.fatal).toBe(false);
	});
});

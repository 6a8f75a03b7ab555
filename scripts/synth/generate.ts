/**
 * Deterministic synthetic corpus: `node scripts/synth/generate.ts --n 1000 --out bench-out/seeds [--seed 42]`.
 *
 * Writes N raw articles shaped like the seeds, with the same kinds of print damage (doubled glyphs,
 * narrow columns with column breaks mid-sentence, spread digits, headings after their sections, ledes
 * printed at the end, markdown mastheads with captions and credits) and realistic variety: dates over
 * 15 years, entities and indicators drawn from the glossaries, so that search, dedupe and metric pages
 * are exercised as in a real archive. Same seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { linkable, loadGlossaries } from '../ingest/glossary.ts';
import { columnBreak, doubleGlyphs, prng, spreadDigits, wrapColumn } from './damage.ts';

/** What `generate` makes: how many articles, from which PRNG seed, with which glossaries. */
export interface SynthOptions {
	/** Number of articles. */
	n: number;
	/** PRNG seed (`prng` of `damage.ts`): same seed, same articles. */
	seed: number;
	/** Glossary directory (default `data`). */
	dataDir?: string;
}

const HEADS = [
	'项目建设提速增效',
	'产业转型步伐加快',
	'营商环境持续优化',
	'对外开放再上台阶',
	'科技创新动能增强',
	'城乡面貌焕然一新',
	'民生福祉不断增进',
	'党建引领攻坚克难',
];
const TITLES = [
	'奋力谱写高质量发展新篇章',
	'聚力攻坚 实干争先',
	'打造创新创业新高地',
	'项目为王 产业强区',
	'开放引领 活力迸发',
	'优化服务 企业满意',
	'绿色发展 底色更亮',
	'凝心聚力 再创辉煌',
];
const VERBS = ['完成', '达到', '实现'];
const PERIODS = ['一季度', '上半年', '1-5月', '1-8月', '前三季度', '1-10月', '全年'];
const FILLER = [
	'开发区坚持项目为王，全力以赴抓招商、抓建设、抓服务，推动各项工作取得新成效。',
	'围绕主导产业强链延链补链，一批投资规模大、带动能力强的项目相继落地。',
	'持续深化“放管服”改革，企业开办时间进一步压缩，群众办事更加便捷高效。',
	'坚持以人民为中心的发展思想，教育、医疗、养老等民生事业全面进步。',
	'聚焦科技创新，新增一批省级研发平台，企业创新主体地位不断增强。',
];

/**
 * The raw text of synthetic article `i` (its number goes into the title), drawing every choice from
 * `rand` (a PRNG returning [0, 1)): one of four print layouts, with the damage of `damage.ts`; ends
 * with a newline. Throws a `TypeError` when the glossary has no indicator, no company or project
 * entity, or no linkable place entity to draw from.
 */
export function generateArticle(
	i: number,
	rand: () => number,
	g: ReturnType<typeof loadGlossaries>,
): string {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	const year = 2011 + Math.floor(rand() * 15);
	const month = 1 + Math.floor(rand() * 12);
	const day = 1 + Math.floor(rand() * 28);
	const indicators = g.indicators.filter((x) => x.aliases.length || x.zh);
	const companies = g.entities.filter((e) => e.type === 'company' || e.type === 'project');
	const isLinked = linkable(g.entities);
	const places = g.entities.filter((e) => e.type === 'place' && isLinked(e.id));
	const figure = () => {
		const ind = pick(indicators);
		const period = pick(PERIODS);
		const level = (10 + rand() * 400).toFixed(1);
		const growth = (rand() * 30).toFixed(1);
		return `${period}，全区${ind.zh}${pick(VERBS)}${level}亿元，同比增长${growth}%，排名全市第${1 + Math.floor(rand() * 8)}。`;
	};
	const para = () =>
		[
			pick(FILLER),
			`${pick(companies).zh}在${pick(places).zh}新建生产基地，总投资${(1 + rand() * 50).toFixed(0)}亿元。`,
			figure(),
			pick(FILLER),
		]
			.slice(0, 2 + Math.floor(rand() * 3))
			.join('');
	const sections = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => ({
		head: pick(HEADS),
		paras: Array.from({ length: 1 + Math.floor(rand() * 2) }, para),
	}));
	const lede = `${year}年以来，开发区${pick(FILLER).slice(3)}${figure()}`;
	const title = `${pick(TITLES)}（${i}）`;
	const reporter = `记者 ${pick(['张超', '李明', '王芳', '赵磊', '刘洋'])}`;
	const layout = rand();
	const narrow = rand() < 0.5;
	const body = (p: string) => {
		let t = spreadDigits(p, rand, 0.3);
		if (narrow) t = columnBreak(wrapColumn(t, 12), 1 + Math.floor(rand() * 3));
		return t;
	};
	let parts: string[];
	if (layout < 0.2) {
		// Markdown masthead with a printed date, captions and credits.
		parts = [
			'# 专刊横幅',
			'聊城日报 开发区专刊',
			`${year}年${month}月${day}日`,
			`## ${title}`,
			`■ ${reporter.slice(3)}`,
			lede,
			`${pick(companies).zh}生产车间`,
		];
		for (const s of sections) parts.push(`### ${s.head}`, ...s.paras);
		parts.push('本版责编：苑莘 本版美编：李旭');
	} else if (layout < 0.35) {
		// Headings printed after their sections; a wide lede.
		parts = [title, reporter, wrapColumn(lede, 40)];
		for (const s of sections) parts.push(...s.paras.map(body), s.head);
	} else if (layout < 0.5) {
		// Doubled glyphs, lede printed after the closing byline.
		parts = [doubleGlyphs(title)];
		for (const s of sections)
			parts.push(doubleGlyphs(s.head), ...s.paras.map((p) => wrapColumn(doubleGlyphs(p), 24)));
		parts.push(doubleGlyphs(`(文/${reporter.slice(3)})`), wrapColumn(lede, 15));
	} else {
		parts = [`聊城经济技术开发区——`, title, lede, reporter];
		for (const s of sections) parts.push(s.head, ...s.paras.map(body));
	}
	return `${parts.join('\n\n')}\n`;
}

/**
 * `opts.n` synthetic articles as `{ name, text }`, named like the seeds (`000042_<16 hex>.txt`).
 * Deterministic for a given seed and glossary. Throws a `GlossaryError` for a bad glossary directory,
 * or as `generateArticle`.
 */
export function generate(opts: SynthOptions): { name: string; text: string }[] {
	const g = loadGlossaries(opts.dataDir ?? 'data');
	const rand = prng(opts.seed);
	return Array.from({ length: opts.n }, (_, i) => {
		const text = generateArticle(i, rand, g);
		const hex =
			Math.floor(rand() * 2 ** 32)
				.toString(16)
				.padStart(8, '0') + i.toString(16).padStart(8, '0');
		return { name: `${String(i).padStart(6, '0')}_${hex}.txt`, text };
	});
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			n: { type: 'string', default: '1000' },
			out: { type: 'string', default: 'bench-out/seeds' },
			seed: { type: 'string', default: '42' },
		},
	});
	mkdirSync(values.out, { recursive: true });
	const files = generate({ n: Number(values.n), seed: Number(values.seed) });
	for (const f of files) writeFileSync(join(values.out, f.name), f.text);
	console.log(`wrote ${files.length} synthetic article(s) to ${values.out}`);
}

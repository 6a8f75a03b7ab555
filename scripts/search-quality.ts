/**
 * `npm run search:quality [-- --dist dist --content content --data data --verbose --json file]`
 *
 * Runs the query set of scripts/search-queries.ts through the real search page of a built site in
 * Chromium (`/<lang>/search/?q=…`, all result pages) and prints, per query and per group and overall,
 * recall (expected articles found / expected) and precision (expected articles found / results).
 * Expected results are the articles whose cleaned text contains the query, or that are about the
 * glossary thing the query names (see search-queries.ts).
 *
 * The `highlight` group is scored on the article pages instead: every result's link is opened (with
 * its `?highlight=` terms) and, over (page, query term printed on the page) pairs, recall is the share
 * of terms marked at least once, precision the share of marked runs that are a query term or a name
 * of the thing it names (folded).
 * Figures, not a test: the exit code is 0 unless the site cannot be searched at all.
 */
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildQueries, type Query } from './search-queries.ts';
import { splitTerms, EN_STOP_WORDS } from '../src/scripts/search-query.ts';
import { findTerms, foldTerm } from '../src/utils/fold.ts';
import { serveStatic } from './search-serve.ts';
import { config } from '../src/utils/config.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: config.outDir },
		content: { type: 'string', default: config.contentDir },
		data: { type: 'string', default: config.dataDir },
		verbose: { type: 'boolean', default: false },
		group: { type: 'string' },
		json: { type: 'string' },
	},
});

/** Article slugs of the results the search page lists for `q` (every page of results). */
export async function searchPageResults(
	page: import('@playwright/test').Page,
	baseUrl: string,
	lang: 'zh' | 'en',
	q: string,
): Promise<string[]> {
	const target = `${baseUrl}${lang}/search/?q=${encodeURIComponent(q)}`;
	const onPage =
		page.url().startsWith(`${baseUrl}${lang}/search/`) &&
		(await page.evaluate(() => document.getElementById('search-app')?.dataset.state === 'done'));
	if (onPage) {
		// Same page: a history entry and popstate, the path of the back button (keeps Pagefind loaded).
		await page.evaluate((url) => {
			document.getElementById('search-app')!.dataset.state = 'navigating';
			history.pushState(null, '', url);
			dispatchEvent(new PopStateEvent('popstate'));
		}, target);
	} else await page.goto(target);
	await page.waitForFunction(() => {
		const app = document.getElementById('search-app');
		if (app?.dataset.state) return app.dataset.state === 'done' || app.dataset.state === 'error';
		const s = document.getElementById('search-status')?.textContent ?? '';
		return s !== '' && s !== app?.dataset.loading;
	});
	for (;;) {
		const more = page.locator('#search-more:not([hidden])');
		if (!(await more.count())) break;
		await more.click();
		await page.waitForFunction(
			() => document.getElementById('search-app')?.dataset.state === 'done',
		);
	}
	const hrefs = await page
		.locator('#search-results > li')
		.evaluateAll((lis) =>
			lis
				.map(
					(li) =>
						(li.querySelector('[data-result-link]') ??
							li.querySelector('h2 a, h3 a')) as HTMLAnchorElement | null,
				)
				.map((a) => a?.pathname ?? ''),
		);
	return hrefs.map((h) => /\/articles\/([^/]+)\//.exec(h)?.[1] ?? h);
}

/**
 * Highlight score of one result page: `[terms printed and marked, terms printed, marked runs that
 * are a term or a mark string, marked runs]`.
 */
async function highlightScore(
	page: import('@playwright/test').Page,
	href: string,
	q: Query,
): Promise<[number, number, number, number]> {
	await page.goto(href);
	const { text, runs, wanted } = await page.evaluate(() => {
		const root = document.querySelector('[data-pagefind-body]')!;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		let text = '';
		const runs: string[] = [];
		let run = '';
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (n.parentElement?.closest('[hidden], .article-meta, .notice')) continue;
			const marked = !!n.parentElement?.closest('mark.search-hit');
			if (marked) run += n.textContent;
			else if (run && (n.textContent ?? '').length) {
				runs.push(run);
				run = '';
			}
			text += n.textContent;
		}
		if (run) runs.push(run);
		return { text, runs, wanted: new URL(location.href).searchParams.getAll('highlight') };
	});
	const terms = splitTerms(q.q).filter((t) => !EN_STOP_WORDS.has(t.toLowerCase()));
	const whole = q.lang === 'en' ? [q.q] : [];
	const printed = [...terms, ...whole].filter(
		(t, i, a) => a.indexOf(t) === i && findTerms(text, [t], q.lang === 'en').length,
	);
	const markedTerms = printed.filter((t) => runs.some((r) => foldTerm(r).includes(foldTerm(t))));
	const ok = runs.filter((r) =>
		[...terms, ...wanted].some(
			(t) => foldTerm(t) === foldTerm(r) || foldTerm(r).includes(foldTerm(t)),
		),
	).length;
	return [markedTerms.length, printed.length, ok, runs.length];
}

interface Row extends Query {
	got: string[];
	tp: number;
	recall: number;
	precision: number;
	/** Highlight group: [terms marked, terms printed, good marked runs, marked runs]. */
	pairs?: number[];
}

function score(q: Query, got: string[]): Row {
	const exp = new Set(q.expected);
	const uniq = [...new Set(got)];
	const tp = uniq.filter((s) => exp.has(s)).length;
	return {
		...q,
		got: uniq,
		tp,
		recall: exp.size ? tp / exp.size : 1,
		precision: uniq.length ? tp / uniq.length : 1,
	};
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function summarise(rows: Row[]) {
	if (rows.length && rows.every((r) => r.pairs)) {
		const [t, p, ok, runs] = [0, 1, 2, 3].map((i) => rows.reduce((s, r) => s + r.pairs![i]!, 0));
		return {
			queries: rows.length,
			recall: p ? t! / p : 1,
			precision: runs ? ok! / runs : 1,
			fullRecall: rows.filter((r) => r.recall === 1).length,
			fullPrecision: rows.filter((r) => r.precision === 1).length,
			falsePositives: runs! - ok!,
			misses: p! - t!,
		};
	}
	const expected = rows.reduce((s, r) => s + r.expected.length, 0);
	const got = rows.reduce((s, r) => s + r.got.length, 0);
	const tp = rows.reduce((s, r) => s + r.tp, 0);
	return {
		queries: rows.length,
		/** Micro-averaged over (query, article) pairs. */
		recall: expected ? tp / expected : 1,
		precision: got ? tp / got : 1,
		/** Queries that found every expected article / returned nothing unexpected. */
		fullRecall: rows.filter((r) => r.recall === 1).length,
		fullPrecision: rows.filter((r) => r.precision === 1).length,
		falsePositives: got - tp,
		misses: expected - tp,
	};
}

async function main() {
	if (!existsSync(`${values.dist}/pagefind/pagefind.js`))
		throw new Error(`no Pagefind bundle in ${values.dist}/pagefind: build the site first`);
	let queries = buildQueries(values.content, values.data);
	if (values.group) queries = queries.filter((q) => q.group === values.group);
	const server = await serveStatic(values.dist!);
	const browser = await chromium.launch(
		existsSync('/usr/bin/chromium')
			? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }
			: {},
	);
	const rows: Row[] = [];
	try {
		const page = await browser.newPage();
		for (const q of queries) {
			const got = await searchPageResults(page, server.url, q.lang, q.q);
			let row = score(q, got);
			if (q.group === 'highlight') {
				const hrefs = await page
					.locator('#search-results [data-result-link]')
					.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
				const totals = [0, 0, 0, 0];
				for (const href of hrefs)
					(await highlightScore(page, href, q)).forEach((x, i) => (totals[i]! += x));
				// Scored as pairs: expected = terms printed, tp = those marked; results = marked runs, precision over them.
				row = {
					...q,
					got,
					tp: totals[0]!,
					recall: totals[1] ? totals[0]! / totals[1] : 1,
					precision: totals[3] ? totals[2]! / totals[3] : 1,
					pairs: totals,
				};
			}
			rows.push(row);
			const flag = row.recall < 1 || row.precision < 1 ? ' ✗' : '';
			if (values.verbose || flag)
				console.log(
					`${q.group.padEnd(13)} ${q.lang} ${JSON.stringify(q.q).padEnd(24)} expected ${String(q.expected.length).padStart(2)}  got ${String(row.got.length).padStart(2)}  recall ${pct(row.recall).padStart(6)}  precision ${pct(row.precision).padStart(6)}${flag}`,
				);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	console.log(
		'\ngroup          queries  recall  precision  full-recall  full-precision  misses  false+',
	);
	const groups = [...new Set(rows.map((r) => r.group)), 'overall'];
	const summary: Record<string, ReturnType<typeof summarise>> = {};
	for (const g of groups) {
		// The highlight group is scored on marks, not results: it is left out of the overall figures.
		const s = summarise(
			g === 'overall'
				? rows.filter((r) => r.group !== 'highlight')
				: rows.filter((r) => r.group === g),
		);
		summary[g] = s;
		console.log(
			`${g.padEnd(14)} ${String(s.queries).padStart(7)}  ${pct(s.recall).padStart(6)}  ${pct(s.precision).padStart(9)}  ${`${s.fullRecall}/${s.queries}`.padStart(11)}  ${`${s.fullPrecision}/${s.queries}`.padStart(14)}  ${String(s.misses).padStart(6)}  ${String(s.falsePositives).padStart(6)}`,
		);
	}
	if (values.json) writeFileSync(values.json, JSON.stringify({ summary, rows }, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

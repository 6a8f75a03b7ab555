/**
 * `measureSearch(baseUrl, query, lang)`: search timing of a served site in Chromium, for `npm run bench`
 * (scripts/bench.ts) and by hand:
 *
 *   node scripts/search-bench.ts http://127.0.0.1:4321/ 中通客车 zh
 *
 * Cold: a fresh browser context (empty cache) opens `<lang>/search/?q=…`; reported are the bytes fetched
 * (response bodies and headers as sent, from Playwright's request events, workers included) from the moment the page starts (page, scripts, Pagefind's bundle, WASM, index chunks, fragments)
 * the milliseconds from navigation start to the first result (or the "nothing matched" status), and to the
 * search being done (facet counts, indicator box, other edition: work the page defers past the first result).
 * Warm: in the same page a second search (the same query through the form, so Pagefind is loaded and
 * its chunks are cached) and a different query (new chunks, loaded bundle).
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';

export interface SearchTiming {
	/** Milliseconds to the first result or the final status. */
	ms: number;
	/** Milliseconds until the search is done (facet counts, indicator box, other edition: what comes after the first results). */
	doneMs: number;
	/** Bytes transferred (encoded body sizes) during the measurement, until the search is done (facets included). */
	bytes: number;
	/** Of those, the bytes transferred by the time the first result was shown. */
	firstBytes: number;
	requests: number;
	results: number;
	/** Bytes by kind of file (html, js, wasm, meta, filter, index, fragment, other). */
	byKind: Record<string, number>;
}
export interface SearchBench {
	query: string;
	lang: 'zh' | 'en';
	cold: SearchTiming;
	warm: SearchTiming;
	/** A second, different query on the warm page. */
	warmOther: SearchTiming;
}

/** Bytes and requests seen on the network (the page and its workers), from Playwright's request events. */
class Meter {
	bytes = 0;
	requests = 0;
	byKind: Record<string, number> = {};
	pending: Promise<void>[] = [];
	constructor(page: Page) {
		page.context().on('requestfinished', (request) => {
			this.requests++;
			const kind = kindOf(request.url());
			this.pending.push(
				request.sizes().then(
					(s) => {
						const n = s.responseBodySize + s.responseHeadersSize;
						this.bytes += n;
						this.byKind[kind] = (this.byKind[kind] ?? 0) + n;
					},
					() => undefined,
				),
			);
		});
	}
	/** Bytes so far, without resetting. */
	async peek(): Promise<number> {
		await Promise.all(this.pending);
		return this.bytes;
	}
	async take(): Promise<{ bytes: number; requests: number; byKind: Record<string, number> }> {
		await new Promise((r) => setTimeout(r, 100));
		await Promise.all(this.pending);
		const out = { bytes: this.bytes, requests: this.requests, byKind: this.byKind };
		this.bytes = 0;
		this.requests = 0;
		this.byKind = {};
		this.pending = [];
		return out;
	}
}

/** What a fetched file is, for the breakdown of bytes. */
function kindOf(url: string): string {
	const path = new URL(url).pathname;
	const m = /\.(pf_meta|pf_filter|pf_index|pf_fragment|pagefind|wasm|js|css|json)$/.exec(path);
	if (!m) return path.endsWith('/') || path.endsWith('.html') ? 'html' : 'other';
	return {
		pf_meta: 'meta',
		pf_filter: 'filter',
		pf_index: 'index',
		pf_fragment: 'fragment',
		pagefind: 'wasm',
		wasm: 'wasm',
		js: 'js',
		css: 'css',
		json: 'json',
	}[m[1]!]!;
}

async function submit(page: Page, meter: Meter, q: string): Promise<SearchTiming> {
	await meter.take();
	const t0 = await page.evaluate(() => performance.now());
	await page.evaluate((query) => {
		const input = document.getElementById('search-q') as HTMLInputElement;
		input.value = query;
		document.getElementById('search-app')!.dataset.state = 'submitted';
		(document.getElementById('search-form') as HTMLFormElement).requestSubmit();
	}, q);
	return timing(page, meter, t0);
}

async function timing(page: Page, meter: Meter, t0: number): Promise<SearchTiming> {
	const t1 = await page.waitForFunction(
		() => {
			const state = document.getElementById('search-app')?.dataset.state;
			if (document.querySelector('#search-results > li') || state === 'done' || state === 'error')
				return performance.now();
			return false;
		},
		undefined,
		{ polling: 'raf' },
	);
	const ms = (await t1.jsonValue()) as number;
	const firstBytes = await meter.peek();
	const t2 = await page.waitForFunction(
		() =>
			['done', 'error'].includes(document.getElementById('search-app')?.dataset.state ?? '')
				? performance.now()
				: false,
		undefined,
		{ polling: 'raf' },
	);
	const doneMs = (await t2.jsonValue()) as number;
	const { bytes, requests, byKind } = await meter.take();
	const results = await page.locator('#search-results > li').count();
	return {
		ms: Math.round(ms - t0),
		doneMs: Math.round(doneMs - t0),
		bytes,
		firstBytes,
		requests,
		results,
		byKind,
	};
}

export async function measureSearch(
	baseUrl: string,
	query: string,
	lang: 'zh' | 'en',
): Promise<SearchBench> {
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	const browser = await chromium.launch(
		existsSync('/usr/bin/chromium')
			? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }
			: {},
	);
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		const meter = new Meter(page);
		await page.goto(`${base}${lang}/search/?q=${encodeURIComponent(query)}`, {
			waitUntil: 'commit',
		});
		const cold = await timing(page, meter, 0);
		const warm = await submit(page, meter, query);
		const other =
			lang === 'zh'
				? query === '开发区'
					? '进出口'
					: '开发区'
				: query === 'investment'
					? 'zone'
					: 'investment';
		const warmOther = await submit(page, meter, other);
		await context.close();
		return { query, lang, cold, warm, warmOther };
	} finally {
		await browser.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [baseUrl = 'http://127.0.0.1:4321/', query = '中通客车', lang = 'zh'] =
		process.argv.slice(2);
	console.log(JSON.stringify(await measureSearch(baseUrl, query, lang as 'zh' | 'en'), null, 2));
}

/**
 * The search page (`/<lang>/search/?q=…&sort=…&year=…&topic=…&entity=…&translated=…`): the URL is
 * the state (shareable; form submits and filter changes push history entries, the back button
 * restores them). Queries go through the rewriter (search-query.ts) to this language's Pagefind
 * index. Everything from the index is data: text goes in with textContent, and the only markup kept
 * from excerpts is Pagefind's <mark>, rebuilt element by element.
 */
import { clean, contains, highlights, rewrite, type Lang, type Term } from './search-query.ts';

interface Fragment {
	url: string;
	excerpt: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface Hit {
	id: string;
	score: number;
	data(): Promise<Fragment>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
	results: Hit[];
	filters: Counts;
	totalFilters: Counts;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string | null, o?: { filters?: unknown; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
	preload(q: string): Promise<void>;
}

const PAGE = 10;
const FACETS = ['year', 'topic', 'entity', 'translated'] as const;
type Facet = (typeof FACETS)[number];
const SORTS = { relevance: null, 'date-desc': { date: 'desc' }, 'date-asc': { date: 'asc' } } as const;
type Sort = keyof typeof SORTS;

const app = document.getElementById('search-app')!;
const lang = (document.documentElement.lang.startsWith('zh') ? 'zh' : 'en') as Lang;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const facetsBox = document.getElementById('search-facets')!;
const indicatorBox = document.getElementById('search-indicator')!;
const d = app.dataset;
/** Chinese page: full-width punctuation in the UI text built here (`经济（3）`). */
const zhPage = document.documentElement.lang.startsWith('zh');
const fill = (template: string | undefined, values: Record<string, string>) => (template ?? '').replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
const indicators = JSON.parse(d.indicators ?? '[]') as { id: string; names: string[]; label: string; href: string }[];
const facetLabels = JSON.parse(d.facets ?? '{}') as Record<Facet, string> & { yes: string; no: string; none: string };

type PagefindModule = Pagefind & { createInstance(o: Record<string, unknown>): Pagefind };
/**
 * The page preloads Pagefind's script, entry, metadata and WASM (`addPreloads` in
 * src/integrations/pagefind.ts), so that Pagefind's worker finds them in the browser cache; the cache
 * tag fixes the entry file's URL per index so that it matches the preload. (Running Pagefind on the
 * main thread instead was measured at 10,000 articles: no faster cold, and a repeated search took
 * ~220 ms instead of ~45 ms.)
 */
const initOptions = { baseUrl: d.base, ...(d.pagefindTag ? { metaCacheTag: d.pagefindTag } : {}) };
let module: Promise<PagefindModule> | null = null;
const importPagefind = () => (module ??= import(/* @vite-ignore */ `${d.pagefind}pagefind.js`) as Promise<PagefindModule>);

/**
 * The instance that finds results. It loads no filter index unless the search is filtered: the filter
 * indexes are the largest files of a search (at 10,000 articles about half of a cold search's bytes),
 * and Pagefind counts every loaded filter for every search, which made each search several times slower.
 */
let pagefind: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
	pagefind ??= importPagefind().then(async (pf) => {
		await pf.options({ ...initOptions, excerptLength: lang === 'zh' ? 60 : 30 });
		return pf;
	});
	return pagefind;
}

/**
 * A second instance (same worker, same cached files) for the facet counts and the indicator box: it
 * loads the facets' filter indexes (not the indicator filter) once the results are on screen.
 */
let counter: Promise<Pagefind> | null = null;
const loadCounter = () => (counter ??= importPagefind().then((pf) => pf.createInstance(initOptions)));
/** A filter that keeps every page but makes Pagefind load (and count) that facet's index. */
const ALL_FACETS = Object.fromEntries(FACETS.map((f) => [f, { none: [] }]));

interface State {
	q: string;
	sort: Sort;
	filters: Partial<Record<Facet, string[]>>;
}
function readState(): State {
	const p = new URLSearchParams(location.search);
	const sort = p.get('sort') as Sort;
	const filters: State['filters'] = {};
	for (const f of FACETS) if (p.getAll(f).length) filters[f] = p.getAll(f);
	return { q: p.get('q')?.trim() ?? '', sort: sort in SORTS ? sort : 'relevance', filters };
}
function writeState(s: State, push: boolean) {
	const p = new URLSearchParams();
	if (s.q) p.set('q', s.q);
	if (s.sort !== 'relevance') p.set('sort', s.sort);
	for (const f of FACETS) for (const v of s.filters[f] ?? []) p.append(f, v);
	const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
	if (push) history.pushState(null, '', url);
	else history.replaceState(null, '', url);
}

/** Pagefind filter object: several years or English/Chinese-only values are alternatives; topics and entities must all apply. */
function pagefindFilters(f: State['filters']) {
	const out: Record<string, unknown> = {};
	if (f.year?.length) out.year = { any: f.year };
	if (f.translated?.length) out.translated = { any: f.translated };
	if (f.topic?.length) out.topic = f.topic;
	if (f.entity?.length) out.entity = f.entity;
	return out;
}

interface Outcome {
	hits: Hit[];
	/** Facet counts, or null when they are to come from the counting instance (`countPhrase`). */
	counts: Counts | null;
	fragments: Map<string, Promise<Fragment>>;
	/** The one phrase whose search the counting instance repeats for the counts. */
	countPhrase?: string;
}

/** Run every phrase of every term; keep the pages all of them found (in the first search's order), then verify where needed. */
async function execute(pf: Pagefind, terms: Term[], s: State): Promise<Outcome> {
	const sort = SORTS[s.sort];
	const options = { filters: pagefindFilters(s.filters), ...(sort ? { sort: { ...sort } } : {}) };
	const searches = await Promise.all(terms.flatMap((t) => t.phrases).map((p) => pf.search(p, options)));
	const fragments = new Map<string, Promise<Fragment>>();
	if (searches.some((x) => !x)) return { hits: [], counts: null, fragments };
	const [first, ...rest] = searches as PagefindSearch[];
	const scores = new Map(first!.results.map((h) => [h.id, h.score]));
	for (const other of rest) {
		const ids = new Map(other.results.map((h) => [h.id, h.score]));
		for (const [id, score] of scores) {
			if (ids.has(id)) scores.set(id, score + ids.get(id)!);
			else scores.delete(id);
		}
	}
	let hits = first!.results.filter((h) => scores.has(h.id));
	const fragment = (h: Hit) => {
		if (!fragments.has(h.id)) fragments.set(h.id, h.data());
		return fragments.get(h.id)!;
	};
	const verify = terms.filter((t) => t.verify);
	if (verify.length) {
		const checked = await Promise.all(
			hits.map(async (h) => {
				const content = clean((await fragment(h)).content);
				return verify.every((t) => contains(content, t.text));
			}),
		);
		hits = hits.filter((_, i) => checked[i]);
	}
	if (rest.length === 0 && verify.length === 0) return { hits, counts: null, fragments, countPhrase: terms[0]!.phrases[0]! };
	// Counts of the pages that remain, from their own filters.
	const counts: Counts = {};
	for (const h of hits)
		for (const [k, vs] of Object.entries((await fragment(h)).filters))
			for (const v of vs) (counts[k] ??= {})[v] = (counts[k][v] ?? 0) + 1;
	if (s.sort === 'relevance' && rest.length) hits.sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
	return { hits, counts, fragments };
}

// ---------------------------------------------------------------------------------------------
// Rendering (text nodes only)

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]) => {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
	e.append(...children);
	return e;
};

const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’';
const gap = new RegExp(`([${cjk}])((?:</?mark>)*)\\s+((?:</?mark>)*)(?=[${cjk}])`, 'gu');

/** A Pagefind excerpt as nodes: its text, and one <mark> per run of marked words. */
function excerptNodes(html: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${clean(html).replace(gap, '$1$2$3')}</p>`, 'text/html');
	const out: Node[] = [];
	for (const node of doc.body.firstChild?.childNodes ?? []) {
		const last = out.at(-1);
		if (node.nodeName === 'MARK') {
			if (last?.nodeName === 'MARK') last.textContent += node.textContent ?? '';
			else out.push(el('mark', {}, node.textContent ?? ''));
		} else out.push(document.createTextNode(node.textContent ?? ''));
	}
	return out;
}

function withHighlight(url: string, marks: string[]): string {
	const u = new URL(url, location.href);
	for (const m of marks) u.searchParams.append('highlight', m);
	return u.pathname + u.search + u.hash;
}

let resultCount = 0;

function renderResult(f: Fragment, marks: string[]): HTMLLIElement {
	const title = clean(f.meta.title ?? f.url);
	// An English page without a translation shows the Chinese text: its title and excerpts say so.
	const textLang = f.meta.textLang ? { lang: f.meta.textLang } : {};
	const href = withHighlight(f.url, marks);
	const meta = el('p', { class: 'search-result__meta' });
	const dateline = clean(f.meta.dateline ?? '');
	if (dateline) meta.append(f.meta.date ? el('time', { datetime: f.meta.date }, dateline) : dateline);
	if (f.meta.source) meta.append(dateline ? ' · ' : '', f.meta.source);
	// The edition's printed name is Chinese: marked as such on the English page.
	if (f.meta.edition) meta.append(' ', zhPage ? f.meta.edition : el('span', { lang: 'zh-CN' }, f.meta.edition));
	const li = el('li', { class: 'search-result', 'data-result-url': f.url }, el('h2', {}, el('a', { href, 'data-result-link': '', ...textLang }, title)), meta, el('p', { class: 'search-result__excerpt', ...textLang }, ...excerptNodes(f.excerpt)));
	const subs = f.sub_results.filter((r) => r.url.includes('#') && clean(r.title) !== title).slice(0, 3);
	if (subs.length) {
		// Labelled by a hidden element rather than aria-label, so that the title in it keeps its language.
		const labelId = `search-result-sections-${++resultCount}`;
		const [before = '', after = ''] = (d.sections ?? '{{title}}').split('{{title}}');
		li.append(el('span', { id: labelId, class: 'sr-only' }, before, el('span', textLang, title), after));
		li.append(
			el(
				'ul',
				{ class: 'search-result__subs', 'aria-labelledby': labelId, ...textLang },
				...subs.map((r) => {
					const item = el('li', {}, el('a', { href: withHighlight(r.url, marks) }, clean(r.title)));
					// The section's excerpt, unless it is the one shown for the article already.
					const text = clean(r.excerpt).replace(/<\/?mark>/g, '');
					if (!clean(f.excerpt).replace(/<\/?mark>/g, '').includes(text.slice(0, 20))) item.append(el('p', {}, ...excerptNodes(r.excerpt)));
					return item;
				}),
			),
		);
	}
	return li as HTMLLIElement;
}

function renderFacets(counts: Counts | null, s: State) {
	facetsBox.replaceChildren();
	if (!counts) return;
	for (const facet of FACETS) {
		const values = Object.entries(counts[facet] ?? {}).filter(([, n]) => n > 0);
		const selected = s.filters[facet] ?? [];
		for (const v of selected) if (!values.some(([x]) => x === v)) values.push([v, 0]);
		if (!values.length) continue;
		values.sort((a, b) => (facet === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], lang)));
		const shown = facet === 'entity' ? values.slice(0, 12).concat(values.slice(12).filter(([v]) => selected.includes(v))) : values;
		const fieldset = el('fieldset', { class: 'search-facet', 'data-facet': facet }, el('legend', {}, facetLabels[facet]));
		for (const [value, n] of shown) {
			const id = `f-${facet}-${[...value].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
			const box = el('input', { type: 'checkbox', id, name: facet, value });
			(box as HTMLInputElement).checked = selected.includes(value);
			const label = facet === 'translated' ? facetLabels[value as 'yes' | 'no'] : facet === 'year' && value === 'none' ? facetLabels.none : value;
			fieldset.append(el('div', { class: 'search-facet__option' }, box, el('label', { for: id }, label, ...(zhPage ? [el('span', { class: 'search-facet__count' }, `（${n}）`)] : [' ', el('span', { class: 'search-facet__count' }, `(${n})`)]))));
		}
		facetsBox.append(fieldset);
	}
}

async function renderIndicator(q: string) {
	indicatorBox.replaceChildren();
	indicatorBox.hidden = true;
	const key = q.replace(/["“”]/g, '').trim().toLocaleLowerCase();
	const ind = indicators.find((i) => i.names.some((n) => n.toLocaleLowerCase() === key));
	if (!ind) return;
	const search = await (await loadCounter()).search(null, { filters: { indicator: ind.id }, sort: { date: 'desc' } });
	if (!search?.results.length) return;
	const frags = await Promise.all(search.results.slice(0, 20).map((h) => h.data()));
	const rows = frags.map((f) => {
		const figures = (JSON.parse(f.meta.figures ?? '[]') as [string, string, string, string][]).filter(([id]) => [...id].reverse().join('') === ind.id);
		return el(
			'li',
			{},
			el('a', { href: f.url }, clean(f.meta.title ?? f.url)),
			' ',
			el('span', { class: 'search-indicator__date' }, clean(f.meta.dateline ?? '')),
			el('ul', { class: 'search-indicator__figures' }, ...figures.map(([, value, period]) => el('li', {}, el('span', { class: 'search-indicator__value' }, value), period ? ` (${period})` : ''))),
		);
	});
	indicatorBox.append(
		el('h2', { id: 'search-indicator-heading' }, fill(d.indicatorHeading, { indicator: ind.label })),
		el('p', {}, fill(d.indicatorCount, { count: String(search.results.length) }), ' ', el('a', { href: ind.href }, d.indicatorLink ?? '')),
		el('ul', { class: 'search-indicator__list' }, ...rows),
	);
	indicatorBox.hidden = false;
}

let run = 0;
async function search() {
	const s = readState();
	input.value = s.q;
	sortSelect.value = s.sort;
	const mine = ++run;
	list.replaceChildren();
	more.hidden = true;
	if (!s.q) {
		status.textContent = '';
		facetsBox.replaceChildren();
		indicatorBox.hidden = true;
		app.dataset.state = 'idle';
		return;
	}
	document.title = `${s.q} · ${d.title}`;
	app.dataset.state = 'loading';
	status.textContent = d.loading ?? '';
	try {
		const pf = await load();
		const terms = rewrite(s.q, lang);
		const [outcome] = await Promise.all([execute(pf, terms, s), renderIndicator(s.q)]);
		if (mine !== run) return;
		const marks = highlights(terms, lang);
		facetsBox.replaceChildren();
		let shown = 0;
		const page = async (final = true) => {
			app.dataset.state = 'loading';
			const slice = outcome.hits.slice(shown, shown + PAGE);
			// Every fragment is requested at once; each result is shown, in order, as soon as it and the
			// ones before it have arrived, so the first result does not wait for the tenth.
			const pending = slice.map((h) => outcome.fragments.get(h.id) ?? h.data());
			for (const fragment of pending) {
				const f = await fragment;
				if (mine !== run) return;
				list.append(renderResult(f, marks));
			}
			shown += slice.length;
			more.hidden = shown >= outcome.hits.length;
			if (final) app.dataset.state = 'done';
		};
		more.onclick = () => void page();
		await page(false);
		if (mine !== run) return;
		// Facet counts after the first results are on screen.
		// (No hits: no counts, but the selected filters stay listed so that they can be unchecked.)
		let counts = outcome.counts ?? (outcome.countPhrase !== undefined ? {} : null);
		if (outcome.countPhrase !== undefined && outcome.hits.length) {
			const sort = SORTS[s.sort];
			const counted = await (await loadCounter()).search(outcome.countPhrase, { filters: { ...ALL_FACETS, ...pagefindFilters(s.filters) }, ...(sort ? { sort: { ...sort } } : {}) });
			if (mine !== run) return;
			counts = counted?.filters ?? null;
		}
		renderFacets(counts, s);
		const n = outcome.hits.length;
		status.textContent = n ? fill(n === 1 ? d.countOne : d.count, { count: String(n), q: s.q }) : fill(d.none, { q: s.q });
		app.dataset.state = 'done';
	} catch (error) {
		console.warn(error);
		if (mine !== run) return;
		status.textContent = d.error ?? '';
		app.dataset.state = 'error';
	}
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const s = readState();
	writeState({ q: input.value.trim(), sort: sortSelect.value as Sort, filters: input.value.trim() === s.q ? s.filters : {} }, true);
	void search();
});
sortSelect.addEventListener('change', () => {
	writeState({ ...readState(), sort: sortSelect.value as Sort }, true);
	void search();
});
facetsBox.addEventListener('change', (event) => {
	const box = event.target as HTMLInputElement;
	const s = readState();
	const facet = box.name as Facet;
	const values = new Set(s.filters[facet] ?? []);
	if (box.checked) values.add(box.value);
	else values.delete(box.value);
	s.filters[facet] = [...values];
	writeState(s, true);
	void search().then(() => document.getElementById(box.id)?.focus());
});
// Start loading Pagefind (script, WebAssembly, index metadata) as soon as a search is likely.
input.addEventListener('focus', () => void load(), { once: true });
input.addEventListener('input', () => {
	const q = input.value.trim();
	if (q.length > 1) void load().then((pf) => Promise.all(rewrite(q, lang).flatMap((t) => t.phrases).map((p) => pf.preload(p))));
});
addEventListener('popstate', () => void search());
void search();

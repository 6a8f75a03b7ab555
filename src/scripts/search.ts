/**
 * The search page (`/<lang>/search/?q=…`): wires the form, the URL state (search/state.ts), query
 * execution (search/execute.ts) on this edition's Pagefind index, result rendering (search/render.ts),
 * facets (search/facets.ts) and the indicator box (search/indicator.ts). The first results are shown
 * before anything they do not need (facet counts, the indicator box, the other edition). Queries go through the
 * rewriter (search-query.ts) with the glossary things the page embeds. A query that finds nothing here
 * but finds articles in the other edition says so, with a link that keeps the query; the language
 * switch keeps the query too.
 */
import { highlights, rewrite, thingsFor, type Lang, type RawThing } from './search-query.ts';
import { FACETS, type Facet } from '../utils/search-facets.ts';
import { execute } from './search/execute.ts';
import { renderFacets, type FacetLabels } from './search/facets.ts';
import { fillIndicator, indicatorContent } from './search/indicator.ts';
import { pagefindLoader } from './search/pagefind.ts';
import { el, fill, renderResult } from './search/render.ts';
import { readState, stateQuery, writeState, type Sort } from './search/state.ts';

const PAGE = 10;

const app = document.getElementById('search-app')!;
const lang = (document.documentElement.lang.startsWith('zh') ? 'zh' : 'en') as Lang;
const other: Lang = lang === 'zh' ? 'en' : 'zh';
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const otherBox = document.getElementById('search-other')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const facetsBox = document.getElementById('search-facets')!;
const indicatorBox = document.getElementById('search-indicator')!;
const d = app.dataset;
const raw = JSON.parse(document.getElementById('search-things')?.textContent || '[]') as RawThing[];
const things = thingsFor(raw, lang);
const otherThings = thingsFor(raw, other);
const facetLabels = JSON.parse(d.facets ?? '{}') as FacetLabels;
const metricHref = (id: string) => (d.metricHref ?? '').replace('__id__', encodeURIComponent(id));
const loader = pagefindLoader(d.pagefind ?? '/pagefind/', d.base, d.pagefindTag, lang);

/** The language switch and the other-edition link keep the search (its URL state). */
function keepQueryInLanguageSwitch() {
	const a = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
	if (!a) return;
	const u = new URL(a.href, location.href);
	u.search = stateQuery({ ...readState(), filters: {} });
	a.href = u.pathname + u.search;
}

/** Nothing here: does the other edition have it? Says so with a link that keeps the query. */
async function otherEdition(q: string, mine: () => boolean) {
	const terms = rewrite(q, other, otherThings);
	const outcome = await execute(
		await loader.other(),
		terms,
		{ q, sort: 'relevance', filters: {} },
		other,
	);
	if (!mine() || !outcome.hits.length) return;
	const href = `${d.otherSearch ?? ''}${stateQuery({ q, sort: 'relevance', filters: {} })}`;
	otherBox.replaceChildren(
		el('span', {}, fill(d.otherEdition, { q, count: String(outcome.hits.length) })),
		' ',
		el(
			'a',
			{
				href,
				hreflang: other === 'zh' ? 'zh-CN' : 'en',
				lang: other === 'zh' ? 'zh-CN' : 'en',
				'data-other-edition': '',
			},
			fill(d.otherEditionLink, { q }),
		),
	);
	otherBox.hidden = false;
}

let run = 0;
async function search() {
	const s = readState();
	input.value = s.q;
	sortSelect.value = s.sort;
	keepQueryInLanguageSwitch();
	const mine = ++run;
	const current = () => mine === run;
	list.replaceChildren();
	more.hidden = true;
	otherBox.hidden = true;
	otherBox.replaceChildren();
	if (!s.q) {
		status.textContent = '';
		facetsBox.replaceChildren();
		fillIndicator(indicatorBox, null);
		app.dataset.state = 'idle';
		return;
	}
	document.title = `${s.q} · ${d.title}`;
	app.dataset.state = 'loading';
	status.textContent = d.loading ?? '';
	try {
		const pf = await loader.results();
		const terms = rewrite(s.q, lang, things);
		const named = terms.flatMap((t) => t.things);
		const outcome = await execute(pf, terms, s, lang);
		if (!current()) return;
		const marks = highlights(terms, lang);
		facetsBox.replaceChildren();
		fillIndicator(indicatorBox, null);
		let shown = 0;
		const page = async (final = true) => {
			app.dataset.state = 'loading';
			const slice = outcome.hits.slice(shown, shown + PAGE);
			// Every fragment is requested at once; each result is shown, in order, as soon as it and the
			// ones before it have arrived, so the first result does not wait for the tenth.
			const pending = slice.map((h) => outcome.fragments.get(h.id) ?? h.data());
			for (const fragment of pending) {
				const f = await fragment;
				if (!current()) return;
				list.append(renderResult(f, marks, lang, d.sections));
			}
			shown += slice.length;
			more.hidden = shown >= outcome.hits.length;
			if (final) app.dataset.state = 'done';
		};
		more.onclick = () => void page();
		await page(false);
		if (!current()) return;
		const n = outcome.hits.length;
		if (!n) await otherEdition(s.q, current);
		if (!current()) return;
		// Facet counts and the indicator box (both beside the results, in the facet column, so that
		// nothing the reader sees moves) after the first results are on screen: they need the counting
		// instance, its filter indexes and the indicator's fragments, which the results do not. (No hits:
		// no counts, but the selected filters stay listed so that they can be unchecked.)
		const [counts, box] = await Promise.all([
			outcome.counts(loader.counter),
			indicatorContent(
				named,
				loader.counter,
				{ heading: d.indicatorHeading, count: d.indicatorCount, link: d.indicatorLink },
				metricHref,
			),
		]);
		if (!current()) return;
		fillIndicator(indicatorBox, box);
		renderFacets(facetsBox, counts, s, facetLabels, lang);
		status.textContent = n
			? fill(n === 1 ? d.countOne : d.count, { count: String(n), q: s.q })
			: fill(d.none, { q: s.q });
		app.dataset.state = 'done';
	} catch (error) {
		console.warn(error);
		if (!current()) return;
		status.textContent = d.error ?? '';
		app.dataset.state = 'error';
	}
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const s = readState();
	writeState(
		{
			q: input.value.trim(),
			sort: sortSelect.value as Sort,
			filters: input.value.trim() === s.q ? s.filters : {},
		},
		true,
	);
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
	if (!FACETS.includes(facet)) return;
	const values = new Set(s.filters[facet] ?? []);
	if (box.checked) values.add(box.value);
	else values.delete(box.value);
	s.filters[facet] = [...values];
	writeState(s, true);
	void search().then(() => document.getElementById(box.id)?.focus());
});
// Start loading Pagefind (script, WebAssembly, index metadata) as soon as a search is likely.
input.addEventListener('focus', () => void loader.results(), { once: true });
input.addEventListener('input', () => {
	const q = input.value.trim();
	if (q.length > 1)
		void loader.results().then((pf) =>
			Promise.all(
				rewrite(q, lang, things)
					.flatMap((t) => [...t.phrases, ...t.things.map((x) => x.token)])
					.map((p) => pf.preload(p)),
			),
		);
});
addEventListener('popstate', () => void search());
void search();

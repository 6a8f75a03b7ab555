import { chromium } from '@playwright/test';
import { serveStatic } from '/work/wt/search/scripts/search-serve.ts';
const server = await serveStatic(process.argv[2]!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') console.log('CONSOLE', m.text()); });
for (const arg of process.argv.slice(3)) {
	const [lang, q] = arg.split(':', 2) as [string, string];
	await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(q)}`);
	await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('search-app')?.dataset.state ?? ''), null, { timeout: 20000 });
	const out = await page.evaluate(() => ({
		status: document.getElementById('search-status')?.textContent,
		other: document.getElementById('search-other')?.hidden ? '' : document.getElementById('search-other')?.textContent,
		ind: document.getElementById('search-indicator')?.hidden ? '' : document.querySelector('#search-indicator p')?.textContent,
		facets: [...document.querySelectorAll('.search-facet')].map((f) => f.textContent?.replace(/\s+/g, ' ')).join(' | ').slice(0, 200),
		results: [...document.querySelectorAll('#search-results > li')].map((li) => `${li.querySelector('a')?.getAttribute('href')?.replace(/\?.*/, '').slice(0, 60)} :: ${[...li.querySelector('.search-result__excerpt')!.childNodes].map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.textContent)).join('')}`),
		sw: document.querySelector('[data-lang-switch]')?.getAttribute('href'),
	}));
	console.log(`\n== ${lang} ${q}: ${out.status} | other: ${out.other} | ind: ${out.ind} | switch: ${out.sw}\n   facets: ${out.facets}`);
	for (const r of out.results) console.log('  ', r.slice(0, 260));
}
await browser.close();
await server.close();

/**
 * The English edition speaks English: no Han character in the chrome of any English page (text and
 * the attributes a reader or screen reader meets). Chinese on an English page is allowed only where
 * it is marked as Chinese with `lang="zh-…"`: article text, titles and names of Chinese originals,
 * quoted source text (a printed date line). That marking is what this test skips, so a Chinese UI
 * string or data value that is not marked fails it.
 */
import { test, expect, routesOf } from './helpers.ts';

/**
 * Regions this test does not judge yet, each owned elsewhere:
 * - `.chart`: indicator charts (units and periods of figure data: the structured periods/units work);
 * - `.citation__text`: reference strings, which by GB/T 7714 and APA 7 quote the original title and paper;
 * - `.cleaning-log`: the ingest's log of the source text (folded, English), whose messages quote that
 *   text (`assumed 聊城日报`); its before/after text is marked zh-CN, the quotes inside reasons cannot be.
 */
const NOT_JUDGED = ['.chart', '.citation__text', '.cleaning-log'];

/** Han characters (and CJK punctuation) in the page's unmarked text and reader-facing attributes. */
async function unmarkedHan(
	page: import('@playwright/test').Page,
	skip: string[],
): Promise<string[]> {
	return page.evaluate((skip) => {
		const han = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;
		const marked = (el: Element | null) =>
			!el ||
			!!el.closest(['[lang^="zh"]', 'script', 'style', 'noscript', 'template', ...skip].join(','));
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (han.test(n.textContent ?? '') && !marked(n.parentElement))
				found.push(
					`${n.parentElement!.tagName.toLowerCase()}: ${n.textContent!.trim().slice(0, 60)}`,
				);
		}
		for (const el of document.body.querySelectorAll(
			'[title], [aria-label], [alt], [placeholder], [aria-description]',
		)) {
			for (const a of ['title', 'aria-label', 'alt', 'placeholder', 'aria-description']) {
				const v = el.getAttribute(a);
				if (v && han.test(v) && !marked(el))
					found.push(`${el.tagName.toLowerCase()}[${a}]: ${v.slice(0, 60)}`);
			}
		}
		const description =
			document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		if (han.test(description) && !document.querySelector('h1[lang^="zh"]'))
			found.push(`meta description: ${description.slice(0, 60)}`);
		return found;
	}, skip);
}

test('English pages: no unmarked Han character in the chrome', async ({ page }) => {
	test.setTimeout(240_000);
	const failures: string[] = [];
	for (const path of routesOf('en').filter((p) => !p.endsWith('/search/'))) {
		await page.goto(path);
		// Closed disclosures (date evidence, source text) are chrome too.
		for (const d of await page.locator('details').all())
			await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
		for (const hit of await unmarkedHan(page, NOT_JUDGED)) failures.push(`${path} ${hit}`);
	}
	expect(failures).toEqual([]);
});

test('English search results: source and metadata in English', async ({ page }) => {
	await page.goto('en/search/?q=zone');
	await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 30_000 }); // Pagefind's cold start under load
	const meta = page.locator('.search-result__meta').first();
	await expect(meta).toContainText('Liaocheng Daily');
	expect(await unmarkedHan(page, NOT_JUDGED)).toEqual([]);
});

test('the test sees unmarked Chinese: a UI string in Chinese on an English page fails it', async ({
	page,
}) => {
	await page.goto('en/about/');
	await page.evaluate(() => document.querySelector('main h1')!.append(' 聊城日报'));
	const hits = await unmarkedHan(page, NOT_JUDGED);
	expect(hits).toHaveLength(1);
	expect(hits[0]).toMatch(/^h1: .*聊城日报$/);
});

/**
 * Long lists are paginated (ARCHIVE_PAGE_SIZE, 2 in these tests): a topic, an entity and a year of the
 * timeline hold every article once across their pages, newest first, with previous/next links; the
 * timeline overview links each month to the page of its year where it starts.
 */
import {
	test,
	expect,
	pagesOf,
	sitePath,
	topicCounts,
	entityCounts,
	biggestEntity,
	yearCounts,
	records,
} from './helpers.ts';

const size = Number(process.env.ARCHIVE_PAGE_SIZE);
const biggestTopic = [...topicCounts].sort(
	(a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
)[0]![0];

for (const [name, path, count] of [
	['topic', `zh/topics/${biggestTopic}/`, topicCounts.get(biggestTopic)!],
	['entity', `en/entities/${biggestEntity}/`, entityCounts.get(biggestEntity)!],
] as const) {
	test(`a ${name} lists each of its ${count} articles once, newest first, over linked pages`, async ({
		page,
	}, testInfo) => {
		test.skip(count <= size, 'the list fits on one page');
		const pages = pagesOf(path, count);
		expect(pages.length).toBe(Math.ceil(count / size));
		const seen: string[] = [];
		await page.goto(path);
		for (const [i, expected] of pages.entries()) {
			expect(sitePath(page, testInfo)).toBe(expected);
			await expect(page.locator('.pagination [aria-current="page"]')).toHaveText(String(i + 1));
			const hrefs = await page
				.locator('.article-list .article-card__title a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(hrefs.length).toBe(i < pages.length - 1 ? size : count - size * i);
			seen.push(...hrefs.map((h) => h.split('/articles/')[1]!.replace(/\/$/, '')));
			if (i > 0) await expect(page.locator('.pagination a[rel="prev"]')).toHaveCount(1);
			const next = page.locator('.pagination a[rel="next"]');
			if (i === pages.length - 1) await expect(next).toHaveCount(0);
			else await next.click();
		}
		expect(new Set(seen).size).toBe(count);
		const dates = seen.map((slug) => records.find((r) => r.slug === slug)!.date ?? '');
		const dated = dates.filter(Boolean);
		expect(dated).toEqual([...dated].sort().reverse());
	});
}

test('the timeline overview links every month to the page of its year where it starts', async ({
	page,
}) => {
	await page.goto('zh/archive/');
	const links = await page
		.locator('.timeline-index .chips a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(links.length).toBeGreaterThan(0);
	for (const href of links) {
		await page.goto(new URL(href, page.url()).href);
		const id = href.split('#')[1]!;
		await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
	}
	// Every dated article is on a year page, once.
	let total = 0;
	for (const [year, n] of yearCounts) {
		for (const p of pagesOf(`zh/archive/${year}/`, n)) {
			await page.goto(p);
			total += await page.locator('.article-list li').count();
		}
	}
	expect(total).toBe(records.length);
});

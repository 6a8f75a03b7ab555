/**
 * `npm run screenshots`: one screenshot of each page type at 390 px and 1280 px, in both languages,
 * light (and dark for 390 px), into screenshots/ (gitignored). Builds and serves the site like the
 * e2e tests (root project), with ARCHIVE_CONTENT_DIR as given (default: the fixture).
 */
import { test } from './helpers.ts';
import { langs, pageTypes } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

for (const lang of langs) {
	for (const [type, path] of Object.entries(pageTypes(lang))) {
		for (const width of [390, 1280]) {
			for (const scheme of width === 390 ? (['light', 'dark'] as const) : (['light'] as const)) {
				test(`${lang}-${type}-${width}-${scheme}`, async ({ page }) => {
					await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
					await page.emulateMedia({ colorScheme: scheme });
					await page.goto(path);
					if (type === 'search') await page.locator('#search-results li').first().waitFor();
					await page.screenshot({
						path: `screenshots/${lang}-${type}-${width}${scheme === 'dark' ? '-dark' : ''}.png`,
						fullPage: true,
					});
				});
			}
		}
	}
}

test('print', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(pageTypes('zh')['article-translated']!);
	await page.screenshot({ path: 'screenshots/zh-article-print.png', fullPage: true });
});

/** No broken internal link in the build output, and the CSP of public/_headers is satisfied. */
import { readFileSync } from 'node:fs';
import { test, expect, langs, pageTypes, outDir, basePath } from './helpers.ts';
import { checkLinks } from '../../scripts/linkcheck.ts';

test('the link checker finds no broken internal link', async ({}, testInfo) => {
	const { pages, links, broken } = checkLinks(outDir(testInfo), basePath(testInfo));
	expect(pages).toBeGreaterThan(10);
	expect(links).toBeGreaterThan(100);
	expect(broken).toEqual([]);
});

const csp = readFileSync('public/_headers', 'utf8')
	.match(/Content-Security-Policy:\s*(.+)/)![1]!
	.trim();

for (const lang of langs) {
	for (const [type, path] of Object.entries(pageTypes(lang))) {
		test(`CSP from public/_headers holds on ${lang} ${type}`, async ({ page }) => {
			const violations: string[] = [];
			await page.route('**/*', async (route) => {
				const response = await route.fetch();
				await route.fulfill({
					response,
					headers: { ...response.headers(), 'content-security-policy': csp },
				});
			});
			await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { reportViolation(v: string): void }).reportViolation(
						`${e.violatedDirective} ${e.blockedURI}`,
					),
				);
			});
			page.on('console', (m) => {
				if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
			});
			await page.goto(path);
			if (type === 'search') await expect(page.locator('#search-results li').first()).toBeVisible();
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
		});
	}
}

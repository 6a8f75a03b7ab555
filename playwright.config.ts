/**
 * End-to-end tests of the built site, in Chromium. Two projects, each with its own build and
 * `astro preview` server: `root` (site at /) and `base` (site under ARCHIVE_BASE=/archive/), so
 * every test also proves the base-path build. Content: ARCHIVE_CONTENT_DIR, default the fixture
 * (tests/fixtures/content-sample) so the suite does not depend on the ingest having run.
 *
 *   npm run test:e2e                 # both projects
 *   npm run test:e2e -- --project=root
 *   npm run screenshots              # SCREENSHOTS=1: tests/e2e/screenshots.ts into screenshots/
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// `npm run test:e2e` first ingests seeds/ + the hostile fixture into test-results/content-e2e
// (scripts/e2e-content.ts); without it, the hand-made fixture content is used.
const e2eContent = 'test-results/content-e2e';
const contentDir =
	process.env.ARCHIVE_CONTENT_DIR ||
	(existsSync(`${e2eContent}/manifest.json`) ? e2eContent : 'tests/fixtures/content-sample');
if (contentDir === e2eContent) process.env.ARCHIVE_SOURCES_DIR ||= 'test-results/seeds-e2e';
const dataDir =
	process.env.ARCHIVE_DATA_DIR ||
	(contentDir.startsWith('tests/fixtures/') ? 'tests/fixtures/data-sample' : 'data');
process.env.ARCHIVE_CONTENT_DIR = contentDir;
process.env.ARCHIVE_DATA_DIR = dataDir;

const chromium = '/usr/bin/chromium';
const launchOptions = existsSync(chromium)
	? {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		}
	: {};

// A small page size, so that the seeds' topic, entity and timeline lists run over several pages.
process.env.ARCHIVE_PAGE_SIZE ||= '2';

const node = 'node_modules/.bin/node';
const astro = 'node_modules/astro/bin/astro.mjs';
const screenshots = process.env.SCREENSHOTS === '1';
/** Port of the root-base preview (E2E_PORT, default 4329); the /archive/ preview uses the next one. */
const port = Number(process.env.E2E_PORT || 4329);
const sites = [
	{ name: 'root', base: '/', port, outDir: 'test-results/site-root' },
	{ name: 'base', base: '/archive/', port: port + 1, outDir: 'test-results/site-base' },
].filter((s) => !screenshots || s.name === 'root');

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: screenshots ? 'screenshots.ts' : '**/*.e2e.ts',
	outputDir: 'test-results/playwright',
	fullyParallel: false,
	workers: process.env.CI ? 1 : 2,
	retries: 0,
	reporter: process.env.CI
		? [['list']]
		: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	timeout: 60_000,
	use: { ...devices['Desktop Chrome'], launchOptions, trace: 'retain-on-failure' },
	projects: sites.map((s) => ({
		name: s.name,
		use: { baseURL: `http://127.0.0.1:${s.port}${s.base}` },
		metadata: { base: s.base, outDir: s.outDir, contentDir, dataDir },
		// axe results do not depend on the base path: run them once.
		...(s.name === 'base' ? { testIgnore: ['**/a11y.e2e.ts'] } : {}),
	})),
	webServer: sites.map((s) => ({
		command: `${node} ${astro} build --silent && ${node} ${astro} preview --ignore-lock --host 127.0.0.1 --port ${s.port}`,
		url: `http://127.0.0.1:${s.port}${s.base}`,
		env: {
			ARCHIVE_BASE: s.base,
			ARCHIVE_OUT_DIR: s.outDir,
			ARCHIVE_CONTENT_DIR: contentDir,
			ARCHIVE_DATA_DIR: dataDir,
			ARCHIVE_SOURCES_DIR: process.env.ARCHIVE_SOURCES_DIR ?? 'seeds',
			ARCHIVE_PAGE_SIZE: process.env.ARCHIVE_PAGE_SIZE,
		},
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore' as const,
		stderr: 'pipe' as const,
	})),
});

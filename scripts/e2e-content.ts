/**
 * The archive the browser tests run on: the real seeds plus the hostile fixture article
 * (tests/fixtures/hostile/*.txt: text that MDX, JSX, Markdown or HTML would interpret) and the
 * field-case articles the search tests need (tests/fixtures/field-search/: damaged Han text, mixed
 * Latin + Han terms), ingested
 * together into test-results/content-e2e, so that the e2e suite builds and browses pages made from
 * hostile text by the real pipeline. Sources (for the original-text pages) in test-results/seeds-e2e.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from './ingest/run.ts';

export const E2E_SEEDS = 'test-results/seeds-e2e';
export const E2E_CONTENT = 'test-results/content-e2e';

rmSync(E2E_SEEDS, { recursive: true, force: true });
mkdirSync(E2E_SEEDS, { recursive: true });
for (const dir of ['seeds', 'tests/fixtures/hostile', 'tests/fixtures/field-search']) {
	for (const f of readdirSync(dir).filter((f) => f !== 'README.md'))
		cpSync(join(dir, f), join(E2E_SEEDS, f));
}
const result = await runIngest({ in: E2E_SEEDS, out: E2E_CONTENT, data: 'data', check: false });
for (const e of result.errors) console.error(`error ${e.file}: ${e.reason}`);
console.log(`e2e content: ${result.articles} article(s) in ${E2E_CONTENT}`);
process.exitCode = result.errors.length ? 1 : 0;

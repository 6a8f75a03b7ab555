// @ts-check
/**
 * Lint (`npm run lint`, part of `npm run check`): ESLint's recommended rules, typescript-eslint's
 * recommended rules for TypeScript, and eslint-plugin-astro's for `.astro` files. Formatting is
 * Prettier's job (`npm run format`), not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Generated or third-party: see .prettierignore.
		ignores: ['content/', 'tests/ingest/golden/', 'tests/fixtures/content-sample/', 'seeds/', 'dist/', '.astro/', '.cache/', 'test-results/', 'playwright-report/', 'bench-out/', 'screenshots/'],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// `{ mentions: _, ...rest }` drops a field on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
		},
	},
	{
		// The decode stage matches C0/C1 control characters on purpose (it removes them).
		files: ['scripts/ingest/decode.ts'],
		rules: { 'no-control-regex': 'off' },
	},
	{
		// Playwright reads a test's fixtures from its first parameter's destructuring: `({}, testInfo)` asks for none.
		files: ['tests/e2e/**/*.ts'],
		rules: { 'no-empty-pattern': 'off' },
	},
	{
		// Client scripts run in the browser.
		files: ['src/scripts/**/*.ts', 'src/**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
);

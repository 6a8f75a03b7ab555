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
		ignores: [
			'content/',
			'tests/ingest/golden/',
			'tests/fixtures/content-sample/',
			'seeds/',
			'dist/',
			'.astro/',
			'.cache/',
			'test-results/',
			'playwright-report/',
			'bench-out/',
			'screenshots/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// `{ mentions: _, ...rest }` drops a field on purpose.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
					ignoreRestSiblings: true,
				},
			],
			// Chinese text uses U+3000 (ideographic space) on purpose: allowed in comments, strings and patterns, not in code.
			'no-irregular-whitespace': [
				'error',
				{
					skipComments: true,
					skipStrings: true,
					skipTemplates: true,
					skipRegExps: true,
					skipJSXText: true,
				},
			],
		},
	},
	{
		// Decoding matches C0/C1 control characters and NUL bytes on purpose (it detects and removes them).
		files: ['scripts/ingest/decode.ts', 'scripts/ingest/encoding.ts'],
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

import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		// Some tests run the ingest CLI as a child process; a loaded 2-core machine needs the headroom.
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});

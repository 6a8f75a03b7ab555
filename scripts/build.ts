/**
 * `npm run build`'s site step: `astro build` with a short log. Astro prints one line per generated
 * route (about 470 for the seeds, 20,000+ at 10,000 articles; with concurrent rendering several run
 * together on one line). This prints everything else as it comes — warnings and errors included,
 * inside the route phase too — and the routes as one count. Arguments are passed to `astro build`;
 * `ARCHIVE_BUILD_LOG=full` prints Astro's log unchanged. Exit code: Astro's.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const args = ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)];
const full = process.env.ARCHIVE_BUILD_LOG === 'full';
const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });

/** A route line (`10:16:50   ├─ /zh/about/index.html (+231ms)`) or the bare timing of one run into the next. */
const ROUTE = /(?:[├└]─ \S+| \(\+\d+(?:\.\d+)?m?s\) ?)/g;
let inRoutes = false;
let routes = 0;
createInterface({ input: child.stdout! }).on('line', (colored) => {
	if (full) return console.log(colored);
	const line = stripVTControlCharacters(colored);
	if (/generating static routes/.test(line)) {
		inRoutes = true;
		return;
	}
	if (inRoutes) {
		routes += line.match(/[├└]─ /g)?.length ?? 0;
		const rest = line
			.replace(/\d{2}:\d{2}:\d{2}/g, '')
			.replace(ROUTE, '')
			.trim();
		if (/✓ Completed in/.test(line)) {
			inRoutes = false;
			console.log(
				`${line.match(/\d{2}:\d{2}:\d{2}/)?.[0] ?? ''} [build] ${routes} routes generated (${rest.replace(/^✓\s*/, '')})`,
			);
		} else if (rest) console.log(colored);
		return;
	}
	console.log(colored);
});
child.on('close', (code) => (process.exitCode = code ?? 1));

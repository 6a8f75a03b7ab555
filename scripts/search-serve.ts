/**
 * A minimal static server for a built site (used by the search-quality and search-bench scripts):
 * serves `dir` under `base`, `index.html` for directories, the MIME types Pagefind needs
 * (application/wasm), and counts the bytes it sends.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return void res.writeHead(404).end();
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		res.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

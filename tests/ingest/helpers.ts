import { existsSync } from 'node:fs';
import { VFile } from 'vfile';
import type { SourceLine } from '../../scripts/ingest/types.ts';

export const lines = (text: string): SourceLine[] =>
	text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
export const vfile = (path = 'test.txt') => new VFile({ path });
export const messages = (file: VFile) => file.messages.map(String);

/** The project's pinned Node (the `node` devDependency), also when vitest was started by an older one. */
export const NODE = existsSync('node_modules/.bin/node')
	? 'node_modules/.bin/node'
	: process.execPath;

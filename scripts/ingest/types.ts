/**
 * Types (and the one line-grouping helper) shared by the ingest stages. Every stage is a pure function
 * of its input and a VFile: it returns its output and reports each change with
 * `file.info(reason, { place, ruleId, source })` (setting `actual`/`expected` on the message), each
 * doubt with `file.message(...)`, and a file it cannot read with `fatal(...)` (`messages.ts`). It never
 * logs, never throws on bad data, and never reads seeds or writes output: `io.ts` is the only module that
 * reads seeds or writes output (`run.ts` also keeps its cache file, `pipeline-files.ts` hashes the
 * ingest's sources for the cache key; `chars.ts` and `latin.ts` load static reference data once).
 */
import type { VFile } from 'vfile';
import type { Article } from '../../src/schemas/article.ts';

/** The `vfile` class every stage reports on (re-exported so stages import their types from here). */
export type { VFile };

/** One article's inputs, as `io.ts` reads them: the seed's bytes and its optional editorial files. */
export interface SeedInput {
	/** File name of the seed, e.g. `000_a8b230e89a1cdd5d.txt`. */
	name: string;
	/** The seed as stored, undecoded (the `decode` stage decides the encoding). */
	bytes: Uint8Array;
	/** `<stem>.meta.yaml`, read as UTF-8 text. */
	sidecar?: { name: string; text: string };
	/** `<stem>.en.md`, read as UTF-8 text. */
	translation?: { name: string; text: string };
	/** `<stem>.fix.yaml`, editorial corrections (`correct.ts`), read as UTF-8 text. */
	fix?: { name: string; text: string };
}

/** What the pipeline made of one seed: its report, and its record unless a stage gave up. */
export interface Ingested {
	/** Every message of every stage; `file.path` is the seed's file name. */
	file: VFile;
	/** The validated record, or null when `file` has a fatal message. */
	record: Article | null;
	/** Whether the slug was chosen by an editor (a duplicate is then an error, not renamed). */
	explicitSlug: boolean;
}

/** One line of the decoded source, with its 1-based line number in the decoded text. */
export interface SourceLine {
	text: string;
	line: number;
}

/** A run of text rebuilt from one or more source lines (a paragraph before it is typed). */
export interface Para {
	text: string;
	/** First and last source line (1-based, inclusive). */
	start: number;
	end: number;
	/** Set by dedouble when the lines were printed with doubled glyphs. */
	doubled?: boolean;
	/** True when the paragraph was preceded by a blank line in the source. */
	afterBlank?: boolean;
}

/** How a paragraph came to stand where it does (set by `unwrap`). */
export interface UnwrappedPara extends Para {
	/** The source lines, trimmed, before they were joined (structure splits header groups by line). */
	lines: string[];
	/** Set when this short paragraph was printed inside another paragraph's sentence (a photo caption). */
	interrupting?: boolean;
	/** Set when the paragraph's first line starts with a first-line indent (two U+3000). */
	indented?: boolean;
}

/** Runs of non-blank lines: the paragraphs of a source as printed, before any repair joins them. */
export function blankSeparated(lines: SourceLine[]): SourceLine[][] {
	const groups: SourceLine[][] = [];
	let current: SourceLine[] = [];
	for (const line of lines) {
		if (line.text.trim() === '') {
			if (current.length) groups.push(current);
			current = [];
		} else current.push(line);
	}
	if (current.length) groups.push(current);
	return groups;
}

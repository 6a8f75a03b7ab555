/**
 * Types (and the one line-grouping helper) shared by the ingest stages. Every stage is a pure function of its input and a VFile: it
 * returns its output and reports each change with `file.info(reason, { place, ruleId, source })`
 * (setting `actual`/`expected` on the message), each doubt with `file.message(...)`, and a file it
 * cannot read with a fatal message (`fatal = true`). It never logs, never throws on bad data, and
 * never touches the disk: `read.ts` and `write.ts` are the only stages that do I/O.
 */
export type { VFile } from 'vfile';

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
	/** Set when the paragraph's first line starts with a first-line indent (`　　`). */
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

/**
 * How a stage reports what it cannot do: shared by every stage, imports no stage. A stage that cannot go
 * on marks its VFile with a fatal message; the pipeline (`index.ts`) checks `isFatal` between stages
 * and skips the rest of that file.
 */
import type { CleaningMessage, SourcePoint } from '../../src/schemas/article.ts';
import type { VFile } from './types.ts';

/**
 * Add a fatal message to `file`: the file cannot be turned into a record. Never throws; the caller
 * returns its "nothing" value (null) and the pipeline stops for this file.
 *
 * @param reason A sentence naming what is wrong (shown in the CLI's error list and the manifest).
 * @param ruleId Short kebab-case id of the check (`empty`, `no-body`, `sidecar-yaml`, …).
 * @param source The stage that found it (`decode`, `sidecar`, `record`, …).
 */
export function fatal(file: VFile, reason: string, ruleId: string, source: string): void {
	const message = file.message(reason, { ruleId, source });
	message.fatal = true;
}

/** Whether any stage has given up on `file` (a message with `fatal === true`). */
export const isFatal = (file: VFile): boolean => file.messages.some((m) => m.fatal);

type VFileMessage = VFile['messages'][number];

const point = (
	p: { line?: number | undefined; column?: number | undefined } | undefined,
): SourcePoint | null => (p?.line ? { line: p.line, column: p.column ?? 1 } : null);

/**
 * A vfile message as the record keeps it (see `cleaningMessageSchema` for each field): a message
 * without a place gets `place: null` (vfile would print it as `1:1`), a point gets `end: null`.
 * Never throws.
 */
export function toCleaningMessage(m: VFileMessage): CleaningMessage {
	const place = m.place;
	const start = place && 'start' in place ? point(place.start) : point(place);
	const end = place && 'end' in place ? point(place.end) : null;
	return {
		reason: m.reason,
		severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
		source: m.source ?? null,
		ruleId: m.ruleId ?? null,
		place: start ? { start, end } : null,
		actual: m.actual ?? null,
		expected: m.expected ?? null,
	};
}

/**
 * The cleaning report's messages: every message on `file`, in order, as structured objects.
 * Never throws.
 */
export function cleaningMessages(file: VFile): CleaningMessage[] {
	return file.messages.map(toCleaningMessage);
}

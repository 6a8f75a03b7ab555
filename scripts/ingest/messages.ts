/**
 * How a stage reports what it cannot do: shared by every stage, imports no stage. A stage that cannot go
 * on marks its VFile with a fatal message; the pipeline (`index.ts`) checks `isFatal` between stages
 * and skips the rest of that file.
 */
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

/**
 * The cleaning report's messages: every message on `file` as vfile prints it (`line:column: reason`),
 * without the file name prefix.
 */
export function cleaningMessages(file: VFile): string[] {
	return file.messages.map((m) => String(m).replace(`${file.path}:`, ''));
}

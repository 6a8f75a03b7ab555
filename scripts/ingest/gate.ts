/**
 * Stage `gate` (after `coverage`): never silent. Warnings that mean the record is not the printed
 * article (`BLOCKING`: coverage below 100%, no Han text) stop its publication (a fatal message naming the
 * file's problem and how to accept it) unless the sidecar's `accept` records an editor's reason for it;
 * an accepted one stays a warning in the record's cleaning report, followed by an `accepted` message
 * quoting the editor's reason.
 */
import type { Sidecar } from '../../src/schemas/sidecar.ts';
import { fatal } from './messages.ts';
import type { VFile } from './types.ts';

const source = 'gate';

/** Rule ids whose warning blocks publication unless the sidecar accepts it (`accept: { <ruleId>: reason }`). */
export const BLOCKING = ['coverage', 'no-han'] as const;
/** A rule id in `BLOCKING`: also a key of the sidecar's `accept`. */
export type BlockingRule = (typeof BLOCKING)[number];

const isBlocking = (ruleId: string | undefined): ruleId is BlockingRule =>
	(BLOCKING as readonly string[]).includes(ruleId ?? '');

/**
 * Check the blocking warnings on `file` against the sidecar's acceptances: each unaccepted one becomes a
 * fatal message (the ingest then writes no record and exits 1); each accepted one is noted (info); an
 * acceptance for a problem the article does not have is a warning (stale sidecar). Never throws.
 * @param sidecarName The sidecar's file name, for the message (`<stem>.meta.yaml`).
 * @param rules The blocking rules to check now (each is checked once, as soon as its stage has run).
 */
export function gate(
	file: VFile,
	sidecar: Sidecar | null,
	sidecarName: string,
	rules: readonly BlockingRule[] = BLOCKING,
): void {
	const accept = sidecar?.accept ?? {};
	const found = new Set<string>();
	for (const m of [...file.messages]) {
		if (m.fatal !== false || !isBlocking(m.ruleId) || !rules.includes(m.ruleId)) continue;
		found.add(m.ruleId!);
		const reason = accept[m.ruleId as BlockingRule];
		if (reason) {
			file.info(
				`Published although ${m.reason.replace(/^./, (c) => c.toLowerCase())}: accepted by the editor (${reason})`,
				{ ruleId: 'accepted', source },
			);
		} else {
			fatal(
				file,
				`Not published: ${m.reason}. To publish it as it is, give the editor's reason in ${sidecarName} (accept: { ${m.ruleId}: "…" })`,
				m.ruleId!,
				source,
			);
		}
	}
	for (const rule of Object.keys(accept)) {
		if (rules.includes(rule as BlockingRule) && !found.has(rule))
			file.message(
				`${sidecarName} accepts ${rule}, but the article has no such problem: remove the acceptance`,
				{ ruleId: 'stale-acceptance', source },
			);
	}
}

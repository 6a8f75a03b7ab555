/** Stage `sidecar`: parse and validate `seeds/<stem>.meta.yaml`. A bad sidecar is a fatal error naming the file. */
import { parse } from 'yaml';
import { type Sidecar, sidecarSchema } from '../../src/schemas/sidecar.ts';
import { fatal } from './messages.ts';
import type { VFile } from './types.ts';

/**
 * Parse the sidecar `name` (`<stem>.meta.yaml`, its text in `text`) against `sidecarSchema` (unknown
 * keys, impossible dates and unsafe slugs are rejected). Returns the validated sidecar, or null after a
 * fatal `sidecar-yaml`/`sidecar-invalid` message naming the file and the fields. Never throws.
 */
export function parseSidecar(name: string, text: string, file: VFile): Sidecar | null {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		fatal(
			file,
			`${name}: not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			'sidecar-yaml',
			'sidecar',
		);
		return null;
	}
	const parsed = sidecarSchema.safeParse(data ?? {});
	if (!parsed.success) {
		const reasons = parsed.error.issues.map((i) =>
			i.code === 'unrecognized_keys'
				? `unknown key(s) ${i.keys.join(', ')}`
				: `${i.path.join('.') || '(root)'}: ${i.message}`,
		);
		fatal(file, `${name}: ${reasons.join('; ')}`, 'sidecar-invalid', 'sidecar');
		return null;
	}
	file.info(`Read the editorial sidecar ${name}`, { ruleId: 'sidecar', source: 'sidecar' });
	return parsed.data;
}

/**
 * The editorial sidecar `seeds/<stem>.meta.yaml`: what an editor knows about an article that its text
 * does not print. Strict: an unknown key is an error (a typo must not silently do nothing).
 */
import { z } from 'astro/zod';

/** A calendar date that exists: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (2023-02-30 is refused). */
export const partialDateSchema = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((value) => {
		const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
		const date = new Date(Date.UTC(y, m - 1, d));
		return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	}, 'date does not exist in the calendar');

/**
 * The whole sidecar file, written by editors and read by the ingest's `sidecar` stage
 * (`scripts/ingest/sidecar.ts`, which turns a rejection into a fatal message naming the file). Dates
 * must exist; a `date` needs its `dateEvidence`, a `datePrecision` needs a `date`.
 */
export const sidecarSchema = z
	.strictObject({
		/** The article's date as far as it is known. Its form gives the precision unless `datePrecision` says otherwise. */
		date: partialDateSchema.optional(),
		/** `day`, `month` or `year`; defaults to the precision of `date`'s form. */
		datePrecision: z.enum(['day', 'month', 'year']).optional(),
		/**
		 * The editor's note on what the date rests on, in both languages (`{ zh: …, en: … }`), since each
		 * edition shows it in its own language: the Chinese page the `zh` note, the English page the `en`
		 * note (which should say in English what the Chinese text prints). Required with `date`.
		 */
		dateEvidence: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
		/** A slug to use instead of the generated one: ASCII, lower case, words joined by `-`. */
		slug: z
			.string()
			.regex(
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
				'slug must be lower-case ASCII words joined by "-" (no "/", "." or "..")',
			)
			.max(100)
			.optional(),
		/**
		 * Editorial acceptance of a warning that otherwise keeps the article from being published, with the
		 * editor's reason (at least 10 characters): `coverage` (not every source character is in the
		 * record) or `no-han` (the text has no Han character). Without it such an article is an error.
		 */
		accept: z
			.strictObject({
				coverage: z
					.string()
					.min(10, 'give the reason the article is published as it is')
					.optional(),
				'no-han': z
					.string()
					.min(10, 'give the reason the article is published as it is')
					.optional(),
			})
			.optional(),
		/** Where the article was printed, where the text does not say. */
		source: z
			.strictObject({
				name: z.string().min(1).optional(),
				edition: z.string().min(1).nullable().optional(),
				page: z.string().min(1).nullable().optional(),
			})
			.optional(),
	})
	.refine((s) => !s.date || s.dateEvidence, {
		message: 'dateEvidence is required with date',
		path: ['dateEvidence'],
	})
	.refine((s) => !s.datePrecision || s.date, {
		message: 'datePrecision needs a date',
		path: ['datePrecision'],
	});

/** A validated sidecar (see `sidecarSchema`). */
export type Sidecar = z.infer<typeof sidecarSchema>;

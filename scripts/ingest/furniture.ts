/**
 * Page furniture printed inside an article's text by any paper: editor/proofreader/designer credit
 * lines and lone page numbers (folios). Neither is a heading, neither is running text, and neither
 * ever moves: the structure stage keeps credits as `credit` blocks where they stand and folios as
 * `furniture`, each with a message.
 *
 * Forms (from Chinese papers' page furniture; the role list is what editors' credits use):
 * - credits: `责任编辑：张三`, `【编辑：张三 校对：李四】`, `编辑 张三  校对 李四`, `审核：王五`,
 *   `本版责编：苑莘｜美编：李旭`, `（值班编辑：赵六、钱七）`: one or several `role name` entries, the
 *   role and name separated by a colon or a space, the whole line optionally in brackets;
 * - folios: `3`, `- 3 -`, `—3—`, `·3·`, `第3页`, `3/8`, `P3`.
 */

/** Editorial role words of page credits, longest first (a role word is never a name). */
export const CREDIT_ROLES = [
	'值班编辑',
	'责任编辑',
	'责任校对',
	'编辑',
	'责编',
	'校对',
	'审核',
	'审校',
	'美编',
	'组版',
	'终审',
	'策划',
] as const;

const ROLE = `(?:本版|本刊|本期)?(?:${CREDIT_ROLES.join('|')})`;
/** A person's name: 2–4 Han characters (`·` inside for transcribed names), or 2–20 Latin letters. */
const NAME = '(?:[\\p{Script=Han}][\\p{Script=Han}·]{1,5}|[A-Za-z][A-Za-z .]{1,19})';
const NAMES = `${NAME}(?:[、,，/／]\\s*${NAME})*`;
const ENTRY = new RegExp(`^(${ROLE})(?:\\s*[：:]\\s*|\\s+)(${NAMES})`, 'u');
const ROLE_START = new RegExp(`^${ROLE}`, 'u');
const OPEN = /^[【[［（(〔]\s*/u;
const CLOSE = /\s*[】\]］）)〕]$/u;
const SEP = /^(?:\s*[|｜;；,，]\s*|\s+)/u;

/** One entry of a credit line: the printed role word (`责任编辑`) and the printed name(s). */
export interface CreditEntry {
	role: string;
	name: string;
}

/**
 * Read a page credit line (`【编辑：张三 校对：李四】`, `责任编辑：张三`, `编辑 张三  校对 李四`).
 * Returns its entries in printed order, or null when the line is anything else (the whole line,
 * brackets aside, must be role/name entries; a name never begins with a role word). Never throws.
 */
export function readCreditLine(line: string): CreditEntry[] | null {
	let rest = line.trim();
	if (OPEN.test(rest) !== CLOSE.test(rest)) return null;
	rest = rest.replace(OPEN, '').replace(CLOSE, '');
	const entries: CreditEntry[] = [];
	while (rest) {
		const m = rest.match(ENTRY);
		if (!m) return null;
		// A name runs up to the next role word (`编辑张三校对李四` has no space): cut it there.
		let name = m[2]!.trim();
		const cut = Array.from(name).findIndex(
			(_, i) => i >= 2 && ROLE_START.test(Array.from(name).slice(i).join('')),
		);
		if (cut > 0) name = Array.from(name).slice(0, cut).join('');
		if (ROLE_START.test(name) || Array.from(name).length > 20) return null;
		entries.push({ role: m[1]!, name });
		rest = rest.slice(m[0].indexOf(m[2]!) + name.length);
		const sep = rest.match(SEP);
		if (sep) rest = rest.slice(sep[0].length);
		else if (rest && !ROLE_START.test(rest)) return null;
	}
	return entries.length ? entries : null;
}

/** A folio: `3`, `- 3 -`, `—3—`, `·3·`, `第3页`, `第 3 页`, `3/8`, `P3` (page numbers up to 3 digits). */
const FOLIO =
	/^(?:[-－—–·•]?\s*\d{1,3}\s*[-－—–·•]?|第\s*\d{1,3}\s*页|\d{1,3}\s*[/／]\s*\d{1,3}|[Pp]\.?\s*\d{1,3})$/u;

/** The line is a lone page number (a folio), e.g. `- 3 -` or `第3页`. Never throws. */
export function isFolio(line: string): boolean {
	return FOLIO.test(line.trim());
}

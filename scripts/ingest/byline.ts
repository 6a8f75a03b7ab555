/**
 * Bylines as papers print them (virus-warnning/twnews#40, l0o0/translators_CN#280): `记者 张超`,
 * `本报记者 张超 李明`, `记者 周启明 通讯员 林雨桐` (several roles on one line), `文/图 本报记者 韩书远`,
 * `文／記者黃敬淳 圖／記者余崇慧、品牌提供` (U+3000 between the roles), `記者張振群／綜合報導`, `（文/张超）`, `■ 李明`,
 * `张超 聊城报道`, `摄影 王芳`. Role words are matched before names, so a role word is never a name;
 * one-character roles (`文`, `图`) count only before a separator or another role word (`文华` is a
 * name); a name is two to four characters (ten with `·`), at most three when printed against its role
 * word with no space (`通讯员队伍建设` is a phrase). Traditional role words are read like their Simplified forms.
 */
import type { Byline } from '../../src/schemas/article.ts';

/** Role words, longest first, with the role each gives. */
const ROLES: [string, Byline['role']][] = [
	['(?:摄影记者|攝影記者)', 'photographer'],
	['(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者)', 'reporter'],
	['(?:通讯员|通訊員)', 'correspondent'],
	['(?:实习生|實習生)', 'reporter'],
	['(?:撰稿|撰文)', 'author'],
	['(?:摄影|攝影)', 'photographer'],
];
/** One-character roles: only before a separator or another role word. */
const SHORT_ROLES: [string, Byline['role']][] = [
	['文', 'author'],
	['[图圖摄攝]', 'photographer'],
];
const SEP = /^[\s、，,/／:：]+/u;
const LONG_ROLE = new RegExp(`^(?:${ROLES.map(([r]) => r).join('|')})`, 'u');
const NAME = /^[\p{Script=Han}·]+/u;
/** A trailing `报道` word: `/综合报道`, `綜合報導`. */
const REPORTED = /[/／\s]*(?:综合|綜合)?(?:报道|報導)$/u;

function roleAt(text: string): { word: string; role: Byline['role'] } | null {
	for (const [re, role] of ROLES) {
		const m = text.match(new RegExp(`^${re}`, 'u'));
		if (m) return { word: m[0], role };
	}
	for (const [re, role] of SHORT_ROLES) {
		const m = text.match(new RegExp(`^${re}(?=[\\s/／:：]|${LONG_ROLE.source.slice(1)})`, 'u'));
		if (m) return { word: m[0], role };
	}
	return null;
}

/**
 * Parse a line of role words and names. Returns one entry per name (role from the last role word
 * before it, `roleLabel` the role words as printed), or null when the line is anything else: a name
 * before any role, a "name" of more than four characters (or ten with `·`), text left over.
 */
function parseRoles(line: string): Byline[] | null {
	let rest = line.replace(REPORTED, '').trim();
	const out: Byline[] = [];
	let label: string[] = [];
	let role: Byline['role'] | null = null;
	let afterName = false;
	/** Whether the last thing read was a separator (a name right after a role word has none). */
	let spaced = false;
	while (rest) {
		const sep = rest.match(SEP);
		if (sep) {
			spaced = true;
			if (label.length && !afterName && /[/／]/u.test(sep[0])) label.push('/');
			rest = rest.slice(sep[0].length);
			continue;
		}
		const attached = !spaced;
		spaced = false;
		const r = roleAt(rest);
		if (r) {
			if (afterName) label = [];
			afterName = false;
			label.push(r.word);
			role = r.role;
			rest = rest.slice(r.word.length);
			continue;
		}
		const m = rest.match(NAME);
		if (!m || !role) return null;
		// A name ends where a role word begins (`周启明通讯员林雨桐`).
		let name = m[0];
		for (let k = 1; k < name.length; k++) {
			if (LONG_ROLE.test(name.slice(k))) {
				name = name.slice(0, k);
				break;
			}
		}
		rest = rest.slice(name.length);
		const credit = name.match(/^(.+?)(提供)$/u);
		const person = credit ? credit[1]! : name;
		const n = Array.from(person).length;
		// Four characters right after a role word with no space is more likely a phrase
		// (`通讯员队伍建设`) than a name.
		if (n < 2 || n > (person.includes('·') ? 10 : attached && !credit ? 3 : 4)) return null;
		// `品牌提供` (photo provided by): the provider under the label `提供`.
		out.push({ role, roleLabel: credit ? '提供' : labelText(label), name: person });
		afterName = true;
	}
	return out.length ? out : null;
}

/** Role words as printed: `文/图 本报记者` (a space between words not joined by a slash). */
function labelText(words: string[]): string {
	let s = '';
	for (const w of words) s += w === '/' || s.endsWith('/') || !s ? w : ` ${w}`;
	return s.replace(/\/$/u, '');
}

/**
 * Read a byline line. Returns its entries, or null when the line is not a byline. Outer brackets are
 * dropped (`（文／张超）`, `（记者 韩书远 通讯员 林雨桐）`).
 */
export function parseByline(line: string): Byline[] | null {
	const text = line.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
	const block = text.match(/^(■)\s*([\p{Script=Han}·]{2,4}(?:[ 、，,][\p{Script=Han}·]{2,4})*)$/u);
	if (block)
		return block[2]!.split(/[ 、，,]+/u).map((name) => ({ role: 'author', roleLabel: '■', name }));
	const place = text.match(
		/^([\p{Script=Han}·]{2,4}(?:[ 、，,][\p{Script=Han}·]{2,4})*)\s+(\p{Script=Han}{1,4}报道)$/u,
	);
	if (place && !roleAt(place[1]!))
		return place[1]!
			.split(/[ 、，,]+/u)
			.map((name) => ({ role: 'reporter', roleLabel: place[2]!, name }));
	return parseRoles(text);
}

/** A byline in brackets opening a paragraph, after an optional dateline (`本报讯`, `本报聊城10月28日讯`, `新华社北京电`). */
const OPENING =
	/^((?:本报|本報|新华社|新華社)?[\p{Script=Han}\d]{0,12}?[讯訊电電])?\s*[（(]([^（()）]{2,60})[)）]\s*/u;
/** A byline in brackets closing a paragraph. */
const CLOSING = /\s*[（(]([^（()）]{2,60})[)）]$/u;

/** A byline printed inside a paragraph, and the paragraph without it. */
export interface InlineByline {
	bylines: Byline[];
	/** The byline as printed, brackets included. */
	text: string;
	/** The dateline before an opening byline (`本报讯`), or null. */
	dateline: string | null;
	/** The paragraph's text without the dateline and byline. */
	rest: string;
}

/** `本报讯（记者 周启明 通讯员 林雨桐）10月28日，…`: the byline opening a paragraph, or null. */
export function openingByline(paragraph: string): InlineByline | null {
	const m = paragraph.match(OPENING);
	if (!m) return null;
	const bylines = parseByline(m[2]!);
	const rest = paragraph.slice(m[0].length);
	if (!bylines || !rest) return null;
	return { bylines, text: m[0].slice(m[1]?.length ?? 0).trim(), dateline: m[1] ?? null, rest };
}

/** A dateline alone opening a paragraph, without a bracketed byline: `本报讯 近日，…`, `本报聊城5月6日讯` + U+3000. */
const DATELINE_ONLY = /^((?:本报|本報)[\p{Script=Han}\d]{0,12}?[讯訊])[\s：:]*/u;

/** `本报讯 近日，园区…`: the dateline opening a paragraph when no byline follows it, or null. */
export function openingDateline(paragraph: string): { dateline: string; rest: string } | null {
	const m = paragraph.match(DATELINE_ONLY);
	if (!m || m[0].length >= paragraph.length || /^[（(]/u.test(paragraph.slice(m[0].length)))
		return null;
	return { dateline: m[1]!, rest: paragraph.slice(m[0].length) };
}

/** `…打造成常态化服务品牌。（记者 韩书远 通讯员 林雨桐）`: the byline closing a paragraph, or null. */
export function closingByline(paragraph: string): InlineByline | null {
	const m = paragraph.match(CLOSING);
	if (!m) return null;
	const bylines = parseByline(m[1]!);
	const rest = paragraph.slice(0, m.index);
	if (!bylines || !rest) return null;
	return { bylines, text: m[0].trim(), dateline: null, rest };
}

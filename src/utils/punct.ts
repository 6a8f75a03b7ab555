/**
 * Punctuation of UI text per locale. Chinese UI text takes full-width punctuation (GB/T 15834-2011):
 * a full-width colon after a label (`数值个数：6`, no space) and full-width parentheses around a count
 * or note (`提到它的文章（3）`, no space before); English takes `: ` and ` (…)`.
 */
import type { Lang } from './routing/index.ts';

/** The separator between a label and its value: `：` (zh) or `: ` (en). Never throws. */
export function colon(lang: Lang): string {
	return lang === 'zh' ? '：' : ': ';
}

/** `label：value` (zh) or `label: value` (en). Never throws. */
export function labelled(label: string, value: string | number, lang: Lang): string {
	return `${label}${colon(lang)}${value}`;
}

/**
 * `（text）` (zh, full-width, no space before) or ` (text)` (en, with the space before).
 * Never throws.
 */
export function parenthesised(text: string | number, lang: Lang): string {
	return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** Text patterns shared by the ingest stages. */

/** Characters that can end a sentence (or a clause that a paragraph may end on). */
export const TERMINAL = /[。！？!?…；;：:”」』）)》]$/u;
/** Sentence punctuation: a paragraph that has some is prose, not a heading or a masthead line. */
export const SENTENCE_PUNCT = /[，。；！？,;]/u;
/** A paragraph of one line up to this many characters may be a caption or heading, not a continuation. */
export const SHORT_LINE = 40;
/** Page credits: `本版责编：苑莘 本版美编：李旭`, `本刊照片：开发区宣传办`. */
export const CREDIT = /^(本刊|本版|责任编辑|责编|美编|校对|编辑|策划)[^：:]{0,4}[：:]/u;
/**
 * A masthead's issue date: `2025年1月11日`, optionally followed by more on the line (`2025年1月11日 星期六`).
 * Groups: 1 year, 2 month, 3 day (digits as printed, month and day not zero-padded). Read by `structure`
 * (to recognise the line) and `dates` (to turn it into `YYYY-MM-DD`).
 */
export const PRINTED_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s+.*)?$/u;

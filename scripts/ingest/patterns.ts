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
 * Byline role words as Chinese papers print them (Simplified; `記者` reads as 记者 once a Simplified
 * view exists): `记者`, `本报记者`, `特约记者`, `见习记者`, `通讯员`, `摄影`, `实习生`, `文/图`.
 */
export const ROLE_WORD = '(?:本报|特约|见习|实习)?(?:摄影记者|记者|通讯员|摄影|实习生|撰稿)';

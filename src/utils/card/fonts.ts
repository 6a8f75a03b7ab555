/**
 * Fonts for the share cards: Noto Sans SC from `@fontsource/noto-sans-sc` and, for English text,
 * Noto Sans from `@fontsource/noto-sans` (both SIL Open Font License 1.1): npm packages, so cards
 * render the same on any machine whatever fonts it has installed. (Noto Sans SC draws `’` and `·`
 * full-width, right in Chinese text and wrong in English.)
 *
 * Satori reads WOFF (not WOFF2). Fontsource splits the face into subsets: `latin`, `latin-ext`,
 * `chinese-simplified` (the common simplified characters) and about a hundred numbered slices of
 * the whole face. Each subset is one font here, under its own name (Satori mixes up fonts that share
 * a name); Satori falls back from font to font for any character the first lacks, so a rare
 * character in a name is drawn from its numbered slice instead of as a missing-glyph box.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A font as Satori takes it. */
export interface CardFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/** Font families for Chinese text and for English (or mixed) text, in the order they are asked for. */
export const cardFamilies = {
	zh: ['NSC-latin', 'NSC-latin-ext', 'NSC-chinese-simplified'],
	en: ['NS-latin', 'NSC-latin-ext', 'NSC-chinese-simplified'],
};

const require = createRequire(import.meta.url);

/** The directory of the font package's files. Throws when `@fontsource/noto-sans-sc` is not installed. */
export function fontDir(pkg = '@fontsource/noto-sans-sc'): string {
	return join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
}

/** The font packages' versions: part of every card's cache key (new glyphs, new cards). */
export function fontVersion(): string {
	return ['@fontsource/noto-sans-sc', '@fontsource/noto-sans']
		.map((p) => (require(`${p}/package.json`) as { version: string }).version)
		.join('+');
}

let loaded: CardFont[] | undefined;

/**
 * Every font of the cards, loaded once per process; the same array every time, which Satori
 * caches its parsed fonts by. Regular and bold for the three named subsets, bold only for the
 * numbered slices (they are the fallback for rare characters).
 */
export function cardFonts(): CardFont[] {
	if (loaded) return loaded;
	const dir = fontDir();
	const files = readdirSync(dir).filter((f) => f.endsWith('-normal.woff'));
	const fonts: CardFont[] = [];
	for (const subset of ['latin', 'latin-ext', 'chinese-simplified']) {
		for (const weight of [400, 700] as const) {
			fonts.push({
				name: `NSC-${subset}`,
				data: readFileSync(join(dir, `noto-sans-sc-${subset}-${weight}-normal.woff`)),
				weight,
				style: 'normal',
			});
		}
	}
	for (const weight of [400, 700] as const) {
		fonts.push({
			name: 'NS-latin',
			data: readFileSync(
				join(fontDir('@fontsource/noto-sans'), `noto-sans-latin-${weight}-normal.woff`),
			),
			weight,
			style: 'normal',
		});
	}
	for (const f of files.filter((f) => /^noto-sans-sc-\d+-700-normal\.woff$/.test(f)).sort()) {
		fonts.push({
			name: `NSC-${f.match(/-(\d+)-700/)![1]}`,
			data: readFileSync(join(dir, f)),
			weight: 700,
			style: 'normal',
		});
	}
	loaded = fonts;
	return fonts;
}

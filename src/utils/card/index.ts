/**
 * Share cards: one 1200 × 630 PNG per article (title, English title, date, newspaper), the page's
 * `og:image` / `twitter:image` and its NewsArticle JSON-LD `image`. Bilingual, so one image serves
 * both language pages.
 *
 * Satori lays the card out and turns its text into paths (fonts from `./fonts.ts`, none from the
 * system); sharp (libvips, which reads SVG with librsvg) rasterises the SVG and encodes the PNG.
 * Rendering costs tens of milliseconds a card, so cards are cached
 * on disk (`.cache/cards/<key>.png`) under a key of everything drawn on them plus the layout's
 * version and the font package's version: a rebuild renders only new or changed cards.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import satori from 'satori';
import sharp from 'sharp';
import { config } from '../config.ts';
import { writeCacheFile } from '../cache-file.ts';
import { cardFamilies, cardFonts, fontVersion } from './fonts.ts';
import { cardFile, renderAhead, renderedAhead } from './pool.ts';

/** Pixel size of a card (the Open Graph / large Twitter card ratio, 1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the layout changes: every cached card is then rendered again. */
export const CARD_LAYOUT_VERSION = 2;

/** Everything a card shows, as plain text (never markup: Satori draws strings as they are). */
export interface CardInput {
	/** The article's title as printed (Chinese). */
	title: string;
	/** The English title of its translation, or null. */
	titleEn: string | null;
	/** Newspaper and edition in Chinese (`聊城日报 · 市两会特刊`). */
	source: string;
	/** The newspaper in English (`Liaocheng Daily`). */
	sourceEn: string;
	/** The date with its precision, in Chinese and in English (`2024年6月`, `June 2024`), or the words for undated. */
	date: string;
	dateEn: string;
	/** The site's name in both languages. */
	site: string;
	siteEn: string;
}

type Node = {
	type: string;
	props: { style?: Record<string, unknown>; children?: unknown; lang?: string };
};
const el = (
	type: string,
	style: Record<string, unknown>,
	children?: unknown,
	lang?: string,
): Node => ({
	type,
	props: { style, children, ...(lang ? { lang } : {}) },
});

const ink = '#1d1b18';
/** Width of the text column: the card less its border and side paddings. */
const column = 1200 - 20 - 80 - 72;
const muted = '#55504a';
const accent = '#a3271f';

/** The card's layout tree (Satori's element objects; no React needed). */
export function cardTree(c: CardInput): Node {
	const long = [...c.title].length > 30;
	return el(
		'div',
		{
			width: CARD_SIZE.width,
			height: CARD_SIZE.height,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			boxSizing: 'border-box',
			padding: '56px 72px 52px 80px',
			backgroundColor: '#f8f5ee',
			borderLeft: `20px solid ${accent}`,
			color: ink,
			fontFamily: cardFamilies.en.join(', '),
		},
		[
			el(
				'div',
				{ display: 'flex', width: column, fontSize: 30, fontWeight: 700, color: accent },
				`${c.source} · ${c.sourceEn}`,
			),
			el('div', { display: 'flex', flexDirection: 'column', width: column }, [
				el(
					'div',
					{
						display: 'block',
						width: column,
						fontSize: long ? 54 : 64,
						fontWeight: 700,
						lineHeight: 1.3,
						lineClamp: 3,
						wordBreak: 'break-word',
						fontFamily: cardFamilies.zh.join(', '),
					},
					c.title,
				),
				...(c.titleEn
					? [
							el(
								'div',
								{
									display: 'block',
									width: column,
									marginTop: 22,
									fontSize: 32,
									lineHeight: 1.35,
									color: muted,
									lineClamp: 2,
									wordBreak: 'break-word',
								},
								c.titleEn,
							),
						]
					: []),
			]),
			el(
				'div',
				{
					display: 'flex',
					width: column,
					justifyContent: 'space-between',
					alignItems: 'flex-end',
					fontSize: 26,
					color: muted,
				},
				[
					el('div', { display: 'flex' }, `${c.date} · ${c.dateEn}`),
					el('div', { display: 'flex', fontWeight: 700 }, `${c.site} · ${c.siteEn}`),
				],
			),
		],
	);
}

/** Pixel size of a publisher wordmark (Google's publisher-logo guidance: 600 × 60 at most). */
export const LOGO_SIZE = { width: 600, height: 60 } as const;

/** A newspaper's wordmark: its name and English name on one line (`聊城日报 Liaocheng Daily`). */
export function logoTree(name: string, nameEn: string): Node {
	return el(
		'div',
		{
			...LOGO_SIZE,
			display: 'flex',
			alignItems: 'center',
			color: accent,
			fontWeight: 700,
			fontSize: 40,
			fontFamily: cardFamilies.en.join(', '),
		},
		nameEn === name ? name : `${name} ${nameEn}`,
	);
}

/** A newspaper's wordmark as PNG bytes (transparent background), rendered now. */
export async function renderLogo(name: string, nameEn: string): Promise<Buffer> {
	const svg = await satori(logoTree(name, nameEn) as unknown as Parameters<typeof satori>[0], {
		...LOGO_SIZE,
		fonts: cardFonts(),
	});
	return rasterise(svg);
}

/**
 * A newspaper's wordmark as PNG bytes, from the card cache when drawn before (key: the names, the
 * layout and font versions), else rendered and cached: loading the fonts costs seconds a build.
 */
export async function logo(name: string, nameEn: string, dir = cardCacheDir()): Promise<Buffer> {
	const key = versionedKey({ logo: true, name, nameEn });
	return cached(cardFile(dir, `logo-${key}`), () => renderLogo(name, nameEn));
}

/** The bytes of `file`, or `render()`'s, written to `file` (a temporary name, then renamed). */
async function cached(file: string, render: () => Promise<Buffer>): Promise<Buffer> {
	try {
		return readFileSync(file);
	} catch {
		const png = await render();
		writeCacheFile(file, png);
		return png;
	}
}

/**
 * An SVG rasterised at its own size (72 dpi: one SVG unit, one pixel) by sharp, as PNG bytes. Its
 * text is paths already, so no font is looked up. zlib level 6 without adaptive filtering: a
 * 1200 × 630 card in about 21 ms and 80 KB, where resvg-js took about 38 ms (its PNG encoder alone
 * about 17) for 70 KB (`npm run bench` measures whole builds).
 */
function rasterise(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}

/** sha256 (hex) of `what` with the layout and font versions: a new layout or font, new files. */
function versionedKey(what: object): string {
	return createHash('sha256')
		.update(JSON.stringify({ layout: CARD_LAYOUT_VERSION, font: fontVersion(), ...what }))
		.digest('hex');
}

/** The card's SVG (text as paths). */
export async function cardSvg(c: CardInput): Promise<string> {
	return satori(cardTree(c) as unknown as Parameters<typeof satori>[0], {
		...CARD_SIZE,
		fonts: cardFonts(),
	});
}

/** The card as PNG bytes, rendered now. */
export async function renderCard(c: CardInput): Promise<Buffer> {
	const svg = await cardSvg(c);
	return rasterise(svg);
}

/** The cache key of a card: sha256 (hex) of its input, the layout version and the font version. */
export function cardKey(c: CardInput): string {
	return versionedKey({ card: c });
}

/** Where cards are cached: `ARCHIVE_CARD_CACHE` (`src/schemas/config.ts`), default `.cache/cards`. */
export function cardCacheDir(): string {
	return config.cardCache;
}

/**
 * The card as PNG bytes: from the cache when a card with this key was rendered before, else rendered
 * and cached (written to a temporary name, then renamed, so parallel builds never read half a file).
 * When `renderCardsAhead` handed the card to a worker, waits for that worker first.
 */
export async function card(c: CardInput, dir = cardCacheDir()): Promise<Buffer> {
	const file = cardFile(dir, cardKey(c));
	const ahead = renderedAhead(file);
	if (ahead) await ahead;
	return cached(file, () => renderCard(c));
}

/**
 * Hand every card of `cards` that is not cached yet to worker threads (`./pool.ts`), so that they are
 * drawn while the build renders pages. Returns at once; `card()` waits for each when it is asked.
 */
export function renderCardsAhead(cards: CardInput[], dir = cardCacheDir()): void {
	renderAhead(cards.map((input) => ({ input, file: cardFile(dir, cardKey(input)) })));
}

/**
 * The part of Citation.js (`@citation-js/core` 0.9, which ships no types) that the site uses.
 * Plugins register themselves on import (`@citation-js/plugin-csl`, `-ris`, `-bibtex`).
 */
declare module '@citation-js/core' {
	/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
	export type CslData = Record<string, unknown>;
	export class Cite {
		constructor(data: unknown, options?: Record<string, unknown>);
		/** The items, as CSL-JSON. */
		data: CslData[];
		/** `bibliography` (CSL), `ris`, `bibtex`, `biblatex`, `data` (CSL-JSON), … */
		format(format: string, options?: Record<string, unknown>): string;
		static async(data: unknown): Promise<Cite>;
	}
	/** A plugin's register of named templates (CSL styles, locales). */
	interface Register {
		has(name: string): boolean;
		add(name: string, value: string): void;
	}
	interface PluginConfig {
		get(name: '@csl'): { styles: Register; locales: Register };
		get(name: '@bibtex'): {
			format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean };
		};
		get(name: string): unknown;
	}
	export const plugins: { config: PluginConfig };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';

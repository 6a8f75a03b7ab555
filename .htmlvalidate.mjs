// html-validate configuration for the built site (scripts/gates.ts). Recommended rules, with these
// exceptions, each for a reason:
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// `role="list"` on styled lists is deliberate: Safari/VoiceOver drop list semantics from lists
		// with `list-style: none`, and the explicit role restores them.
		'no-redundant-role': 'off',
		'prefer-native-element': ['error', { exclude: ['list'] }],
		// Page titles are the article's full printed headline plus the archive's name; cutting them at
		// 70 characters would make them useless for citation and bookmarks.
		'long-title': 'off',
		// The original-text pages show each source file exactly as received, in a <pre>: trailing spaces
		// there are the source's (markdown line breaks in 002), not formatting.
		'no-trailing-whitespace': 'off',
	},
};

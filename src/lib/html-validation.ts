/**
 * The html-validate setup for built pages, split by what a rule needs to see, and the conversion
 * of its report into issues. Which documents each scope runs on: src/lib/page-documents.ts.
 */
import type { ConfigData, Message } from 'html-validate';
import type { Issue } from './issues';

/**
 * html-validate's recommended preset, `wcag/*` rules included (`wcag/h37` is the `<img alt>`
 * check). A rule is turned off here only when it conflicts with markup Astro itself emits, with a
 * one-line reason.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// MDX bodies are rendered through Astro's JSX runtime, which writes `<img/>`, `<br/>`, `<hr/>`.
		'void-style': 'off',
		// It counts the escaped source (an apostrophe is 5 characters as &#39;); getDocumentTitle
		// in src/lib/page.ts already keeps every <title> to 70 real characters.
		'long-title': 'off',
	},
};

/**
 * Enabled rules that relate elements anywhere in the document to each other: ids, landmark
 * names, labels and the controls they name, form control names, image map names, a form and a
 * submit button that names it with `form=`. Every other enabled rule judges an element by
 * itself, its attributes, its content and its ancestors.
 */
export const DOCUMENT_RULES = [
	'no-dup-id',
	'unique-landmark',
	'no-multiple-main',
	'form-dup-name',
	'multiple-labeled-controls',
	'valid-for',
	'no-redundant-aria-label',
	'map-dup-name',
	'wcag/h32',
] as const;

/** `all` rules; `elements`: every rule but the document rules; `document`: only those. */
export type RuleScope = 'all' | 'elements' | 'document';

/** Returns htmlValidateConfig restricted to one scope of rules. */
export function getScopeConfig(scope: RuleScope): ConfigData {
	if (scope === 'all') return htmlValidateConfig;
	const ours = htmlValidateConfig.rules ?? {};
	const documentRules = DOCUMENT_RULES.map((rule) => [rule, ours[rule] ?? 'error'] as const);
	if (scope === 'document')
		return { elements: ['html5'], rules: Object.fromEntries(documentRules) };
	return {
		...htmlValidateConfig,
		rules: { ...ours, ...Object.fromEntries(DOCUMENT_RULES.map((r) => [r, 'off'])) },
	};
}

/** Returns one issue per html-validate message of a page, at its line in the built file. */
export function toHtmlIssues(
	path: string,
	messages: readonly Pick<Message, 'ruleId' | 'message' | 'line'>[],
): Issue[] {
	return messages.map((m) => ({
		file: path,
		rule: 'html',
		line: m.line,
		message: `${m.message} (${m.ruleId})`,
	}));
}

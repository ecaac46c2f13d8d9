/**
 * The html-validate setup for built pages, and the conversion of its report into integrity issues.
 */
import type { ConfigData, Message } from 'html-validate';
import type { IntegrityIssue } from './integrity';

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

/** Returns one integrity issue per html-validate message of a page. */
export function toHtmlIssues(
	path: string,
	messages: readonly Pick<Message, 'ruleId' | 'message' | 'line'>[],
): IntegrityIssue[] {
	return messages.map((m) => ({
		check: 'html',
		where: path,
		line: m.line,
		message: `${m.message} (${m.ruleId})`,
	}));
}

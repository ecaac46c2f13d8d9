/**
 * Joining pieces of UI text the way each language writes them: Chinese lists use 、 and Chinese
 * sentences and full-width brackets take no spaces, where English uses ", " and " ".
 */

/**
 * Returns the items as one list in the page's language, without "and" (the list of a label).
 * @example formatList(['中文（中国）', '英语'], 'zh-CN') // '中文（中国）、英语'
 * @example formatList(['Chinese (China)', 'English'], 'en') // 'Chinese (China), English'
 */
export function formatList(items: readonly string[], lang: string): string {
	return new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' }).format(items);
}

/** Full-width punctuation carries its own spacing: no space after these, nor before the next. */
const FULL_WIDTH_END = /[。！？；：，、）」』”]$/u;
const FULL_WIDTH_START = /^[（「『“]/u;

/**
 * Returns the pieces (sentences, or phrases of one line) joined by spaces, except next to
 * full-width punctuation, which Chinese text never spaces.
 * @example joinText(['这不是官方渠道。', '请勿转账。']) // '这不是官方渠道。请勿转账。'
 * @example joinText(['09:00–21:00', '（北京时间）']) // '09:00–21:00（北京时间）'
 * @example joinText(['Not official.', 'Never share codes.']) // 'Not official. Never share codes.'
 */
export function joinText(pieces: readonly string[]): string {
	return pieces.reduce((text, next) => {
		if (text === '') return next;
		return FULL_WIDTH_END.test(text) || FULL_WIDTH_START.test(next)
			? text + next
			: `${text} ${next}`;
	}, '');
}

/**
 * Returns the template with each `{name}` replaced by its value, inserted literally: a reader's
 * query such as `$&` or `$'` stays as typed (a string given to `String.replace` would be read as
 * a replacement pattern). Placeholders without a value are left as they are.
 * @example fillTemplate('No articles found for “{query}”.', { query: "$'" }) // "No articles found for “$'”."
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(
		/\{([a-z]+)\}/gi,
		(placeholder, name: string) => values[name] ?? placeholder,
	);
}

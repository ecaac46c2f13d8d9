/**
 * Chinese text has no spaces, and Pagefind segments it differently at index and query time
 * (CloudCannon/pagefind#1237). We index every Han character as its own word and query the
 * same way, so index and query always agree; ranking then rewards adjacent matches.
 */
const HAN = '\\p{Script=Han}';
const BETWEEN_HAN = new RegExp(`(${HAN})(?=${HAN})`, 'gu');
const HAN_THEN_OTHER = new RegExp(`(${HAN})(?=[\\p{L}\\p{N}])`, 'gu');
const OTHER_THEN_HAN = new RegExp(`([\\p{L}\\p{N}])(?=${HAN})`, 'gu');
const HAN_TEST = new RegExp(HAN, 'u');

/** Returns whether text contains any Han character. */
export function hasHan(text: string): boolean {
	return HAN_TEST.test(text);
}

/** Returns text with a space after every Han character. @example spaceHan('OKPay钱包') // 'OKPay 钱 包' */
export function spaceHan(text: string): string {
	return text.replace(BETWEEN_HAN, '$1 ').replace(HAN_THEN_OTHER, '$1 ').replace(OTHER_THEN_HAN, '$1 ');
}

/**
 * Returns indexed text as readers wrote it: removes the spaces spaceHan added, also across
 * Pagefind's `<mark>` tags, merging marks that end up adjacent.
 * @example unspaceHan('<mark>钱</mark> <mark>包</mark>') // '<mark>钱包</mark>'
 */
export function unspaceHan(text: string): string {
	const tag = '(?:<\\/?mark>)*';
	const pattern = new RegExp(`(${HAN}${tag}) (?=${tag}${HAN})`, 'gu');
	return text
		.replace(pattern, '$1')
		.replace(pattern, '$1')
		.replace(/<\/mark><mark>/g, '')
		.replace(new RegExp(`(${HAN}${tag}) (?=${tag}[\\p{L}\\p{N}])`, 'gu'), '$1')
		.replace(new RegExp(`([\\p{L}\\p{N}]${tag}) (?=${tag}${HAN})`, 'gu'), '$1');
}

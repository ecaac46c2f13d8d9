/**
 * The words the search index holds, and the terms a query looks up: one tokenizer for both
 * sides, so index and query can never disagree.
 *
 * Chinese has no spaces. Each run of Han characters is indexed as overlapping character
 * bigrams plus its last character (`忘记密码` → 忘记 记密 密码 码), so a two-character query word
 * matches only where its characters are adjacent, and a one-character word still finds every
 * occurrence through Pagefind's prefix matching. Bigrams are written as ASCII (four base-36
 * digits per character): Pagefind's indexer and its browser client both run a Chinese word
 * segmenter that would split a bigram such as 记密 back into characters; ASCII passes through
 * untouched, and a character's code is a prefix of every bigram that starts with it.
 */
const HAN = /\p{Script=Han}/u;
/** A Han run, or a run of other letters and digits (a word may carry one inner apostrophe). */
const WORD =
	/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’](?:(?!\p{Script=Han})\p{L})+)?/gu;

/** Words so common in help text that they carry no meaning; dropped from the index and from queries. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'a an and are as at be by for from has have in into is it its of on or our so than that the their them ' +
		'then there these this those to was were which will with you your'
	).split(' '),
);

/**
 * Latin spellings of one word that readers and writers split or hyphenate differently;
 * both the index and queries use the joined form, so `log in`, `log-in` and `login` all meet.
 */
const COMPOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
	[/\blog[\s-]?(in|on|out)\b/g, 'log$1'],
	[/\bsign[\s-]?(in|up|out)\b/g, 'sign$1'],
	[/\btop[\s-]?ups?\b/g, 'topup'],
	[/\bset[\s-]?up\b/g, 'setup'],
	[/\be-?mails?\b/g, 'email'],
	[/\bwi-?fi\b/g, 'wifi'],
	[/\bpass[\s-]?codes?\b/g, 'passcode'],
	[/\bcan[’']?t\b|\bcannot\b/g, 'cannot'],
];

/** Returns lower-case text with split or hyphenated compounds joined. @example joinCompounds('Log in') // 'login' */
export function joinCompounds(text: string): string {
	return COMPOUNDS.reduce(
		(out, [pattern, joined]) => out.replace(pattern, joined),
		text.normalize('NFKC').toLowerCase(),
	);
}

/** Returns whether text contains a Han character. */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Returns the index form of one Han character. @example encodeHan('卡') // '0ggx' */
export function encodeHan(char: string): string {
	return char.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** Returns the Han character an encoded index form stands for. @example decodeHan('0ggx') // '卡' */
export function decodeHan(code: string): string {
	return String.fromCodePoint(parseInt(code, 36));
}

/** Returns the index tokens of one run of Han characters: bigrams, then the last character. */
function hanRunTokens(run: string): string[] {
	const chars = [...run].map(encodeHan);
	const tokens: string[] = [];
	for (let i = 0; i < chars.length - 1; i++) tokens.push(chars[i]! + chars[i + 1]!);
	tokens.push(chars.at(-1)!);
	return tokens;
}

/**
 * Returns the tokens of a text in reading order, as the index holds them: Latin words and
 * numbers lower-cased (stopwords dropped), Han runs as encoded bigrams.
 * @example tokenize('忘记 PIN') // [encoded 忘记, encoded 记, 'pin']
 */
export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const [word] of joinCompounds(text).matchAll(WORD)) {
		if (hasHan(word)) tokens.push(...hanRunTokens(word));
		else if (!STOPWORDS.has(word)) tokens.push(word.replace(/’/g, "'"));
	}
	return tokens;
}

/**
 * Returns tokens with every token after its `cap`-th occurrence on the page removed. Positions
 * beyond the first few add little to ranking (term frequency saturates) but most of the bytes
 * a reader downloads for a common word. `seen` is shared across the fields of one page.
 */
export function capTokens(
	tokens: readonly string[],
	seen: Map<string, number>,
	cap: number,
): string[] {
	return tokens.filter((token) => {
		const count = (seen.get(token) ?? 0) + 1;
		seen.set(token, count);
		return count <= cap;
	});
}

/**
 * Returns the index terms one query word looks up. A Han word of n characters becomes
 * non-overlapping bigrams covering it (the last one overlaps when n is odd), so 忘记密码 needs
 * two index lookups, not four; a single character is looked up as a prefix.
 * @example getQueryTerms('验证码') // [encoded 验证, encoded 证码]
 */
export function getQueryTerms(word: string): string[] {
	if (!hasHan(word)) return tokenize(word);
	const terms: string[] = [];
	for (const [run] of word.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
		if (!hasHan(run)) {
			terms.push(...tokenize(run));
			continue;
		}
		const chars = [...run].map(encodeHan);
		if (chars.length === 1) {
			terms.push(chars[0]!);
			continue;
		}
		for (let i = 0; i + 1 < chars.length; i += 2) terms.push(chars[i]! + chars[i + 1]!);
		if (chars.length % 2 === 1) terms.push(chars.at(-2)! + chars.at(-1)!);
	}
	return terms;
}

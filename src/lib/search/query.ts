/**
 * Turns what a reader typed into what search looks up: fillers dropped ("怎么办", "how do I"),
 * common miswritings fixed (帐号 → 账号), and each part of the query with its index terms and
 * the characters or words each term stands for.
 *
 * Chinese is not segmented into words here. Browsers segment differently (Chromium's ICU has a
 * large dictionary, others do not, and none knows 余额 or 实名 reliably), so a query would find
 * different pages in different browsers. Instead every pair of adjacent characters is a term,
 * exactly as in the index, and a page's coverage of the query is counted in characters.
 */
import { encodeHan, hasHan, joinCompounds, STOPWORDS } from './tokens';

/** Phrases that carry no meaning in a help search; cut out of Chinese runs before anything else. */
const ZH_FILLERS = [
	'怎么回事',
	'怎么办',
	'怎么样',
	'怎么弄',
	'怎么搞',
	'怎么',
	'怎样',
	'咋回事',
	'咋办',
	'咋弄',
	'咋整',
	'如何',
	'为什么',
	'为啥',
	'请问',
	'在哪里',
	'在哪儿',
	'在哪',
	'哪里',
	'什么',
	'一下',
	'有没有',
	'是不是',
	'能不能',
	'可不可以',
	'可以吗',
	'应该',
	'需要',
	'是否',
	'现在',
	'一直',
	'老是',
	'总是',
	'好像',
	'突然',
];

/** Characters that are mostly grammar; they count little towards covering a query. */
const ZH_FUNCTION_CHARS = new Set([
	...'的了吗呢啊吧呀嘛么我你他她它们是在有要和与把被给让对就都也还又才会能可去来说个一这那咋啥哪怎很太再想',
]);
/** Returns whether a Chinese character is mostly grammar (的, 了, 被…). */
export const isFunctionChar = (char: string): boolean => ZH_FUNCTION_CHARS.has(char);

/** Sentence-final particles, dropped at the end of a run (冻结了 → 冻结). */
const TRAILING_PARTICLES = /[了吗呢啊吧呀嘛的哦啦]+$/u;

/** English words that carry no meaning in a help search, on top of the index's stopwords. */
const EN_FILLERS = new Set([
	'how',
	'do',
	'does',
	'did',
	'done',
	'i',
	'im',
	"i'm",
	'ive',
	"i've",
	'my',
	'me',
	'mine',
	'is',
	'am',
	'was',
	'can',
	'could',
	'cannot',
	'what',
	'whats',
	"what's",
	'why',
	'where',
	'when',
	'which',
	'who',
	'please',
	'should',
	'would',
	'want',
	'need',
	'help',
	'get',
	'got',
	'okpay',
	'any',
	'some',
	'just',
	'also',
	'very',
	'really',
	'way',
	'ways',
]);

/** Common miswritings readers type through an input method, mapped to the standard writing. */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
	[/帐/g, '账'],
	[/登陆/g, '登录'],
	[/冲值/g, '充值'],
	[/体现/g, '提现'],
	[/密玛/g, '密码'],
	[/验正/g, '验证'],
	[/注消/g, '注销'],
	[/解帮/g, '解绑'],
	[/邦定/g, '绑定'],
	[/二唯码/g, '二维码'],
];

/** One index term and which units (characters of a Chinese part, or the one Latin word) it stands for. */
export interface QueryTerm {
	readonly term: string;
	readonly covers: readonly number[];
}

/** One part of a query: a Latin word, or a run of Chinese characters. */
export interface QueryPart {
	/** As the reader wrote it, after normalizing: what excerpts mark. */
	readonly text: string;
	readonly terms: readonly QueryTerm[];
	/** How much each unit counts towards covering the query: 1, or less for grammar characters. */
	readonly unitWeights: readonly number[];
}

/** At most this many lookups per query: each one may cost the reader an index download. */
export const MAX_TERMS = 8;

/** Returns a query in canonical form: NFKC (full-width → ASCII), lower case, punctuation → spaces. */
export function normalizeQuery(raw: string, maxLength = 200): string {
	return raw
		.normalize('NFKC')
		.toLowerCase()
		.slice(0, maxLength)
		.replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ')
		.replace(/(^|\s)['’-]+|['’-]+(?=\s|$)/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Returns the query with input-method miswritings fixed. @example fixVariants('帐号登陆') // '账号登录' */
export function fixVariants(query: string): string {
	return VARIANTS.reduce(
		(text, [pattern, replacement]) => text.replace(pattern, replacement),
		query,
	);
}

/** Returns the runs of a Chinese stretch that remain once fillers are cut out and final particles dropped. */
function hanRuns(text: string): string[] {
	let rest = text;
	for (const filler of ZH_FILLERS) rest = rest.split(filler).join(' ');
	return rest
		.split(' ')
		.map((run) => (run.length > 1 ? run.replace(TRAILING_PARTICLES, '') : run))
		.filter(Boolean);
}

/** Returns a run of Chinese characters as a query part: every adjacent pair is a term, unless both are grammar. */
function hanPart(run: string): QueryPart {
	const chars = [...run];
	const unitWeights = chars.map((c) => (ZH_FUNCTION_CHARS.has(c) ? 0.2 : 1));
	const pair = (i: number): QueryTerm => ({
		term: encodeHan(chars[i]!) + encodeHan(chars[i + 1]!),
		covers: [i, i + 1],
	});
	const terms: QueryTerm[] = [];
	if (chars.length === 1) terms.push({ term: encodeHan(chars[0]!), covers: [0] });
	// Four characters are nearly always two words (支付密码, 忘记密码): two pairs cover them, one
	// index download fewer. Longer runs are sentences whose words fall anywhere: every pair.
	const step = chars.length === 4 ? 2 : 1;
	for (let i = 0; i + 1 < chars.length; i += step)
		if (unitWeights[i]! + unitWeights[i + 1]! > 0.4) terms.push(pair(i));
	return { text: run, terms, unitWeights };
}

/** Returns every pair of adjacent characters of a Chinese part: what a character the cover missed is looked up with. */
export function allPairs(part: QueryPart): QueryTerm[] {
	const chars = [...part.text];
	return chars
		.slice(1)
		.map((char, i) => ({ term: encodeHan(chars[i]!) + encodeHan(char), covers: [i, i + 1] }));
}

const latinPart = (word: string): QueryPart => ({
	text: word,
	terms: [{ term: word, covers: [0] }],
	unitWeights: [1],
});

/**
 * Returns the parts of a query with their index terms, at most MAX_TERMS lookups in all. A query of nothing but fillers ("怎么办",
 * "how do i") is searched as typed rather than for nothing.
 * @example parseQuery('支付失败怎么办？').map((p) => p.text) // ['支付失败']
 */
export function parseQuery(raw: string): QueryPart[] {
	const query = fixVariants(joinCompounds(normalizeQuery(raw)));
	const parts: QueryPart[] = [];
	const seen = new Set<string>();
	const add = (part: QueryPart) => {
		if (seen.has(part.text) || part.terms.length === 0) return;
		seen.add(part.text);
		parts.push(part);
	};
	for (const token of query.split(' ')) {
		for (const [piece] of token.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
			if (hasHan(piece)) hanRuns(piece).forEach((run) => add(hanPart(run)));
			else {
				const word = piece.replace(/^['’-]+|['’-]+$/gu, '');
				if (word && !EN_FILLERS.has(word) && !STOPWORDS.has(word)) add(latinPart(word));
			}
		}
	}
	if (parts.length === 0) {
		for (const word of query.split(' ').filter(Boolean))
			add(hasHan(word) ? hanPart(word) : latinPart(word));
	}
	// Over budget, terms that stand for grammar characters go first, then the last ones typed.
	const ranked = parts
		.flatMap((part) =>
			part.terms.map((term) => ({
				term,
				weight: Math.min(...term.covers.map((u) => part.unitWeights[u] ?? 1)),
			})),
		)
		.sort((a, b) => b.weight - a.weight);
	const kept = new Set(ranked.slice(0, MAX_TERMS).map((t) => t.term));
	return parts
		.map((part) => ({ ...part, terms: part.terms.filter((t) => kept.has(t)) }))
		.filter((part) => part.terms.length > 0);
}

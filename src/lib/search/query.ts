import { hasHan } from './cjk';

/** Words that carry no meaning in a help search ("how do I…", "怎么办"). */
const FILLERS: Record<string, readonly string[]> = {
	zh: [
		'怎么办', '怎么样', '怎么回事', '怎么', '怎样', '如何', '为什么', '为啥', '请问', '在哪里', '在哪儿', '在哪',
		'哪里', '什么', '一下', '吗', '呢', '啊', '吧', '呀', '嘛', '了', '的', '我的', '我', '你们', '有没有',
	],
	en: [
		'how', 'do', 'does', 'did', 'i', 'im', "i'm", 'my', 'me', 'to', 'the', 'a', 'an', 'is', 'are', 'was',
		'can', 'could', 'what', 'why', 'where', 'when', 'which', 'it', 'its', 'of', 'for', 'on', 'with',
		'please', 'should', 'you', 'your', 'there', 'this', 'that', 'and', 'or', 'be', 'am', 'okpay',
	],
};

/** Common miswritings readers type, mapped to the words the articles use. */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
	[/帐/g, '账'],
	[/登陆/g, '登录'],
	[/冲值/g, '充值'],
	[/密玛/g, '密码'],
	[/验正/g, '验证'],
	[/\bcan'?t\b/g, 'cannot'],
	[/\bwon'?t\b/g, 'will not'],
	[/\blog ?in\b/g, 'login'],
	[/\bsign ?up\b/g, 'register'],
	[/\be-mail\b/g, 'email'],
];

/** Returns a query in canonical form: NFKC (full-width → ASCII), lower case, punctuation → spaces. */
export function normalizeQuery(raw: string, maxLength = 200): string {
	return raw
		.normalize('NFKC')
		.toLowerCase()
		.slice(0, maxLength)
		.replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
		.replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Returns the query with miswritings fixed. @example fixVariants('帐号登陆') // '账号登录' */
export function fixVariants(query: string): string {
	return VARIANTS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), query);
}

/**
 * Returns the meaningful words of a normalized query: Chinese runs are split into words with
 * Intl.Segmenter, fillers are dropped (unless nothing else is left).
 * @example getQueryWords('支付失败怎么办') // ['支付', '失败']
 */
export function getQueryWords(query: string): string[] {
	const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
	const words: string[] = [];
	for (const token of query.split(' ')) {
		if (!token) continue;
		if (!hasHan(token)) {
			words.push(token);
			continue;
		}
		let rest = token;
		// Drop multi-character fillers before segmenting, so "怎么办" never splits into "怎么" + "办".
		for (const filler of FILLERS['zh']!) if (filler.length > 1) rest = rest.split(filler).join(' ');
		for (const part of rest.split(' ')) {
			for (const seg of segmenter.segment(part)) {
				// "骗了", "锁了吗": a trailing particle glued to a word by the segmenter.
				if (seg.isWordLike) words.push(seg.segment.length > 1 ? seg.segment.replace(/[了吗呢啊吧呀嘛的]+$/u, '') : seg.segment);
			}
		}
	}
	const meaningful = words.filter((w) => !FILLERS['zh']!.includes(w) && !FILLERS['en']!.includes(w));
	if (meaningful.length > 0) return unique(meaningful);
	// Only fillers ("怎么办"): search for what was typed rather than for nothing.
	return unique(words.length > 0 ? words : query.split(' ').filter(Boolean));
}

function unique(words: readonly string[]): string[] {
	return [...new Set(words)];
}

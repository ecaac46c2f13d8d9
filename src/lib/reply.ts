export interface ReplyParts {
	readonly greeting: string;
	readonly title: string;
	readonly summary: string;
	readonly url: string;
}

/** Returns a ready-to-paste support reply: greeting, article title, one-line summary, link. */
export function composeReply({ greeting, title, summary, url }: ReplyParts): string {
	return `${greeting}\n${title}\n${summary}\n${url}`;
}

/** One language version of an article, as a reply quotes it. */
export interface ReplySource {
	readonly locale: string;
	readonly title: string;
	readonly summary: string;
	/** Absolute URL of that language's page. */
	readonly url: string;
}

/** A reply staff can copy, in one language. */
export interface LocalizedReply {
	readonly locale: string;
	readonly text: string;
}

/**
 * Returns the replies offered on an article page: first in the page's language, then one per
 * other language the article exists in, in `versions` order. Each reply is entirely in its own
 * language (greeting included), so staff can answer a reader in the language they wrote in.
 */
export function getReplies(
	pageLocale: string,
	versions: readonly ReplySource[],
	greetingIn: (locale: string) => string,
): { readonly own: LocalizedReply; readonly others: readonly LocalizedReply[] } {
	const reply = (v: ReplySource): LocalizedReply => ({
		locale: v.locale,
		text: composeReply({
			greeting: greetingIn(v.locale),
			title: v.title,
			summary: v.summary,
			url: v.url,
		}),
	});
	const own = versions.find((v) => v.locale === pageLocale);
	if (!own)
		throw new Error(
			`getReplies: no ${pageLocale} version among ${versions.map((v) => v.locale).join(', ')}`,
		);
	return { own: reply(own), others: versions.filter((v) => v !== own).map(reply) };
}

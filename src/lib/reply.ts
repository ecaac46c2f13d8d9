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

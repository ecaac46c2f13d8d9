/** Localized strings the server renders into `data-messages` on `<help-search>`. */
export interface SearchMessages {
	countZero: string;
	countOne: string;
	countMany: string;
	loading: string;
	error: string;
	section: string;
	seeAll: string;
	noResults: string;
	noResultsHint: string;
	contactLink: string;
	contactPath: string;
}

/** Returns the announcement for a result count. */
export function formatCount(messages: SearchMessages, count: number): string {
	if (count === 0) return messages.countZero;
	if (count === 1) return messages.countOne;
	return messages.countMany.replace('{count}', String(count));
}

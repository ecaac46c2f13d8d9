import { fillTemplate } from '../../lib/ui-text';

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
	return fillTemplate(messages.countMany, { count: String(count) });
}

/** Returns the message for a search without results, with the reader's query as typed. */
export function formatNoResults(messages: SearchMessages, query: string): string {
	return fillTemplate(messages.noResults, { query });
}

/** Returns the label of the link to every result of the reader's query. */
export function formatSeeAll(messages: SearchMessages, query: string): string {
	return fillTemplate(messages.seeAll, { query });
}

/** Returns the label naming the section of an article that answers the query. */
export function formatSection(sectionLabel: string, heading: string): string {
	return fillTemplate(sectionLabel, { section: heading });
}

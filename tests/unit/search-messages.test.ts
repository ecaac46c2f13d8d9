import { describe, expect, test } from 'vitest';
import {
	formatCount,
	formatNoResults,
	formatSection,
	formatSeeAll,
	type SearchMessages,
} from '../../src/scripts/search/messages';

const messages: SearchMessages = {
	countZero: 'No results',
	countOne: '1 result',
	countMany: '{count} results',
	loading: 'Searching…',
	error: 'Search failed.',
	section: 'Section: {section}',
	seeAll: 'See all results for “{query}”',
	noResults: 'No articles found for “{query}”.',
	noResultsHint: 'Try other words.',
	contactLink: 'Contact us',
	contactPath: '/en/contact/',
};

// A reader may type anything, including what String.replace reads as replacement patterns.
const queries = ['$&', "$'", '$`', '$$', '$1', 'refund $& fee'];

describe('search messages insert the reader text as typed', () => {
	test.each(queries)('no results for %s', (query) => {
		expect(formatNoResults(messages, query)).toBe(`No articles found for “${query}”.`);
	});

	test.each(queries)('see all results for %s', (query) => {
		expect(formatSeeAll(messages, query)).toBe(`See all results for “${query}”`);
	});

	test.each(queries)('section heading %s', (heading) => {
		expect(formatSection(messages.section, heading)).toBe(`Section: ${heading}`);
	});

	test('Chinese templates too', () => {
		expect(
			formatNoResults({ ...messages, noResults: '没有找到与“{query}”相关的文章。' }, "$'"),
		).toBe("没有找到与“$'”相关的文章。");
	});
});

describe('formatCount', () => {
	test.each([
		[0, 'No results'],
		[1, '1 result'],
		[12, '12 results'],
	])('%i → %s', (count, expected) => {
		expect(formatCount(messages, count)).toBe(expected);
	});
});

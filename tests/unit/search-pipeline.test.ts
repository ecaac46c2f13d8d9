import { describe, expect, test } from 'vitest';
import type { ResultPreview } from '../../src/lib/search/index-record';
import { runSearch, withoutPartialWord, type SearchBackend } from '../../src/lib/search/pipeline';
import type { SynonymGroups } from '../../src/lib/search/synonyms';
import { tokenize } from '../../src/lib/search/tokens';

const page = (
	slug: string,
	title: string,
	sections: [string, string, string][],
	terms: string[] = [],
): ResultPreview => ({
	url: `/en/articles/${slug}/`,
	title,
	category: 'Cards',
	description: `${title} In short.`,
	sections,
	terms,
});

const pages: Record<string, ResultPreview> = {
	withdraw: page('withdraw', 'How do I withdraw my balance?', [
		['', '', 'You can withdraw your balance to a linked bank card.'],
		['steps', 'Steps', 'Open Wallet and tap Withdraw.\nEnter the amount.'],
	]),
	slow: page('slow', 'How long does a withdrawal take?', [
		['', '', 'A withdrawal usually arrives within a few working days.'],
	]),
	failed: page('failed', 'What if a withdrawal fails?', [
		['why', 'Why it fails', 'A withdrawal fails when the card is closed.'],
	]),
	showing: page('showing', 'Balance not showing', [
		['', '', 'The balance shown may be showing an old value.'],
	]),
};

/** A toy index over the pages: a term's score is how often its token occurs (prefix match, like Pagefind). */
function backend(synonyms: SynonymGroups = []): SearchBackend & { looked: string[] } {
	const looked: string[] = [];
	const tokens = Object.fromEntries(
		Object.entries(pages).map(([id, p]) => [
			id,
			tokenize([p.title, ...p.sections.flatMap(([, h, t]) => [h, t])].join(' ')),
		]),
	);
	return {
		looked,
		async lookup(terms) {
			looked.push(terms);
			const wanted = terms.split(' ');
			return Object.entries(tokens)
				.map(([id, list]) => ({
					id,
					counts: wanted.map((w) => list.filter((t) => t.startsWith(w)).length),
				}))
				.filter(({ counts }) => counts.every((c) => c > 0))
				.map(({ id, counts }) => ({ id, score: counts.reduce((a, b) => a + b, 0) }));
		},
		preview: async (id) => pages[id]!,
		synonyms: async () => synonyms,
		vocabulary: async () => new Set(['withdrawal', 'balance', 'showing', 'shown']),
	};
}

const search = async (query: string, b = backend(), limit = 10) =>
	(await runSearch(query, b, limit)) ?? [];
const slugs = async (query: string, b = backend()) =>
	(await search(query, b)).map((r) => r.url.split('/').at(-2));

describe('runSearch', () => {
	test('a bare topic finds the how-to first; a problem or a duration finds its own article', async () => {
		expect((await slugs('withdraw'))[0]).toBe('withdraw');
		expect((await slugs('withdrawal failed'))[0]).toBe('failed');
		expect((await slugs('how long withdrawal'))[0]).toBe('slow');
	});

	test('fixes a typo only when the index has no such word', async () => {
		expect((await slugs('withdrawl'))[0]).toMatch(/withdraw|slow|failed/);
		const b = backend();
		await runSearch('showing', b, 10);
		// "showing" is in the index: it is looked up as typed, never "corrected" to "shown".
		expect(b.looked).not.toContain('shown');
	});

	test('links to the answering section unless the title names the whole query', async () => {
		const [closed] = await search('card closed', backend(), 1);
		expect(closed!.target).toBe('/en/articles/failed/#why');
		const [withdraw] = await search('withdraw balance', backend(), 1);
		expect(withdraw!.target).toBe('/en/articles/withdraw/');
	});

	test('a synonym group brings the article wording', async () => {
		expect(await slugs('cash out', backend([['withdraw', 'cash out']]))).toContain('withdraw');
		expect(await slugs('cash out', backend())).toEqual([]);
	});

	test('a search a newer query took over returns nothing and fetches no previews; its lookups still run', async () => {
		const b = backend();
		let previews = 0;
		const counting = { ...b, preview: (id: string) => (previews++, b.preview(id)) };
		expect(await runSearch('withdrawal', counting, 10, { superseded: () => true })).toBeUndefined();
		expect(previews).toBe(0);
		expect(b.looked).toContain('withdrawal');
	});

	test('returns at most `limit` results and nothing for nothing', async () => {
		expect(await runSearch('withdrawal', backend(), 2)).toHaveLength(2);
		expect(await runSearch('   ', backend(), 5)).toEqual([]);
		expect(await runSearch('zzzz', backend(), 5)).toEqual([]);
	});
});

describe('withoutPartialWord', () => {
	test.each([
		['p', ''],
		['pa', 'pa'],
		['pay', 'pay'],
		['payment p', 'payment'],
		['payment pa', 'payment pa'],
		['face id', 'face id'],
		['payment pas', 'payment pas'],
		['payment ', 'payment '],
		['id', 'id'],
		['退款', '退款'],
		['退款 a', '退款'],
		['2fa', '2fa'],
	])('%j → %j', (raw, expected) => {
		expect(withoutPartialWord(raw)).toBe(expected);
	});

	test('a search while typing ignores a one-letter last word', async () => {
		const b = backend();
		await runSearch('withdrawal f', b, 10, { typing: true });
		expect(b.looked).not.toContain('f');
		await runSearch('withdrawal f', b, 10, { typing: false });
		expect(b.looked).toContain('f');
	});
});

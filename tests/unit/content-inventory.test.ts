import { describe, expect, test } from 'vitest';
import {
	readFrontmatter,
	toArticleEntry,
	toListEntries,
	toRedirectSources,
} from '../../src/lib/content-inventory';

describe('readFrontmatter and toArticleEntry', () => {
	test('reads the fields the checks need', () => {
		const source =
			'---\ntitle: Hi there\ncategory: general\ndraft: true\nformerSlugs: [old-a]\n---\nBody';
		expect(readFrontmatter(source)).toMatchObject({ title: 'Hi there', draft: true });
		expect(toArticleEntry('f.mdx', 'en', 'a', source)).toEqual({
			file: 'f.mdx',
			locale: 'en',
			slug: 'a',
			draft: true,
			category: 'general',
			formerSlugs: ['old-a'],
		});
	});

	test('a file without frontmatter is a published article with no category', () => {
		expect(toArticleEntry('f.mdx', 'en', 'a', 'Body only')).toMatchObject({
			draft: false,
			category: undefined,
			formerSlugs: [],
		});
	});

	test('invalid YAML becomes an issue naming the file', () => {
		expect(toArticleEntry('f.mdx', 'en', 'a', '---\ntitle: [unclosed\n---\n')).toMatchObject({
			check: 'content',
			where: 'f.mdx',
		});
	});
});

describe('toListEntries', () => {
	test('keeps entries with a string id, in order, duplicates included', () => {
		expect(toListEntries('c.yaml', [{ id: 'a' }, { id: 2 }, null, { id: 'a' }])).toEqual([
			{ file: 'c.yaml', id: 'a' },
			{ file: 'c.yaml', id: 'a' },
		]);
		expect(toListEntries('c.yaml', { id: 'a' })).toEqual([]);
	});
});

describe('toRedirectSources', () => {
	test('returns the from paths, skipping malformed entries', () => {
		expect(toRedirectSources([{ from: '/en/old/', to: '/en/' }, { to: '/en/' }, 'x'])).toEqual([
			'/en/old/',
		]);
		expect(toRedirectSources(undefined)).toEqual([]);
	});
});

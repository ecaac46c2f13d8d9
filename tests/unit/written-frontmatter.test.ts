import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { checkUpdatedAsWritten, readWrittenField } from '../../src/lib/written-frontmatter';
import { articleSchema } from '../../src/schemas/article';

const FILE = 'content/articles/en/refund.mdx';

/** An article file whose `updated` line (line 4) is written as given. */
const mdx = (updated: string) =>
	[
		'---',
		'title: How do I get a refund?',
		'description: Ask for a refund in the app within 30 days of paying.',
		`updated: ${updated}`,
		'category: payments',
		'---',
		'',
		'The answer.',
		'',
	].join('\n');

/** Returns what the build sees: the frontmatter parsed by Astro's own parser (YAML 1.1), then the schema. */
const parsedUpdated = (source: string) =>
	articleSchema.parse(parseFrontmatter(source).frontmatter).updated;

describe('readWrittenField', () => {
	test.each([
		['2026-02-30', '2026-02-30'],
		["'2026-02-30'", '2026-02-30'],
		['"2026-02-30"  # the day it changed', '2026-02-30'],
		['2026-02-03T10:00:00Z', '2026-02-03T10:00:00Z'],
	])('updated: %s reads as %s, on line 4', (written, text) => {
		expect(readWrittenField(mdx(written), 'updated')).toEqual({ text, line: 4 });
	});

	test('keeps a hash YAML would read as a number as typed', () => {
		expect(readWrittenField('---\nsourceHash: 755807182e29\n---\n', 'sourceHash')).toEqual({
			text: '755807182e29',
			line: 2,
		});
	});

	test.each([
		['no frontmatter', 'Just text.'],
		['an absent field', '---\ntitle: Hi\n---\n'],
		['broken YAML', '---\nupdated: [2026\n---\n'],
	])('is undefined for %s', (_label, source) => {
		expect(readWrittenField(source, 'updated')).toBeUndefined();
	});
});

describe('checkUpdatedAsWritten', () => {
	// YAML turns the unquoted day that does not exist into 2026-03-02, which the schema accepts.
	test('an unquoted 2026-02-30 passes the schema as March 2, and is refused here', () => {
		const source = mdx('2026-02-30');
		expect(parsedUpdated(source).toISOString()).toBe('2026-03-02T00:00:00.000Z');
		expect(checkUpdatedAsWritten(source, parsedUpdated(source), FILE)).toEqual([
			{
				file: FILE,
				line: 4,
				field: 'updated',
				rule: 'dates',
				message:
					'2026-02-30 is not a day of the calendar (it would be published as 2026-03-02); write a real date as YYYY-MM-DD',
			},
		]);
	});

	test.each(['2026-13-01', '2026-04-31', '2025-02-29'])('%s is refused', (day) => {
		const source = mdx(day);
		expect(checkUpdatedAsWritten(source, parsedUpdated(source), FILE)).toMatchObject([
			{ line: 4, field: 'updated' },
		]);
	});

	test('a timestamp is refused: the rule is the day alone', () => {
		const source = mdx('2026-02-03T10:00:00Z');
		expect(checkUpdatedAsWritten(source, parsedUpdated(source), FILE)).toEqual([
			{
				file: FILE,
				line: 4,
				field: 'updated',
				rule: 'dates',
				message:
					'2026-02-03T10:00:00Z is not written as YYYY-MM-DD; write the day alone, like 2026-02-03',
			},
		]);
	});

	test.each(['2026-02-28', '2028-02-29', "'2026-11-20'", '2026-12-31 # year end'])(
		'%s is fine',
		(written) => {
			const source = mdx(written);
			expect(checkUpdatedAsWritten(source, parsedUpdated(source), FILE)).toEqual([]);
		},
	);
});

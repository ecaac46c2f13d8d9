import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

/** Frontmatter that passes, with one field changed. */
const frontmatter = (overrides: Record<string, unknown>) => ({
	title: 'How do I get a refund?',
	description: 'Ask for a refund in the app within 30 days of paying.',
	category: 'payments',
	updated: '2026-11-20',
	...overrides,
});

/** Returns the schema's messages for one field, or [] when it passes. */
const messagesFor = (field: string, value: unknown) => {
	const result = articleSchema.safeParse(frontmatter({ [field]: value }));
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('updated', () => {
	test.each([['2026-11-20'], ['2028-02-29'], [new Date('2026-11-20T00:00:00Z')]])(
		'%s passes',
		(value) => {
			expect(messagesFor('updated', value)).toEqual([]);
		},
	);

	// Quoted, the date reaches the schema as text; `new Date` would roll it over to March 2.
	test.each(['2026-02-30', '2026-13-01', '2025-02-29'])(
		'%s (quoted) is not a day of the calendar',
		(value) => {
			expect(messagesFor('updated', value)).toEqual([
				`updated: ${value} is not a day of the calendar; write a real date as YYYY-MM-DD`,
			]);
		},
	);

	test.each(['soon', '26/11/2026', 20261120, true])('%s is not a date', (value) => {
		expect(messagesFor('updated', value)).toEqual([
			'updated: must be a date written as YYYY-MM-DD',
		]);
	});
});

describe('sourceHash', () => {
	test('a quoted 12-character hex string passes', () => {
		expect(messagesFor('sourceHash', '755807182e29')).toEqual([]);
	});

	// What YAML makes of `sourceHash: 755807182e29` and `sourceHash: 123456789012` left unquoted.
	test.each([
		[7.55807182e37, '7.55807182e+37'],
		[123456789012, '123456789012'],
	])('read as the number %s: says so, and to quote it', (value, shown) => {
		expect(messagesFor('sourceHash', value)).toEqual([
			`sourceHash: sourceHash must be a quoted 12-character hex string like "755807182e29"; YAML read this one as the number ${shown} — put it in quotes`,
		]);
	});

	test.each(['755807182E29', '755807182e2', 'not-a-hash'])(
		'%s is not 12 lowercase hex characters',
		(value) => {
			expect(messagesFor('sourceHash', value)).toEqual([
				`sourceHash: sourceHash must be a quoted 12-character hex string like "755807182e29", not "${value}"; npm run i18n:stamp writes it`,
			]);
		},
	);

	test('left empty', () => {
		expect(messagesFor('sourceHash', null)).toEqual([
			'sourceHash: sourceHash must be a quoted 12-character hex string like "755807182e29"; YAML read this one as empty — put it in quotes',
		]);
	});
});

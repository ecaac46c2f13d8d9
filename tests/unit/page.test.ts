import { expect, test } from 'vitest';
import { getDocumentTitle, MAX_TITLE_LENGTH } from '../../src/lib/page';

test.each([
	['OKPay Help Center', 'OKPay Help Center', 'OKPay Help Center'],
	['Contact us', 'OKPay Help Center', 'Contact us | OKPay Help Center'],
	[
		'How do I cancel a transaction or request a refund in OKPay?',
		'OKPay Help Center',
		'How do I cancel a transaction or request a refund in OKPay?',
	],
])('getDocumentTitle(%j, %j) → %j', (title, site, expected) => {
	expect(getDocumentTitle(title, site)).toBe(expected);
});

test('a title longer than the limit is shortened with an ellipsis', () => {
	const result = getDocumentTitle('x'.repeat(90), 'Site');
	expect(result).toHaveLength(MAX_TITLE_LENGTH);
	expect(result.endsWith('…')).toBe(true);
});

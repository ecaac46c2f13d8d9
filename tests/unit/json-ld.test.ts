import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld';

describe('serializeJsonLd', () => {
	test('plain data serializes as JSON', () => {
		expect(serializeJsonLd({ '@type': 'Thing', name: 'OKPay', n: 1 })).toBe(
			'{"@type":"Thing","name":"OKPay","n":1}',
		);
	});

	test.each([['</script><script>alert(1)</script>'], ['</SCRIPT>'], ['<!-- comment'], ['a < b']])(
		'%j cannot break out of the script element',
		(name) => {
			const text = serializeJsonLd({ name });
			expect(text).not.toMatch(/<\/script/i);
			expect(text).not.toContain('<');
			expect(JSON.parse(text)).toEqual({ name });
		},
	);

	test('escapes < as \\u003c exactly', () => {
		expect(serializeJsonLd({ name: '</script>' })).toBe('{"name":"\\u003c/script>"}');
	});

	test('escapes nested values', () => {
		const data = { list: [{ text: '<b>bold</b>' }], nested: { deep: '</script>' } };
		const text = serializeJsonLd(data);
		expect(text).toBe(
			'{"list":[{"text":"\\u003cb>bold\\u003c/b>"}],"nested":{"deep":"\\u003c/script>"}}',
		);
		expect(JSON.parse(text)).toEqual(data);
	});

	test('keeps non-ASCII text as is', () => {
		expect(serializeJsonLd({ name: '支付失败怎么办' })).toBe('{"name":"支付失败怎么办"}');
	});
});

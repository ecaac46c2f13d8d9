import { expect, test } from 'vitest';
import { decodeSegment, parseContactUrl } from '../../src/lib/contact-url';

test.each([
	[
		'HTTPS://Help.OKPay.example.com/x/%2e%2e/chat/?lang=en',
		{
			scheme: 'https',
			userinfo: '',
			host: 'help.okpay.example.com',
			port: '',
			path: '/chat',
			query: '?lang=en',
		},
	],
	[
		'help.okpay.example.com',
		{ scheme: '', userinfo: '', host: 'help.okpay.example.com', port: '', path: '', query: '' },
	],
	[
		'https://a:b@evil.example:8080/x/',
		{ scheme: 'https', userinfo: 'a:b', host: 'evil.example', port: '8080', path: '/x', query: '' },
	],
	[
		'https://social.example.org/@a\\..\\@b',
		{ scheme: 'https', userinfo: '', host: 'social.example.org', port: '', path: '/@b', query: '' },
	],
	[
		'https://xn--kpay-45d.example.com.',
		{ scheme: 'https', userinfo: '', host: 'оkpay.example.com', port: '', path: '', query: '' },
	],
	[
		'okpay.example.com:443',
		{ scheme: '', userinfo: '', host: 'okpay.example.com', port: '', path: '', query: '' },
	],
	[
		'mailto:Support%40okpay.example.com?cc=x',
		{
			scheme: 'mailto',
			userinfo: '',
			host: '',
			port: '',
			path: 'Support%40okpay.example.com',
			query: '?cc=x',
		},
	],
])('parseContactUrl(%j) reads it as a browser does', (text, expected) => {
	expect(parseContactUrl(text)).toEqual(expected);
});

test.each([
	'https://a.example.com／x',
	'https://a.example.com＠b.example',
	'https://',
	'https://localhost/',
	'not a url',
	'https://a..example.com',
])('parseContactUrl(%j): no browser opens it as a web address', (text) => {
	expect(parseContactUrl(text)).toBeUndefined();
});

test('decodeSegment decodes what a server decodes, and keeps a malformed escape', () => {
	expect(decodeSegment('%4FKPay%2Fx')).toBe('okpay/x');
	expect(decodeSegment('%E0%A4%A')).toBe('%e0%a4%a');
});

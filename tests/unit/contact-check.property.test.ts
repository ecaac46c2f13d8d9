/**
 * Property-based tests of the contact checker (fast-check), generated from the sample registry:
 * every official channel stays official however a message wraps it, no look-alike of one is ever
 * official, and whatever text is pasted, each detail called official is one a browser, a mail app
 * or a phone would take to the registry's channel.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkMessage, type CheckedContact } from '../../src/lib/contact-check';
import { foldWidth } from '../../src/lib/contact-extract';
import { sampleChannels, sampleIndex as index } from '../support/contact-index';

const RUNS = { numRuns: 400 };

const phone = sampleChannels.find((c) => c.kind === 'phone');
const email = sampleChannels.find((c) => c.kind === 'email');
const chat = sampleChannels.find((c) => c.kind === 'chat');
const social = sampleChannels.find((c) => c.kind === 'social');
if (
	phone?.kind !== 'phone' ||
	email?.kind !== 'email' ||
	chat?.kind !== 'chat' ||
	social?.kind !== 'social'
) {
	throw new Error('the sample registry needs a phone, an email, a chat and a social channel');
}
const digits = phone.phone.replace(/\D/g, ''); // 18005550123
const [cc, rest] = [digits.slice(0, 1), digits.slice(1)]; // NANP: country code 1
const fullWidth = (text: string) =>
	text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const chatHost = new URL(chat.url).host;
const socialHost = new URL(social.url).host;
const handle = social.handle.replace(/^@/, '');
const [address, platform] = [email.email, social.platform];

/** Each official channel written the ways readers see it written, with the channel it is. */
const officialForms: [form: string, channelId: string][] = [
	...[
		phone.phone,
		`+${digits}`,
		`+${cc} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`,
		`+${cc}-${rest.slice(0, 3)}-${rest.slice(3, 6)}-${rest.slice(6)}`,
		`(+${cc}) ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`,
		`+${cc} (${rest.slice(0, 3)}) ${rest.slice(3, 6)}-${rest.slice(6)}`,
		`00${cc} ${rest}`,
		`tel:+${digits}`,
		fullWidth(`+${cc} ${rest}`),
	].map((form): [string, string] => [form, phone.id]),
	...[email.email, email.email.toUpperCase(), `mailto:${email.email}`, fullWidth(email.email)].map(
		(form): [string, string] => [form, email.id],
	),
	...[chat.url, chat.url.replace(/\/$/, ''), chat.url.toUpperCase(), chatHost, `${chatHost}/`].map(
		(form): [string, string] => [form, chat.id],
	),
	...[
		social.url,
		`${social.url}/`,
		social.url.replace(/^https:\/\//, ''),
		`https://${socialHost}/${handle.toLowerCase()}`,
		`${social.handle} on ${social.platform}`,
		`${social.platform} 上的 ${social.handle}`,
		`${social.handle}@${socialHost}`,
	].map((form): [string, string] => [form, social.id]),
];

const brackets = fc.constantFrom(
	['', ''],
	['（', '）'],
	['《', '》'],
	['【', '】'],
	['「', '」'],
	['『', '』'],
	['“', '”'],
	['‘', '’'],
	['"', '"'],
	["'", "'"],
	['<', '>'],
	['(', ')'],
	['[', ']'],
	['〈', '〉'],
);
const before = fc.constantFrom(
	'',
	' ',
	'\n',
	'：',
	':',
	'网址：',
	'客服：',
	'请联系 ',
	'Contact: ',
	'Call or write to ',
	'官方渠道',
	'、',
);
const after = fc.constantFrom(
	'',
	' ',
	'。',
	'.',
	'，',
	',',
	'！',
	'!',
	'；',
	';',
	'、',
	'？',
	'…',
	'。谢谢！',
	' today.',
	' 谢谢',
	'\n',
);

describe('official channels stay official however a message wraps them', () => {
	test('in brackets, quotes, after a label, before sentence punctuation', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...officialForms),
				brackets,
				before,
				after,
				([form, channelId], [open, close], lead, end) => {
					const input = `${lead}${open}${form}${close}${end}`;
					const check = checkMessage(input, index);
					expect(check.items, input).toHaveLength(1);
					expect(check, input).toMatchObject({ verdict: 'official', channelId });
				},
			),
			RUNS,
		);
	});

	test('together in one message, each one is found and the message is official', () => {
		// With a space: two numbers with only a space between them read as one, too long to be a
		// phone; and an app may take text glued to a host name into the link (see "run-on").
		const separators = fc.constantFrom(
			'\n',
			'， ',
			'、 ',
			'； ',
			' or ',
			' 或 ',
			'。 ',
			'。\n',
			', ',
			' / ',
		);
		fc.assert(
			fc.property(
				fc.shuffledSubarray(officialForms, { minLength: 2, maxLength: 4 }),
				separators,
				(forms, separator) => {
					const input = forms.map(([form]) => form).join(separator);
					const check = checkMessage(input, index);
					expect(
						check.items.map((item) => item.channelId),
						input,
					).toEqual(forms.map(([, id]) => id));
					expect(check.verdict, input).toBe('official');
				},
			),
			RUNS,
		);
	});
});

// Letters that read like others, and characters that show nothing.
const confusables = [...'аеорсхіјӏһԁοαυνı0l1-_', '\u200B', '\u00AD', '\u202E'];
const latin = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

/** One edit of a string: a letter swapped for another or a look-alike, added, dropped or transposed. */
function edited(
	text: string,
	alphabet: readonly string[],
	lookAlikes: readonly string[] = confusables,
): fc.Arbitrary<string> {
	return fc
		.tuple(
			fc.nat(text.length - 1),
			fc.constantFrom(...alphabet, ...lookAlikes),
			fc.constantFrom('replace', 'insert', 'delete', 'swap'),
		)
		.map(([at, c, how]) => {
			if (how === 'replace') return text.slice(0, at) + c + text.slice(at + 1);
			if (how === 'insert') return text.slice(0, at) + c + text.slice(at);
			if (how === 'delete') return text.slice(0, at) + text.slice(at + 1);
			return text.slice(0, at) + (text[at + 1] ?? '') + text[at] + text.slice(at + 2);
		})
		.filter((variant) => variant.toLowerCase() !== text.toLowerCase());
}

const label = fc.string({ unit: fc.constantFrom(...latin), minLength: 1, maxLength: 8 });
const host = fc.constantFrom(...index.hosts);

/** Things that look like an official channel and are not one. */
const imitations: fc.Arbitrary<string> = fc.oneof(
	// Hosts edited, extended or used as a label of another domain
	fc
		.tuple(host, fc.constantFrom('https://', 'http://'))
		.chain(([h, scheme]) => edited(h, latin).map((v) => `${scheme}${v}`)),
	// (Without a scheme, "okpay.exampleXcom" is no address a browser opens: it keeps its dots.)
	host.chain((h) =>
		edited(h, latin).filter(
			(v) => v.split('.').length === h.split('.').length && /\.\p{L}{2,}$/u.test(v),
		),
	),
	fc.tuple(host, label).map(([h, l]) => `https://${h}.${l}.example`),
	fc.tuple(host, label).map(([h, l]) => `https://${l}-${h}`),
	fc.tuple(host, label).map(([h, l]) => `https://${h}@${l}.example/`),
	fc.tuple(host, label).map(([h, l]) => `https://${h}）.${l}.example`),
	fc.tuple(host, label).map(([h, l]) => `https://${h}／.${l}.example`),
	fc.tuple(host, label).map(([h, l]) => `${l}.${h}`),
	host.map((h) => `http://${h}/`),
	// Emails: the address edited, mailto: links with more than the address
	edited(email.email, latin),
	fc
		.tuple(label, fc.constantFrom('cc', 'bcc', 'to', 'CC', 'body', 'subject'))
		.map(([l, key]) => `mailto:${email.email}?${key}=${l}@${l}.example`),
	label.map((l) => `mailto:${email.email},${l}@evil.example`),
	// Phones: one digit off, another country code, no country code
	edited(digits, [...'0123456789'], ['O', 'o', 'l', 'I', '\u200B']).map((v) => `+${v}`),
	fc
		.tuple(fc.nat(rest.length - 1), fc.constantFrom('O', 'o', 'О', 'l', 'I'))
		.map(([at, c]) => `+${cc} ${rest.slice(0, at)}${c}${rest.slice(at + 1)}`),
	fc.integer({ min: 2, max: 99 }).map((code) => `+${code} ${rest}`),
	fc.constantFrom(
		rest,
		`${cc}-${rest}`,
		`${rest.slice(0, 3)}-${rest.slice(3, 6)}-${rest.slice(6)}`,
	),
	// Accounts: the name edited, on its profile host or bare; the path resolving elsewhere
	edited(handle, latin).map((v) => `https://${socialHost}/@${v}`),
	edited(handle, latin).map((v) => `@${v} on ${social.platform}`),
	fc
		.tuple(label, fc.constantFrom('/../', '/%2e%2e/', '/%2E%2e/', '\\..\\', '/./../'))
		.map(([l, dots]) => `${social.url}${dots}@${l}`),
	fc
		.constantFrom('Telegram', 'WhatsApp', '微信', 'QQ', 'LINE', 'TG')
		.map((app) => `${app}: ${social.handle}`),
);

describe('no imitation of an official channel is ever official', () => {
	test('on its own', () => {
		fc.assert(
			// Alone, an account named without its platform is not official either.
			fc.property(fc.oneof(imitations, fc.constant(social.handle)), (input) => {
				expect(checkMessage(input, index).verdict, input).not.toBe('official');
			}),
			{ numRuns: 2000 },
		);
	});

	test('next to official channels, the message is not official either', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...officialForms),
				imitations,
				fc.boolean(),
				([form], imitation, first) => {
					const input = first ? `${imitation} ${form}` : `${form}，${imitation}`;
					expect(checkMessage(input, index).verdict, input).not.toBe('official');
				},
			),
			RUNS,
		);
	});
});

/** Whether a browser, a mail app or a phone takes this detail to an official channel. */
function reachesOfficialChannel(item: CheckedContact, input: string): boolean {
	const text = item.text;
	if (item.kind === 'phone') {
		const written = foldWidth(text)
			.replace(/^tel:/i, '')
			.replace(/^\(\+(\d+)\)/, '+$1');
		return written.startsWith('+') && written.replace(/\D/g, '') === digits;
	}
	if (item.kind === 'email') return foldWidth(text).toLowerCase() === address;
	if (item.kind === 'handle') {
		const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
		const platformNamed =
			squash(input).includes(squash(platform)) || text.toLowerCase().endsWith(`@${socialHost}`);
		return (
			foldWidth(text).replace(/^@/, '').split('@')[0]?.toLowerCase() === handle.toLowerCase() &&
			platformNamed
		);
	}
	const url = URL.parse(/^[a-z]+:/i.test(text) ? text : `https://${text}`);
	if (!url) return false;
	if (url.protocol === 'mailto:')
		return decodeURIComponent(url.pathname).toLowerCase() === address && url.search === '';
	if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
	const hostname = url.hostname.replace(/\.$/, '');
	if (hostname === socialHost) {
		const segment = decodeURIComponent(url.pathname.split('/')[1] ?? '').replace(/^@/, '');
		return segment.toLowerCase() === handle.toLowerCase();
	}
	return index.hosts.includes(hostname);
}

describe('whatever is pasted, "official" is only said of a real channel', () => {
	// Pieces of official details, of tricks, and of prose, in any order.
	const pieces = fc.constantFrom(
		'https://',
		'http://',
		'mailto:',
		'tel:',
		'www.',
		'xn--',
		chatHost,
		socialHost,
		'okpay',
		'example',
		'evil',
		'com',
		'org',
		'.',
		'。',
		'．',
		'/',
		'／',
		'\\',
		'@',
		'＠',
		':',
		'：',
		'?',
		'#',
		'%2e',
		'%2F',
		'..',
		'cc=',
		',',
		'&',
		email.email,
		'support',
		social.handle,
		handle,
		social.url,
		chat.url,
		social.platform,
		'Telegram',
		'微信',
		'上的',
		' on ',
		'+1',
		'+86',
		'00',
		'800',
		'555',
		'0123',
		'-',
		' ',
		'\n',
		'（',
		'）',
		'【',
		'】',
		'“',
		'”',
		'\u200B',
		'ｏ',
		'请访问',
		'客服',
	);
	test('every detail called official is reached exactly as written', () => {
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
				const input = parts.join('');
				for (const item of checkMessage(input, index).items) {
					if (item.verdict === 'official')
						expect(
							reachesOfficialChannel(item, input),
							`${JSON.stringify(input)}: ${JSON.stringify(item)}`,
						).toBe(true);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	test('any text at all: a verdict, never an exception', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
				const check = checkMessage(input, index);
				for (const item of check.items) {
					if (item.verdict === 'official')
						expect(reachesOfficialChannel(item, input), JSON.stringify(input)).toBe(true);
				}
			}),
			RUNS,
		);
	});
});

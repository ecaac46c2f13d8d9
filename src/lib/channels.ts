/**
 * Rules across the channel registry (content/channels.yaml) and the data derived from it:
 * links, display values and the official index used by the contact checker.
 */
import type { Translate } from '../i18n';
import type { ChannelData } from '../schemas/channel';
import type { OfficialIndex } from './contact-check';
import { parseContactUrl } from './contact-url';
import type { Issue } from './issues';
import { formatPhoneInternational, getNationalNumber } from './phone';

/** Domains reserved for documentation (RFC 2606): safe for sample channels, wrong for real ones. */
export const fictionalDomains = ['example.com', 'example.net', 'example.org'] as const;
const fictionalTlds = ['example', 'test', 'invalid'] as const;
const SAMPLE_PHONE = 'a number in +1 NXX-555-0100…0199';
const SAMPLE_HOST = 'an example.com or example.org address';

/**
 * Returns whether an E.164 number is in the fictional North-American range 555-0100…555-0199.
 * @example isFictionalPhone('+18005550123') // true
 */
export function isFictionalPhone(e164: string): boolean {
	return /^\+1[2-9]\d{2}55501\d{2}$/.test(e164);
}

/**
 * Returns whether a host is a reserved example domain or one of its subdomains.
 * @example isFictionalHost('help.okpay.example.com') // true
 */
export function isFictionalHost(host: string): boolean {
	const name = host.toLowerCase().replace(/\.$/, '');
	const tld = name.split('.').at(-1) ?? '';
	return (
		fictionalDomains.some((d) => name === d || name.endsWith(`.${d}`)) ||
		(fictionalTlds as readonly string[]).includes(tld)
	);
}

const hostOf = (url: string) => parseContactUrl(url)?.host ?? '';

/** The contact values of a channel: field name, comparable key and whether it is fictional. */
function getValues(
	channel: ChannelData,
): { field: string; key: string; shown: string; fictional: boolean }[] {
	switch (channel.kind) {
		case 'phone':
			return [
				{
					field: 'phone',
					key: `phone:${channel.phone}`,
					shown: channel.phone,
					fictional: isFictionalPhone(channel.phone),
				},
			];
		case 'email': {
			const email = channel.email.toLowerCase();
			return [
				{
					field: 'email',
					key: `email:${email}`,
					shown: email,
					fictional: isFictionalHost(email.split('@')[1] ?? ''),
				},
			];
		}
		case 'chat':
			return [urlValue(channel.url)];
		case 'social':
			return [
				urlValue(channel.url),
				{
					field: 'handle',
					key: `handle:${channel.platform.toLowerCase()}:${channel.handle.toLowerCase()}`,
					shown: channel.handle,
					fictional: true,
				},
			];
	}
}

function urlValue(url: string) {
	const parts = parseContactUrl(url);
	const host = parts?.host.replace(/^www\./, '');
	const key = parts ? `url:${host}${parts.path.toLowerCase()}` : `url:${url}`;
	return { field: 'url', key, shown: url, fictional: isFictionalHost(parts?.host ?? '') };
}

/** Returns an issue of the registry file at a channel's field (`hotline.phone`). */
const channelIssue = (file: string, id: string, field: string, message: string): Issue => ({
	file,
	field: `${id}.${field}`,
	rule: 'channels',
	message,
});

/**
 * Returns the registry's cross-entry problems: duplicate ids or values, sample-range mistakes,
 * each naming `file` (the registry's path) and the channel's field.
 */
export function checkChannels(channels: readonly ChannelData[], file: string): Issue[] {
	const issues: Issue[] = [];
	const ids = new Set<string>();
	const owners = new Map<string, string>();
	for (const channel of channels) {
		const { id } = channel;
		const report = (field: string, message: string) =>
			issues.push(channelIssue(file, id, field, message));
		if (ids.has(id)) report('id', `"${id}" is used by more than one channel`);
		ids.add(id);
		for (const value of getValues(channel)) {
			const owner = owners.get(value.key);
			if (owner !== undefined) {
				report(value.field, `${value.shown} is already the ${value.field} of channel "${owner}"`);
			} else {
				owners.set(value.key, id);
			}
			if (channel.sample && !value.fictional) {
				report(
					value.field,
					`${value.shown} looks real, but the channel is a sample; use ${
						value.field === 'phone' ? SAMPLE_PHONE : SAMPLE_HOST
					}, or set sample: false`,
				);
			}
			if (!channel.sample && value.fictional && value.field !== 'handle') {
				report(
					value.field,
					`${value.shown} is a reserved fictional value, but the channel has sample: false; ` +
						`write the real ${value.field}`,
				);
			}
		}
	}
	return issues;
}

/** Returns one issue per article slug that a channel lists but no article has. */
export function checkChannelArticles(
	channels: readonly ChannelData[],
	articleSlugs: readonly string[],
	file: string,
): Issue[] {
	const known = new Set(articleSlugs);
	return channels.flatMap((channel) =>
		channel.articles
			.filter((slug) => !known.has(slug))
			.map((slug) =>
				channelIssue(file, channel.id, 'articles', `no article has the slug "${slug}"`),
			),
	);
}

/** Returns one issue per channel that is still a sample; publish mode must see none. */
export function checkPublishable(channels: readonly ChannelData[], file: string): Issue[] {
	return channels
		.filter((channel) => channel.sample)
		.map((channel) => ({
			file,
			field: `${channel.id}.sample`,
			rule: 'publish',
			message:
				'is still a fictional sample; replace its values with the real channel ' +
				'and set sample: false before publishing',
		}));
}

export interface OfficialIndexOptions {
	/** Brand name impostors borrow (e.g. `OKPay`); labels of the official hosts are added too. */
	readonly brand?: string;
	/** The help center's own URL, an official host as well. */
	readonly siteUrl?: string;
}

// Host labels that name no brand, so that "help" or "example" never make a host look official.
const GENERIC_LABELS = new Set([
	'www',
	'help',
	'support',
	'service',
	'chat',
	'mail',
	'email',
	'app',
	'api',
	'web',
	'm',
	'example',
	'official',
	'kefu',
]);

/** Returns the official contact details as plain JSON data for the browser-side checker. */
export function buildOfficialIndex(
	channels: readonly ChannelData[],
	options: OfficialIndexOptions = {},
): OfficialIndex {
	const brands = new Set<string>();
	const hosts = new Set<string>();
	const phones: OfficialIndex['phones'][number][] = [];
	const emails: OfficialIndex['emails'][number][] = [];
	const urls: OfficialIndex['urls'][number][] = [];
	const handles: OfficialIndex['handles'][number][] = [];
	const addHost = (host: string) => {
		if (!host) return;
		hosts.add(host);
		host
			.split('.')
			.slice(0, -1)
			.filter((label) => !GENERIC_LABELS.has(label))
			.forEach((label) => brands.add(label));
	};
	if (options.siteUrl) addHost(hostOf(options.siteUrl));
	if (options.brand) brands.add(options.brand.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
	for (const channel of channels) {
		const { id } = channel;
		if (channel.kind === 'phone') {
			phones.push({
				id,
				e164: channel.phone.slice(1),
				national: getNationalNumber(channel.phone) ?? '',
				shown: formatPhoneInternational(channel.phone),
			});
		} else if (channel.kind === 'email') {
			const address = channel.email.toLowerCase();
			emails.push({ id, address });
			addHost(address.split('@')[1] ?? '');
		} else if (channel.kind === 'chat') {
			const url = parseContactUrl(channel.url);
			if (url) urls.push({ id, scheme: url.scheme, host: url.host, path: url.path });
			addHost(url?.host ?? '');
		} else {
			// The platform's host belongs to the platform, not to us: it is neither official nor a brand.
			handles.push({
				id,
				handle: channel.handle.replace(/^@/, '').toLowerCase(),
				host: hostOf(channel.url),
				platform: channel.platform,
				shown: channel.handle,
			});
		}
	}
	return { brands: [...brands], hosts: [...hosts], phones, emails, urls, handles };
}

/**
 * Returns the link target of a channel.
 * @example getChannelHref({ kind: 'phone', phone: '+18005550123', … }) // 'tel:+18005550123'
 */
export function getChannelHref(channel: ChannelData): string {
	switch (channel.kind) {
		case 'phone':
			return `tel:${channel.phone}`;
		case 'email':
			return `mailto:${channel.email}`;
		case 'chat':
		case 'social':
			return channel.url;
	}
}

/**
 * Returns the channel's contact detail as readers should see it.
 * @example formatChannelValue({ kind: 'phone', phone: '+18005550123', … }) // '+1 800 555 0123'
 * @example formatChannelValue({ kind: 'chat', url: 'https://chat.okpay.example.com/', … })
 * // 'chat.okpay.example.com'
 */
export function formatChannelValue(channel: ChannelData): string {
	switch (channel.kind) {
		case 'phone':
			// Non-breaking spaces keep a number on one line (and html-validate's tel-non-breaking happy).
			return formatPhoneInternational(channel.phone).replace(/ /g, '\u00a0');
		case 'email':
			return channel.email;
		case 'chat':
			return channel.url.replace(/^https:\/\//, '').replace(/\/+$/, '');
		case 'social':
			return channel.handle;
	}
}

/**
 * Returns the contact detail for a line that shows nothing else of the channel: a social
 * account's handle alone does not say where to find it, so it is worded with its platform.
 * @example formatChannelDetail(social, useTranslations('en')) // '@OKPaySupport on Example Social'
 */
export function formatChannelDetail(channel: ChannelData, t: Translate): string {
	return channel.kind === 'social'
		? t('contact.handleOn', channel.handle, channel.platform)
		: formatChannelValue(channel);
}

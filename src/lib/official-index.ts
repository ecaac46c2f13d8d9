/**
 * The official contact details as plain JSON data, built from the registry at build time and
 * shipped to the browser-side checker (src/lib/contact-check.ts).
 */
import type { ChannelData } from '../schemas/channel';
import type { OfficialIndex } from './contact-check';
import { parseContactUrl } from './contact-url';
import { formatPhoneInternational, getNationalNumber } from './phone';

const hostOf = (url: string) => parseContactUrl(url)?.host ?? '';

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

/**
 * Rules across the channel registry (content/channels.yaml): one value per channel, sample values
 * only in the fictional ranges, real values only in real channels, articles that exist.
 */
import type { ChannelData } from '../schemas/channel';
import { parseContactUrl } from './contact-url';
import type { Issue } from './issues';

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

import type { ContactPoint } from 'schema-dts';
import { brand, siteUrl, type Locale } from '../config/site';
import { formatChannelValue, getChannelHref } from '../lib/channels';
import { buildOfficialIndex } from '../lib/official-index';
import { toOrganization } from '../lib/structured-data';
import { channelKinds, weekdays, type ChannelData } from '../schemas/channel';
import { getChannels } from './channels';
import { getSiteContent } from './content';
import { getContactPageMeta, getOrganizationFacts } from './pages';

const DAY_NAMES: Record<string, string> = {
	mon: 'Monday',
	tue: 'Tuesday',
	wed: 'Wednesday',
	thu: 'Thursday',
	fri: 'Friday',
	sat: 'Saturday',
	sun: 'Sunday',
};

/** Returns a schema.org ContactPoint for one channel. */
function toContactPoint(channel: ChannelData & { id: string }, locale: Locale): ContactPoint {
	const hours = channel.hours.always
		? {
				'@type': 'OpeningHoursSpecification' as const,
				dayOfWeek: weekdays.map((d) => `https://schema.org/${DAY_NAMES[d]}`),
				opens: '00:00',
				closes: '23:59',
			}
		: {
				'@type': 'OpeningHoursSpecification' as const,
				dayOfWeek: channel.hours.days.map((d) => `https://schema.org/${DAY_NAMES[d]}`),
				opens: channel.hours.opens,
				closes: channel.hours.closes,
			};
	const base = {
		'@type': 'ContactPoint' as const,
		contactType: 'customer support',
		name: channel.name[locale],
		availableLanguage: [...channel.languages],
		hoursAvailable: hours as never,
	};
	if (channel.kind === 'phone') return { ...base, telephone: channel.phone };
	if (channel.kind === 'email') return { ...base, email: channel.email };
	return { ...base, url: channel.url };
}

/** Contact page data: channels grouped by kind, checker data, Organization JSON-LD. */
export async function getContactPage(locale: Locale) {
	const channels = await getChannels();
	const { articles } = await getSiteContent();
	const groups = channelKinds
		.map((kind) => ({ kind, channels: channels.filter((c) => c.kind === kind) }))
		.filter((g) => g.channels.length > 0);
	const cards = channels.map((channel) => ({
		channel,
		href: getChannelHref(channel),
		value: formatChannelValue(channel),
		articles: channel.articles.flatMap((slug) =>
			articles.filter((a) => a.locale === locale && a.slug === slug),
		),
	}));
	const organization = toOrganization(
		getOrganizationFacts(locale),
		channels.map((channel) => toContactPoint(channel, locale)),
	);
	const page = getContactPageMeta(locale, [organization]);
	const checker = {
		// The help center's own pages are official even when no channel lives on its host.
		official: buildOfficialIndex(channels, { brand, siteUrl }),
		channelNames: Object.fromEntries(channels.map((c) => [c.id, c.name[locale]])),
	};
	return { page, data: { groups, cards, checker } };
}

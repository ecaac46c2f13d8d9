import type { Translate } from '../i18n';
import { weekdays, type ChannelHours, type Weekday } from '../schemas/channel';
import { getTimeZoneName } from './time-zones';
import { formatList, joinText } from './ui-text';

/** Returns consecutive runs of days as [first, last] pairs, e.g. mon–fri, sun. */
export function groupDays(
	days: readonly Weekday[],
	order: readonly Weekday[],
): Array<[Weekday, Weekday]> {
	const runs: Array<[Weekday, Weekday]> = [];
	for (const day of order.filter((d) => days.includes(d))) {
		const last = runs.at(-1);
		if (last && order.indexOf(day) === order.indexOf(last[1]) + 1) last[1] = day;
		else runs.push([day, day]);
	}
	return runs;
}

/**
 * Returns opening hours in readers' words, in the channel's own time zone. `labels.list` joins
 * runs of days (default ", "; Chinese pages pass one that uses 、).
 * @example formatHours({ always: false, timeZone: 'Asia/Shanghai', days: ['mon','tue'], opens: '09:00', closes: '18:00' }, labels) // 'Mon–Tue 09:00–18:00 (Beijing time)'
 */
export function formatHours(
	hours: ChannelHours,
	labels: {
		always: string;
		day: (day: Weekday) => string;
		zone: (zone: string) => string;
		list?: (items: readonly string[]) => string;
		everyDay?: string;
	},
	order: readonly Weekday[],
): string {
	if (hours.always) return labels.always;
	const list = labels.list ?? ((items) => items.join(', '));
	const runs = list(
		groupDays(hours.days, order).map(([a, b]) =>
			a === b ? labels.day(a) : `${labels.day(a)}–${labels.day(b)}`,
		),
	);
	return joinText([runs, `${hours.opens}–${hours.closes}`, labels.zone(hours.timeZone)]);
}

/**
 * Returns a channel's opening hours as the contact page shows them, in the page's language.
 * @example formatChannelHours(hotline.hours, useTranslations('zh-cn'), 'zh-CN') // '周一–周日 09:00–21:00（北京时间）'
 */
export function formatChannelHours(hours: ChannelHours, t: Translate, lang: string): string {
	return formatHours(
		hours,
		{
			always: t('contact.alwaysOpen'),
			day: (day) => t(`contact.day.${day}`),
			zone: (zone) => t('contact.timeZone', getTimeZoneName(zone, lang, t)),
			list: (items) => formatList(items, lang),
		},
		weekdays,
	);
}

import { getLang, type Locale } from '../config/site';
import { useTranslations } from '../i18n';
import {
	formatNoticeWhen,
	formatOffset,
	getNoticesFor,
	type NoticePlace,
	type NoticeWhen,
} from '../lib/notices';
import type { NoticeTime } from '../schemas/notice-time';
import { getArticlePath, getCategoryPath, getContactPath } from '../lib/routes';
import type { NoticeSeverity } from '../schemas/notice';
import { getChannels } from './channels';
import { getSiteContent, noticeClock } from './content';

/** One notice as a page renders it, in the page's language. */
export interface NoticeView {
	/** Element id of the notice on the page: `service-notice-<file name>`. */
	readonly anchor: string;
	readonly severity: NoticeSeverity;
	/** `active` when the page was built (in the HTML), or `scheduled` (kept for the browser script). */
	readonly state: 'active' | 'scheduled';
	readonly title: string;
	readonly text: string;
	readonly start: NoticeTime;
	readonly end: NoticeTime;
	readonly when: NoticeWhen;
	/** The zone `when` is shown in, as readers name it: 北京时间 / Beijing time for +08:00, else UTC±h. */
	readonly zone: string;
	/** What it affects, as links in this language; empty for `affects: all`. */
	readonly affects: ReadonlyArray<{ readonly label: string; readonly href: string }>;
	/** Ids of the channels it affects (the contact page marks their cards). */
	readonly channels: readonly string[];
}

/** Returns the notices a page shows, worst first, ready to render in its language. */
export async function getNoticeViews(locale: Locale, place: NoticePlace): Promise<NoticeView[]> {
	const { notices, articles, categories } = await getSiteContent();
	const placed = getNoticesFor(notices, place, noticeClock);
	if (placed.length === 0) return [];
	const t = useTranslations(locale);
	const channels = await getChannels();
	const lang = getLang(locale);
	return placed.map(({ notice, state }) => {
		const { data } = notice;
		const affects = data.affects === 'all' ? undefined : data.affects;
		const links = affects
			? [
					...affects.categories.flatMap((id) => {
						const category = categories.find((c) => c.id === id);
						return category
							? [{ label: category.title[locale]!, href: getCategoryPath(locale, id) }]
							: [];
					}),
					...affects.articles.flatMap((slug) => {
						// An article not translated yet is left out of this language's list.
						const article = articles.find((a) => a.locale === locale && a.slug === slug);
						return article
							? [{ label: article.data.title, href: getArticlePath(locale, slug) }]
							: [];
					}),
					...affects.channels.flatMap((id) => {
						const channel = channels.find((c) => c.id === id);
						return channel
							? [{ label: channel.name[locale], href: `${getContactPath(locale)}#${id}` }]
							: [];
					}),
				]
			: [];
		const when = formatNoticeWhen(data.start, data.end, lang);
		return {
			anchor: `service-notice-${notice.id}`,
			severity: data.severity,
			state,
			title: data.title[locale]!,
			text: data.text[locale]!,
			start: data.start,
			end: data.end,
			when,
			zone: when.offsetMinutes === 480 ? t('timeZone.beijing') : formatOffset(when.offsetMinutes),
			affects: links,
			channels: affects?.channels ?? [],
		};
	});
}

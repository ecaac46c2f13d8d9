import type { Translate, UiKey } from '../i18n';

/**
 * Zones whose readers' name differs from CLDR's: China's single zone is "北京时间" on every
 * clock and in every announcement, never "中国标准时间" (China Standard Time).
 */
const READER_NAMES: Readonly<Record<string, UiKey>> = { 'Asia/Shanghai': 'timeZone.beijing' };

/**
 * Returns a time zone as readers of `lang` name it: the site's own name for zones listed above,
 * else the generic name Intl gives (北美东部时间, Eastern Time), else the IANA id as written.
 * @example getTimeZoneName('Asia/Shanghai', 'zh-CN', t) // '北京时间'
 * @example getTimeZoneName('America/New_York', 'en', t) // 'Eastern Time'
 */
export function getTimeZoneName(zone: string, lang: string, t: Translate): string {
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' });
	} catch {
		return zone;
	}
	// Intl resolves links and case (PRC, Asia/Chongqing → Asia/Shanghai), so one entry covers them.
	const own = READER_NAMES[format.resolvedOptions().timeZone];
	if (own) return t(own);
	return format.formatToParts(0).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/**
 * Returns the locale to open: the reader's saved choice, else the first browser language
 * that matches a locale (exact tag, then primary language), else null (let the reader pick).
 * @example pickLocale(null, ['en-GB', 'zh-CN'], [{ code: 'zh-cn', lang: 'zh-CN' }, { code: 'en', lang: 'en' }]) // 'en'
 */
export function pickLocale(
	saved: string | null,
	browserLanguages: readonly string[],
	locales: ReadonlyArray<{ readonly code: string; readonly lang: string }>,
): string | null {
	if (saved && locales.some((l) => l.code === saved)) return saved;
	for (const tag of browserLanguages) {
		const lower = tag.toLowerCase();
		const exact = locales.find((l) => l.lang.toLowerCase() === lower);
		if (exact) return exact.code;
		const primary = lower.split('-')[0];
		// zh-TW/zh-HK readers still read Simplified Chinese better than English.
		const sameLanguage = locales.find((l) => l.lang.toLowerCase().split('-')[0] === primary);
		if (sameLanguage) return sameLanguage.code;
	}
	return null;
}

/** localStorage key of the reader's chosen locale. */
export const LOCALE_STORAGE_KEY = 'hc-locale';

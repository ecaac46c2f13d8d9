import type { Locale } from '../config/site';
import type { Dictionary, UiArgs, UiKey } from './types';
import en from './ui/en';
import zhCN from './ui/zh-cn';

export type { Dictionary, UiKey } from './types';

// Adding a locale to site.ts fails here until its dictionary exists.
const dictionaries = { 'zh-cn': zhCN, en } satisfies Record<Locale, Dictionary>;

export type Translate = <K extends UiKey>(key: K, ...args: UiArgs<K>) => string;

/** Returns `t(key, ...args)` for one locale; only known keys type-check. */
export function useTranslations(locale: Locale): Translate {
	const dictionary: Dictionary = dictionaries[locale];
	return (key, ...args) => {
		const value = dictionary[key] as string | ((...a: unknown[]) => string);
		return typeof value === 'function' ? value(...args) : value;
	};
}

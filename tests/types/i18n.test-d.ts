/**
 * Type tests for the i18n API: checked by `astro check` / tsc, never run.
 * Each `@ts-expect-error` fails the check if the line below it stops being an error.
 */
import { useTranslations, type Dictionary, type UiKey } from '../../src/i18n';
import en from '../../src/i18n/ui/en';

const t = useTranslations('en');

// Known keys, with the arguments their values take.
export const ok: string[] = [
	t('site.name'),
	t('search.count', 2),
	t('search.heading', 'refund'),
	t('lang.switchTo', 'English'),
];

// @ts-expect-error an unknown key
t('no.such.key');

// @ts-expect-error a function-valued key called without its argument
t('search.count');

// @ts-expect-error a function-valued key called with the wrong argument type
t('search.count', 'two');

// @ts-expect-error a plain string key takes no argument
t('site.name', 'extra');

// @ts-expect-error keys are not widened to string
export const anyKey: UiKey = 'no.such.key';

// The English dictionary is complete.
export const complete: Dictionary = en;

// A dictionary missing a key is not a Dictionary.
const { 'site.name': _omitted, ...missing } = en;
// @ts-expect-error 'site.name' is missing
export const incomplete: Dictionary = missing;

// @ts-expect-error a key set to undefined is not a string
export const undefinedKey = { ...en, 'site.name': undefined } satisfies Dictionary;

// @ts-expect-error a plain string where the source dictionary has a function
export const wrongKind = { ...en, 'search.count': '2 results' } satisfies Dictionary;

// @ts-expect-error a function with a different parameter type
export const wrongParameter = { ...en, 'search.count': (n: string) => n } satisfies Dictionary;

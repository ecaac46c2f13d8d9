import type { Translate } from '../i18n';
import { contactReasons, contactVerdicts } from './contact-check';

/** Returns the checker's localized verdict and reason strings, keyed by code, plus the advice line. */
export function checkerMessages(t: Translate): Record<string, string> {
	return {
		...Object.fromEntries(contactVerdicts.map((v) => [v, t(`checker.verdict.${v}`)])),
		...Object.fromEntries(contactReasons.map((r) => [r, t(`checker.reason.${r}`)])),
		advice: t('checker.advice'),
	};
}

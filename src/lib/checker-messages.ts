import type { Translate } from '../i18n';
import { contactReasons, contactVerdicts, itemVerdicts } from './contact-check';
import type { CheckerMessages } from './contact-report';

/**
 * Returns every sentence of the checker in one language, keyed as contact-report.ts reads them.
 * Each key is a typed dictionary key: a sentence missing in a language fails the type check.
 */
export function checkerMessages(t: Translate): CheckerMessages {
	return {
		...Object.fromEntries(contactVerdicts.map((v) => [v, t(`checker.verdict.${v}`)])),
		...Object.fromEntries(contactReasons.map((r) => [r, t(`checker.reason.${r}`)])),
		...Object.fromEntries(itemVerdicts.map((v) => [`overall.${v}`, t(`checker.overall.${v}`)])),
		...Object.fromEntries(itemVerdicts.map((v) => [`label.${v}`, t(`checker.label.${v}`)])),
		advice: t('checker.advice'),
		found: t('checker.found'),
		site: t('checker.site'),
		colon: t('punctuation.colon'),
	};
}

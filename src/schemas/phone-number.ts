/**
 * Phone number values as the registry schema reads them: full-width and dash forms normalised,
 * then parsed to E.164 with libphonenumber's full metadata. src/lib/phone.ts builds on these.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Returns the text with full-width ASCII forms (digits, ＋, （）, ＠ …), Unicode dashes and
 * wide spaces replaced by their ASCII counterparts; one character in, one character out.
 * @example normalizeDigits('＋８６ １３８－００１３') // '+86 138-0013'
 */
export function normalizeDigits(text: string): string {
	// Length-preserving on purpose, so offsets found in the result are offsets in the input.
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(DASHES, '-')
		.replace(SPACES, ' ')
		.replace(/[\u3002\uFF61]/g, '.');
}

/**
 * Returns the number in E.164, or undefined when it is not a valid number. Without a default
 * country the number must be international (`+…` or `00…`).
 * @example toE164('+1 202-555-0142') // '+12025550142'
 * @example toE164('138 0013 8000', 'CN') // '+8613800138000'
 * @example toE164('010 1234') // undefined
 */
export function toE164(raw: string, defaultCountry?: CountryCode): string | undefined {
	let text = normalizeDigits(raw).trim().replace(/^tel:/i, '');
	if (!defaultCountry) text = text.replace(/^00(?=[1-9])/, '+');
	const parsed = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : {});
	return parsed?.isValid() ? parsed.number : undefined;
}

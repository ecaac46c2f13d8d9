/**
 * Phone numbers at build time: normalisation, E.164 conversion and finding numbers in prose.
 * Uses the full libphonenumber metadata because the small set accepts dates and order numbers.
 */
import {
	findPhoneNumbersInText,
	parsePhoneNumberFromString,
	type CountryCode,
} from 'libphonenumber-js/max';
import { normalizeDigits, toE164 } from '../schemas/phone-number';

export { normalizeDigits, toE164 };

/** One phone number found in a text; offsets index the original text. */
export interface FoundPhoneNumber {
	/** The number as written in the text. */
	readonly text: string;
	/** The number in E.164, e.g. `+8613800138000`. */
	readonly e164: string;
	/** Offset of the first character. */
	readonly start: number;
	/** Offset just past the last character. */
	readonly end: number;
}

const NANP_WITH_TRUNK = /^1[ .-]\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/;

/**
 * Returns the number in international format for display, or the input when it is not valid.
 * @example formatPhoneInternational('+12025550142') // '+1 202 555 0142'
 */
export function formatPhoneInternational(e164: string): string {
	const parsed = parsePhoneNumberFromString(e164);
	return parsed?.isValid() ? parsed.formatInternational() : e164;
}

/**
 * Returns the national significant number of a valid E.164 number (no trunk prefix).
 * @example getNationalNumber('+861012345678') // '1012345678'
 */
export function getNationalNumber(e164: string): string | undefined {
	const parsed = parsePhoneNumberFromString(e164);
	return parsed?.isValid() ? parsed.nationalNumber : undefined;
}

/**
 * Returns the phone numbers in a text: Chinese mobiles, landlines and 400/800 numbers (default
 * country CN), international `+`/`00` numbers, and formatted North-American numbers.
 * Dates, years, versions, prices and plain order numbers are not phone numbers.
 * @example findPhoneNumbers('拨打 400-820-8820')[0]?.e164 // '+864008208820'
 */
export function findPhoneNumbers(text: string): FoundPhoneNumber[] {
	const normalized = normalizeDigits(text);
	const found: FoundPhoneNumber[] = [];
	const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
	const add = (country: CountryCode, keep: (written: string) => boolean) => {
		for (const match of findPhoneNumbersInText(normalized, { defaultCountry: country })) {
			const { startsAt: start, endsAt: end } = match;
			if (!keep(normalized.slice(start, end)) || taken(start, end)) continue;
			found.push({ text: text.slice(start, end), e164: match.number.number, start, end });
		}
	};
	// "1 (800) 555-0100" is also a valid Chinese mobile; the written trunk 1 says it is American.
	add('US', (written) => NANP_WITH_TRUNK.test(written));
	add('CN', () => true);
	// A bare digit run read as a US number (e.g. 12345678901) is more likely an order number.
	add('US', (written) => !/^\d+$/.test(written));
	return found.sort((a, b) => a.start - b.start);
}

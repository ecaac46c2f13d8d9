/**
 * A normalised reading of a text that remembers where each character came from, so a detail
 * found in the reading can be reported at its line and column in the file. Undoes the tricks
 * that make a number or an address unreadable to a pattern but not to a reader: invisible
 * characters, HTML entities, full-width and styled letters, other scripts' digits, digits
 * spelled with Chinese numerals or with the letters O and l.
 */

/** A reading of a source text; `start[i]`…`end[i]` is the source span of reading character `i`. */
export interface TextView {
	readonly text: string;
	readonly start: readonly number[];
	readonly end: readonly number[];
}

// Zero-width and formatting characters a reader never sees (bidi controls included), and the
// variation selectors; removed so they cannot split a number or an address.
const INVISIBLE =
	/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
// NFKC would turn these into ASCII punctuation that prose uses differently: "…" into "...",
// and the Chinese colon into the one of `tel:` links ("TG：@name" is an account, not a link).
const KEEP_AS_WRITTEN = new Set(['\u2026', '\u2025', '\u00BD', '\u00BC', '\u00BE', '\uFF1A']);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	commat: '@',
	period: '.',
	nbsp: ' ',
	plus: '+',
	lpar: '(',
	rpar: ')',
	colon: ':',
	sol: '/',
	hyphen: '-',
	dash: '-',
	num: '#',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;

/**
 * Digits written with Chinese characters, read one by one as phone numbers are spoken
 * (幺 for 1, 洞 for 0, 拐 for 7 and 勾 for 9 on the radio). Positional numerals (十, 百) are not
 * digits of a number read out, so they end a run.
 */
const CHINESE_DIGITS: Readonly<Record<string, string>> = Object.fromEntries(
	[
		'零〇○洞',
		'一壹幺',
		'二贰貳两兩',
		'三叁參',
		'四肆',
		'五伍',
		'六陆陸',
		'七柒拐',
		'八捌',
		'九玖勾',
	].flatMap((chars, digit) => [...chars].map((c) => [c, String(digit)])),
);
const LETTER_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };
const DIGITISH = `0-9${Object.keys(CHINESE_DIGITS).join('')}OolI`;
// A run of digits, Chinese numerals and digit-like letters, with up to three separators between.
const DIGIT_RUN = new RegExp(`[${DIGITISH}](?:[\\s.\\-_·・|/、*~•]{0,3}[${DIGITISH}])*`, 'g');
const ASCII_LETTER = /[A-Za-z]/;

/**
 * Returns a reading of `source` in which look-alike characters are plain ASCII.
 * @example readText('４００－８２０－８８２０').text // '400-820-8820'
 * @example readText('help&#64;okpay.com').text // 'help@okpay.com'
 * @example readText('幺三八 零零幺三 八零零零').text // '138 0013 8000'
 */
export function readText(source: string): TextView {
	const chars: string[] = [];
	const start: number[] = [];
	const end: number[] = [];
	const emit = (text: string, from: number, to: number) => {
		for (const unit of text.split('')) {
			chars.push(unit);
			start.push(from);
			end.push(to);
		}
	};
	let i = 0;
	while (i < source.length) {
		const cp = source.codePointAt(i) ?? 0;
		const ch = String.fromCodePoint(cp);
		const next = i + ch.length;
		if (INVISIBLE.test(ch)) {
			i = next;
			continue;
		}
		if (ch === '&') {
			ENTITY.lastIndex = i;
			const entity = ENTITY.exec(source);
			const decoded = entity ? decodeEntity(entity) : undefined;
			if (entity && decoded !== undefined) {
				emit(readChar(decoded), i, i + entity[0].length);
				i += entity[0].length;
				continue;
			}
		}
		emit(readChar(ch), i, next);
		i = next;
	}
	return { text: readDigitRuns(chars.join('')), start, end };
}

function decodeEntity(match: RegExpExecArray): string | undefined {
	const [, decimal, hex, name] = match;
	if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()];
	const cp = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
	return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

/** Returns the plain reading of one character (one code point). */
function readChar(ch: string): string {
	if (DASHES.test(ch)) return '-';
	if (SPACES.test(ch)) return ' ';
	const cp = ch.codePointAt(0) ?? 0;
	// Plain ASCII and Chinese characters (the bulk of every text) read as written.
	if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff) || KEEP_AS_WRITTEN.has(ch)) return ch;
	const digit = digitValue(cp);
	if (digit !== undefined) return digit;
	const compatible = ch.normalize('NFKC');
	// Only readings that are plain ASCII: styled, enclosed and full-width letters, digits, signs.
	return compatible !== ch && /^[\x20-\x7E]+$/.test(compatible) ? compatible : ch;
}

/** Returns the ASCII digit of a decimal digit of any script (Arabic-Indic, Devanagari, …). */
function digitValue(cp: number): string | undefined {
	const isDigit = (c: number) => /\p{Nd}/u.test(String.fromCodePoint(c));
	if (!isDigit(cp)) return undefined;
	let zero = cp;
	while (isDigit(zero - 1)) zero--;
	return String((cp - zero) % 10);
}

/**
 * Rewrites, inside runs of digits, the characters that stand for digits: Chinese numerals when
 * the run holds at least five digits (so 三个 or 一两分钟 stay prose), and O/l/I when each group
 * of them touches a digit and the run is not part of a word (4OO-82O-882O). The length never
 * changes, so offsets stay valid.
 */
function readDigitRuns(text: string): string {
	return text.replace(DIGIT_RUN, (run, offset: number) => {
		const count = (pattern: RegExp) => run.match(pattern)?.length ?? 0;
		const ascii = count(/[0-9]/g);
		const chinese = [...run].filter((c) => c in CHINESE_DIGITS).length;
		const letters = count(/[OolI]/g);
		const chineseOk = chinese > 0 && chinese + ascii >= 5;
		const letterOk =
			letters > 0 &&
			ascii >= 4 &&
			letters < ascii &&
			!ASCII_LETTER.test(text[offset - 1] ?? '') &&
			!ASCII_LETTER.test(text[offset + run.length] ?? '') &&
			[...run.matchAll(/[OolI]+/g)].every(
				(group) =>
					group[0].length <= 4 &&
					/[0-9]/.test((run[group.index - 1] ?? '') + (run[group.index + group[0].length] ?? '')),
			);
		if (!chineseOk && !letterOk) return run;
		return [...run]
			.map(
				(c) =>
					(chineseOk ? CHINESE_DIGITS[c] : undefined) ??
					(letterOk ? LETTER_DIGITS[c] : undefined) ??
					c,
			)
			.join('');
	});
}

/** Returns the source span of reading characters `from`…`to` (end exclusive). */
export function sourceSpan(
	view: TextView,
	from: number,
	to: number,
): { start: number; end: number } {
	return { start: view.start[from] ?? 0, end: view.end[Math.max(from, to - 1)] ?? 0 };
}

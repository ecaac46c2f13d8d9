import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { formatChannelHours, formatHours, groupDays } from '../../src/lib/opening-hours';
import { weekdays, type ChannelHours, type Weekday } from '../../src/schemas/channel';

const sundayFirst: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

describe('groupDays', () => {
	test.each<[string, Weekday[], readonly Weekday[], Array<[Weekday, Weekday]>]>([
		['weekdays', ['mon', 'tue', 'wed', 'thu', 'fri'], weekdays, [['mon', 'fri']]],
		['every day', [...weekdays], weekdays, [['mon', 'sun']]],
		['single day', ['wed'], weekdays, [['wed', 'wed']]],
		[
			'gaps',
			['mon', 'tue', 'wed', 'fri', 'sun'],
			weekdays,
			[
				['mon', 'wed'],
				['fri', 'fri'],
				['sun', 'sun'],
			],
		],
		[
			'unsorted input',
			['fri', 'mon', 'thu', 'tue'],
			weekdays,
			[
				['mon', 'tue'],
				['thu', 'fri'],
			],
		],
		['no days', [], weekdays, []],
		[
			'week does not wrap in Monday-first order',
			['sun', 'mon'],
			weekdays,
			[
				['mon', 'mon'],
				['sun', 'sun'],
			],
		],
		['Sunday-first order joins sun–mon', ['sun', 'mon', 'tue'], sundayFirst, [['sun', 'tue']]],
		[
			'Sunday-first order puts sun first',
			['sat', 'sun'],
			sundayFirst,
			[
				['sun', 'sun'],
				['sat', 'sat'],
			],
		],
	])('%s', (_name, days, order, expected) => {
		expect(groupDays(days, order)).toEqual(expected);
	});
});

describe('formatHours', () => {
	const names: Record<Weekday, string> = {
		mon: 'Mon',
		tue: 'Tue',
		wed: 'Wed',
		thu: 'Thu',
		fri: 'Fri',
		sat: 'Sat',
		sun: 'Sun',
	};
	const labels = {
		always: '24/7',
		day: (day: Weekday) => names[day],
		zone: (zone: string) => `(${zone} time)`,
	};
	const hours = (days: Weekday[], opens = '09:00', closes = '18:00'): ChannelHours => ({
		always: false,
		timeZone: 'Asia/Shanghai',
		days,
		opens,
		closes,
	});

	test.each<[string, ChannelHours, string]>([
		['always open', { always: true }, '24/7'],
		['one run', hours(['mon', 'tue']), 'Mon–Tue 09:00–18:00 (Asia/Shanghai time)'],
		[
			'runs and single days',
			hours(['mon', 'tue', 'wed', 'fri', 'sun'], '08:30', '24:00'),
			'Mon–Wed, Fri, Sun 08:30–24:00 (Asia/Shanghai time)',
		],
		['single day', hours(['sat']), 'Sat 09:00–18:00 (Asia/Shanghai time)'],
	])('%s', (_name, value, expected) => {
		expect(formatHours(value, labels, weekdays)).toBe(expected);
	});

	test('joins runs with the given list format (、 in Chinese), and no space before a full-width bracket', () => {
		const zh = {
			always: '全天 24 小时',
			day: (day: Weekday) => ({ mon: '周一', wed: '周三', fri: '周五' })[day as 'mon'] ?? day,
			zone: (zone: string) => `（${zone} 时间）`,
			list: (items: readonly string[]) => items.join('、'),
		};
		expect(formatHours(hours(['mon', 'wed', 'fri']), zh, weekdays)).toBe(
			'周一、周三、周五 09:00–18:00（Asia/Shanghai 时间）',
		);
	});

	test('uses the given day order', () => {
		expect(formatHours(hours(['sun', 'mon', 'tue']), labels, sundayFirst)).toBe(
			'Sun–Tue 09:00–18:00 (Asia/Shanghai time)',
		);
	});
});

describe('formatChannelHours', () => {
	const hours = {
		always: false,
		timeZone: 'Asia/Shanghai',
		days: [...weekdays],
		opens: '09:00',
		closes: '21:00',
	} satisfies ChannelHours;

	// Readers know China's zone as 北京时间 / Beijing time, not by its IANA id.
	test.each([
		['zh-cn', 'zh-CN', '周一–周日 09:00–21:00（北京时间）'],
		['en', 'en', 'Mon–Sun 09:00–21:00 (Beijing time)'],
	] as const)('%s', (locale, lang, expected) => {
		expect(formatChannelHours(hours, useTranslations(locale), lang)).toBe(expected);
	});

	test('lists separate days the way each language does', () => {
		const some: ChannelHours = { ...hours, days: ['mon', 'wed', 'fri'] };
		expect(formatChannelHours(some, useTranslations('zh-cn'), 'zh-CN')).toMatch(
			/^周一、周三、周五 /,
		);
		expect(formatChannelHours(some, useTranslations('en'), 'en')).toMatch(/^Mon, Wed, Fri /);
	});

	test('always open', () => {
		expect(formatChannelHours({ always: true }, useTranslations('zh-cn'), 'zh-CN')).toBe(
			'全天 24 小时',
		);
	});
});

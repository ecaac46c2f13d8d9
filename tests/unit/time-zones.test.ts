import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { getTimeZoneName } from '../../src/lib/time-zones';

const tZh = useTranslations('zh-cn');
const tEn = useTranslations('en');

describe('getTimeZoneName', () => {
	test.each([
		['Asia/Shanghai', '北京时间', 'Beijing time'],
		// Links to China's zone resolve to it, so they read the same.
		['Asia/Chongqing', '北京时间', 'Beijing time'],
		['PRC', '北京时间', 'Beijing time'],
		['America/New_York', '北美东部时间', 'Eastern Time'],
		['Asia/Hong_Kong', '香港时间', 'Hong Kong Time'],
	])('%s → %s / %s', (zone, chinese, english) => {
		expect(getTimeZoneName(zone, 'zh-CN', tZh)).toBe(chinese);
		expect(getTimeZoneName(zone, 'en', tEn)).toBe(english);
	});

	test('an unknown zone is shown as written rather than failing', () => {
		expect(getTimeZoneName('Mars/Olympus_Mons', 'en', tEn)).toBe('Mars/Olympus_Mons');
	});

	test('never shows an IANA id for a zone Intl knows', () => {
		for (const zone of ['Europe/London', 'Asia/Kathmandu', 'Etc/GMT-3'])
			expect(getTimeZoneName(zone, 'zh-CN', tZh)).not.toContain('/');
	});
});

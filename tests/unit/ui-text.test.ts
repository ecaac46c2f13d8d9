import { describe, expect, test } from 'vitest';
import { fillTemplate, formatList, joinText } from '../../src/lib/ui-text';

describe('formatList', () => {
	test.each([
		[['中文（中国）', '英语'], 'zh-CN', '中文（中国）、英语'],
		[['周一–周三', '周五', '周日'], 'zh-CN', '周一–周三、周五、周日'],
		[['Chinese (China)', 'English'], 'en', 'Chinese (China), English'],
		[['Mon–Wed', 'Fri', 'Sun'], 'en', 'Mon–Wed, Fri, Sun'],
		[['英语'], 'zh-CN', '英语'],
		[[], 'en', ''],
	])('%j in %s → %s', (items, lang, expected) => {
		expect(formatList(items, lang)).toBe(expected);
	});
});

describe('joinText', () => {
	test.each([
		[
			['这不是 OKPay 的官方联系方式。', '这个号码不是官方客服热线。', '不要转账。'],
			'这不是 OKPay 的官方联系方式。这个号码不是官方客服热线。不要转账。',
		],
		[['小心：', '域名相似。'], '小心：域名相似。'],
		[
			['Not official.', 'Unknown.', 'Never share codes.'],
			'Not official. Unknown. Never share codes.',
		],
		[
			['OKPay 官方渠道：support@example.com.', '请核对。'],
			'OKPay 官方渠道：support@example.com. 请核对。',
		],
		[['只有一句。'], '只有一句。'],
		[
			['周一–周日', '09:00–21:00', '（Asia/Shanghai 时间）'],
			'周一–周日 09:00–21:00（Asia/Shanghai 时间）',
		],
		[
			['Mon–Sun', '09:00–21:00', '(Asia/Shanghai time)'],
			'Mon–Sun 09:00–21:00 (Asia/Shanghai time)',
		],
		[[], ''],
	])('%j → %s', (sentences, expected) => {
		expect(joinText(sentences)).toBe(expected);
	});
});

// Readers' and writers' text is inserted as typed: `String.replace` with a string would read these
// as replacement patterns (the match, the text after it, a dollar sign, a capture group).
describe('fillTemplate', () => {
	test.each([
		['$&', 'No articles found for “$&”.'],
		["$'", "No articles found for “$'”."],
		['$`', 'No articles found for “$`”.'],
		['$$', 'No articles found for “$$”.'],
		['$1', 'No articles found for “$1”.'],
		['{query}', 'No articles found for “{query}”.'],
		['refund', 'No articles found for “refund”.'],
	])('inserts %s literally', (query, expected) => {
		expect(fillTemplate('No articles found for “{query}”.', { query })).toBe(expected);
	});

	test('fills every placeholder, each with its own value', () => {
		expect(fillTemplate('{a} and {b}, then {a}', { a: '$&', b: "$'" })).toBe("$& and $', then $&");
	});

	test('leaves a placeholder without a value as it is', () => {
		expect(fillTemplate('Section: {section}', {})).toBe('Section: {section}');
	});
});

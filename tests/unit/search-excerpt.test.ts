import { describe, expect, test } from 'vitest';
import { buildExcerpt, scorePassage, splitSentences } from '../../src/lib/search/excerpt';
import type { ResultPreview } from '../../src/lib/search/index-record';

const preview = (
	sections: [string, string, string][],
	extra: Partial<ResultPreview> = {},
): ResultPreview => ({
	url: '/zh-cn/articles/a/',
	title: '如何注册OKPay钱包账户？',
	category: '账户',
	description: '下载APP，点击“注册”并完成验证。',
	sections,
	terms: ['注册', '开户', 'payment failed · network'],
	...extra,
});
const text = (excerpt: ReturnType<typeof buildExcerpt>) =>
	excerpt.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('splitSentences', () => {
	test('cuts after Chinese and Latin sentence ends, never across blocks', () => {
		expect(splitSentences('第一句。第二句！\n列表项；还有\nOne. Two? Three')).toEqual([
			['第一句。', '第二句！'],
			['列表项；', '还有'],
			['One.', 'Two?', 'Three'],
		]);
	});

	test('keeps decimals and abbreviations-with-no-space together', () => {
		expect(splitSentences('Version 1.5 is out.')).toEqual([['Version 1.5 is out.']]);
	});
});

describe('buildExcerpt', () => {
	const page = preview([
		['', '', '注册OKPay钱包账户的过程相对简单。'],
		[
			'注册步骤',
			'注册步骤',
			'下载OKPay钱包APP并打开应用。\n输入您的电子邮件地址和手机号码。\n设置一个可靠的密码。',
		],
		['忘记密码', '忘记密码', '如果忘记密码，请在登录页点击“忘记密码”，通过短信验证码重置。'],
	]);

	test('shows the whole sentence that answers, from the answering section', () => {
		const excerpt = buildExcerpt(page, ['忘记密码']);
		expect(excerpt.section).toEqual({ id: '忘记密码', heading: '忘记密码' });
		expect(text(excerpt)).toBe('如果[忘记密码]，请在登录页点击“[忘记密码]”，通过短信验证码重置。');
	});

	test('never starts or ends mid-word, and adds … only where a sentence was cut', () => {
		const excerpt = text(buildExcerpt(page, ['手机号码']));
		expect(excerpt).toBe('输入您的电子邮件地址和[手机号码]。');
		expect(excerpt).not.toContain('…');
	});

	test('a short sentence is followed by the next ones of the same block, not the next block', () => {
		const short = preview([['s', '步骤', '先下载。然后打开应用并登录。\n另一个列表项。']]);
		expect(text(buildExcerpt(short, ['下载']))).toBe('先[下载]。然后打开应用并登录。');
	});

	test('a very long sentence is cut at a clause end around the match, with …', () => {
		const clauses = Array.from({ length: 12 }, (_, i) => `这是第${i}个很长的分句内容`).join('，');
		const long = preview([['s', '说明', `${clauses}，最后提到退款的处理方式。`]]);
		const excerpt = text(buildExcerpt(long, ['退款']));
		expect(excerpt).toMatch(/^…/);
		expect(excerpt).toContain('[退款]');
		expect(excerpt.replace(/^…|…$/g, '').length).toBeLessThanOrEqual(90);
	});

	test('when no sentence holds the query (found by keywords), the summary is shown — never the keywords', () => {
		const excerpt = buildExcerpt(page, ['开户']);
		expect(text(excerpt)).toBe('下载APP，点击“注册”并完成验证。');
		expect(text(excerpt)).not.toContain('开户');
		expect(excerpt.section).toBeUndefined();
	});

	test('English excerpts end on word boundaries', () => {
		const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
		const english = preview([['s', 'Steps', `${words} refund ${words}.`]], { title: 'Refunds' });
		const excerpt = text(buildExcerpt(english, ['refund']));
		expect(excerpt).toMatch(/^…word\d+ .*\[refund\].* word\d+…$/);
	});
});

describe('scorePassage', () => {
	test('is the share of the query that one sentence holds: words close together', () => {
		const english = preview(
			[['s', 'Steps', 'A merchant may refund you. The money arrives later.']],
			{ title: 'Refunds' },
		);
		expect(scorePassage(english, ['merchant', 'refund'])).toBe(1);
		expect(scorePassage(english, ['merchant', 'money'])).toBe(0.5);
	});
});

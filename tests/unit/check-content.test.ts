import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyContent, runScript } from '../support/run-script';

const broken = copyContent();
const halfPublished = copyContent();
const contacts = copyContent();
afterAll(() => {
	for (const dir of [broken, halfPublished, contacts])
		rmSync(join(dir, '..'), { recursive: true, force: true });
});

const edit = (file: string, from: RegExp, to: string, content = broken) => {
	const path = join(content, file);
	writeFileSync(
		path,
		readFileSync(path, 'utf8').replace(from, () => to),
	);
};

/** Returns whether a line of the report names the file (under `content`) and matches `rest`. */
const reports = (stderr: string, content: string, file: string, rest: RegExp) =>
	stderr.split('\n').some((line) => line.includes(join(content, file)) && rest.test(line));

test('the project content passes', () => {
	const result = runScript('check-content.ts', []);
	expect(result.stdout).toMatch(/^Content OK: \d+ article files/);
	expect(result.status).toBe(0);
});

test('every problem is reported at once, naming the file and field', () => {
	edit('articles/zh-cn/payment-failed.mdx', /^title: .*$/m, "title: 'TODO: 写标题'");
	edit('articles/en/payment-failed.mdx', /^category: .*$/m, 'category: billing');
	edit('articles/en/cancel-or-refund.mdx', /^related: .*$/m, 'related: [no-such-article]');
	edit('articles/en/unlock-account.mdx', /^updated: .*$/m, 'updated: 26/11/2026');
	const result = runScript('check-content.ts', [], { CONTENT_DIR: broken });
	expect(result.status).toBe(1);
	const lines = result.stderr.split('\n');
	const expectLine = (file: string, rest: RegExp) =>
		expect(
			lines.some((line) => line.includes(join(broken, 'articles', file)) && rest.test(line)),
			`${file} ${rest}`,
		).toBe(true);
	expectLine('zh-cn/payment-failed.mdx', / \[schema\] title: title is still a TODO placeholder/);
	expectLine(
		'en/payment-failed.mdx',
		/ \[references\] category: unknown category "billing"; known categories in .*categories\.yaml: /,
	);
	expectLine(
		'en/cancel-or-refund.mdx',
		/ \[references\] related: "no-such-article" is not a published en article/,
	);
	expectLine('en/unlock-account.mdx', / \[schema\] updated: /);
	expect(result.stderr).toMatch(/^Content check failed \(\d+ problems\):/);
});

// Issue 16: each of these was published half-done, or silently left out, before.
test('content rules of issue 16: each problem once, naming the file and the field or line', () => {
	const c = halfPublished;
	edit('articles/en/unlock-account.mdx', /^updated: .*$/m, 'updated: 2026-02-30', c);
	edit('articles/en/payment-failed.mdx', /^sourceHash: .*$/m, 'sourceHash: 755807182e29', c);
	edit('articles/en/verify-identity.mdx', /\n---\n[\s\S]*$/, '\n---\n\n{/* to be written */}\n', c);
	copyFileSync(join(c, 'articles/en/register-account.mdx'), join(c, 'articles/en/lost-phone.md'));
	copyFileSync(
		join(c, 'articles/zh-cn/register-account.mdx'),
		join(c, 'articles/zh-cn/Lost-Phone.mdx'),
	);
	appendFileSync(
		join(c, 'categories.yaml'),
		[
			'- id: cards',
			'  order: 9',
			'  icon: wallet',
			'  title: { zh-cn: 银行卡, en: Cards }',
			'  description: { zh-cn: 绑定和管理银行卡。, en: Add and manage cards. }',
			'',
		].join('\n'),
	);
	const result = runScript('check-content.ts', [], { CONTENT_DIR: c });
	expect(result.status).toBe(1);
	const expectReport = (file: string, rest: RegExp) =>
		expect(reports(result.stderr, c, file, rest), `${file} ${rest}`).toBe(true);
	expectReport(
		'articles/en/unlock-account.mdx',
		/:\d+ \[dates\] updated: 2026-02-30 is not a day of the calendar/,
	);
	expectReport(
		'articles/en/payment-failed.mdx',
		/ \[schema\] sourceHash: .*quoted 12-character hex string.*read this one as the number 7\.55807182e\+37 — put it in quotes/,
	);
	expectReport('articles/en/verify-identity.mdx', / \[empty-page\] body: the article has no text/);
	expectReport(
		'articles/en/lost-phone.md',
		/ \[article-files\] only \.mdx files are published.*rename it to lost-phone\.mdx/,
	);
	expectReport(
		'articles/zh-cn/Lost-Phone.mdx',
		/ \[slug\] file name "Lost-Phone\.mdx" breaks the slug rule/,
	);
	expectReport('categories.yaml', / \[empty-page\] id: category "cards" has no published article/);
	// One problem each: the unquoted hash is not reported again as a stale translation, nor the
	// misnamed file as a source without its translation.
	const linesNaming = (name: string) =>
		result.stderr.split('\n').filter((line) => line.includes(name));
	expect(linesNaming('en/payment-failed.mdx [')).toHaveLength(1);
	expect(linesNaming('Lost-Phone')).toHaveLength(1);
});

// Issue 14 §3: contact details in every text a reader sees, however they are written.
test('contact details outside the contact fields of channels.yaml: each reported at its file and line', () => {
	const c = contacts;
	// Translations only: a changed zh-cn source would also make its translation stale.
	edit(
		'articles/en/payment-failed.mdx',
		/\n*$/,
		'\n\nOr write to help [at] okpay [dot] com.\n\nOr call 95188, WeChat ID: okpay_kefu.\n',
		c,
	);
	edit(
		'categories.yaml',
		/(\n {4}zh-cn: 通过客服热线)/,
		'\n    zh-cn: 加入 QQ群 123456789，或通过客服热线',
		c,
	);
	edit(
		'channels.yaml',
		/(\n {4}en: Quick, simple questions)/,
		'\n    en: Message @OKPay_help_bot for quick, simple questions',
		c,
	);
	const result = runScript('check-content.ts', [], { CONTENT_DIR: c });
	expect(result.status).toBe(1);
	const expectReport = (file: string, rest: RegExp) =>
		expect(reports(result.stderr, c, file, rest), `${file} ${rest}`).toBe(true);
	const last = readFileSync(join(c, 'articles/en/payment-failed.mdx'), 'utf8')
		.trimEnd()
		.split('\n').length;
	expectReport(
		'articles/en/payment-failed.mdx',
		new RegExp(
			`:${last - 2} \\[contact-details\\] email "help \\[at\\] okpay \\[dot\\] com": reads as help@okpay\\.com`,
		),
	);
	expectReport(
		'articles/en/payment-failed.mdx',
		new RegExp(`:${last} \\[contact-details\\] phone "95188": a short service number`),
	);
	expectReport(
		'articles/en/payment-failed.mdx',
		new RegExp(`:${last} \\[contact-details\\] account "WeChat ID: okpay_kefu": a WeChat ID`),
	);
	expectReport(
		'categories.yaml',
		/:8 \[contact-details\] account "QQ群 123456789": in contact\.description\.zh-cn; a QQ number/,
	);
	expectReport(
		'channels.yaml',
		/:\d+ \[contact-details\] account "@OKPay_help_bot": in live-chat\.bestFor\.en; a Telegram bot/,
	);
	expect(result.stderr).toMatch(/^Content check failed \(5 problems\):/);
});

/**
 * Builds each content tree in tests/fixtures/ with the real `astro build`. valid-minimal must
 * pass; every other fixture is valid-minimal with one rule broken, and must fail with a message
 * naming the file and the field (or the line, or the page URL).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';

interface FailingFixture {
	/** Folder under tests/fixtures/. */
	readonly name: string;
	/** Rule the fixture breaks. */
	readonly rule: string;
	/** Every one of these must appear in the build output. */
	readonly output: ReadonlyArray<string | RegExp>;
	/** Problems the build lists, when one broken rule names two places (both landmarks of a clash). */
	readonly problems?: number;
}

const content = (name: string) => `tests/fixtures/${name}/content`;
const file = (name: string, path: string) => `${content(name)}/${path}`;
const EN = 'articles/en/reset-password.mdx';
const ZH = 'articles/zh-cn/reset-password.mdx';
const PAGE = '/en/articles/reset-password/';
const NOTICE = 'notices/email-delays.yaml';

const failing: FailingFixture[] = [
	{
		name: 'frontmatter-invalid-yaml',
		rule: 'frontmatter is valid YAML',
		output: [`${file('frontmatter-invalid-yaml', EN)}:3`],
	},
	{
		name: 'frontmatter-missing-title',
		rule: 'title is required',
		output: [file('frontmatter-missing-title', EN), /\btitle\b.*Required/],
	},
	{
		name: 'description-too-short',
		rule: 'description has 20–160 characters',
		output: [file('description-too-short', EN), 'description must be at least 20 characters'],
	},
	{
		name: 'title-todo',
		rule: 'no TODO placeholder in the title',
		output: [file('title-todo', EN), 'title is still a TODO placeholder'],
	},
	{
		name: 'category-unknown',
		rule: 'category names an entry of categories.yaml',
		output: [`${file('category-unknown', EN)} [references] category: unknown category "billing"`],
	},
	{
		name: 'related-missing',
		rule: 'related articles exist in the same language',
		output: [`${file('related-missing', EN)} [references] related: "account-settings"`],
	},
	{
		name: 'translation-without-source',
		rule: 'a translation has a zh-cn source with the same slug',
		output: [
			`${file('translation-without-source', 'articles/en/change-lang.mdx')} [slug] slug: no zh-cn article has the slug "change-lang"`,
		],
	},
	{
		name: 'former-slug-clash',
		rule: 'a former slug is not the slug of another article',
		output: [`${file('former-slug-clash', EN)} [slug] formerSlugs: "change-language"`],
	},
	{
		name: 'category-missing-en-title',
		rule: 'a category has a title in every locale',
		output: [file('category-missing-en-title', 'categories.yaml'), /title\.en\b.*Required/],
	},
	{
		name: 'category-duplicate-id',
		rule: 'category ids are unique',
		output: [
			`${file('category-duplicate-id', 'categories.yaml')} [duplicate-ids] id: id "general" is used by more than one entry`,
		],
	},
	{
		name: 'article-body-empty',
		rule: 'a published article has text after its frontmatter',
		output: [
			`${file('article-body-empty', EN)} [empty-page] body: the article has no text after the frontmatter`,
		],
	},
	{
		name: 'updated-not-a-day',
		rule: 'updated is a day of the calendar (YAML rolls 2026-02-30 over to March 2)',
		output: [
			`${file('updated-not-a-day', EN)}:5 [dates] updated: 2026-02-30 is not a day of the calendar`,
		],
	},
	{
		name: 'source-hash-unquoted',
		rule: 'sourceHash is a quoted hex string; the message says YAML read it as a number',
		output: [
			file('source-hash-unquoted', EN),
			'YAML read this one as the number 7.55807182e+37 — put it in quotes',
		],
	},
	{
		name: 'category-unused',
		rule: 'every category has a published article',
		output: [
			`${file('category-unused', 'categories.yaml')} [empty-page] id: category "cards" has no published article`,
		],
	},
	{
		name: 'article-saved-as-md',
		rule: 'every file in content/articles/ is one the collection reads',
		output: [
			`${file('article-saved-as-md', 'articles/zh-cn/change-theme.md')} [article-files] `,
			'rename it to change-theme.mdx',
		],
	},
	{
		name: 'article-file-name-not-slug',
		rule: 'article file names follow the slug rule',
		output: [
			`${file('article-file-name-not-slug', 'articles/en/Reset-Password.mdx')} [slug] file name "Reset-Password.mdx" breaks the slug rule`,
		],
	},
	{
		name: 'stray-phone',
		rule: 'no phone number outside channels.yaml',
		output: [`${file('stray-phone', ZH)}:24 [contact-details] phone "400-820-8820": `],
	},
	{
		name: 'stray-email',
		rule: 'no email address outside channels.yaml',
		output: [`${file('stray-email', EN)}:26 [contact-details] email "help@okpay.com": `],
	},
	{
		name: 'tel-link',
		rule: 'no tel: link outside channels.yaml',
		output: [`${file('tel-link', EN)}:26 [contact-details] link "tel:+18005550123": `],
	},
	// Issue 14 §3: every other way of writing a contact, and every other text a reader sees.
	{
		name: 'stray-obfuscated-email',
		rule: 'no email address written to dodge the check (help [at] … [dot] com)',
		output: [
			`${file('stray-obfuscated-email', EN)}:26 [contact-details] email "help [at] okpay [dot] com": `,
			'reads as help@okpay.com',
		],
	},
	{
		name: 'stray-wechat-id',
		rule: 'no messaging ID written as text (微信号：…)',
		output: [
			`${file('stray-wechat-id', ZH)}:26 [contact-details] account "微信号：okpay_kefu": `,
			'a WeChat ID',
		],
	},
	{
		name: 'stray-telegram-bot',
		rule: 'no Telegram handle written as text (@…_bot)',
		output: [
			`${file('stray-telegram-bot', EN)}:26 [contact-details] account "@OKPay_help_bot": `,
			'a Telegram bot',
		],
	},
	{
		name: 'stray-service-number',
		rule: 'no short service number (95xxx, 96xxx)',
		output: [
			`${file('stray-service-number', ZH)}:26 [contact-details] phone "95188": `,
			'a short service number (95188)',
		],
	},
	{
		name: 'stray-chinese-numerals',
		rule: 'no phone number written in Chinese numerals',
		output: [
			`${file('stray-chinese-numerals', ZH)}:26 [contact-details] phone "一三八零零一三八零零零": `,
			'reads as +8613800138000',
		],
	},
	{
		name: 'lookalike-link',
		rule: "no link to a host that looks like the brand's or the registry's",
		output: [
			`${file('lookalike-link', EN)}:26 [contact-details] link "https://okpay-help.com/login": `,
			"which looks like the brand's",
		],
	},
	{
		name: 'category-contact',
		rule: 'no contact detail in a category title or description',
		output: [
			`${file('category-contact', 'categories.yaml')}:11 [contact-details] account "QQ群 123456789": in general.description.zh-cn`,
		],
	},
	{
		name: 'channel-text-contact',
		rule: "no contact detail in a channel's free text, only in its contact fields",
		output: [
			`${file('channel-text-contact', 'channels.yaml')}:17 [contact-details] phone "400-820-8820": in email.bestFor.zh-cn`,
		],
	},
	// Articles are content, not code (src/lib/article-markup.ts): each stops the build where MDX
	// compiles the article, or in the content check for the frontmatter, before any page is written.
	{
		name: 'mdx-import',
		rule: 'no import or export in an article',
		output: [
			`${file('mdx-import', EN)}:26 [markup] import: `,
			'articles cannot import or export code',
		],
	},
	{
		name: 'mdx-expression',
		rule: 'no JavaScript expression in article text',
		output: [
			`${file('mdx-expression', EN)}:26 [markup] {process.env.HOME}: articles cannot run JavaScript expressions`,
		],
	},
	{
		name: 'mdx-expression-prop',
		rule: 'component props are literal text, not expressions',
		output: [
			`${file('mdx-expression-prop', EN)}:26 [markup] <Callout type={…}>: attribute values are literal text`,
		],
	},
	{
		name: 'mdx-spread-props',
		rule: 'no spread attributes',
		output: [
			`${file('mdx-spread-props', EN)}:26 [markup] <Callout {...globalThis}>: spread and expression attributes are code`,
		],
	},
	{
		name: 'mdx-script',
		rule: 'no <script> in an article',
		output: [`${file('mdx-script', EN)}:26 [markup] <script>: <script> cannot be used in articles`],
	},
	{
		name: 'mdx-style',
		rule: 'no <style> in an article',
		output: [`${file('mdx-style', EN)}:26 [markup] <style>: <style> cannot be used in articles`],
	},
	{
		name: 'mdx-iframe',
		rule: 'no <iframe> in an article',
		output: [`${file('mdx-iframe', EN)}:26 [markup] <iframe>: <iframe> cannot be used in articles`],
	},
	{
		name: 'mdx-event-handler',
		rule: 'no event-handler attribute',
		output: [
			`${file('mdx-event-handler', EN)}:26 [markup] <img onerror>: event handlers (on…=) run code`,
		],
	},
	{
		name: 'mdx-unknown-element',
		rule: 'only the documented components and allowed HTML elements',
		output: [
			`${file('mdx-unknown-element', EN)}:26 [markup] <Aside>: `,
			'not a component or HTML element articles may use',
		],
	},
	{
		name: 'mdx-javascript-link',
		rule: 'no javascript: link (here written with an entity)',
		output: [
			`${file('mdx-javascript-link', EN)}:26 [markup] link "javascript:alert(1)": `,
			'a javascript: link can run code',
		],
	},
	{
		name: 'bidi-control-title',
		rule: 'no invisible bidi control in the frontmatter (here a YAML escape in the title)',
		output: [
			`${file('bidi-control-title', EN)}:2 [markup] title U+202E: `,
			'invisible bidi control U+202E (RIGHT-TO-LEFT OVERRIDE)',
		],
	},
	{
		name: 'bidi-control-body',
		rule: 'no invisible bidi control in the body',
		output: [
			`${file('bidi-control-body', EN)}:26 [markup] U+202E: `,
			'invisible bidi control U+202E',
		],
	},
	{
		name: 'channel-invalid-phone',
		rule: 'a phone channel has a valid number',
		output: [
			file('channel-invalid-phone', 'channels.yaml'),
			'phone: "12345" is not a valid phone number',
		],
	},
	{
		name: 'channel-http-url',
		rule: 'channel URLs use https://',
		output: [file('channel-http-url', 'channels.yaml'), 'url: must use https://'],
	},
	{
		name: 'channel-duplicate-id',
		rule: 'channel ids are unique',
		output: [
			`${file('channel-duplicate-id', 'channels.yaml')} [duplicate-ids] id: id "email" is used by more than one entry`,
		],
	},
	// Service notices (content/notices/): each broken in one way, refused before any page is written.
	{
		name: 'notice-end-before-start',
		rule: 'a notice ends after it starts',
		output: [
			file('notice-end-before-start', NOTICE),
			'end: 2026-11-20T08:00+08:00 is not after start 2026-11-20T09:00+08:00; a notice ends after it starts',
		],
	},
	{
		name: 'notice-time-without-zone',
		rule: 'a notice time has its UTC offset',
		output: [
			file('notice-time-without-zone', NOTICE),
			'start: "2026-11-20T09:00" has no time zone',
		],
	},
	{
		name: 'notice-missing-language',
		rule: 'a notice has a title and a text in every language',
		output: [
			file('notice-missing-language', NOTICE),
			'title.en: missing; every language (zh-cn, en) needs a text',
		],
	},
	{
		name: 'notice-unknown-category',
		rule: 'a notice names categories of categories.yaml',
		output: [
			`${file('notice-unknown-category', NOTICE)} [notices] affects.categories: unknown category "billing"`,
		],
	},
	{
		name: 'notice-unknown-article',
		rule: 'a notice names published articles',
		output: [
			`${file('notice-unknown-article', NOTICE)} [notices] affects.articles: "lost-phone" is not a published article`,
		],
	},
	{
		name: 'notice-unknown-channel',
		rule: 'a notice names channels of channels.yaml',
		output: [
			`${file('notice-unknown-channel', NOTICE)} [notices] affects.channels: unknown channel "fax"`,
		],
	},
	{
		name: 'notice-contact-detail',
		rule: 'no contact detail in a notice, only channels by name',
		output: [
			`${file('notice-contact-detail', NOTICE)}:6 [contact-details] phone "400-820-8820": in text.zh-cn`,
		],
	},
	{
		name: 'published-url-dropped',
		rule: 'every URL in published-urls.txt still resolves',
		output: [
			file('published-url-dropped', 'published-urls.txt'),
			'[published-urls] /en/articles/old-password-help/: was published, but the build no longer writes it',
		],
	},
	{
		name: 'redirect-target-other-host',
		rule: 'a redirect leads to a path of this site, never another host ("//host/")',
		output: [
			`${file('redirect-target-other-host', 'redirects.yaml')}:3 [redirects] 0.to: "//evil.example/en/articles/reset-password/" starts with "//", which browsers read as the address of another site`,
		],
	},
	{
		name: 'redirect-target-missing',
		rule: 'a redirect leads to a page the site builds',
		output: [
			`${file('redirect-target-missing', 'redirects.yaml')}:3 [redirects] 0.to: "/en/articles/account-settings/" is not a page of this site`,
		],
	},
	{
		name: 'redirect-from-not-clean',
		rule: 'a redirect reads from a clean site path (no "." or ".." segments)',
		output: [
			`${file('redirect-from-not-clean', 'redirects.yaml')}:2 [redirects] 0.from: "/en/articles/../old-password-help/" has a ".." segment`,
		],
	},
	{
		name: 'redirect-from-live-page',
		rule: 'a redirect never replaces a page the site still builds',
		output: [
			`${file('redirect-from-live-page', 'redirects.yaml')}:2 [redirects] 0.from: "/en/articles/reset-password/" is the en article "reset-password", which the site still builds`,
		],
	},
	{
		name: 'redirect-from-duplicate',
		rule: 'each old path has one redirect',
		output: [
			`${file('redirect-from-duplicate', 'redirects.yaml')}:4 [redirects] 1.from: "/en/articles/old-password-help/" is also the "from" of the entry at line 2`,
		],
	},
	{
		name: 'callout-bad-type',
		rule: '<Callout> props are valid (checked before rendering, with the line)',
		output: [
			`${file('callout-bad-type', EN)}:26 [markup] <Callout>: <Callout> has invalid props: type`,
		],
	},
	{
		name: 'channel-unknown-id',
		rule: '<Channel id> names a channel',
		output: ['articles/en/reset-password.mdx: <Channel id="nope"> names no channel'],
	},
	{
		name: 'link-missing-page',
		rule: 'internal links reach a page (integrity)',
		output: [
			`${file('link-missing-page', EN)}:26 [links] <a href="/en/articles/account-settings/"> points to no file`,
			`(built page ${PAGE}, line `,
		],
	},
	{
		name: 'link-disguised-host',
		rule: 'no link that a browser reads as another site (integrity)',
		output: [
			`${file('link-disguised-host', EN)}:26 [links] <a href="/\\evil.example/account-settings/"> reads as a link to evil.example`,
			`(built page ${PAGE}, line `,
		],
	},
	{
		name: 'link-missing-fragment',
		rule: 'fragments reach an element id (integrity)',
		output: [
			`${file('link-missing-fragment', EN)}:26 [links] <a href="#password-rules">: no element has id "password-rules"`,
			`(built page ${PAGE}, line `,
		],
	},
	// Images (src/lib/article-images.ts): refused where MDX compiles the article, before any page is written.
	{
		name: 'image-without-alt',
		rule: 'images have alt text',
		output: [
			`${file('image-without-alt', EN)}:26 [markup] image "/favicon.svg": `,
			'an image needs alt text',
		],
	},
	{
		name: 'image-missing-file',
		rule: 'an image is a file next to the article',
		output: [
			`${file('image-missing-file', EN)}:26 [markup] image "./images/reset-password/sign-in.png": `,
			`no such file: ${file('image-missing-file', 'articles/en/images/reset-password/sign-in.png')}`,
		],
	},
	{
		name: 'image-alt-wrong-language',
		rule: "an image's alt text is in the article's language",
		output: [
			`${file('image-alt-wrong-language', ZH)}:26 [markup] image "./images/reset-password/sign-in.png": `,
			'has no Chinese: a zh-cn article describes its screenshots in its own language',
		],
	},
	{
		name: 'image-too-large',
		rule: 'an image is at most 1 MB and 2400 px on either side',
		output: [
			`${file('image-too-large', EN)}:26 [markup] image "./images/reset-password/banner.png": `,
			'is 2500 × 8 px; no side may be over 2400 px',
		],
	},
	{
		name: 'platform-outside-group',
		rule: 'a <Platform> stands in a <Platforms> group',
		output: [
			`${file('platform-outside-group', EN)}:26 [markup] <Platform>: a <Platform> stands directly inside a <Platforms> group`,
		],
	},
	{
		name: 'heading-id-clash',
		rule: 'ids are unique on the page, template and body together (html-validate on the page outline)',
		output: [`${PAGE}:`, '[html] Duplicate ID "main" (no-dup-id)'],
	},
	{
		name: 'landmark-name-clash',
		rule: 'landmarks of the body and the template have distinct names (html-validate on the page outline)',
		output: [`${PAGE}:`, '[html] Landmarks must have a non-empty and unique accessible name'],
		problems: 2,
	},
];

const timings: string[] = [];
afterAll(() => {
	console.info(`Fixture builds:\n${timings.join('\n')}`);
});

// Tests in one file run one after another (none is `concurrent`): one build at a time, since
// each build keeps both cores of the machine busy.
describe('fixture builds', () => {
	test('valid-minimal builds, with its notice, redirect and draft handled', async () => {
		const build = await buildSite(content('valid-minimal'));
		timings.push(`  valid-minimal: exit ${build.code} in ${build.ms} ms`);
		try {
			expect(build.code, build.output).toBe(0);
			expect(build.output).toMatch(
				/Integrity: \d+ pages \([\d.]+ ms CPU\/page\), \d+ internal links checked/,
			);
			expect(build.output).toMatch(/Output: every check passed/);
			const html = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
			expect(html('en/articles/change-language')).toContain('name="robots" content="noindex');
			expect(html('en/articles/forgot-password')).toContain('http-equiv="refresh"');
			// content/redirects.yaml: a redirect page, and a real 301 for hosts that read _redirects.
			expect(html('en/articles/old-password-help')).toContain(
				'content="0; url=/en/articles/reset-password/"',
			);
			expect(readFileSync(join(build.outDir, '_redirects'), 'utf8')).toContain(
				'/en/articles/old-password-help/ /en/articles/reset-password/ 301',
			);
			expect(existsSync(join(build.outDir, 'zh-cn/articles/draft-only'))).toBe(false);
			// Service notices: the active one is in the HTML of every page it affects (no data block, not
			// hidden: the form tests/e2e/notices.spec.ts serves), the scheduled one waits in a data block
			// on every page, the one that has ended is in no page, and none has a page or a sitemap entry.
			const activeNotice =
				/<help-notice data-start="\d+" data-end="\d+"[^>]*><section class="notice notice--degraded" id="service-notice-email-delays"/;
			const scheduledNotice =
				/<help-notice [^>]*\bhidden\b[^>]*><script type="text\/html" data-script-only="everyone"><section class="notice notice--info" id="service-notice-planned-maintenance"/;
			for (const path of [
				'en',
				'zh-cn',
				'en/search',
				'en/articles/reset-password',
				'en/categories/general',
				'en/contact',
			]) {
				expect(html(path), path).toMatch(activeNotice);
				expect(html(path), path).toMatch(scheduledNotice);
				expect(html(path), path).not.toContain('service-notice-ended-outage');
			}
			expect(html('en/contact')).toMatch(
				/<a href="#service-notice-email-delays"[^>]*>Email replies are slower than usual \(sample\)<\/a>/,
			);
			expect(html('zh-cn/articles/change-language')).not.toMatch(activeNotice);
			expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).not.toMatch(/notice/i);
		} finally {
			build.cleanUp();
		}
	});

	test.each(failing)('$name fails: $rule', async ({ name, output, problems = 1 }) => {
		const build = await buildSite(content(name));
		timings.push(`  ${name}: exit ${build.code} in ${build.ms} ms`);
		const leftOutput = existsSync(build.outDir);
		build.cleanUp();
		expect(build.code, build.output).not.toBe(0);
		for (const needle of output) {
			if (typeof needle === 'string') expect(build.output).toContain(needle);
			else expect(build.output).toMatch(needle);
		}
		// The fixture breaks exactly one rule: no list of more problems than that rule names.
		const listed = /\((\d+) problems?\)/.exec(build.output)?.[1];
		if (listed !== undefined) expect(Number(listed)).toBe(problems);
		else expect(build.output).not.toMatch(/\((?:[2-9]|\d{2,}) problems\)/);
		// A failed build never leaves a site behind: it was built in a staging folder.
		expect(leftOutput, 'the failed build left an output folder').toBe(false);
	});
});

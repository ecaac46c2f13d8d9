/**
 * The contact page: every channel of content/channels.yaml, grouped by kind, with actionable links
 * and service details; the security notice; the sample-data notice; and the offline checker.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n';
import { formatViolations, runAxe } from '../support/axe';
import {
	getSitemapPaths,
	localeCodes,
	pagesOf,
	siteOrigin,
	type LocaleCode,
} from '../support/site';

interface Channel {
	id: string;
	kind: 'phone' | 'chat' | 'email' | 'social';
	sample: boolean;
	name: Record<LocaleCode, string>;
	description: Record<LocaleCode, string>;
	phone?: string;
	url?: string;
	email?: string;
	handle?: string;
	platform?: string;
	hours: { always: true } | { timeZone: string; days: string[]; opens: string; closes: string };
	responseTime: Record<LocaleCode, string>;
	bestFor: Record<LocaleCode, string>;
}

const channels = parse(readFileSync('content/channels.yaml', 'utf8')) as Channel[];
const kinds = [...new Set(channels.map((c) => c.kind))];
const anySample = channels.some((c) => c.sample);

/** Squeezes whitespace so that text from YAML and from the page compare equal. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The one link a channel card offers to reach the channel. */
function expectedHref(channel: Channel): string {
	switch (channel.kind) {
		case 'phone':
			return `tel:+${channel.phone!.replace(/\D/g, '')}`;
		case 'email':
			return `mailto:${channel.email}`;
		default:
			return channel.url!;
	}
}

test('content/channels.yaml has channels of several kinds', () => {
	expect(channels.length).toBeGreaterThanOrEqual(3);
	expect(kinds.length).toBeGreaterThanOrEqual(3);
});

for (const locale of localeCodes) {
	test.describe(`contact page ${pagesOf(locale).contact}`, () => {
		test.beforeEach(async ({ page }) => {
			await page.goto(pagesOf(locale).contact);
		});

		test('lists every channel, grouped by kind, with an actionable link and its service details', async ({
			page,
		}) => {
			const groups = page.locator('main section:has(> article[id])');
			expect(await groups.count(), 'one group per kind').toBe(kinds.length);
			for (const channel of channels) {
				const card = page.locator(`[id="${channel.id}"]`);
				await expect(card, `card for ${channel.id}`).toBeVisible();
				// Grouped by kind: every card in this card's group is of the same kind.
				const group = card.locator('xpath=ancestor::section[1]');
				const siblings = await group
					.locator('> article[id]')
					.evaluateAll((cards) => cards.map((c) => c.id));
				const kindsInGroup = new Set(siblings.map((id) => channels.find((c) => c.id === id)?.kind));
				expect([...kindsInGroup], `group of ${channel.id}: ${siblings.join(', ')}`).toEqual([
					channel.kind,
				]);
				await expect(group.locator('> h2')).toBeVisible();

				await expect(card.getByRole('heading').first()).toContainText(channel.name[locale]);
				const text = squeeze((await card.innerText()) ?? '');
				expect(text, `${channel.id} response time`).toContain(
					squeeze(channel.responseTime[locale]),
				);
				expect(text, `${channel.id} best for`).toContain(squeeze(channel.bestFor[locale]));
				if ('opens' in channel.hours) {
					expect(text, `${channel.id} opening hours`).toContain(channel.hours.opens);
					expect(text, `${channel.id} closing hours`).toContain(channel.hours.closes);
					// The time zone as readers know it (北京时间, Beijing time), never an IANA id.
					expect(text, `${channel.id} time zone`).not.toContain(channel.hours.timeZone);
					if (channel.hours.timeZone === 'Asia/Shanghai')
						expect(text).toContain(locale === 'en' ? '(Beijing time)' : '（北京时间）');
				} else {
					expect(text, `${channel.id} is open all day`).toMatch(/24/);
				}

				if (channel.platform)
					expect(text, `${channel.id} names its platform`).toContain(channel.platform);

				const href = expectedHref(channel);
				const link = card.locator(`a[href="${href}"]`);
				await expect(link, `${channel.id} links to ${href}`).toBeVisible();
				if (channel.kind === 'phone') expect(href).toMatch(/^tel:\+[1-9]\d{6,14}$/);
				if (channel.kind === 'email') expect(href).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
				if (channel.kind === 'chat' || channel.kind === 'social') {
					expect(href).toMatch(/^https:\/\//);
					expect((await link.getAttribute('rel')) ?? '').toMatch(/noopener/);
				}
			}
		});

		test('an article listing the channels names the social platform beside the handle', async ({
			page,
		}) => {
			const social = channels.find((c) => c.kind === 'social');
			test.skip(!social, 'no social channel in content/channels.yaml');
			await page.goto(`/${locale}/articles/contact-support/`);
			const lines = page
				.locator('.channel-list li, .channel-ref')
				.filter({ has: page.locator(`a[href="${social!.url}"]`) });
			expect(await lines.count(), 'the article mentions the social channel').toBeGreaterThan(0);
			for (const line of await lines.all()) await expect(line).toContainText(social!.platform!);
		});

		test('has a "before you contact us" section and a security notice about passwords, PINs and codes', async ({
			page,
		}) => {
			const prepare = page.locator('section[aria-labelledby="prepare-heading"]');
			await expect(prepare.locator('h2')).toHaveText(
				locale === 'en' ? /before you contact us/i : /联系客服前/,
			);
			expect(await prepare.locator('li').count()).toBeGreaterThanOrEqual(2);

			const notice = page.locator('.security-notice');
			await expect(notice).toBeVisible();
			const words =
				locale === 'en'
					? [/password/i, /PIN/, /verification code/i]
					: [/密码/, /支付密码/, /验证码/];
			for (const word of words) await expect(notice).toContainText(word);
			// It comes before the channels, where a reader looking for a number sees it first.
			const order = await page.evaluate(() => {
				const notice = document.querySelector('.security-notice')!;
				const firstCard = document.querySelector('main article[id]')!;
				return notice.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING;
			});
			expect(order).toBeTruthy();
		});
	});
}

test.describe('sample-data notice', () => {
	test.skip(!anySample, 'no channel is sample data');
	for (const path of [...getSitemapPaths(), '/no-such-page/']) {
		test(`shown on ${path}`, async ({ page }) => {
			await page.goto(path);
			const notice = page.locator('.sample-notice');
			await expect(notice).toBeVisible();
			await expect(notice).toContainText(/example\.com|示例|sample/i);
		});
	}
	for (const path of ['/', '/a/payment-failed/']) {
		test.describe(() => {
			test.use({ javaScriptEnabled: false });
			test(`shown on the language chooser ${path}`, async ({ page }) => {
				await page.goto(path);
				// The chooser speaks every language, so it shows the notice once per language.
				await expect(page.locator('.sample-notice').first()).toBeVisible();
			});
		});
	}
	test('the channel cards are marked as samples', async ({ page }) => {
		await page.goto(pagesOf('en').contact);
		for (const channel of channels.filter((c) => c.sample)) {
			await expect(page.locator(`[id="${channel.id}"]`)).toContainText(/sample/i);
		}
	});
});

/** The checker's parts on a contact page. */
function checker(page: Page): { input: Locator; submit: Locator; output: Locator; list: Locator } {
	const root = page.locator('help-contact-checker');
	return {
		input: root.locator('textarea'),
		submit: root.locator('button[type="submit"]'),
		output: root.locator('[role="status"]'),
		list: root.getByRole('list'),
	};
}

/** Checks one value with the button and returns the verdict and the announced message. */
async function check(
	page: Page,
	value: string,
): Promise<{ verdict: string | null; message: string }> {
	const { input, submit, output } = checker(page);
	await input.fill(value);
	await submit.click();
	await expect(output).not.toBeEmpty();
	return {
		verdict: await output.getAttribute('data-verdict'),
		message: (await output.textContent()) ?? '',
	};
}

test.describe('"is this contact official?" checker', () => {
	const hotline = channels.find((c) => c.kind === 'phone')!;
	const chat = channels.find((c) => c.kind === 'chat')!;
	const email = channels.find((c) => c.kind === 'email')!;
	const social = channels.find((c) => c.kind === 'social')!;
	const digits = hotline.phone!.replace(/\D/g, ''); // 18005550123
	const national = digits.slice(1); // 8005550123 (NANP: country code 1)
	const fullWidth = (text: string) =>
		text.replace(/[0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

	const cases: Array<[string, string, readonly string[]]> = [
		['hotline as written', hotline.phone!, ['official']],
		[
			'hotline with spaces',
			`+1 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`,
			['official'],
		],
		['hotline in E.164', `+${digits}`, ['official']],
		[
			'hotline with (+1)',
			`(+1) ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`,
			['official'],
		],
		[
			'hotline in full-width digits',
			fullWidth(`+1 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`),
			['official'],
		],
		['hotline as tel: link', `tel:+${digits}`, ['official']],
		['hotline in Chinese brackets', `【+${digits}】`, ['official']],
		[
			'hotline without a country code',
			`(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`,
			['caution'],
		],
		[
			'hotline with a trunk 1 but no +',
			`1-${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`,
			['caution'],
		],
		['a random number', '+44 20 7946 0958', ['unofficial']],
		['a random Chinese mobile number', '139 1234 5678', ['unofficial']],
		['the official email', email.email!.toUpperCase(), ['official']],
		[
			'the official email in a mailto: link with a copy to someone else',
			`mailto:${email.email}?cc=desk@okpay-help.example.net`,
			['unofficial', 'lookalike'],
		],
		['the chat URL', chat.url!, ['official']],
		['the chat URL in Chinese quotes', `“${chat.url}”`, ['official']],
		['the profile URL without https://', social.url!.replace(/^https:\/\//, ''), ['official']],
		[
			'the profile URL resolving to another account',
			`${social.url}/%2e%2e/@someone`,
			['unofficial', 'lookalike'],
		],
		['the account named with its platform', `${social.handle} on ${social.platform}`, ['official']],
		['the account without its platform', social.handle!, ['caution']],
		['a page of this help center', `${siteOrigin}${pagesOf('en').contact}`, ['official']],
		['a look-alike domain', 'okpay-support.example.com', ['lookalike', 'unofficial']],
		[
			'a look-alike chat URL',
			'https://okpay-support.example.com/chat',
			['lookalike', 'unofficial'],
		],
		['the chat URL over http://', chat.url!.replace(/^https:/, 'http:'), ['caution']],
		[
			'a full-width slash after the host',
			`${chat.url!.replace(/\/$/, '')}／.okpay-help.example.net`,
			['unofficial', 'lookalike'],
		],
		[
			'an address on a look-alike mail host',
			'support@okpay-help.example.net',
			['lookalike', 'unofficial'],
		],
		['garbage', '%%% ^^^ !!!', ['invalid']],
		['too short to be a number', '12', ['invalid']],
		['empty', '', ['empty']],
		['only spaces', '   ', ['empty']],
	];

	for (const locale of localeCodes) {
		test(`verdicts, announced in a status region, with no network request (${locale})`, async ({
			page,
		}) => {
			await page.goto(pagesOf(locale).contact, { waitUntil: 'networkidle' });
			const { output } = checker(page);
			await expect(output).toHaveAttribute('aria-live', 'polite');
			await expect(checker(page).input).toBeVisible();

			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			const wrong: string[] = [];
			for (const [name, value, verdicts] of cases) {
				const { verdict, message } = await check(page, value);
				if (!verdict || !verdicts.includes(verdict))
					wrong.push(
						`${name} "${value}": got ${verdict} ("${message}"), expected ${verdicts.join(' or ')}`,
					);
				if (!message.trim()) wrong.push(`${name}: nothing announced`);
			}
			expect(wrong, wrong.join('\n')).toEqual([]);
			expect(requests, 'the checker never talks to a server').toEqual([]);
			expect(new URL(page.url()).search, 'the form does not submit').toBe('');
		});

		test(`a whole message: one line per contact detail, the worst one decides (${locale})`, async ({
			page,
		}) => {
			const t = useTranslations(locale);
			await page.goto(pagesOf(locale).contact);
			const { input, output, list } = checker(page);
			const imitation = 'https://okpay-login.example.net';
			const message =
				locale === 'en'
					? `OKPay: call ${hotline.phone} or chat at ${chat.url} — or log in at ${imitation} now.`
					: `【OKPay】请致电 ${hotline.phone}，或在线客服 ${chat.url} ，也可改用 ${imitation} 登录。`;
			await input.fill(message);
			await input.press('Enter');

			await expect(output).toHaveAttribute('data-verdict', 'lookalike');
			await expect(output).toContainText(t('checker.overall.lookalike'));
			await expect(output).toContainText(t('checker.advice'));
			await expect(list).toHaveAccessibleName(t('contact.checkerItems'));
			const items = list.getByRole('listitem');
			await expect(items).toHaveCount(3);
			const lines = [
				[hotline.phone!, 'official'],
				[chat.url!, 'official'],
				[imitation, 'lookalike'],
			] as const;
			for (const [index, [value, verdict]] of lines.entries()) {
				const item = items.nth(index);
				await expect(item).toHaveAttribute('data-verdict', verdict);
				await expect(item.locator('.checker__value')).toHaveText(value);
				await expect(item).toContainText(t(`checker.label.${verdict}`));
			}
			// The list is not in the live region: only the verdict on the whole message is announced.
			expect(await output.locator('li').count()).toBe(0);
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				const violations = await runAxe(page);
				expect(violations, `${colorScheme}:\n${formatViolations(violations)}`).toEqual([]);
			}

			await input.fill('');
			await expect(output).toBeEmpty();
			await expect(list).toBeHidden();
		});
	}

	test('answers while typing, and tells official from unofficial in words', async ({ page }) => {
		await page.goto(pagesOf('en').contact);
		const { input, output, list } = checker(page);
		await input.pressSequentially(`+${digits}`);
		await expect(output).toHaveAttribute('data-verdict', 'official');
		await expect(output).toContainText(hotline.name.en);
		await expect(list.getByRole('listitem')).toHaveText([new RegExp(`\\+${digits}`)]);
		await input.fill('+44 20 7946 0958');
		await expect(output).toHaveAttribute('data-verdict', 'unofficial');
		await expect(output).toContainText(/not an official/i);
		await input.fill('');
		await expect(output).toBeEmpty();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		for (const locale of localeCodes) {
			test(`the rules the checker follows are on the page (${locale})`, async ({ page }) => {
				const t = useTranslations(locale);
				await page.goto(pagesOf(locale).contact);
				const rules = page.locator('section[aria-labelledby="checker-heading"] .checker__rules li');
				await expect(
					page.getByRole('heading', { name: t('contact.checkerRulesTitle') }),
				).toBeVisible();
				await expect(rules).toContainText([
					t('contact.checkerRuleMessage'),
					t('contact.checkerRuleHttps'),
					t('contact.checkerRuleHosts'),
					t('contact.checkerRulePhone'),
					t('contact.checkerRuleHandle', social.handle!, social.platform!),
				]);
				await expect(page.getByRole('list', { name: t('contact.checkerItems') })).toHaveCount(0);
			});
		}
	});
});

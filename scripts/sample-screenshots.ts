/**
 * Draws the sample content's app screenshots (`node scripts/sample-screenshots.ts`): two screens of
 * a fictional OKPay Wallet app, in Chinese for the zh-cn article and in English for the en one,
 * marked as sample screens, written to content/articles/<locale>/images/register-account/. Each is
 * a small HTML mock that Chromium renders at a phone's size (360 × 640 CSS px, 2× pixels), saved
 * as a palette PNG.
 * They are drawings, not the real app: replace them with real screenshots before going live.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
// Astro's own image service: present wherever the site builds. A 64-colour palette keeps each file small.
import sharp from 'sharp';
import { CHROMIUM_ARGS, findChromium } from './support/browser.ts';

interface ScreenText {
	readonly sample: string;
	readonly brand: string;
	readonly welcome: string;
	readonly tagline: string;
	readonly register: string;
	readonly login: string;
	readonly formTitle: string;
	readonly email: string;
	readonly phone: string;
	readonly password: string;
	readonly next: string;
}

const text: Record<'zh-cn' | 'en', ScreenText> = {
	'zh-cn': {
		sample: '示例界面',
		brand: 'OKPay 钱包',
		welcome: '欢迎使用 OKPay 钱包',
		tagline: '转账、充值、提现，一个 APP 搞定',
		register: '注册',
		login: '登录',
		formTitle: '注册',
		email: '电子邮件地址',
		phone: '手机号码',
		password: '设置密码',
		next: '下一步',
	},
	en: {
		sample: 'Sample screen',
		brand: 'OKPay Wallet',
		welcome: 'Welcome to OKPay Wallet',
		tagline: 'Transfer, top up and withdraw in one app',
		register: 'Register',
		login: 'Log in',
		formTitle: 'Register',
		email: 'Email address',
		phone: 'Mobile phone number',
		password: 'Set a password',
		next: 'Next',
	},
};

const STYLE = `
* { box-sizing: border-box; margin: 0; }
body { width: 360px; height: 640px; font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; background: #f3f6fa; color: #1a2330; }
.status { height: 28px; padding: 6px 16px; font-size: 12px; display: flex; justify-content: space-between; }
.sample { position: absolute; top: 36px; right: 12px; padding: 2px 8px; border-radius: 10px; background: #fff0a8; font-size: 12px; }
.bar { height: 52px; padding: 14px 20px; font-size: 18px; font-weight: 700; background: #0b5cad; color: #fff; }
.hero { padding: 72px 32px 0; text-align: center; }
.logo { width: 88px; height: 88px; margin: 0 auto 24px; border-radius: 24px; background: #0b5cad; color: #fff; font-size: 34px; font-weight: 700; line-height: 88px; }
h1 { font-size: 22px; margin-bottom: 12px; }
p { font-size: 14px; color: #4a5563; }
.actions { position: absolute; left: 32px; right: 32px; bottom: 64px; display: grid; gap: 14px; }
.button { height: 48px; border-radius: 24px; font-size: 17px; line-height: 48px; text-align: center; border: 2px solid #0b5cad; color: #0b5cad; background: #fff; }
.primary { background: #0b5cad; color: #fff; outline: 4px solid #f28c28; outline-offset: 4px; }
form { padding: 28px 24px; display: grid; gap: 18px; }
label { font-size: 14px; color: #4a5563; }
.field { margin-top: 6px; height: 44px; border-radius: 8px; border: 1px solid #c9d2dd; background: #fff; }
`;

function welcome(t: ScreenText): string {
	return `<div class="status"><span>9:41</span><span>●●● ▮</span></div><span class="sample">${t.sample}</span>
<div class="bar">${t.brand}</div>
<div class="hero"><div class="logo">OK</div><h1>${t.welcome}</h1><p>${t.tagline}</p></div>
<div class="actions"><div class="button primary">${t.register}</div><div class="button">${t.login}</div></div>`;
}

function registerForm(t: ScreenText): string {
	const field = (label: string) => `<div><label>${label}</label><div class="field"></div></div>`;
	return `<div class="status"><span>9:41</span><span>●●● ▮</span></div><span class="sample">${t.sample}</span>
<div class="bar">‹ ${t.formTitle}</div>
<form>${field(t.email)}${field(t.phone)}${field(t.password)}</form>
<div class="actions"><div class="button primary">${t.next}</div></div>`;
}

const executablePath = findChromium();
const browser = await chromium.launch({
	args: CHROMIUM_ARGS,
	...(executablePath ? { executablePath } : {}),
});
const page = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
for (const [locale, t] of Object.entries(text)) {
	const dir = join('content/articles', locale, 'images/register-account');
	mkdirSync(dir, { recursive: true });
	for (const [name, body] of [
		['welcome', welcome(t)],
		['register-form', registerForm(t)],
	] as const) {
		await page.setContent(
			`<!doctype html><html lang="${locale}"><style>${STYLE}</style><body>${body}</body></html>`,
		);
		const png = await page.screenshot();
		writeFileSync(
			join(dir, `${name}.png`),
			await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer(),
		);
		process.stdout.write(`${join(dir, `${name}.png`)}\n`);
	}
}
await browser.close();

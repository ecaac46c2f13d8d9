import { HtmlValidate, ruleExists } from 'html-validate';
import { describe, expect, test } from 'vitest';
import {
	DOCUMENT_RULES,
	getScopeConfig,
	htmlValidateConfig,
	toHtmlIssues,
	type RuleScope,
} from '../../src/lib/html-validation';

const page = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Help</title>${head}</head><body><main>${body}</main></body></html>`;

const ruleIds = async (html: string) => {
	const report = await new HtmlValidate(htmlValidateConfig).validateString(html, 'page.html');
	return report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
};

describe('htmlValidateConfig', () => {
	test('accepts the markup Astro writes: module scripts, JSON-LD, void elements without a slash', async () => {
		const head =
			'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/_astro/a.css">' +
			'<script type="module" src="/_astro/a.js"></script><script type="module">document.body.dataset.x = "1";</script>' +
			'<script type="application/ld+json">{"@context":"https://schema.org"}</script>';
		expect(await ruleIds(page('<p>Hi<br>there</p><img src="/a.png" alt="A">', head))).toEqual([]);
	});

	test('accepts void elements written the way MDX bodies render them', async () => {
		expect(await ruleIds(page('<p>A<br/>B</p><hr/><img src="/a.png" alt="A"/>'))).toEqual([]);
	});

	test('accepts a redirect page (meta refresh with a zero delay)', async () => {
		expect(
			await ruleIds(
				page('<p><a href="/en/">/en/</a></p>', '<meta http-equiv="refresh" content="0; url=/en/">'),
			),
		).toEqual([]);
	});

	test.each([
		['an <img> without alt', '<img src="/a.png">', 'wcag/h37'],
		['a duplicate id', '<p id="a"></p><p id="a"></p>', 'no-dup-id'],
		['a button without type', '<button>Go</button>', 'no-implicit-button-type'],
		['an unclosed element', '<div><span></div>', 'close-order'],
	])('reports %s', async (_name, body, rule) => {
		expect(await ruleIds(page(body))).toContain(rule);
	});
});

describe('getScopeConfig', () => {
	const rulesIn = async (scope: RuleScope, html: string) => {
		const report = await new HtmlValidate(getScopeConfig(scope)).validateString(html, 'page.html');
		return report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
	};
	const both = page('<p id="a"></p><p id="a"></p><img src="/a.png">');

	test('splits the rules: document rules in one scope, every other rule in the other', async () => {
		expect(await rulesIn('all', both)).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
		expect(await rulesIn('document', both)).toEqual(['no-dup-id']);
		expect(await rulesIn('elements', both)).toEqual(['wcag/h37']);
	});

	test.each(DOCUMENT_RULES)('%s is a rule html-validate knows', (rule) => {
		expect(ruleExists(rule)).toBe(true);
	});
});

describe('toHtmlIssues', () => {
	test('names the page, the line, the message and the rule', () => {
		expect(
			toHtmlIssues('/en/', [
				{ ruleId: 'wcag/h37', message: '<img> is missing required "alt" attribute', line: 3 },
			]),
		).toEqual([
			{
				file: '/en/',
				line: 3,
				rule: 'html',
				message: '<img> is missing required "alt" attribute (wcag/h37)',
			},
		]);
	});
});

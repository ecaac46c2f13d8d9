import { describe, expect, test } from 'vitest';
import { findLinkLine, getArticleFilesByPage } from '../../src/lib/link-source';
import { article, inventory } from '../support/site-inventory';

describe('findLinkLine', () => {
	const mdx = (...body: string[]) => ['---', 'title: A', '---', '', ...body].join('\n');

	test.each([
		['a Markdown link', '/en/articles/nope/', 'See [x](/en/articles/nope/).'],
		['a fragment', '#password-rules', 'Read [the rules](#password-rules).'],
		['a link with a title', '/en/a/', '[x](/en/a/ "A")'],
		['a link in angle brackets, encoded in the page', '/en/a%20b/', '[x](</en/a b/>)'],
		['a non-ASCII path, encoded in the page', '/zh-cn/%E6%94%AF/', '[支付](/zh-cn/支/)'],
		['a JSX anchor', '/en/x/', '<a href="/en/x/">x</a>'],
		['a reference definition', '/en/ref/', '[ref]: /en/ref/'],
		['an autolink', 'https://help.example.com/chat', '<https://help.example.com/chat>'],
	])('finds %s', (_, href, line) => {
		expect(findLinkLine(mdx('Intro.', '', line), href)).toBe(7);
	});

	test('matches the whole target, not a longer one that starts or ends with it', () => {
		const source = mdx('[a](/en/articles/a/#steps)', '[b](/en/articles/a/)');
		expect(findLinkLine(source, '/en/articles/a/')).toBe(6);
		expect(findLinkLine(source, '#steps')).toBeUndefined();
	});

	test('gives up when a component wrote the link', () => {
		expect(
			findLinkLine(mdx('<Channel id="live-chat" />'), 'https://chat.example.com/'),
		).toBeUndefined();
	});
});

test('getArticleFilesByPage maps each published article page to its .mdx file', () => {
	const inv = inventory([
		article('en', 'a'),
		article('zh-cn', 'b'),
		article('en', 'd', { draft: true }),
	]);
	expect(getArticleFilesByPage(inv)).toEqual(
		new Map([
			['/en/articles/a/', 'content/articles/en/a.mdx'],
			['/zh-cn/articles/b/', 'content/articles/zh-cn/b.mdx'],
		]),
	);
});

import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeArticleLinks } from '../../src/lib/rehype-article-links';

/** Runs the plugin on one `<h2>` of an article in a locale and returns the anchor it adds. */
function anchorOf(locale: string, heading: string): Element {
	const h2: Element = {
		type: 'element',
		tagName: 'h2',
		properties: {},
		children: [{ type: 'text', value: heading }],
	};
	const tree: Root = { type: 'root', children: [h2] };
	rehypeArticleLinks()(tree, { path: `/site/content/articles/${locale}/payment-failed.mdx` });
	return h2.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'a',
	)!;
}

describe('rehypeArticleLinks', () => {
	test.each([
		['zh-cn', '常见原因', '链接到“常见原因”', '复制链接：常见原因'],
		['en', 'Common causes', 'Link to “Common causes”', 'Copy link: Common causes'],
	])(
		'%s: the anchor and its copy button are labelled in the article language',
		(locale, heading, anchorLabel, copyLabel) => {
			const anchor = anchorOf(locale, heading);
			expect(anchor.properties['href']).toBe(`#${heading.toLowerCase().replace(/ /g, '-')}`);
			expect(anchor.properties['ariaLabel']).toBe(anchorLabel);
			expect(anchor.properties['dataCopyLabel']).toBe(copyLabel);
		},
	);
});

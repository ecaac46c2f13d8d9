import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { localeCodes, type Locale } from '../config/site';
import { useTranslations } from '../i18n';

/** Returns the text content of a hast node. */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

/** Returns the article locale from a content file path like `.../articles/en/x.mdx`. */
function localeFromPath(path: string | undefined): Locale {
	const folder = path?.replace(/\\/g, '/').match(/\/articles\/([^/]+)\//)?.[1];
	return (localeCodes as readonly string[]).includes(folder ?? '')
		? (folder as Locale)
		: localeCodes[0];
}

function walk(node: Root | Element, visit: (element: Element) => void): void {
	for (const child of node.children) {
		if (child.type === 'element') {
			visit(child);
			walk(child, visit);
		}
	}
}

/**
 * Rehype plugin for article bodies: a localized anchor link on every h2–h4 (staff paste
 * links to one answer), and `rel="noopener noreferrer"` on links that leave the site.
 */
export function rehypeArticleLinks() {
	return (tree: Root, file: { path?: string }) => {
		const t = useTranslations(localeFromPath(file.path));
		// Astro adds heading ids after user plugins run, so we slug them here the same way (GitHub style).
		const slugger = new GithubSlugger();
		walk(tree, (element) => {
			if (/^h[1-6]$/.test(element.tagName) && typeof element.properties['id'] !== 'string') {
				element.properties['id'] = slugger.slug(element.children.map(textOf).join('').trim());
			}
			const id = element.properties['id'];
			if (/^h[2-4]$/.test(element.tagName) && typeof id === 'string') {
				const heading = element.children.map(textOf).join('').trim();
				element.children.push({
					type: 'element',
					tagName: 'a',
					properties: {
						className: ['heading-anchor'],
						href: `#${id}`,
						ariaLabel: t('article.anchor', heading),
						dataCopyText: t('article.copyLink'),
						dataCopyLabel: `${t('article.copyLink')}${t('punctuation.colon')}${heading}`,
						dataPagefindIgnore: '',
					},
					children: [{ type: 'text', value: '#' }],
				});
			}
			const href = element.properties['href'];
			if (element.tagName === 'a' && typeof href === 'string' && /^https?:\/\//i.test(href)) {
				element.properties['rel'] = ['noopener', 'noreferrer'];
			}
		});
	};
}

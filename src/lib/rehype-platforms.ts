/**
 * Rehype plugin for article bodies: gives each `<Platform>` of a `<Platforms>` group the id of its
 * heading (`<section id>-<platform>`, src/lib/platforms.ts), passed as the `headingId` prop that
 * only this plugin sets (writers cannot: it is not in the component's props schema, so the
 * article-markup check refuses it). Runs after rehypeArticleLinks, which gives every heading its id.
 */
import type { Element, Root, RootContent } from 'hast';
import { isPlatformName, platformHeadingId } from './platforms';

interface JsxAttribute {
	readonly type: string;
	readonly name?: string;
	readonly value?: unknown;
}
interface JsxElement {
	readonly type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	readonly name: string | null;
	readonly attributes: JsxAttribute[];
	readonly children: RootContent[];
}

/** The internal prop a `<Platform>` receives its heading id in. */
export const PLATFORM_HEADING_ID_PROP = 'headingId';

const isJsx = (node: unknown): node is JsxElement =>
	typeof node === 'object' &&
	node !== null &&
	['mdxJsxFlowElement', 'mdxJsxTextElement'].includes((node as { type: string }).type);

function childrenOf(node: unknown): readonly unknown[] {
	const children = (node as { children?: unknown }).children;
	return Array.isArray(children) ? children : [];
}

export function rehypePlatformIds() {
	return (tree: Root) => {
		const taken = new Set<string>();
		const collect = (node: unknown) => {
			const id =
				(node as Element).type === 'element' ? (node as Element).properties['id'] : undefined;
			if (typeof id === 'string') taken.add(id);
			childrenOf(node).forEach(collect);
		};
		collect(tree);
		let sectionId: string | undefined;
		const walk = (node: unknown) => {
			const element = node as Element;
			if (
				element.type === 'element' &&
				element.tagName === 'h2' &&
				typeof element.properties['id'] === 'string'
			) {
				sectionId = element.properties['id'];
			}
			if (isJsx(node) && node.name === 'Platform') {
				const name = node.attributes.find(
					(a) => a.type === 'mdxJsxAttribute' && a.name === 'name',
				)?.value;
				if (
					isPlatformName(name) &&
					!node.attributes.some((a) => a.name === PLATFORM_HEADING_ID_PROP)
				) {
					const id = platformHeadingId(sectionId, name, taken);
					taken.add(id);
					node.attributes.push({
						type: 'mdxJsxAttribute',
						name: PLATFORM_HEADING_ID_PROP,
						value: id,
					});
				}
			}
			childrenOf(node).forEach(walk);
		};
		walk(tree);
	};
}

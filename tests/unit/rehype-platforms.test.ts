import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypePlatformIds } from '../../src/lib/rehype-platforms';

const h2 = (id: string): Element => ({
	type: 'element',
	tagName: 'h2',
	properties: { id },
	children: [],
});
const platform = (name: string, extra: Array<{ name: string; value: string }> = []) => ({
	type: 'mdxJsxFlowElement' as const,
	name: 'Platform',
	attributes: [
		{ type: 'mdxJsxAttribute' as const, name: 'name', value: name },
		...extra.map((a) => ({ type: 'mdxJsxAttribute' as const, ...a })),
	],
	children: [],
});
const group = (...platforms: ReturnType<typeof platform>[]) => ({
	type: 'mdxJsxFlowElement' as const,
	name: 'Platforms',
	attributes: [],
	children: platforms,
});
const idOf = (node: ReturnType<typeof platform>) =>
	node.attributes.find((a) => a.name === 'headingId')?.value;

describe('rehypePlatformIds', () => {
	test("each <Platform> gets its section heading's id and its platform, as the headingId prop", () => {
		const ios = platform('ios');
		const android = platform('android');
		const tree = {
			type: 'root',
			children: [h2('update-the-app'), group(ios, android)],
		} as unknown as Root;
		rehypePlatformIds()(tree);
		expect([idOf(ios), idOf(android)]).toEqual(['update-the-app-ios', 'update-the-app-android']);
	});

	test('a second group in the same section, or an id the page already has, gets a counter', () => {
		const first = platform('ios');
		const second = platform('ios');
		const clash = platform('web');
		const tree = {
			type: 'root',
			children: [
				h2('steps'),
				group(first, platform('android')),
				group(second, platform('android')),
				h2('other'),
				{ type: 'element', tagName: 'p', properties: { id: 'other-web' }, children: [] },
				group(clash, platform('ios')),
			],
		} as unknown as Root;
		rehypePlatformIds()(tree);
		expect([idOf(first), idOf(second), idOf(clash)]).toEqual([
			'steps-ios',
			'steps-ios-2',
			'other-web-2',
		]);
	});
});

/**
 * How `<Platforms>` and `<Platform>` may be written, so that every group reads well as headings
 * without JavaScript and as tabs with it: a group stands on its own in a `##` section (its platform
 * headings are level 3), holds only `<Platform>` blocks, at least two and each platform once, and a
 * `<Platform>` stands directly in a group and has no heading of its own. Props (`name`) are checked
 * with the other components' (src/schemas/article-markup.ts).
 */
import type { Nodes, Root } from 'mdast';
import type { MarkupProblem } from './article-markup';

type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isJsx = (node: Nodes): node is Jsx =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const nameProp = (node: Jsx) => {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
	return typeof attribute?.value === 'string' ? attribute.value : undefined;
};
/** A comment (`{/* … *\/}`) may stand anywhere; whether it is only a comment is the markup check's business. */
const isExpression = (node: Nodes) =>
	node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';

/** Returns every misuse of `<Platforms>`/`<Platform>` in an article tree, with its line and column. */
export function findPlatformProblems(tree: Root): MarkupProblem[] {
	const problems: MarkupProblem[] = [];
	const report = (node: Nodes, found: string, message: string) => {
		const start = node.position?.start;
		problems.push({
			line: start?.line ?? 1,
			...(start ? { column: start.column } : {}),
			found,
			message,
		});
	};

	const checkGroup = (group: Jsx, sectionDepth: number | undefined) => {
		if (sectionDepth !== 2) {
			report(
				group,
				'<Platforms>',
				'a <Platforms> group belongs in a ## section, after its heading: each platform gets a level-3 heading of its own',
			);
		}
		const seen = new Set<string>();
		let platforms = 0;
		for (const child of group.children as Nodes[]) {
			if (isJsx(child) && child.name === 'Platform') {
				platforms += 1;
				const name = nameProp(child);
				if (name !== undefined && seen.has(name))
					report(
						child,
						`<Platform name="${name}">`,
						`this group already has steps for "${name}"; give each platform one <Platform>`,
					);
				if (name !== undefined) seen.add(name);
			} else if (!isExpression(child)) {
				report(
					child,
					isJsx(child) ? `<${child.name ?? ''}>` : child.type,
					'<Platforms> holds only <Platform name="…"> blocks; put what every platform shares before or after the group',
				);
			}
		}
		if (platforms < 2) {
			report(
				group,
				'<Platforms>',
				'a <Platforms> group gives the steps of at least two platforms; steps that are the same everywhere need no group',
			);
		}
	};

	const walk = (node: Nodes, insidePlatform: Jsx | undefined) => {
		let sectionDepth: number | undefined;
		if (!('children' in node)) return;
		for (const child of node.children as Nodes[]) {
			if (child.type === 'heading') {
				sectionDepth = child.depth;
				if (insidePlatform)
					report(
						child,
						`heading in <Platform>`,
						'a <Platform> has no heading of its own: the platform name is its heading; write the steps as text or a list',
					);
			}
			if (isJsx(child) && child.name === 'Platforms') {
				if (node.type !== 'root')
					report(
						child,
						'<Platforms>',
						'a <Platforms> group stands on its own in a section, not inside another element or component',
					);
				else checkGroup(child, sectionDepth);
			}
			if (
				isJsx(child) &&
				child.name === 'Platform' &&
				!(isJsx(node) && node.name === 'Platforms')
			) {
				report(child, '<Platform>', 'a <Platform> stands directly inside a <Platforms> group');
			}
			walk(child, isJsx(child) && child.name === 'Platform' ? child : insidePlatform);
		}
	};
	walk(tree, undefined);
	return problems;
}

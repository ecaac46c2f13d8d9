import type { z } from 'astro/zod';

/** Returns a component's props parsed by its schema; a typo in an article stops the build with a readable message. */
export function parseComponentProps<T extends z.ZodType>(
	component: string,
	schema: T,
	props: unknown,
	/** The file being rendered, named in the error. */
	file?: string,
): z.output<T> {
	const { children: _children, ...rest } = (props ?? {}) as Record<string, unknown>;
	const result = schema.safeParse(rest);
	if (result.success) return result.data;
	const problems = result.error.issues
		.map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`)
		.join('; ');
	throw new Error(`${file ? `${file}: ` : ''}<${component}> has invalid props: ${problems}`);
}

import type { z } from 'astro/zod';

/** Returns a props error as one line: `type: Invalid option…; title: Too small…`. */
export function formatPropsProblems(error: z.ZodError): string {
	return error.issues
		.map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`)
		.join('; ');
}

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
	throw new Error(
		`${file ? `${file}: ` : ''}<${component}> has invalid props: ${formatPropsProblems(result.error)}`,
	);
}

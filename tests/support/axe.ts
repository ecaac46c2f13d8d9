import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels the site promises: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** Returns axe's violations as readable lines: rule, impact, summary, then each element and why. */
export function formatViolations(violations: readonly Violation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 8)
				.map(
					(n) =>
						`    - ${n.target.join(' ')}\n      ${n.failureSummary?.split('\n').join('\n      ') ?? ''}`,
				)
				.join('\n');
			const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
			return `[${v.id}] (${v.impact ?? 'n/a'}) ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
		})
		.join('\n\n');
}

/** Runs axe with the site's WCAG tags on the current page and returns its violations. */
export async function runAxe(page: Page): Promise<Violation[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return results.violations;
}

/**
 * Markup for controls that only work with JavaScript, shipped inside a `<script type="text/html">`
 * data block. No browser renders a data block, and text browsers (w3m, lynx) skip it, whereas they
 * print the content of a `<template>` and ignore `hidden`; the control's custom element puts the
 * markup in the page when it runs (src/scripts/stamp-controls.ts).
 */

/** The attribute that marks a data block holding script-only markup; its value is the audience. */
export const SCRIPT_ONLY_ATTRIBUTE = 'data-script-only';

/**
 * Who a data block's markup is put in the page for: every reader whose browser runs scripts, or
 * only staff, in a browser where staff mode is on (src/lib/staff-mode.ts).
 */
export type ScriptOnlyAudience = 'everyone' | 'staff';

/**
 * Returns the selector of the data block a host element holds for one audience.
 * @example scriptOnlySelector('staff') // ':scope > script[type="text/html"][data-script-only="staff"]'
 */
export function scriptOnlySelector(audience: ScriptOnlyAudience): string {
	return `:scope > script[type="text/html"][${SCRIPT_ONLY_ATTRIBUTE}="${audience}"]`;
}

/**
 * Returns the markup unchanged when it can sit inside a `<script>` element, and throws when it
 * would end the block early or change how the block is parsed (`</script`, `<!--`, `<script`).
 * @example toScriptDataBlock('<button type="button">Copy</button>') // the same string
 */
export function toScriptDataBlock(html: string): string {
	const unsafe = /<\/script|<!--|<script/i.exec(html);
	if (unsafe) {
		throw new Error(
			`Script-only markup cannot contain "${unsafe[0]}": it would break out of its <script type="text/html"> block.`,
		);
	}
	return html;
}

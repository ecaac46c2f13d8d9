/**
 * Markup for controls that only work with JavaScript, shipped inside a `<script type="text/html">`
 * data block. No browser renders a data block, and text browsers (w3m, lynx) skip it, whereas they
 * print the content of a `<template>` and ignore `hidden`; the control's custom element puts the
 * markup in the page when it runs (src/scripts/stamp-controls.ts).
 */

/** The attribute that marks a data block holding script-only markup. */
export const SCRIPT_ONLY_ATTRIBUTE = 'data-script-only';

/**
 * Returns the markup unchanged when it can sit inside a `<script>` element, and throws when it
 * would end the block early or change how the block is parsed (`</script`, `<!--`, `<script`).
 * @example toScriptDataBlock('<button type="button">Copy</button>') // the same string
 */
export function toScriptDataBlock(html: string): string {
	const unsafe = /<\/script|<!--|<script/i.exec(html);
	if (unsafe) {
		throw new Error(`Script-only markup cannot contain "${unsafe[0]}": it would break out of its <script type="text/html"> block.`);
	}
	return html;
}

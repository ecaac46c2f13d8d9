import { SCRIPT_ONLY_ATTRIBUTE } from '../lib/script-only-markup';

/**
 * Puts the script-only markup a component keeps in `<ScriptOnly>` (a `<script type="text/html">`
 * data block directly inside `host`) into the page in its place, and removes what the host shows
 * readers without JavaScript instead (its `[data-no-script]` children). Returns false when there
 * is nothing to stamp, e.g. because it was stamped already.
 */
export function stampControls(host: HTMLElement): boolean {
	const block = host.querySelector<HTMLScriptElement>(`:scope > script[type="text/html"][${SCRIPT_ONLY_ATTRIBUTE}]`);
	if (!block) return false;
	// The markup is the site's own, rendered at build time; a template parses it without running anything.
	const template = document.createElement('template');
	template.innerHTML = block.textContent ?? '';
	block.replaceWith(template.content);
	for (const fallback of host.querySelectorAll(':scope > [data-no-script]')) fallback.remove();
	return true;
}

import { scriptOnlySelector, type ScriptOnlyAudience } from '../lib/script-only-markup';

/**
 * Puts the script-only markup a component keeps in `<ScriptOnly>` for `audience` (a
 * `<script type="text/html">` data block directly inside `host`) into the page in its place, and
 * removes what the host shows readers without JavaScript instead (its `[data-no-script]`
 * children). Returns false when there is nothing to stamp, e.g. because it was stamped already.
 */
export function stampControls(
	host: HTMLElement,
	audience: ScriptOnlyAudience = 'everyone',
): boolean {
	const block = host.querySelector<HTMLScriptElement>(scriptOnlySelector(audience));
	if (!block) return false;
	// The markup is the site's own, rendered at build time; a template parses it without running anything.
	const template = document.createElement('template');
	template.innerHTML = block.textContent ?? '';
	block.replaceWith(template.content);
	for (const fallback of host.querySelectorAll(':scope > [data-no-script]')) fallback.remove();
	return true;
}

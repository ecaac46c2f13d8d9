const env = typeof process === 'undefined' ? {} : process.env;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns the feedback endpoint from its setting, or undefined when unset (feedback off).
 * Throws a readable error for anything but an absolute https URL (http only on this machine, for tests).
 * @example parseFeedbackEndpoint('https://collect.example.com/help') // 'https://collect.example.com/help'
 */
export function parseFeedbackEndpoint(
	value: string | undefined,
	name = 'FEEDBACK_ENDPOINT',
): string | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const problem = `${name} must be an absolute https:// URL (http:// only for localhost), got "${value}"`;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(problem);
	}
	const secure =
		url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
	if (!secure || url.username || url.password) throw new Error(problem);
	return url.href;
}

/**
 * Where anonymous reader feedback is sent with `navigator.sendBeacon` (FEEDBACK_ENDPOINT, build time).
 * Unset by default: then pages carry no endpoint and send nothing.
 */
export const feedbackEndpoint = parseFeedbackEndpoint(env['FEEDBACK_ENDPOINT']);

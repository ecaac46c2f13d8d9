import { createHash } from 'node:crypto';
import { themeInitScript } from './theme-init';
import { feedbackEndpoint } from './feedback';

/**
 * Content-Security-Policy parts that are not hashes; Astro adds the script/style hashes per page.
 * frame-ancestors is ignored in a <meta> policy, so it is also sent as a header (see public/_headers).
 */
const feedbackOrigin = feedbackEndpoint ? new URL(feedbackEndpoint).origin : undefined;

export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	`connect-src 'self'${feedbackOrigin ? ` ${feedbackOrigin}` : ''}`,
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-src 'none'",
	"manifest-src 'self'",
	"worker-src 'self'",
] as const satisfies readonly `${string} ${string}`[];

// Pagefind compiles its WebAssembly at runtime, which needs 'wasm-unsafe-eval' (never 'unsafe-eval').
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** CSP hash of the inline theme script (src/config/theme-init.ts). */
export function getThemeScriptHash(): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;
}

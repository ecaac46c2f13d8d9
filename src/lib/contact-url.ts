/**
 * Web and mail addresses read exactly as a browser reads them (the WHATWG `URL` parser), for the
 * contact checker and the channel registry. Ships to the browser: the platform's `URL` only.
 */
import { decodePunycode } from './lookalike';

/** A URL split into the parts the checker compares. */
export interface ContactUrl {
	/** `https`, `http`, `mailto` or another scheme without its colon; `''` when none was written. */
	readonly scheme: string;
	/** User name and password before an `@` (a classic trick: `https://okpay.com@evil.example`). */
	readonly userinfo: string;
	/** Lowercase host without its trailing dot; punycode labels decoded. For `mailto:`, `''`. */
	readonly host: string;
	/** The port when it is not the scheme's default, else `''`. */
	readonly port: string;
	/**
	 * The path after the browser resolved it (`/a/../b`, `/a/%2e%2e/b` and `\a\..\b` are `/b`),
	 * without trailing slashes (`''` for the root); for `mailto:`, the recipients as written.
	 */
	readonly path: string;
	/** `?…` as the browser keeps it, or `''`. */
	readonly query: string;
}

// A scheme only where a browser sees one: "okpay.example.com:8443" is a host and a port.
const SCHEME = /^(?:[a-z][a-z0-9+.-]*:[\\/]{2}|(?:mailto|tel|sms|callto|https?):)/i;

/**
 * Returns the parts of a web address as a browser reads it, or undefined when no browser would
 * open it. Text without a scheme is read as an address typed in the address bar (`https://`).
 * Nothing is normalised first: a full-width slash stays a full-width slash, and fails there.
 * @example parseContactUrl('HTTPS://Help.OKPay.example.com/x/%2e%2e/chat/?lang=en')
 * // { scheme: 'https', userinfo: '', host: 'help.okpay.example.com', port: '', path: '/chat', query: '?lang=en' }
 */
export function parseContactUrl(text: string): ContactUrl | undefined {
	const scheme = SCHEME.test(text);
	let url: URL;
	try {
		url = new URL(scheme ? text : `https://${text}`);
	} catch {
		return undefined;
	}
	const host = url.hostname
		.replace(/\.$/, '')
		.split('.')
		.map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
		.join('.')
		.toLowerCase();
	const special = url.protocol === 'http:' || url.protocol === 'https:';
	if (special && (!host.includes('.') || /^[.-]|\.\.|[.-]$/.test(host))) return undefined;
	return {
		scheme: scheme ? url.protocol.slice(0, -1) : '',
		userinfo: url.username + (url.password ? `:${url.password}` : ''),
		host,
		port: url.port,
		path: special ? url.pathname.replace(/\/+$/, '') : url.pathname,
		query: url.search,
	};
}

/**
 * Returns a path segment percent-decoded and lowercased (a server reads `%4FKPay` as `OKPay`);
 * a malformed escape is left as written.
 */
export function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment).toLowerCase();
	} catch {
		return segment.toLowerCase();
	}
}

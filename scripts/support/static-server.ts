/**
 * A static file server that behaves like a plain static host: directory indexes, `/x` → `/x/`
 * redirects, `404.html` with status 404, correct MIME types. Used by Playwright and scripts so
 * several builds can be served side by side (astro preview allows only one server at a time).
 *
 * Usage: node scripts/support/static-server.ts [--dir dist] [--port 4399]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { lookup } from 'mrmime';

/**
 * Returns the Content-Type a static host sends for a file: mrmime's table, UTF-8 declared for
 * text, octet-stream for what it does not know (Pagefind's index chunks).
 * @example contentTypeOf('/en/index.html') // 'text/html; charset=utf-8'
 */
export function contentTypeOf(file: string): string {
	const type = lookup(file) ?? 'application/octet-stream';
	return /^text\/|\/(?:json|javascript|xml)$/.test(type) ? `${type}; charset=utf-8` : type;
}

/** What a plain static host answers for a URL: a file with its status, or a slash redirect. */
export type StaticAnswer =
	| { readonly kind: 'file'; readonly status: 200 | 404; readonly file: string }
	| { readonly kind: 'redirect'; readonly location: string }
	| { readonly kind: 'bad-request' };

/** Resolves a request like a static host: directory index, `/x` → `/x/`, `404.html` for misses. */
export function resolveStaticRequest(root: string, rawUrl: string): StaticAnswer {
	const url = new URL(rawUrl, 'http://localhost');
	let file = join(root, normalize(decodeURIComponent(url.pathname)));
	if (!file.startsWith(root)) return { kind: 'bad-request' };
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!url.pathname.endsWith('/'))
			return { kind: 'redirect', location: `${url.pathname}/${url.search}` };
		file = join(file, 'index.html');
	}
	return existsSync(file)
		? { kind: 'file', status: 200, file }
		: { kind: 'file', status: 404, file: join(root, '404.html') };
}

function serveFile(root: string, rawUrl: string, response: ServerResponse): void {
	const answer = resolveStaticRequest(root, rawUrl);
	if (answer.kind === 'bad-request') {
		response.writeHead(400).end();
	} else if (answer.kind === 'redirect') {
		response.writeHead(301, { location: answer.location }).end();
	} else {
		const body = readFileSync(answer.file);
		response.writeHead(answer.status, { 'content-type': contentTypeOf(answer.file) });
		response.end(body);
	}
}

/** Starts serving `dir` on 127.0.0.1:`port`; resolves once listening. */
export function serveStatic(dir: string, port: number): Promise<Server> {
	const root = resolve(dir);
	const server = createServer((request, response) => {
		try {
			serveFile(root, request.url ?? '/', response);
		} catch {
			// A file vanished mid-request (a rebuild): answer, never crash the server.
			if (!response.headersSent) response.writeHead(503);
			response.end();
		}
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1]! : fallback;
	};
	const dir = arg('dir', 'dist');
	const port = Number(arg('port', '4399'));
	await serveStatic(dir, port);
	console.log(`Serving ${dir} at http://127.0.0.1:${port}/`);
}

/**
 * A tiny static server on 127.0.0.1 that logs every response with its raw size and the size it
 * would have with gzip (computed here with zlib), so transfers can be measured as a compressing host sends them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { contentTypeOf, resolveStaticRequest } from '../support/static-server.ts';
import { gzipSync } from 'node:zlib';

/** Extensions a host compresses; Pagefind chunks, fonts and images are compressed already. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.xml',
	'.txt',
	'.svg',
	'.wasm',
	'.ico',
]);

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'search' | 'other';

export interface ServedFile {
	readonly path: string;
	readonly status: number;
	readonly kind: ResourceKind;
	readonly raw: number;
	/** Bytes on the wire from a host that gzips compressible types. */
	readonly gzip: number;
	readonly at: number;
}

export interface StaticServer {
	readonly url: string;
	/** Every response since the last `reset()`. */
	readonly log: ServedFile[];
	reset(): void;
	close(): Promise<void>;
}

/** Returns the kind of a served path, for "bytes by type" tables. */
export function kindOf(path: string): ResourceKind {
	if (path.startsWith('/pagefind/')) return 'search';
	const ext = extname(path);
	if (ext === '.html' || path.endsWith('/')) return 'html';
	if (ext === '.css') return 'css';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.woff2' || ext === '.woff' || ext === '.ttf' || ext === '.otf') return 'font';
	if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg', '.ico'].includes(ext))
		return 'image';
	return 'other';
}

export interface ServerOptions {
	/** 0 picks a free port. */
	readonly port?: number;
	/** Send gzip to clients that accept it, as a production host does (the log still records both sizes). */
	readonly compress?: boolean;
	/** Extra response headers per path, e.g. from the site's `_headers` file. */
	readonly headers?: (path: string) => Record<string, string>;
}

/** Serves `dir` like a plain static host (directory index, slash redirect, 404.html). */
export function startServer(dir: string, options: ServerOptions = {}): Promise<StaticServer> {
	const root = resolve(dir);
	const gzipCache = new Map<string, Buffer>();
	const log: ServedFile[] = [];
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const answer = resolveStaticRequest(root, request.url ?? '/');
		if (answer.kind === 'bad-request') {
			response.writeHead(400).end();
			return;
		}
		if (answer.kind === 'redirect') {
			response.writeHead(301, { location: answer.location }).end();
			return;
		}
		const { status, file } = answer;
		const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
		let gzipped = gzipCache.get(file);
		if (gzipped === undefined) {
			gzipped = COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 6 }) : body;
			if (gzipped.length >= body.length) gzipped = body;
			gzipCache.set(file, gzipped);
		}
		log.push({
			path: url.pathname,
			status,
			kind: kindOf(url.pathname),
			raw: body.length,
			gzip: gzipped.length,
			at: performance.now(),
		});
		const sendGzip =
			options.compress === true &&
			gzipped !== body &&
			/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const sent = sendGzip ? gzipped : body;
		response.writeHead(status, {
			'cache-control': 'no-cache',
			...options.headers?.(url.pathname),
			'content-type': contentTypeOf(file),
			'content-length': sent.length,
			...(sendGzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
		});
		response.end(sent);
	});
	return new Promise((done) =>
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			const address = server.address() as AddressInfo;
			done({
				url: `http://127.0.0.1:${address.port}`,
				log,
				reset: () => void log.splice(0),
				close: () =>
					new Promise<void>((closed) => {
						server.closeAllConnections();
						server.close(() => closed());
					}),
			});
		}),
	);
}

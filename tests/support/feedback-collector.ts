import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
	readonly body: unknown;
	readonly headers: IncomingHttpHeaders;
}

export interface Collector {
	/** The endpoint to build with, e.g. http://127.0.0.1:40123/collect. */
	readonly endpoint: string;
	/** Everything received so far, oldest first; clear it with `received.length = 0`. */
	readonly received: Received[];
	readonly close: () => Promise<void>;
}

/** Starts a stand-in feedback service on 127.0.0.1 that records every POST to /collect. */
export async function startCollector(): Promise<Collector> {
	const received: Received[] = [];
	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			if (request.method === 'POST' && request.url === '/collect') {
				const text = Buffer.concat(chunks).toString('utf8');
				let body: unknown = text;
				try {
					body = JSON.parse(text);
				} catch {
					// Kept as text so the test shows what arrived.
				}
				received.push({ body, headers: request.headers });
			}
			response.writeHead(204).end();
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		endpoint: `http://127.0.0.1:${port}/collect`,
		received,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

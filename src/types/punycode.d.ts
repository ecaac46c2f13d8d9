// The userland punycode package's ES module file has the same API as its typed main entry.
declare module 'punycode/punycode.es6.js' {
	export function decode(input: string): string;
}

/** Returns JSON-LD text that is safe inside a `<script>` element (no `</script>` break-out). */
export function serializeJsonLd(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

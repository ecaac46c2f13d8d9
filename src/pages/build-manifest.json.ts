import type { APIRoute } from 'astro';
import { getBuildManifest } from '../queries/manifest';

/** Build-time facts for the post-build steps (search terms); removed from the output after use. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getBuildManifest()));

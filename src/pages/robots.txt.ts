import type { APIRoute } from 'astro';
import { siteUrl } from '../config/site';
import { getRobotsTxt } from '../lib/robots';

/** robots.txt with the sitemap at this deployment's own URL (SITE_URL). */
export const GET: APIRoute = () => new Response(getRobotsTxt(siteUrl));

// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cacheDir, defaultLocale, locales, outDir, siteUrl } from './src/config/site';
import { cspDirectives, cspScriptResources, getThemeScriptHash } from './src/config/security';
import { helpCenterBuild } from './src/integrations/help-center-build';
import { remarkArticleMarkup } from './src/lib/article-markup';
import { rehypeArticleLinks } from './src/lib/rehype-article-links';
import { rehypePlatformIds } from './src/lib/rehype-platforms';

export default defineConfig({
	site: siteUrl,
	outDir,
	cacheDir,
	trailingSlash: 'always',
	// Two routes writing one path is an error, not a warning: the lower route's page (a redirect
	// from content/redirects.yaml, say) would silently vanish. Content rules name such clashes first.
	prerenderConflictBehavior: 'error',
	build: { format: 'directory' },
	// Our own routes carry the locale; Astro's i18n routing would add redirects we don't want.
	integrations: [
		mdx(),
		// Lists every page; the pages that ask not to be indexed (language chooser, short links, staff
		// pages, 404s, notices) or redirect are taken out after the build, by what each page says
		// (src/lib/sitemap-prune.ts), so no second list of such paths can disagree with the pages.
		sitemap({
			i18n: {
				defaultLocale,
				locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
			},
		}),
		// Runs after sitemap: the post-build checks read sitemap-0.xml.
		helpCenterBuild(),
	],
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...cspScriptResources], hashes: [getThemeScriptHash()] },
		},
	},
	// Pages whose cacheKey (src/queries/paths.ts) and code are unchanged are copied from the last build.
	experimental: { incrementalBuild: true },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Every MDX article carries Astro's "use astro:head-inject" marker, and the bundler warns once
				// per article that it may not survive bundling; Astro handles it, so the warning is only noise
				// (thousands of lines on a large site). Every other message still reaches the log.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
						return;
					handler(level, log);
				},
			},
		},
	},
	prefetch: false,
	// The unified (remark/rehype) processor, because our heading-anchor plugin is a rehype plugin.
	// No syntax highlighting: help articles have no code, and Shiki's inline styles would break the CSP.
	// remarkArticleMarkup: articles are content, not code. It stops the build where MDX compiles an
	// article, before an import is resolved or an expression becomes code; src/queries/content.ts and
	// check:content run the same check on the whole file, frontmatter included. rehypePlatformIds gives each
	// <Platform> the id of its heading (src/lib/rehype-platforms.ts), after rehypeArticleLinks named the sections.
	markdown: {
		processor: unified({
			remarkPlugins: [remarkArticleMarkup],
			rehypePlugins: [rehypeArticleLinks, rehypePlatformIds],
		}),
		syntaxHighlight: false,
	},
});

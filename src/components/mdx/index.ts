import type { articleComponents } from '../../schemas/article-markup';
import ArticleImage from './ArticleImage.astro';
import Callout from './Callout.astro';
import Channel from './Channel.astro';
import ChannelList from './ChannelList.astro';
import Platform from './Platform.astro';
import Platforms from './Platforms.astro';
import Steps from './Steps.astro';

/**
 * Components article authors may use in MDX without importing them. The allowlist with their props
 * is src/schemas/article-markup.ts: `satisfies` fails the type check unless both name the same ones.
 */
export const mdxComponents = {
	Callout,
	Channel,
	ChannelList,
	Platform,
	Platforms,
	Steps,
} satisfies Record<keyof typeof articleComponents, unknown>;

/** What Markdown syntax renders as: `![alt](./images/<slug>/x.png)` becomes an optimised picture linked to its full size. */
export const markdownComponents = { img: ArticleImage };

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './config/site';
import { articleSchema } from './schemas/article';
import { categorySchema } from './schemas/category';
import { channelSchema } from './schemas/channel';

/** Articles: content/articles/<locale>/<slug>.mdx; the id keeps the locale folder. */
const articles = defineCollection({
	loader: glob({
		base: `${contentDir}/articles`,
		pattern: '**/*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: articleSchema,
});

const categories = defineCollection({
	loader: file(`${contentDir}/categories.yaml`),
	schema: categorySchema,
});

const channels = defineCollection({
	loader: file(`${contentDir}/channels.yaml`),
	schema: channelSchema,
});

export const collections = { articles, categories, channels };

import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './config/site';
import { articleSchema } from './schemas/article';
import { categorySchema } from './schemas/category';
import { channelSchema } from './schemas/channel';
import { parse as parseYaml } from 'yaml';
import { readNoticeFiles } from './lib/notice-files';
import { keepFirstOfEachId } from './lib/registry-rules';
import { noticeSchema } from './schemas/notice';

/** Articles: content/articles/<locale>/<slug>.mdx; the id keeps the locale folder. */
const articles = defineCollection({
	loader: glob({
		base: `${contentDir}/articles`,
		pattern: '**/*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: articleSchema,
});

// Duplicate ids are reported by the content checks (findDuplicateIds) with file and field.
const yamlList = (text: string) => keepFirstOfEachId(parseYaml(text) as Record<string, unknown>[]);

const categories = defineCollection({
	loader: file(`${contentDir}/categories.yaml`, { parser: yamlList }),
	schema: categorySchema,
});

const channels = defineCollection({
	loader: file(`${contentDir}/channels.yaml`, { parser: yamlList }),
	schema: channelSchema,
});

/**
 * Service notices: content/notices/<id>.yaml, one file each (src/lib/notice-files.ts reads them
 * with times kept as written). A missing folder is no notices. File-name and YAML problems are
 * reported by the content checks (src/queries/content.ts) with the rest.
 */
const notices = defineCollection({
	loader: {
		name: 'notices',
		load: async ({ store, parseData, generateDigest, config }) => {
			store.clear();
			for (const file of readNoticeFiles(contentDir).files) {
				const raw = (
					typeof file.data === 'object' && file.data !== null ? file.data : {}
				) as Record<string, unknown>;
				// Messages name the file as CONTENT_DIR gives it; the store wants it relative to the project.
				const data = await parseData({ id: file.id, data: raw, filePath: file.filePath });
				const fromRoot = relative(fileURLToPath(config.root), resolve(file.filePath))
					.split(sep)
					.join('/');
				store.set({ id: file.id, data, filePath: fromRoot, digest: generateDigest(raw) });
			}
		},
	},
	schema: noticeSchema,
});

export const collections = { articles, categories, channels, notices };

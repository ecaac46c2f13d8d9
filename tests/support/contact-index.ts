/**
 * Official indexes for the contact checker's unit tests: a small registry of test channels (a
 * second, Chinese hotline for trunk-0 and 0086 forms; the chat on the help center's own host),
 * and the sample registry the site is built from (content/channels.yaml).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildOfficialIndex } from '../../src/lib/official-index';
import { channelSchema } from '../../src/schemas/channel';

const text = (en: string) => ({ 'zh-cn': en, en });
const common = {
	sample: true,
	name: text('Channel'),
	description: text('A test channel.'),
	hours: { always: true },
	responseTime: text('Soon'),
	bestFor: text('Tests'),
	languages: ['en'],
};

// Test data only: the CN landline is made up for the trunk-0 and 0086 cases.
export const testChannels = [
	{ ...common, id: 'hotline', kind: 'phone', phone: '+1 800-555-0123' },
	{ ...common, id: 'cn-hotline', kind: 'phone', phone: '+86 10 5555 0123' },
	{ ...common, id: 'live-chat', kind: 'chat', url: 'https://help.okpay.example.com/chat' },
	{ ...common, id: 'email', kind: 'email', email: 'support@okpay.example.com' },
	{
		...common,
		id: 'social',
		kind: 'social',
		platform: 'Example Social',
		handle: '@OKPaySupport',
		url: 'https://social.example.org/@OKPaySupport',
	},
].map((channel) => channelSchema.parse(channel));

export const siteUrl = 'https://help.okpay.example.com';

export const testIndex = buildOfficialIndex(testChannels, { brand: 'OKPay', siteUrl });

export const sampleChannels = (
	parse(readFileSync(new URL('../../content/channels.yaml', import.meta.url), 'utf8')) as unknown[]
).map((channel) => channelSchema.parse(channel));

export const sampleIndex = buildOfficialIndex(sampleChannels, { brand: 'OKPay', siteUrl });

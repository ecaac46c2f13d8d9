/**
 * How a registry channel is linked and shown: its href and its contact detail as readers see it.
 */
import type { Translate } from '../i18n';
import type { ChannelData } from '../schemas/channel';
import { formatPhoneInternational } from './phone';

/**
 * Returns the link target of a channel.
 * @example getChannelHref({ kind: 'phone', phone: '+18005550123', … }) // 'tel:+18005550123'
 */
export function getChannelHref(channel: ChannelData): string {
	switch (channel.kind) {
		case 'phone':
			return `tel:${channel.phone}`;
		case 'email':
			return `mailto:${channel.email}`;
		case 'chat':
		case 'social':
			return channel.url;
	}
}

/**
 * Returns the channel's contact detail as readers should see it.
 * @example formatChannelValue({ kind: 'phone', phone: '+18005550123', … }) // '+1 800 555 0123'
 * @example formatChannelValue({ kind: 'chat', url: 'https://chat.okpay.example.com/', … })
 * // 'chat.okpay.example.com'
 */
export function formatChannelValue(channel: ChannelData): string {
	switch (channel.kind) {
		case 'phone':
			// Non-breaking spaces keep a number on one line (and html-validate's tel-non-breaking happy).
			return formatPhoneInternational(channel.phone).replace(/ /g, '\u00a0');
		case 'email':
			return channel.email;
		case 'chat':
			return channel.url.replace(/^https:\/\//, '').replace(/\/+$/, '');
		case 'social':
			return channel.handle;
	}
}

/**
 * Returns the contact detail for a line that shows nothing else of the channel: a social
 * account's handle alone does not say where to find it, so it is worded with its platform.
 * @example formatChannelDetail(social, useTranslations('en')) // '@OKPaySupport on Example Social'
 */
export function formatChannelDetail(channel: ChannelData, t: Translate): string {
	return channel.kind === 'social'
		? t('contact.handleOn', channel.handle, channel.platform)
		: formatChannelValue(channel);
}

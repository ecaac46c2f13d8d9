import type { Dictionary } from '../types';

export default {
	'site.name': 'OKPay Help Center',
	'site.tagline': 'Answers to wallet questions, and how to reach official support.',
	'nav.skip': 'Skip to content',
	'nav.home': 'Help Center home',
	'nav.contact': 'Contact support',
	'nav.main': 'Main',
	'nav.breadcrumbs': 'Breadcrumb',
	'lang.label': 'Language',
	'lang.switchTo': (language: string) => `Switch to ${language}`,
	'theme.toggle': 'Switch dark/light theme',
	'theme.dark': 'Dark',
	'theme.light': 'Light',
	'search.label': 'Search help articles',
	'search.browse': 'Search or browse articles by topic',
	'search.needsJs':
		'Search needs JavaScript. Every article is listed below by topic, or you can contact official support.',
	'search.placeholder': 'Describe your problem, e.g. payment failed',
	'search.submit': 'Search',
	'search.shortcut': 'Press / to search',
	'search.title': 'Search',
	'search.heading': (query: string) => `Results for “${query}”`,
	'search.description':
		'Search every OKPay Help Center article: sign-up, identity verification, payments, refunds, account security and contacting support.',
	'search.count': (count: number) =>
		count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`,
	'search.loading': 'Searching…',
	'search.error':
		'Search is unavailable right now. Reload the page and try again, or browse the categories below.',
	'search.noResults': (query: string) => `No articles found for “${query}”.`,
	'search.noResultsHint':
		'Try other or fewer words, or look at the common questions below. Still need help? Contact official support.',
	'search.allTopics': 'All articles by topic',
	'search.resultsLabel': 'Search results',
	'search.section': (section: string) => `Section: ${section}`,
	'search.seeAll': (query: string) => `See all results for “${query}”`,
	'search.typeToSearch': 'Type to start searching',
	'home.title': 'OKPay Help Center',
	'home.intro': 'Having trouble? Search for an answer, or browse common questions by topic.',
	'home.categories': 'Browse by topic',
	'home.popular': 'Common questions',
	'home.contactTitle': 'Can’t find an answer?',
	'home.contactText':
		'Official support is available by hotline, online chat, email and social media.',
	'home.contactLink': 'See all official contact channels',
	'category.articles': 'Articles in this topic',
	'category.count': (count: number) => `${count} article${count === 1 ? '' : 's'}`,
	'category.seeAll': (count: number) => `See all ${count} articles in this topic`,
	'article.updated': 'Last updated',
	'article.related': 'Related articles',
	'article.onThisPage': 'On this page',
	'article.helpTitle': 'Still need help?',
	'article.helpText':
		'If this didn’t solve your problem, contact support through an official channel.',
	'article.helpLink': 'Contact official support',
	'article.missingTitle': 'This article is not available in English yet',
	'article.missingText': 'You can read it in another language:',
	'article.staleNotice':
		'This translation may be behind the original. The Chinese original is the most up to date.',
	'article.anchor': (heading: string) => `Link to “${heading}”`,
	'article.copyLink': 'Copy link',
	'article.copyReply': 'Copy reply',
	'article.copyReplyIn': (language: string) => `Copy reply in ${language}`,
	'article.copied': 'Copied to clipboard',
	'article.copyFailed': 'Could not copy automatically. Please select the text and copy it.',
	'article.replyIntro': 'Hello, this help article answers your question:',
	'article.share': 'Share this article',
	'article.staffTools': 'Support tools',
	'article.staleLink': (language: string) => `Read the original in ${language}`,
	'feedback.question': 'Was this article helpful?',
	'feedback.yes': 'Yes',
	'feedback.no': 'No',
	'feedback.thanks': 'Thanks for your feedback!',
	'feedback.sorry': 'Thanks for telling us. Sorry this article didn’t solve your problem.',
	'feedback.moreHelp': 'These may help:',
	'feedback.moreIn': (category: string) => `More articles in ${category}`,
	'feedback.commentLabel': 'What was missing? (optional)',
	'feedback.commentHint':
		'Please don’t include personal details such as phone numbers, account IDs, passwords or codes.',
	'feedback.send': 'Send',
	'feedback.commentThanks': 'Thanks, we received your comment.',
	'status.title': 'Translation status',
	'status.description':
		'Whether each article’s translations match the current Chinese source, for staff.',
	'status.intro':
		'“Stale” means the source changed after the translation, or the translation never recorded its source version. After updating a translation, run npm run i18n:stamp -- <article-id>.',
	'status.article': 'Article',
	'status.source': 'Source',
	'status.current': 'Up to date',
	'status.staleChanged': 'Stale: source changed',
	'status.staleUnstamped': 'Stale: never stamped',
	'status.missing': 'Missing',
	'status.summary': (current: number, stale: number, missing: number) =>
		`${current} up to date, ${stale} stale, ${missing} missing`,
	'callout.note': 'Note',
	'callout.tip': 'Tip',
	'callout.warning': 'Warning',
	'callout.danger': 'Important',
	'platform.ios': 'iPhone',
	'platform.android': 'Android',
	'platform.web': 'Web',
	'platform.choose': 'Choose your device',
	'image.openFull': (alt: string) => `Open full size: ${alt}`,
	'contact.title': 'Contact OKPay official support',
	'contact.description':
		'Every official OKPay wallet support channel: hotline, online chat, email and social media, and what to have ready before you contact us.',
	'contact.intro':
		'These are all of OKPay wallet’s official support channels. Please contact us only through the channels on this page.',
	'contact.kind.phone': 'Hotline',
	'contact.kind.chat': 'Online chat',
	'contact.kind.email': 'Email support',
	'contact.kind.social': 'Social media',
	'contact.hours': 'Hours',
	'contact.alwaysOpen': '24 hours a day',
	'contact.response': 'Response time',
	'contact.bestFor': 'Best for',
	'contact.languages': 'Languages',
	'contact.platform': 'Platform',
	'contact.handleOn': (handle: string, platform: string) => `${handle} on ${platform}`,
	'contact.relatedArticles': 'Related articles',
	'contact.prepareTitle': 'Before you contact us',
	'contact.prepareAccount': 'The email address or phone number you registered with.',
	'contact.prepareTransaction': 'Details of the transaction, such as its record and order number.',
	'contact.prepareDescribe':
		'A detailed description of the problem; for complex issues, email lets you attach documents.',
	'contact.securityTitle': 'Beware of fake support',
	'contact.securityText':
		'Official support will never ask for your login password, payment PIN or verification codes. Only the channels on this page are official; any other number, website or account is not OKPay support.',
	'contact.checkerTitle': 'Is this contact official?',
	'contact.checkerHelp':
		'Paste a phone number, email, website or account you were given, or a whole text or chat message. Each contact detail in it is checked on your device against the official channels, and nothing is sent anywhere.',
	'contact.checkerLabel': 'Contact details or a whole message',
	'contact.checkerSubmit': 'Check',
	'contact.checkerNoScript':
		'The checker needs JavaScript. You can also compare with the official channels listed above: any number, email, website or account not on the list is not official.',
	'contact.checkerItems': 'Each contact detail',
	'contact.checkerRulesTitle': 'How the checker decides',
	'contact.checkerRuleMessage':
		'If one contact detail in a message is not official, treat the whole message as suspicious.',
	'contact.checkerRuleHttps':
		'Our addresses only ever use https://. An http:// address is not official even when it points at our site: type the https:// address yourself.',
	'contact.checkerRuleHosts':
		'Our websites are the host names of the addresses on this page and the domain of our support email. Any other name under them, www. included, is not an address we publish: the checker answers “careful” for all of them.',
	'contact.checkerRulePhone':
		'A phone number is confirmed only with its country code (such as +1). Without one, it reaches our hotline only when dialled inside that country.',
	'contact.checkerRuleHandle': (handle: string, platform: string) =>
		`A social media account is official only on its platform: ${handle} on ${platform} is ours; the same name on any other app is not.`,
	'contact.day.mon': 'Mon',
	'contact.day.tue': 'Tue',
	'contact.day.wed': 'Wed',
	'contact.day.thu': 'Thu',
	'contact.day.fri': 'Fri',
	'contact.day.sat': 'Sat',
	'contact.day.sun': 'Sun',
	'contact.timeZone': (zone: string) => `(${zone})`,
	'timeZone.beijing': 'Beijing time',
	'checker.verdict.official': 'This is an official channel: {channel}.',
	'checker.verdict.caution': 'Careful: this is ours only as the note below says.',
	'checker.verdict.unofficial': 'This is not an official OKPay contact.',
	'checker.verdict.lookalike': 'Careful: this imitates an official channel. It is not OKPay.',
	'checker.verdict.invalid': 'No contact details found.',
	'checker.verdict.empty': 'Paste or type the contact you want to check first.',
	'checker.found': 'Found {count} contact details.',
	'checker.overall.official': 'All of them are official OKPay channels.',
	'checker.overall.caution': 'None of them is a fake, but read each note before you use them.',
	'checker.overall.unofficial':
		"At least one of them is not OKPay's, so treat the whole message as suspicious.",
	'checker.overall.lookalike':
		'At least one of them imitates an official channel: this message is very likely a scam.',
	'checker.label.official': 'Official',
	'checker.label.caution': 'Careful',
	'checker.label.unofficial': 'Not official',
	'checker.label.lookalike': 'Imitation',
	'checker.site': "OKPay's own website",
	'checker.advice':
		'Don’t give them your password, payment PIN or verification codes, and don’t send money. Contact us only through the official channels on this page.',
	'checker.reason.empty': 'The field is empty.',
	'checker.reason.too-long':
		'That is too long. Paste one message, or just the contact details in it.',
	'checker.reason.unrecognized':
		'There is no phone number, email address, website or social media account in it.',
	'checker.reason.invalid-phone': 'The number has the wrong length or format.',
	'checker.reason.official-phone': 'It matches our {channel}, {value}.',
	'checker.reason.official-email': 'It matches our {channel} address, {value}.',
	'checker.reason.official-url': 'It matches the address of our {channel}.',
	'checker.reason.official-site': "It is an address on OKPay's own website.",
	'checker.reason.official-handle': 'It is our official account {value} on {platform}.',
	'checker.reason.insecure-scheme':
		'This is our site, but we only ever use https://: type the address with https:// yourself rather than opening an http:// link.',
	'checker.reason.subdomain':
		'It is under our domain but is not an address we publish. Use only the addresses on this page.',
	'checker.reason.unusual-url':
		'It points at our site but carries a user name, an unusual port or a backslash, which we never publish. Type the address yourself.',
	'checker.reason.phone-no-country':
		'It has no country code: it reaches our {channel} only when dialled inside that country, and someone else from anywhere else. The full number is {value}.',
	'checker.reason.handle-platform':
		'{value} on {platform} is ours; the same name on any other app is not.',
	'checker.reason.mailto-headers':
		'It writes to our {channel} address, {value}, but fills in text someone else wrote. Start a new email to {value} yourself.',
	'checker.reason.mailto-recipients':
		'Besides our address, this link also sends your email to other people.',
	'checker.reason.handle-elsewhere':
		'This account is on {app}. Our account {value} is on {platform} only; the same name on {app} is not ours.',
	'checker.reason.broken-url':
		'No browser would open this address as written: it is not one of ours.',
	'checker.reason.run-on':
		'Other text runs straight into this address, so an app that turns it into a link may open another site.',
	'checker.reason.invisible':
		'It hides invisible characters, a common trick to make a fake look like an official channel.',
	'checker.reason.hidden-host':
		'This address hides its real destination behind an official-looking name.',
	'checker.reason.homograph':
		'It mixes in look-alike characters to imitate an official address or account.',
	'checker.reason.lookalike-domain': 'The domain looks like an official one but is different.',
	'checker.reason.lookalike-address':
		'The email address looks like the official one but is different.',
	'checker.reason.lookalike-handle':
		'The account name looks like the official one but is different.',
	'checker.reason.similar-phone':
		'The number is close to our {channel}, {value}, but it is different.',
	'checker.reason.unlisted-address':
		'This address is under our domain but is not our support address.',
	'checker.reason.unknown-phone': 'This number is not the official hotline.',
	'checker.reason.unknown-email': 'This email is not the official support address.',
	'checker.reason.unknown-url': 'This website is not an official channel.',
	'checker.reason.unknown-handle': 'This account is not the official social media account.',
	'sample.notice':
		'Sample site: all contact details here are fictional sample data (example.com domains, 555-01xx numbers), not real support channels.',
	'sample.badge': 'Sample',
	// Service notices (content/notices/): the label of each severity, and the lines under a notice.
	'notice.severity.info': 'Service notice',
	'notice.severity.degraded': 'Partial disruption',
	'notice.severity.outage': 'Outage',
	'notice.when': 'When',
	'notice.to': '–',
	'notice.affects': 'Affects',
	'redirect.title': 'This page has moved',
	'redirect.text': 'This page has moved to',
	'notFound.title': 'Page not found',
	'notFound.text':
		'This link may be out of date or mistyped. Try searching, or start from the home page.',
	'chooser.title': 'Choose your language',
	'chooser.intro': 'The OKPay Help Center is available in:',
	// Punctuation that joins UI text, with the spacing each language puts around it.
	'punctuation.colon': ': ',
	'punctuation.openParen': ' (',
	'punctuation.closeParen': ')',
	'footer.note':
		'This help center is a static site: no sign-in, and it collects no personal information.',
} satisfies Dictionary;

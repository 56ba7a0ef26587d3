// Class/id and text patterns. The token lists follow @mozilla/readability's REGEXPS
// (Apache-2.0), whose output is one of the corpus's body truths; extra tokens are ours.

/** class/id of page furniture: dropped before scoring (unless also `maybeCandidate`). */
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

export const BYLINE = /byline|author|dateline|writtenby|p-author/i;
export const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;

export const UNLIKELY_ROLES: ReadonlySet<string> = new Set([
  'menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog',
]);

export const VIDEO_HOST = /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;

/** A container whose whole text is one of these is an ad slot or a spinner. */
export const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
export const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;

/** Comma variants (Latin, Arabic, CJK, ...): more commas, more prose. */
export const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;


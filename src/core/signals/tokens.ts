// Class/id tokens and landmarks: what a container's name says about its subtree.
// Tokens are tested one at a time, lower-cased, so "supports-webp" never reads as "support".
import type { TokenSignal } from './table.js';

export const tokenSignals: readonly TokenSignal[] = [
  // appeal containers
  { id: 'tok.donate', role: 'appeal', kind: 'donation', weight: 2, reason: 'sits in a donation box',
    pattern: /donat(?:e|ion|or)|spende|fundrais|contribut(?:e|ion)|twingle|kollekte|support-?us|support_us|unterstuetz|unterstütz|soutien|wsparcie|fundjournalism|fundraiseup|donorbox/ },
  { id: 'tok.support', role: 'appeal', kind: 'donation', weight: 1.5, reason: 'sits in a support box',
    pattern: /^(?:.*[-_])?(?:epic|support|supporter|tip-?jar|apoyo|crowdfunding)(?:[-_].*)?$/ },
  { id: 'tok.membership', role: 'appeal', kind: null, weight: 1.5, reason: 'sits in a membership box',
    pattern: /^(?:.*[-_])?(?:membership|member-?(?:cta|promo|banner)|become-?a-?member|steady|patreon|memberful)(?:[-_].*)?$/ },
  { id: 'tok.subscribe', role: 'appeal', kind: 'subscription', weight: 1.5, reason: 'sits in a subscription box',
    pattern: /^(?:.*[-_])?(?:subscri(?:be|ption|ptions|ber)|suscri(?:be|ber|ption|pcion)|abo|abos|abonnement|abonnieren|abonnez|upsell|paid-?content)(?:[-_].*)?$/ },
  { id: 'tok.offer', role: 'appeal', kind: 'subscription', weight: 0.75, reason: 'sits in an offer box',
    pattern: /^(?:.*[-_])?(?:offer|offers|deal|calltoaction|conversion|purchase|checkout|pricing|buybox)(?:[-_].*)?$/ },
  { id: 'tok.premium', role: 'appeal', kind: 'subscription', weight: 1, reason: 'sits in a premium promo',
    pattern: /^(?:.*[-_])?(?:premium|plus-?promo|promo|promotion|cta|cta-banner|call-to-action|marketing|house-?ad)(?:[-_].*)?$/ },
  { id: 'tok.paywall', role: 'paywall', kind: 'paywall', weight: 2.5, reason: 'sits in a paywall container',
    pattern: /^(?:.*[-_])?(?:paywall|pay-wall|paywalled|regwall|reg-wall|meter(?:ed)?|piano|tp-(?:modal|container|backdrop|iframe-wrapper)|poool.*|zephr.*|pelcro.*|plenigo.*|leaky.*|payant|article-payant|premium-(?:content|wall|gate|paywall)|locked|lock(?:ed)?-content|gate|content-gate|subscriber-only|piano-.*)(?:[-_].*)?$/ },
  // low-priority
  { id: 'tok.newsletter', role: 'newsletter', kind: 'newsletter', weight: 1, reason: 'sits in a newsletter box',
    pattern: /(?:newsletter|mailchimp|mc4wp|optin|opt-in|signup|sign-up|e-?mail-?alert|mailpoet|sendinblue|klaviyo)/ },
  { id: 'tok.adblock', role: 'adblock', kind: null, weight: 0.5, reason: 'sits in an ad-blocker notice',
    pattern: /(?:adblock|ad-block|adblocker|blocker|veil)/ },
  // where the box sits
  { id: 'tok.overlay', role: 'overlay', kind: null, weight: 1, reason: 'shown as an overlay',
    pattern: /^(?:.*[-_])?(?:modal|modals|popup|pop-up|popmake|pum|overlay|lightbox|dialog|flyout|interstitial|backdrop|fancybox|mfp|layer)(?:[-_].*)?$/ },
  { id: 'tok.banner', role: 'banner', kind: null, weight: 0.5, reason: 'shown as a banner',
    pattern: /^(?:.*[-_])?(?:banner|bar|sticky|ribbon|notice|notification|alert|leiste|sleiste|toast|fixed-bottom|fixed-top|bottom-bar|top-bar|slidein|slide-in|drawer)(?:[-_].*)?$/ },
  { id: 'tok.sidebar', role: 'sidebar', kind: null, weight: 0.5, reason: 'sits in the sidebar',
    pattern: /^(?:.*[-_])?(?:sidebar|side-bar|aside|rail|right-rail|widget|widgets|widget-area|secondary|sidecol|col-right|right-col|seitenleiste|textwidget)(?:[-_].*)?$/ },
  { id: 'tok.footer', role: 'footer', kind: null, weight: 0.5, reason: 'sits in the footer',
    pattern: /^(?:.*[-_])?(?:footer|site-footer|page-footer|colophon|fusszeile)(?:[-_].*)?$/ },
  { id: 'tok.header', role: 'header', kind: null, weight: 0.5, reason: 'sits in the header',
    pattern: /^(?:.*[-_])?(?:header|masthead|site-header|topbar|top-nav)(?:[-_].*)?$/ },
  { id: 'tok.nav', role: 'nav', kind: null, weight: 0, reason: 'sits in navigation',
    pattern: /^(?:.*[-_])?(?:nav|navbar|navigation|menu|megamenu|mega-menu|dropdown|breadcrumbs?|submenu|menu-item)(?:[-_].*)?$/ },
  { id: 'tok.comments', role: 'comments', kind: null, weight: 0, reason: 'sits in comments',
    pattern: /^(?:.*[-_])?(?:comments?|disqus|kommentare|respond|reply)(?:[-_].*)?$/ },
  { id: 'tok.related', role: 'related', kind: null, weight: 0, reason: 'sits in related links',
    pattern: /^(?:.*[-_])?(?:related|teaser|teasers|more-stories|recommended|read-more|trending|popular|most-read|outbrain|taboola)(?:[-_].*)?$/ },
  { id: 'tok.article', role: 'article', kind: null, weight: 0, reason: 'article body',
    pattern: /^(?:article-?body|articlebody|entry-content|post-content|story-body|article-content|article__body|article-text|single-post-content|post-body|story-content|content-body|text-body|body-text)$/ },
];

/** Landmarks by tag and ARIA role. */
export const LANDMARK_TAGS: Readonly<Record<string, TokenSignal['role']>> = {
  aside: 'sidebar', footer: 'footer', header: 'header', nav: 'nav', dialog: 'overlay', article: 'article',
};
export const LANDMARK_ROLES: Readonly<Record<string, TokenSignal['role']>> = {
  complementary: 'sidebar', contentinfo: 'footer', banner: 'header', navigation: 'nav',
  dialog: 'overlay', alertdialog: 'overlay', alert: 'banner',
};


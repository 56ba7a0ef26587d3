// Link targets that make a call to action: donation checkouts and subscription offers.
import type { LinkSignal } from './table.js';

export const linkSignals: readonly LinkSignal[] = [
  { id: 'link.donation-host', kind: 'donation', weight: 2.5, reason: 'links to a donation checkout', host: true,
    pattern: /(?:^|\/\/|\.)(?:donorbox\.org|fundraiseup\.com|checkout\.fundjournalism\.org|fundjournalism\.org|patreon\.com|ko-fi\.com|buymeacoffee\.com|liberapay\.com|betterplace\.org|twingle\.de|spendenbank\.de|altruja\.de|givebutter\.com|classy\.org|donately\.com|networkforgood\.org|paypal\.me|steadyhq\.com|steady\.page|flattr\.com|tipeee\.com|helloasso\.com|donate\.wikimedia\.org|opencollective\.com|github\.com\/sponsors|donate\.stripe\.com|givelively\.org|raisely\.com|funraise\.org|every\.org\/[^/]+\/donate|kindful\.com|donorperfect\.net|blackbaud\.com\/donate|utip\.io)/ },
  { id: 'link.paypal-donate', kind: 'donation', weight: 2.5, reason: 'links to a PayPal donation', host: true,
    pattern: /paypal\.com\/(?:donate|cgi-bin\/webscr|[a-z]{2}\/cgi-bin\/webscr|paypalme|pools|ncp\/payment)/ },
  // Path words must be a whole path segment (optionally with one short word before/after,
  // "/jetzt-spenden/", "/donate-now"): article slugs ("…-unterstuetzen-willst") are news. Host
  // labels do not count ("support.example.com" is a help desk).
  { id: 'link.donation-path', kind: 'donation', weight: 2, reason: 'links to a donation page',
    pattern: /(?:[/#?=&]|^)(?:[a-z]{2,8}-)?(?:donate|donation|donations|donar|donaciones|spenden|spende|spendenformular|unterstuetzen|unterst%c3%bctzen|unterstützen|unterstuetzung|support-?us|supportus|support|contribute|contribution|contributions|give|giving|faire-un-don|je-donne|soutenir|soutien|apoyar|apoya|colabora|wesprzyj|wsparcie|darowizna|podderzhat|donazione|sostienici|foerdern|foerderer|foerdermitglied|kollekte)(?:-[a-z]{2,12})?(?:[/?#&.]|$)/ },
  { id: 'link.membership-path', kind: 'donation', weight: 1.5, reason: 'links to a membership page',
    pattern: /(?:[/#?=&.]|^)(?:[a-z]{2,8}-)?(?:membership|become-a-member|join-us|members|mitglied-werden|mitgliedschaft|supporter|supporters|freundeskreis)(?:-[a-z]{2,12})?(?:[/?#&.]|$)/ },
  { id: 'link.subscribe-path', kind: 'subscription', weight: 2, reason: 'links to a subscription offer',
    pattern: /(?:[/#?=&.]|^)(?:[a-z]{2,8}-)?(?:subscribe|subscription|subscriptions|subscriber|abo|abos|abonnement|abonnements|abonnieren|abo-shop|aboshop|digitalabo|s-abonner|abonnez-vous|suscripciones?|suscribirse|suscribite|assine|assinatura|abbonati|abbonamento|prenumerata|oferta|offer|offers|angebot|angebote|plans|pricing|upgrade|checkout|premium|pro-subscription)(?:-[a-z]{2,12})?(?:[/?#&.]|$)/ },
];

/** Hrefs that look like a call to action but are not the publisher's ask (news links, newsletters). */
export const linkNeverMatch: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'never.link-gofundme', pattern: /gofundme\.com|justgiving\.com|leetchi\.com|gofund\.me/,
    reason: 'crowdfunding for a third party is what news articles link to' },
  { id: 'never.link-newsletter', pattern: /newsletter|mailchimp|list-manage\.com|\/feed|rss|mailto:|\/alerts?(?:[/?#]|$)/,
    reason: 'newsletter and feed sign-ups are not money asks' },
  { id: 'never.link-social', pattern: /(?:facebook|twitter|x|instagram|youtube|linkedin|tiktok|t\.me|telegram|whatsapp)\.(?:com|me|org)\/(?:sharer|share|intent|subscription_center|channel|c\/|@)/,
    reason: 'social "subscribe" buttons are not subscriptions' },
];

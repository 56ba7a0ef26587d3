// Patterns rejected because they caused false positives: news prose about money, and
// free sign-ups that look like subscriptions. A hit drops the listed hits in that block.
import { rx, type NeverMatch } from './table.js';

export const neverMatch: readonly NeverMatch[] = [
  { id: 'never.newsletter-subscribe', suppresses: ['ask', 'pitch', 'cta'], reclassify: 'newsletter',
    pattern: rx(String.raw`(?:subscribe|sign up|signup|register) (?:to|for) (?:our |the |my |a |this )?(?:free )?(?:\w+ ){0,2}(?:newsletters?|e-?mails?|mailing list|updates|alerts|podcast|channel|feed|webfeed|blog)|(?:subscribe|sign up)[\w ]{0,30}(?:via|by|with (?:our|your)) (?:e-?mail|webfeed|rss|feed)|enter your e-?mail|receive notifications of new posts|subscribe for free|free subscription to (?:receive|get) new posts|newsletter (?:abonnieren|bestellen)|(?:abonnieren|bestellen) Sie (?:unseren|den) [a-zäöüß-]*newsletter|abonnez-vous (?:à|a) (?:notre|nos|la|nos) (?:\w+ )?(?:newsletters?|infolettres?|lettres? d'information)|inscrivez-vous (?:à|a) (?:notre|nos) (?:newsletters?|infolettres?)|suscr[ií]bete (?:a|al) (?:nuestro|nuestra) (?:newsletter|boletín)|подпишитесь на (?:нашу )?рассылку`, 'i'),
    reason: '"subscribe to our newsletter" is a free sign-up, not a paid subscription' },
  { id: 'never.campaign-donations', suppresses: ['ask', 'value'],
    pattern: rx(String.raw`donations? (?:to|for|from) (?:the|his|her|their|a|an) (?:\w+ )?(?:campaign|party|candidate|super ?pac|pac|foundation|charity|politician|senator|president)|(?:campaign|political|party) (?:donations|donors|contributions)|Parteispende|Wahlkampfspende`, 'i'),
    reason: 'donations to campaigns and parties are news, not an ask' },
  { id: 'never.subscriber-numbers', suppresses: ['pitch', 'ask', 'meter'],
    pattern: rx(String.raw`(?:paid |digital |paying )?(?:subscribers|subscriptions|members|Abonnenten|abonnés|suscriptores) (?:grew|rose|increased|fell|declined|dropped|jumped|climbed|stieg|stiegen|sank|sanken|ont augmenté)|(?:number|Zahl) of (?:paid |paying )?(?:subscribers|members)|subscription (?:prices?|fees?|revenue|numbers?|growth|business) (?:rose|rise|increase|will|has|have|grew|fell)`, 'i'),
    reason: 'subscriber numbers and price rises are business news' },
  { id: 'never.third-party-fundraiser', suppresses: ['ask', 'value'], scope: 'block',
    pattern: rx(String.raw`(?:launched|started|set up|organi[sz]ed) (?:a |an )?(?:GoFundMe|crowdfunding|fundraiser|fundraising (?:campaign|page|effort))|GoFundMe (?:page|campaign)|crowdfunding (?:campaign|effort|page) (?:for|to)|Spendenaktion für|Spendenkampagne für|cagnotte (?:pour|en ligne)`, 'i'),
    reason: 'a story about someone else\'s fundraiser is news' },
  { id: 'never.corporate-donation', suppresses: ['ask', 'value'],
    pattern: rx(String.raw`(?:company|firm|billionaire|foundation|government|Konzern|Unternehmen|Stiftung|Regierung|entreprise) (?:has |have )?(?:donated|pledged|gave|spendete|spendet|a donné|donó)`, 'i'),
    reason: 'a company\'s donation is news' },
  { id: 'never.blood-organ', suppresses: 'all',
    pattern: rx(String.raw`(?:donate|donating|spenden|donner|donar) (?:blood|organs?|plasma|Blut|Organe|sang|sangre)|(?:blood|organ|Blut|Organ)(?:-| )?(?:donation|spende|donor)`, 'i'),
    reason: 'blood and organ donation is not a money ask' },
  { id: 'never.support-ticket', suppresses: ['ask', 'cta'],
    pattern: rx(String.raw`(?:customer|technical|tech|kunden|product) ?(?:support|service)|support (?:team|center|centre|ticket|page|forum|and faq)|contact (?:our )?support`, 'i'),
    reason: 'customer support is not "support us"' },
];

// What the fit starts from: the weight a feature has before any page is read, from how appeals
// are built across sites and languages (not from the corpus). The fit pulls each weight from its
// prior only as far as the labelled blocks support (L2 towards the prior, not towards zero), so a
// feature the corpus barely shows keeps its general meaning instead of whatever a few sites say.
// Features not listed start at 0.
export const PRIORS: Readonly<Record<string, number>> = {
  // Words that ask for money, or gate, are the core of an appeal…
  'w.give': 1, 'w.support': 0.5, 'w.subscribe': 0.7, 'w.member': 0.5, 'w.premium': 0.5, 'w.gate': 1, 'w.meter': 0.7,
  'w.trial': 0.5, 'w.pricePeriod': 1,
  // …all the more when they address the reader, plead, urge, or speak of the publisher's work.
  'x.youAsk': 1, 'x.selfAsk': 0.7, 'x.pleaseAsk': 0.7, 'x.nowAsk': 0.5, 'x.pricedProduct': 0.7, 'x.journalismAsk': 0.7,
  'd.money': 1, 'w.dismiss': 0.5,
  // How a box is built: amount buttons, controls, money links, a dismiss line, thanks.
  'box.amounts': 0.7, 'box.moneyLink': 0.5, 'box.controls': 0.2, 'w.thanks': 0.2,
  's.donationLink': 0.7, 's.subscriptionLink': 0.5, 't.appealBox': 1, 't.paywall': 0.7,
  // Prose is not an appeal: long paragraphs, quotes, names and numbers, text the article goes on after.
  's.long': -0.5, 's.prose': -1, 's.quoted': -1, 's.speech': -1.5, 'w.report': -0.5, 'd.report': -1, 's.headlines': -2, 's.linkLabels': -1.5, 'x.freeSubscribe': -1.5, 's.capitals': -0.3, 'p.bodyAfter': -0.7, 's.foreignMoneyLink': -1,
  // Menus, comments, related links and newsletter boxes hold money words that are not appeals.
  't.nav': -1, 't.comments': -1, 'w.comment': -1, 't.related': -0.7, 't.teaser': -0.7, 't.newsletter': -0.7, 'w.newsletter': -0.5,
  'w.login': -0.2, 's.linkDensity': -0.5,
};

/** The kind models' starting weights (one-vs-rest): which words say which kind of ask. */
export const KIND_PRIORS: Readonly<Record<'donation' | 'subscription' | 'paywall', Readonly<Record<string, number>>>> = {
  donation: {
    'w.give': 1.5, 'w.support': 1, 'x.selfAsk': 0.5, 'x.journalismAsk': 0.5, 'w.thanks': 0.3, 'w.payment': 0.5,
    's.donationLink': 1, 'x.supportMember': 1.5, 'w.subscribe': -0.5, 'w.premium': -0.5, 'w.gate': -1,
  },
  subscription: {
    'w.subscribe': 1, 'w.premium': 1, 'x.pricedProduct': 1, 'w.trial': 1, 'w.access': 0.5, 'w.offer': 0.5,
    'w.pricePeriod': 0.5, 's.subscriptionLink': 1, 'x.supportMember': -0.7, 'w.give': -0.7, 'w.gate': -0.5,
  },
  paywall: {
    'w.gate': 2, 'w.meter': 1.5, 't.paywall': 1, 'g.gated': 0.5, 'w.give': -1, 'w.support': -0.5,
  },
};

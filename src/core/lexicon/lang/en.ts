import type { LanguageLexicon } from '../types.js';

export const en: LanguageLexicon = {
  lang: 'en',
  stop: [
    'the', 'and', 'of', 'to', 'that', 'with', 'this', 'are', 'from', 'have', 'which', 'they', 'been', 'would',
    'their', 'there', 'what', 'about', 'when', 'were', 'will', 'it', 'he', 'she', 'has', 'had', 'who', 'for',
    'not', 'but', 'or', 'by', 'its', 'than', 'these', 'could', 'should', 'after',
  ],
  concepts: {
    give: [
      'donor', 'donors', 'contribute', 'contribution', 'contributions', 'chip in', 'pitch in', 'tip jar',
      'leave a tip', 'your gift', 'make a gift', 'one time gift', 'monthly gift', 'recurring gift',
      'gift amount', 'tax deductible', 'give today', 'give now', 'give monthly', 'give once', 'pay what you',
      'philanthrop*', 'fundrais*', 'crowdfund*', 'patreon', 'ko fi', 'buymeacoffee', 'liberapay',
      'matching gift', 'double your', 'gift aid', 'make a contribution', 'single gift', 'donate', 'donated',
      'donates', 'donating', 'donation*',
    ],
    support: [
      'support*', 'back us', 'backing us', 'fund us', 'fund our', 'help fund', 'reader funded',
      'funded by readers', 'sustain', 'sustaining', 'keep us', 'stand with us', 'invest in our', 'power our',
      'underwrit*', 'sponsor us', 'powered by you', 'funded by you', 'champion our', 'backer',
      'become a patron', 'our patrons',
    ],
    subscribe: [
      'subscri*', 'choose your plan', 'choose a plan', 'see plans', 'view plans', 'see all plans',
      'plans start', 'auto renew*', 'renews automatically', 'cancel anytime', 'cancel any time',
      'home delivery', 'paid plan', 'your plan', 'print edition', 'delivered to your',
    ],
    member: [
      'member*', 'founding member', 'become a friend',
    ],
    premium: [
      'premium', 'exclusiv*', 'ad free', 'ad lite', 'fewer ads', 'no ads', 'without ads', 'ads free', 'perks',
      'bonus content', 'bonus episodes', 'early access', '^PLUS', 'vip', 'paid tier', 'insider access',
      'members only', 'ad light', 'member benefits', 'subscriber benefits',
    ],
    access: [
      'access', 'accessing', 'unlimited', 'unlimited access', 'full access', 'digital access', 'all access',
      'unlock*', 'unrestricted', 'without limits', 'no limits', 'every article', 'all articles',
      'any device', 'all devices', 'every device', 'complete access', 'full archive', 'entire archive',
      'e edition', 'eedition', 'e paper', 'epaper', 'digital edition', 'replica edition', 'read anywhere',
    ],
    gate: [
      'continue reading', 'keep reading', 'read the full', 'read the rest', 'finish reading', 'to read this',
      'to keep reading', 'to access this', 'to view this', 'to unlock', 'unlock this', 'unlock full',
      'subscribers only', 'subscriber only', 'for subscribers', 'available to subscribers',
      'exclusive to subscribers', 'subscriber exclusive', 'members only',
      'reserved for', 'only available to', 'available only to', 'subscribe to read',
      'subscribe to continue', 'register to continue', 'register to read', 'premium article', 'premium story',
      'locked article', 'subscriber content', 'is for subscribers', 'for the full', 'get the full', 'view the full', 'see the full',
      'access the full',
    ],
    meter: [
      'free article*', 'free stor*', 'free read*', 'article limit', 'articles left', 'article left',
      'stories left', 'articles remaining', 'stories remaining', 'remaining', 'reached your',
      'reached the limit', 've reached', 'hit your', 'monthly limit', 'your last', 'last free',
      'of your free', 'articles per', 'articles this month', 'stories this month', 'used up', 'gift articles',
      'reading limit', 'articles read', 'stories read',
    ],
    period: [
      'per month', 'a month', 'monthly', 'each month', 'every month', 'per week', 'a week', 'weekly',
      'each week', 'every week', 'per year', 'a year', 'annually', 'yearly', 'each year', 'every year',
      'per annum', 'per day', 'billed annually', 'billed monthly', 'billed yearly', 'billed every',
      'first month', 'first year', 'quarterly', 'per quarter', 'annual plan', 'monthly plan', 'per mo', 'pcm',
    ],
    trial: [
      'free trial', 'trial period', 'trial offer', 'start your trial', 'start trial', 'try free',
      'try it free', 'try for', 'try it for', 'try us', 'try premium', 'test drive', 'first month free',
      'risk free', 'days free', 'weeks free', 'months free', 'trial subscription', 'no commitment',
      'no obligation', 'cancel before', 'trial ends',
    ],
    offer: [
      'offer*', 'special offer', 'deal', 'deals', 'save', 'save up', 'discount*', 'percent off', 'half price',
      'half off', 'limited time', 'promo', 'promo code', 'promotional', 'coupon*', 'voucher*', 'introductory',
      'intro offer', 'intro price', 'black friday', 'cyber monday', 'best value', 'for just', 'for only',
      'from just', 'starting at', 'lowest price', 'special rate', 'off your', 'bundle', 'only 1', 'just 1',
      'on sale', 'flash sale', 'sale ends',
    ],
    you: [
      'you', 'your', 'yours', 'yourself', 'yourselves',
    ],
    self: [
      'we', '^us', 'our', 'ours', 'ourselves', 'we re', 'we ve',
    ],
    please: [
      'please', 'pls', 'kindly', 'please consider', 'would you consider', 'we ask', 'we re asking',
      'asking you', 'humbly ask', 'we urge', 'if you can', 'if you value', 'if you enjoy', 'if you like',
      'if you appreciate', 'if you believe', 'if you found', 'if you read', 'won t you', 'we hope you',
      'could you',
    ],
    cta: [
      'now', 'today', 'join', 'joining', 'become', 'get started', 'start', 'start now', 'start today',
      'order now', 'order today', 'upgrade', 'act now', 'last chance', 'hurry', 'don t miss', 'claim your',
      'enroll', 'enrol', 'renew today', 'renew now', 'get it now', 'count me in', 'yes i', 'i m in',
      'right now', 'before midnight', 'don t wait', 'get access',
    ],
    help: [
      'help*', 'need', 'needs', 'rely on', 'relies on', 'depend on', 'depends on', 'count on', 'counting on',
      'without you', 'without your', 'make a difference', 'makes a difference', 'made possible',
      'makes possible', 'make possible', 'every dollar', 'every penny', 'every pound', 'every contribution',
      'any amount', 'big or small', 'large or small', 'goes a long', 'can afford', 'lifeline', 'keep going',
    ],
    journalism: [
      'journalis*', 'reporting', 'reporter*', 'independent', 'independence', 'newsroom*', 'investigative',
      'local news', 'public interest', 'nonprofit', 'non profit', 'not for profit', 'free press',
      'press freedom', 'editorial independence', 'correspondent*', 'democracy', 'fact based', 'trusted news',
      'quality news', 'news organization', 'news organisation',
    ],
    readers: [
      'reader*', 'listener*', 'viewer*', 'our community', 'people like you', 'readers like you',
      'subscribers like you', 'supporters like you', 'our audience',
    ],
    thanks: [
      'thank', 'thanks', 'thankful', 'grateful', 'gratitude', 'appreciate', 'appreciated', 'appreciation',
      'much appreciated', 'we appreciate',
    ],
    dismiss: [
      'remind me later', 'remind me', 'maybe later', 'not now', 'not right now', 'not today', 'no thanks',
      'no thank you', 'not interested', 'ask me later', 'already donated', 'already gave',
      'already contributed', 'already support', 'dismiss', 'don t show', 'continue to site', 'i ll pass',
      'close this', 'hide this',
    ],
    payment: [
      'paypal', 'credit card', 'debit card', 'bank transfer', 'wire transfer', 'iban', 'bic', 'sepa',
      'direct debit', 'apple pay', 'google pay', 'stripe', 'venmo', 'cash app', 'zelle', 'by check',
      'by cheque', 'mail a check', 'amex', 'mastercard', 'card number', 'billing address', 'payment*',
      'checkout', 'secure checkout', 'routing number', 'sort code', 'standing order', 'swift code',
      'expiry date', 'cvv', 'cvc',
    ],
    free: [
      'free', 'for free', 'free of charge', 'at no cost', 'no cost', 'complimentary', 'no charge', 'gratis',
      'costs nothing', 'zero cost', 'no paywall',
    ],
    newsletter: [
      'newsletter*', 'sign up', 'signup', 'signing up', 'sign me up', 'email*', 'e mail', 'inbox',
      'delivered to', 'straight to your', 'mailing list', 'opt in', 'unsubscribe', 'daily briefing',
      'morning briefing', 'evening briefing', 'weekly roundup', 'digest', 'news alerts', 'email address',
      'your inbox', 'sent to you', 'podcast*', 'rss',
    ],
    login: [
      'log in', 'login', 'log into', 'logged in', 'log out', 'logout', 'sign in', 'signin', 'signed in',
      'signing in', 'sign out', 'register', 'registration', 'create an account', 'create account',
      'free account', 'account', 'my account', 'password', 'username', 'forgot password', 'forgot your',
      'continue with google', 'continue with facebook', 'continue with apple', 'sign in with',
      'already have an', 'registered users', 'logged out',
      'already a subscriber', 'already subscribed', 'already a member', 'already registered', 'already paid',
    ],
    adblock: [
      'adblock*', 'ad block*', 'ad blocking', 'ublock', 'whitelist*', 'allowlist*', 'disable your',
      'turn off your', 'pause your', 'ad revenue', 'advertising revenue', 'ads help', 'block ads',
      'blocking ads', 'content blocker', 'ads keep', 'advertising helps', 'allow ads',
    ],
    report: [
      'said', 'says', 'told', 'according to', 'announced', 'reported', 'stated', 'explained', 'added',
      'spokesperson', 'spokesman', 'spokeswoman', 'officials', 'police', 'the company', 'yesterday',
      'last week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'percent',
      'million', 'billion', 'study', 'survey', 'analysts',
    ],
    comment: ['comment', 'comments', 'commenting', 'commented', 'commenter*', 'join the conversation', 'join the discussion'],
  },
};

// Russian phrase signals.
import { ci, whole, type PhraseSignal } from './table.js';

export const ruPhrases: readonly PhraseSignal[] = [
  { id: 'ru.podderzhite', kind: 'donation', category: 'ask', weight: 3, lang: 'ru',
    pattern: ci(String.raw`поддержите (?:нас|наш[ау]?|редакцию|проект|независим\p{L}+|[\p{Lu}][\p{L}]+)|поддержать (?:нас|редакцию|проект|[\p{Lu}][\p{L}]+)|сделайте (?:пожертвование|взнос)|пожертвуйте|помогите нам|нам нужна ваша (?:помощь|поддержка)|ваша поддержка (?:важна|помогает|нужна)|станьте (?:нашим )?(?:спонсором|подписчиком|другом|патроном|сторонником)`),
    hints: ['поддерж', 'пожертв', 'взнос', 'помогите', 'нужна', 'станьте'], reason: 'asks for support' },
  { id: 'ru.value', kind: 'donation', category: 'value', weight: 1, lang: 'ru',
    pattern: ci(String.raw`независим\p{L}+ журналистик\p{L}+|существ\p{L}+ (?:только )?(?:благодаря|на) (?:пожертвования|вашей поддержке)|любая сумма`),
    hints: ['журналистик', 'благодаря', 'пожертвования', 'сумма'], reason: 'speaks of funding journalism' },
  { id: 'ru.podpiska', kind: 'subscription', category: 'ask', weight: 3, lang: 'ru',
    pattern: ci(String.raw`оформите подписку|оформить подписку|купите подписку|подпишитесь (?:на (?:премиум|платн\p{L}+|полн\p{L}+))|(?:полный|неограниченный) доступ`),
    hints: ['подписк', 'подпишитесь', 'доступ'], reason: 'asks to subscribe' },
  { id: 'ru.gate', kind: 'paywall', category: 'gate', weight: 3.5, lang: 'ru',
    pattern: ci(String.raw`чтобы (?:продолжить чтение|прочитать (?:статью|материал) (?:полностью|целиком))|(?:доступ\p{L}* )?только (?:для )?подписчик\p{L}+|вы (?:исчерпали|достигли) (?:лимит|бесплатн\p{L}+)`),
    hints: ['чтение', 'прочитать', 'подписчик', 'исчерпали', 'достигли'], reason: 'the article is cut for non-subscribers' },
  { id: 'ru.opener', kind: null, category: 'opener', weight: 1, lang: 'ru',
    pattern: whole(String.raw`(?:дорогие|уважаемые) (?:читатели|друзья)|обращение (?:редакции|к читателям)`), maxLength: 60, reason: 'opens an appeal box' },
  { id: 'ru.dismiss', kind: null, category: 'dismiss', weight: 0.5, lang: 'ru',
    pattern: whole(String.raw`закрыть|позже|не сейчас|напомнить позже|нет,? спасибо`), maxLength: 40, reason: 'dismiss link of an appeal box' },
  { id: 'ru.cta', kind: null, category: 'cta', weight: 1, lang: 'ru',
    pattern: whole(String.raw`поддержать|пожертвовать|подписаться|задонатить|помочь`), maxLength: 40, reason: 'call to action' },
];

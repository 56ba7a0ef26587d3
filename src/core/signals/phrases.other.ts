// Polish, Portuguese and Italian phrase signals (smaller tables).
import { ci, whole, type PhraseSignal } from './table.js';

export const plPhrases: readonly PhraseSignal[] = [
  { id: 'pl.wsparcie', kind: 'donation', category: 'value', weight: 1.5, lang: 'pl',
    pattern: ci(String.raw`najlepsza forma wsparcia|niezależn\p{L}* media|dzięki (?:wam|waszemu wsparciu)`), hints: ['wsparci', 'niezależn', 'dzięki'], reason: 'speaks of supporting the outlet' },
  { id: 'pl.wesprzyj', kind: 'donation', category: 'ask', weight: 3, lang: 'pl',
    pattern: ci(String.raw`wesprzyj(?:cie)? (?:nas|nasz\p{L}*|\p{Lu}\p{L}+)|wspieraj(?:cie)? (?:nas|\p{Lu}\p{L}+)|przekaż (?:darowiznę|wsparcie)|wpłać (?:darowiznę|datek)|zostań (?:patronem|darczyńcą|mecenasem)|(?:twoje|wasze) wsparcie (?:jest|pozwala|pomaga)`),
    hints: ['wesprzyj', 'wspieraj', 'przekaż', 'wpłać', 'zostań', 'wsparci'], reason: 'asks for support' },
  { id: 'pl.premium', kind: 'subscription', category: 'ask', weight: 3, lang: 'pl',
    pattern: ci(String.raw`wykup (?:dostęp|prenumeratę|subskrypcję|abonament)|zaprenumeruj|kup (?:prenumeratę|subskrypcję|dostęp)|(?:strefy|strefa) premium`),
    hints: ['wykup', 'prenumer', 'subskryp', 'kup', 'premium'], reason: 'asks to subscribe' },
  { id: 'pl.gate', kind: 'paywall', category: 'gate', weight: 3.5, lang: 'pl',
    pattern: ci(String.raw`(?:aby|żeby) (?:przeczytać|czytać) (?:dalej|cały artykuł|ten artykuł)|artykuł dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)`),
    hints: ['przeczytać', 'czytać', 'dostępny'], reason: 'the article is cut for non-subscribers' },
  { id: 'pl.cta', kind: null, category: 'cta', weight: 1, lang: 'pl',
    pattern: whole(String.raw`wesprzyj(?: nas)?|wspieram|przekaż darowiznę|zaprenumeruj|kup dostęp`), maxLength: 40, reason: 'call to action' },
];

export const ptPhrases: readonly PhraseSignal[] = [
  { id: 'pt.apoie', kind: 'donation', category: 'ask', weight: 3, lang: 'pt',
    pattern: ci(String.raw`ajude-nos|apoie (?:o |a |nosso |nossa )?(?:jornalismo|trabalho|\p{Lu}\p{L}+)|faça uma doação|doe agora|contribua (?:com|agora)|seja (?:um )?(?:apoiador|assinante|membro)`),
    hints: ['ajude', 'apoie', 'doação', 'doe', 'contribua', 'seja'], reason: 'asks for support' },
  { id: 'pt.assine', kind: 'subscription', category: 'ask', weight: 3, lang: 'pt',
    pattern: ci(String.raw`assine (?:já|agora|o |a |e )|assinantes? têm acesso|acesso ilimitado`), hints: ['assin', 'acesso'], reason: 'asks to subscribe' },
  { id: 'pt.gate', kind: 'paywall', category: 'gate', weight: 3.5, lang: 'pt',
    pattern: ci(String.raw`você (?:atingiu|chegou ao) (?:o )?limite|para (?:continuar|seguir) lendo|(?:conteúdo|matéria) exclusiv[oa] para assinantes|exclusivo para assinantes`),
    hints: ['limite', 'lendo', 'assinantes'], reason: 'the article is cut for non-subscribers' },
  { id: 'pt.cta', kind: null, category: 'cta', weight: 1, lang: 'pt',
    pattern: whole(String.raw`assine(?: já| agora)?|apoie|doe|quero apoiar`), maxLength: 40, reason: 'call to action' },
];

export const itPhrases: readonly PhraseSignal[] = [
  { id: 'it.sostienici', kind: 'donation', category: 'ask', weight: 3, lang: 'it',
    pattern: ci(String.raw`sostienici|aiutaci|sostieni (?:il |la |\p{Lu}\p{L}+|l['’]informazione|il giornalismo)|fai una donazione|dona ora|(?:il tuo|un) contributo (?:è|ci)`),
    hints: ['sostien', 'aiutaci', 'donazione', 'dona', 'contributo'], reason: 'asks for support' },
  { id: 'it.abbonati', kind: 'subscription', category: 'ask', weight: 3, lang: 'it',
    pattern: ci(String.raw`abbonati (?:ora|subito|a )|abbonamento digitale|accesso illimitato`), hints: ['abbona', 'accesso'], reason: 'asks to subscribe' },
  { id: 'it.gate', kind: 'paywall', category: 'gate', weight: 3.5, lang: 'it',
    pattern: ci(String.raw`hai raggiunto il limite|per continuare a leggere|(?:articolo|contenuto)(?: è)? riservato agli abbonati`), hints: ['limite', 'leggere', 'abbonati'], reason: 'the article is cut for non-subscribers' },
  { id: 'it.cta', kind: null, category: 'cta', weight: 1, lang: 'it',
    pattern: whole(String.raw`abbonati(?: ora)?|sostienici|dona(?: ora)?`), maxLength: 40, reason: 'call to action' },
];

export const csPhrases: readonly PhraseSignal[] = [
  { id: 'cs.podporte', kind: 'donation', category: 'ask', weight: 3, lang: 'cs',
    pattern: ci(String.raw`podpořte (?:nás|naši|nezávisl\p{L}+|\p{Lu}\p{L}+)|přispějte|darujte|staňte se (?:členem|podporovatelem|mecenášem)|váš (?:příspěvek|dar) (?:nám )?pomůže`),
    hints: ['podpořte', 'přispějte', 'darujte', 'staňte', 'příspěvek', 'dar'], reason: 'asks for support' },
  { id: 'cs.predplatne', kind: 'subscription', category: 'ask', weight: 3, lang: 'cs',
    pattern: ci(String.raw`(?:kupte|objednejte|aktivujte) si předplatné|staňte se předplatitelem|předplaťte si`), hints: ['předplat'], reason: 'asks to subscribe' },
  { id: 'cs.gate', kind: 'paywall', category: 'gate', weight: 3.5, lang: 'cs',
    pattern: ci(String.raw`(?:celý|tento) článek (?:je )?(?:dostupný|k dispozici) (?:jen|pouze) pro předplatitele|pro pokračování ve čtení`), hints: ['článek', 'pokračování'], reason: 'the article is cut for non-subscribers' },
];

export const idPhrases: readonly PhraseSignal[] = [
  { id: 'id.dukung', kind: 'donation', category: 'ask', weight: 3, lang: 'id',
    pattern: ci(String.raw`dukung (?:kami|jurnalisme|\p{Lu}\p{L}+)|berdonasi|beri(?:kan)? donasi|donasi (?:sekarang|anda)`), hints: ['dukung', 'donasi'], reason: 'asks for support' },
  { id: 'id.langganan', kind: 'subscription', category: 'ask', weight: 3, lang: 'id',
    pattern: ci(String.raw`berlangganan (?:sekarang|untuk|premium)|langganan (?:premium|digital)`), hints: ['langganan'], reason: 'asks to subscribe' },
  { id: 'id.gate', kind: 'paywall', category: 'gate', weight: 3.5, lang: 'id',
    pattern: ci(String.raw`untuk (?:melanjutkan|membaca) (?:artikel|berita) ini|khusus (?:untuk )?pelanggan`), hints: ['melanjutkan', 'membaca', 'pelanggan'], reason: 'the article is cut for non-subscribers' },
];

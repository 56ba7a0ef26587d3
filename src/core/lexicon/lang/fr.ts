import type { LanguageLexicon } from '../types.js';

export const fr: LanguageLexicon = {
  lang: 'fr',
  stop: [
    'le', 'la', 'les', 'et', 'est', 'une', 'des', 'du', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'par',
    'avec', 'ce', 'cette', 'il', 'elle', 'sont', 'mais', 'ou', 'au', 'aux', 'été', 'ont', 'leur', 'ils',
    'comme', 'aussi', 'être', 'fait', 'où',
  ],
  concepts: {
    give: [
      'don', 'dons', 'faire un don', 'donner', 'donnez', 'donateur*', 'donatrice*', 'donation*', 'contribuez',
      'contribuer', 'contribution*', 'verser', 'versez', 'versement*', 'cotisation*', 'défiscalis*',
      'déductible*', 'réduction d impôt', 'reçu fiscal', 'pourboire', 'cagnotte', 'financement participatif',
      'montant libre', 'choisissez un montant', 'je donne',
    ],
    support: [
      'soutien*', 'soutenir', 'soutenez', 'souten*', 'appui', 'financez', 'financer notre', 'nous financer',
      'financé par', 'financés par', 'mécène*', 'mécénat', 'parrain*',
    ],
    subscribe: [
      'abonn*', 'réabonn*', 'nos formules', 'votre formule', 'choisir une formule', 'résiliable',
      'résiliation', 'livraison à domicile', 'abo',
    ],
    member: ['membre*', 'adhér*', 'adhésion*', 'sociétaire*', 'société des lecteurs', 'amis du journal'],
    premium: [
      'premium', 'exclusi*', 'sans publicité', 'sans pub', 'moins de publicité', 'moins de pub', 'vos avantages',
      'nos avantages', 'avantages abonnés', '^PLUS', 'privilèges abonnés', 'contenus premium',
    ],
    access: [
      'accès', 'accéd*', 'accède*', 'illimité*', 'sans limite', 'tous les articles', 'tous nos articles',
      'intégralité', 'tous les contenus', 'tous nos contenus', 'débloqu*', 'édition numérique',
      'journal numérique', 'version numérique', 'tous vos appareils', 'nos archives', 'accès complet',
    ],
    gate: [
      'lire la suite', 'lisez la suite', 'suite de cet', 'poursuiv* la lecture', 'poursuiv* votre lecture',
      'continu* la lecture', 'continu* votre lecture', 'continu* à lire', 'réservé* aux abonn*',
      'réservé* aux membres',
      'article réservé', 'contenu réservé', 'pour les abonnés', 'aux abonnés', 'abonnés uniquement',
      'article abonné*', 'édition abonnés', 'accès réservé', 'pour lire cet',
      'pour accéder à', 'article à lire',
    ],
    meter: [
      'articles gratuits', 'article gratuit', 'articles offerts', 'article offert', 'vous reste',
      'il vous reste', 'articles restants', 'restant*', 'votre limite', 'limite atteinte', 'limite mensuelle',
      'avez atteint', 'dernier article', 'votre dernier', 'articles par mois', 'articles ce mois', 'articles lus',
      'lectures gratuites',
    ],
    period: [
      'par mois', 'mensuel*', 'mensualité*', 'par an', 'par année', 'annuel*', 'par semaine', 'hebdomadaire*',
      'premier mois', 'première année', 'chaque mois', 'tous les mois', 'chaque année', 'par jour',
      'trimestriel*', 'par trimestre', 'semestriel*', 'chaque semaine', 'les 3 premiers',
    ],
    trial: [
      'essai gratuit', 'période d essai', 'offre d essai', 'à l essai', 'essayer', 'essayez', 'testez',
      'tester', 'offre découverte', 'formule découverte', 'sans engagement', 'premier mois offert',
      'mois offert*', 'semaines offert*', 'jours offert*', 'sans risque',
    ],
    offer: [
      'offre*', 'offre spéciale', 'promo*', 'réduction*', 'remise', 'rabais', 'économisez', 'économiser',
      'soldes', 'bon plan', 'tarif préférentiel', 'tarif réduit', 'prix réduit', 'prix spécial',
      'pour seulement', 'à partir de', 'au lieu de', 'code promo', 'black friday', 'durée limitée',
      'temps limité', 'moins cher', 'coupon*', 'seulement 1',
    ],
    you: ['tu', 'te', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos'],
    self: ['nous', 'notre', 'nos'],
    please: [
      'il vous plaît', 'il te plaît', 'svp', 'merci de', 'nous vous demandons', 'vous le pouvez',
      'si vous pouvez', 'si vous appréciez', 'si vous aimez', 'si vous tenez', 'si vous lisez', 'pensez à',
      'hésitez pas', 'vous demandons',
    ],
    cta: [
      'maintenant', 'dès maintenant', 'aujourd hui', 'dès aujourd hui', 'rejoignez', 'rejoindre', 'rejoins',
      'devenez', 'deviens', 'profitez', 'profiter', 'en profite', 'commander', 'commandez', 'vite',
      'manquez pas', 'dernière chance', 'dernier jour', 'je participe', 'participez', 'lancez vous',
    ],
    help: [
      'aide*', 'aidons', 'besoin', 'avons besoin', 'besoin de vous', 'compt* sur', 'sans vous', 'grâce à vous',
      'grâce à votre', 'chaque euro', 'chaque don', 'chaque contribution', 'quel que soit', 'même modeste',
      'dépendons', 'dépend de vous', 'nous permet', 'faire la différence',
    ],
    journalism: [
      'journalis*', 'rédaction*', 'indépendan*', 'enquête*', 'reportage*', 'reporter*', 'information de qualité',
      'info de qualité', 'presse libre', 'liberté de la', 'pluralisme', 'démocratie', 'intérêt général',
      'non lucratif', 'correspondant*', 'information locale', 'info locale', 'investigation*',
    ],
    readers: [
      'lecteur*', 'lectrice*', 'lectorat', 'auditeur*', 'auditrice*', 'téléspectat*', 'internaute*', 'communauté',
    ],
    thanks: ['merci', 'remerci*', 'gratitude', 'reconnaissant*', 'mille mercis'],
    dismiss: [
      'plus tard', 'être plus tard', 'pas maintenant', 'non merci', 'rappelez moi', 'rappelle moi',
      'me le rappeler', 'pas intéressé*', 'continuer sans', 'déjà donné', 'déjà soutenu', 'déjà contribué',
      'ne plus afficher', 'revenir à l', 'retour à l',
    ],
    payment: [
      'paypal', 'carte bancaire', 'carte bleue', 'carte de crédit', 'cb', 'virement*', 'prélèvement*', 'chèque*',
      'iban', 'bic', 'rib', 'sepa', 'apple pay', 'google pay', 'paiement*', 'lydia', 'helloasso', 'twint',
      'postfinance', 'titulaire du compte', 'stripe', 'mastercard', 'payer par',
    ],
    free: [
      'gratuit*', 'sans frais', 'libre accès', 'accès libre', 'gracieusement', 'sans paywall', 'gratis',
    ],
    newsletter: [
      'newsletter*', 'lettre d information', 'lettre d info', 'infolettre*', 'courriel*', 'e mail', 'email*',
      'adresse mail', 'boîte mail', 'boîte de réception', 'votre boîte', 'inscrivez*', 'inscrire',
      'inscription*', 'désinscri*', 'désabonn*', 'recevez nos', 'alertes',
    ],
    login: [
      'connexion', 'connectez vous', 'se connecter', 'me connecter', 'connecté', 'déconnexion', 'déconnecter',
      'identifiez vous', 'identifiant*', 'mot de passe', 'mon compte', 'votre compte', 'créer un compte',
      'créez un compte', 'inscription', 'login', 'log in', 'espace abonné*', 'mon espace', 'espace client',
      'déjà abonné*', 'déjà inscrit*', 'déjà membre', 'déjà un compte',
    ],
    adblock: [
      'adblock*', 'bloqueur*', 'anti pub', 'antipub', 'désactivez votre', 'désactiver votre', 'ublock',
      'liste blanche', 'recettes publicitaires', 'revenus publicitaires', 'accepter et continuer',
      'autoriser la publicité', 'autorisez la publicité',
    ],
    report: [
      'déclaré', 'a dit', 'indiqué', 'annoncé', 'expliqué', 'a ajouté', 'précisé', 'affirmé', 'selon',
      'd après', 'porte parole', 'la police', 'les autorités', 'hier', 'la semaine dernière', 'lundi',
      'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'pour cent', 'millions', 'milliards',
      'étude', 'sondage', 'analystes',
    ],
    comment: ['commentaire*', 'commenter', 'commentez', 'réagir', 'réagissez'],
  },
};

import type { LanguageLexicon } from '../types.js';

export const ca: LanguageLexicon = {
  lang: 'ca',
  stop: [
     'els', 'amb', 'és', 'dels', 'però', 'seva', 'aquest', 'aquesta', 'també', 'molt', 'va', 'seus', 'aquests',
     'perquè', 'fins', 'encara', 'ho', 'hi', 'li', 'doncs', 'les', 'per', 'com', 'més', 'quan', 'són', 'seu',
     'el', 'del', 'al', 'i', 'ja', 'molts', 'aquí', 'sense',
  ],
  concepts: {
    give: [
      'donació*', 'donatiu*', 'un donatiu', 'aportació*', 'contribueix', 'contribució*', 'tria l import',
      'un altre import', 'qualsevol import', 'micromecenatge', 'desgrava*',
    ],
    support: [
      'suport', 'dona suport', 'dóna suport', 'ns suport', 'recolza*', 'mecenes', 'mecenatge', 'finançat pels',
      'finançada pels',
    ],
    subscribe: ['subscri*'],
    member: ['membre*', 'soci', 'sòcia', 'socis', 'sòcies', 'fes te soci'],
    premium: [
      'premium', '^PLUS', 'exclusiu*', 'exclusiv*', 'sense publicitat', 'sense anuncis', 'menys publicitat',
      'avantatges',
    ],
    access: [
      'accés', 'accedeix', 'accedir', 'sense límits', 'tots els articles', 'tot el contingut', 'desbloqueja',
      'edició digital', 'hemeroteca', 'tots els dispositius', 'accés complet', 'accés total', 'il limita*',
    ],
    gate: [
      'continua llegint', 'segueix llegint', 'continuar llegint', 'article sencer', 'per a subscriptors', 'contingut exclusiu',
      'per llegir aquest',
    ],
    meter: [
      'articles gratuïts', 'article gratuït', 'articles gratis', 'et queden', 'límit', 'has arribat', 'has assolit',
      'últim article', 'articles al mes',
    ],
    period: [
      'al mes', 'cada mes', 'mensual*', 'a l any', 'anual*', 'cada any', 'a la setmana', 'setmanal*', 'al dia',
      'primer mes', 'primer any', 'trimestral*',
    ],
    trial: [
      'prova gratuïta', 'prova gratis', 'període de prova', 'prova ho', 'sense compromís', 'sense permanència',
      'primer mes gratis', 'mes gratis', 'mesos gratis', 'dies gratis',
    ],
    offer: [
      'ofert*', 'promoci*', 'descompte*', 'estalvia', 'estalvi', 'preu especial', 'per només', 'temps limitat',
      'black friday', 'codi promocional', 'cupó', 'rebaixes',
    ],
    you: [
      'tu', 'et', 'te', 'teu', 'teva', 'teus', 'teves', 'vosaltres', 'vostè', 'vostès', 'vostre', 'vostra',
      'vostres', 'us',
    ],
    self: ['nosaltres', 'ens', 'nostre', 'nostra', 'nostres'],
    please: [
      'si us plau', 'us demanem', 'et demanem', 'si pots', 'si podeu', 'si us agrada', 'si t agrada',
      'si valores', 'si valoreu', 'considera donar',
    ],
    cta: [
      'ara', 'avui', 'uneix te', 'uniu vos', 'fes te', 'feu vos', 'comença', 'comenceu', 'no et perdis',
      'última oportunitat', 'aprofita', 'aprofiteu', 'ara mateix', 'avui mateix',
    ],
    help: [
      'ajud*', 'necessitem', 'necessita*', 'depenem', 'comptem amb', 'sense tu', 'sense vosaltres', 'sense el teu',
      'gràcies a tu', 'gràcies a vosaltres', 'cada euro', 'qualsevol aportació', 'fa la diferència',
      'fan possible', 'fa possible',
    ],
    journalism: [
      'periodis*', 'redacció', 'independen*', 'reportatge*', 'reporter*', 'corresponsal*', 'premsa lliure',
      'llibertat de premsa', 'democràcia', 'ànim de lucre', 'interès públic', 'notícies locals',
      'informació de qualitat',
    ],
    readers: ['lector*', 'lectora*', 'oient*', 'espectador*', 'audiència*', 'comunitat'],
    thanks: ['gràcies', 'moltes gràcies', 'agraï*', 'agraeix*'],
    dismiss: [
      'més tard', 'ara no', 'no gràcies', 'recorda m', 'potser més tard', 'ja he donat', 'col laboro',
      'no mostris', 'continua sense', 'torna a l', 'no m interessa',
    ],
    payment: [
      'paypal', 'targeta de crèdit', 'targeta de dèbit', 'targeta*', 'transferència*', 'domiciliació*', 'bizum',
      'iban', 'bic', 'sepa', 'apple pay', 'google pay', 'pagament*', 'número de compte', 'mastercard',
    ],
    free: ['gratis', 'gratuït*', 'sense cost', 'accés lliure', 'lliure accés'],
    newsletter: [
      'butllet*', 'newsletter*', 'correu electrònic', 'correu*', 'e mail', 'email*', 'safata d entrada',
      'la teva safata', 'alertes',
    ],
    login: [
      'inicia sessió', 'iniciar sessió', 'tanca sessió', 'tancar sessió', 'registra t', 'registrar te',
      'crea un compte', 'crear compte', 'el meu compte', 'el teu compte', 'contrasenya', 'usuari',
      'identifica t',
      'ja ets subscriptor*', 'ja tens compte', 'ja ets soci',
    ],
    adblock: [
      'adblock*', 'bloquejador*', 'bloqueig d anuncis', 'desactiva el', 'desactiveu', 'ublock*', 'llista blanca',
      'ingressos publicitaris', 'permet els anuncis', 'permetre anuncis',
    ],
    report: [
      'va dir', 'ha dit', 'va explicar', 'va afegir', 'va anunciar', 'va assegurar', 'segons', 'portaveu',
      'la policia', 'les autoritats', 'ahir', 'la setmana passada', 'dilluns', 'dimarts', 'dimecres',
      'dijous', 'divendres', 'dissabte', 'diumenge', 'per cent', 'milions', 'estudi', 'enquesta', 'analistes',
    ],
    comment: ['comentar*', 'comentari*'],
  },
};

import type { LanguageLexicon } from '../types.js';

export const de: LanguageLexicon = {
  lang: 'de',
  stop: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'auf', 'für', 'von', 'den', 'dem', 'des', 'sich',
    'ein', 'eine', 'einer', 'auch', 'wird', 'bei', 'nach', 'aus', 'oder', 'wie', 'noch', 'nur', 'zum', 'zur',
    'über', 'dass', 'sind', 'wurde', 'hat', 'sie', 'aber', 'wenn',
  ],
  concepts: {
    give: [
      'spende*', 'gespendet', 'spendier*', 'ihr beitrag', 'dein beitrag', 'beitrag leisten',
      'kleinen beitrag', 'monatlichen beitrag', 'freiwilligen beitrag', 'freiwilliger beitrag',
      'freiwillig zahlen', 'zuwendung', 'trinkgeld', 'steuerlich absetzbar', 'absetzbar', 'wunschbetrag',
      'betrag wählen', 'crowdfunding', 'förderbeitrag', 'zahl ich',
    ],
    support: [
      'unterstütz*', 'förder*', 'mitfinanzier*', 'leserfinanziert', 'finanziert von', 'gönner*', 'mäzen*',
      'stärken ^Sie', 'stärke uns', 'stärkt uns', 'sponsern', 'mittragen', 'solidarisch',
    ],
    subscribe: [
      'abo', 'abos', 'abonn*', 'digitalabo*', 'jahresabo*', 'monatsabo*', 'zeitungsabo*', 'kündbar',
      'jederzeit kündbar', 'aboshop', 'leserservice', 'abopreis', 'aboangebot*', 'printabo*',
    ],
    member: ['mitglied*', 'fördermitglied*', 'genossenschaft*', 'freundeskreis', 'community mitglied'],
    premium: [
      'premium*', 'exklusiv*', 'werbefrei*', 'ohne werbung', 'weniger werbung', '^PLUS', 'plus artikel',
      'plusartikel', 'plus inhalte', 'pur abo', 'ihre vorteile', 'alle vorteile', 'deine vorteile',
      'ohne tracking', 'werbereduziert',
    ],
    access: [
      'zugang*', 'zugriff', 'unbegrenzt*', 'unbeschränkt*', 'uneingeschränkt*', 'unlimitiert', 'voller zugang',
      'vollen zugang', 'alle artikel', 'alle inhalte', 'freischalt*', 'allen geräten', 'e paper', 'epaper',
      'digitale ausgabe', 'archivzugang', 'sämtliche artikel',
    ],
    gate: [
      'weiterlesen', 'weiterzulesen', 'weiter lesen', 'lesen sie weiter', 'lies weiter', 'nur für abonn*',
      'für abonnent*', 'exklusiv für abonn*', 'abonnent* vorbehalten', 'artikel freischalten', 'vollständigen artikel',
      'ganzen artikel', 'gesamten artikel', 'nur mit abo', 'mit abo', 'nur für mitglieder',
      'exklusiv für mitglieder', 'ganzen text', 'vollständigen text',
    ],
    meter: [
      'kostenlos* artikel', 'kostenfrei* artikel', 'gratis artikel', 'gratisartikel', 'freiartikel',
      'freie artikel', 'artikel frei', 'verbleibend*', 'artikel übrig', 'noch übrig', 'limit erreicht',
      'kontingent*', 'aufgebraucht', 'artikel gelesen', 'letzter kostenlos*', 'letzten kostenlos*',
      'artikel im monat', 'artikel pro monat',
    ],
    period: [
      'im monat', 'pro monat', 'monatlich*', 'jährlich*', 'pro jahr', 'im jahr', 'pro woche', 'in der woche',
      'wöchentlich*', 'pro tag', 'am tag', 'jeden monat', 'jedes jahr', 'jede woche', 'mtl', 'monatl',
      'halbjährlich*', 'vierteljährlich*', 'pro quartal', 'ersten monat*', 'ersten jahr', 'pro ausgabe',
    ],
    trial: [
      'probeabo*', 'probe abo', 'testabo*', 'probemonat*', 'probelesen', 'probezugang', 'probeweise',
      'testen', 'kostenlos testen', 'gratis testen', 'jetzt testen', 'testphase', 'testzeitraum',
      'ausprobieren', 'unverbindlich*', 'ohne risiko', 'risikofrei', 'wochen gratis', 'monat gratis',
      'wochen kostenlos', 'monat kostenlos', 'probier*',
    ],
    offer: [
      'angebot*', 'sonderangebot*', 'aktionspreis', 'aktionsangebot*', 'rabatt*', 'sparen', 'sie sparen',
      'sparpreis', 'ersparnis', 'vergünstigt*', 'ermäßigt*', 'vorteilspreis', 'für kurze zeit', 'limitiert*',
      'befristet*', 'gutschein*', 'aktionscode', 'black friday', 'preisvorteil', 'für nur', 'ab nur',
      'schon ab', 'bestpreis', 'einführungspreis', 'neukunden*',
    ],
    you: [
      'du', 'dich', 'dir', 'dein*', 'euch', 'euer', 'eure*', '^Sie', '^Ihnen', '^Ihr', '^Ihre', '^Ihren',
      '^Ihrem', '^Ihrer', '^Ihres',
    ],
    self: ['wir', 'uns', 'unser*'],
    please: [
      'bitte', 'wir bitten', 'bitten wir', 'bitten ^Sie', 'bitten dich', 'wenn ^Ihnen', 'wenn dir',
      'wenn sie können', 'wenn du kannst', 'falls ^Ihnen', 'falls dir', 'erwägen sie', 'überlegen sie',
    ],
    cta: [
      'jetzt', 'heute', 'werden ^Sie', 'werde jetzt', 'werde mitglied', 'werde teil', 'bestellen',
      'jetzt bestellen', 'sichern', 'jetzt sichern', 'sichern sie', 'mitmachen', 'dabei sein', 'loslegen',
      'starten', 'jetzt starten', 'beitreten', 'zugreifen', 'nicht verpassen', 'letzte chance', 'sofort',
      'noch heute', 'upgrade', 'mach mit', 'machen sie mit', 'sei dabei', 'seien sie dabei',
    ],
    help: [
      'hilf*', 'helf*', 'geholfen', 'brauchen', 'braucht', 'angewiesen', 'ohne ^Sie', 'ohne dich',
      'ohne ^Ihre', 'ohne deine', 'ermöglich*', 'jeder euro', 'jeder betrag', 'jeder beitrag', 'jeder cent',
      'auch kleine', 'kleine beträge',
    ],
    journalism: [
      'journalis*', 'qualitätsjournalismus', 'lokaljournalismus', 'unabhängig*', 'redaktion*', 'recherch*',
      'reporter*', 'berichterstattung', 'pressefreiheit', 'freie presse', 'demokratie', 'gemeinnützig*',
      'non profit', 'korrespondent*', 'investigativ*', 'lokale nachrichten',
    ],
    readers: ['leser*', 'hörer*', 'zuschauer*', 'community', 'publikum', 'lesende*'],
    thanks: ['danke*', 'vielen dank', 'herzlichen dank', 'besten dank', 'bedank*', 'dankbar*', 'merci'],
    dismiss: [
      'später', 'vielleicht später', 'nicht jetzt', 'jetzt nicht', 'nein danke', 'erinnern sie mich',
      'später erinnern', 'erinnere mich', 'kein interesse', 'ausblenden', 'nicht mehr anzeigen',
      'weiter ohne', 'schon gespendet', 'bereits gespendet', 'unterstütze bereits', 'zurück zum artikel',
      'weiter zum artikel',
    ],
    payment: [
      'paypal', 'überweisung', 'lastschrift*', 'sepa*', 'iban', 'bic', 'kreditkart*', 'ec karte',
      'girokarte', 'bankverbindung', 'bankeinzug', 'sofortüberweisung', 'klarna', 'apple pay', 'google pay',
      'twint', 'per rechnung', 'auf rechnung', 'spendenkonto', 'kontoinhaber*', 'kontonummer', 'bankleitzahl',
      'blz', 'giropay', 'steady', 'zahlungsart*', 'zahlungsmethode*', 'bezahlmethode*', 'mastercard',
      'postfinance', 'einzahlungsschein',
    ],
    free: [
      'kostenlos*', 'kostenfrei*', 'gratis', 'umsonst', 'frei zugänglich', 'frei verfügbar',
      'ohne bezahlschranke', 'ohne paywall', 'gebührenfrei', 'unentgeltlich',
    ],
    newsletter: [
      'newsletter*', 'e mail', 'email*', 'mail adresse', 'mailadresse', 'per mail', 'postfach', 'posteingang',
      'abmelden', 'abbestell*', 'briefing', 'bestätigungsmail', 'eintragen',
    ],
    login: [
      'anmelden', 'anmeldung', 'angemeldet', 'einloggen', 'eingeloggt', 'login', 'log in', 'registrier*',
      'konto', 'kundenkonto', 'benutzerkonto', 'nutzerkonto', 'mein konto', 'passwort*', 'kennwort',
      'benutzername', 'zugangsdaten', 'abmelden', 'ausloggen', 'konto erstellen', 'passwort vergessen',
      'bereits abonnent*', 'schon abonnent*', 'bereits abonniert', 'bereits mitglied', 'schon mitglied', 'bereits registriert', 'bereits kunde', 'schon kunde',
    ],
    adblock: [
      'adblock*', 'werbeblock*', 'werbe block*', 'ad block*', 'werbung zulassen', 'werbung erlauben',
      'werbeeinnahmen', 'werbefinanziert', 'mit werbung', 'ublock', 'whitelist*', 'ausnahmeliste',
      'deaktivieren sie',
    ],
    report: [
      'sagte', 'sagt', 'erklärte', 'teilte mit', 'laut', 'zufolge', 'berichtete', 'betonte', 'sprecher*',
      'polizei', 'behörden', 'das unternehmen', 'gestern', 'vergangene woche', 'montag', 'dienstag',
      'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'prozent', 'millionen', 'milliarden',
      'studie', 'umfrage', 'analysten',
    ],
    comment: ['kommentar*', 'kommentier*', 'mitdiskutieren', 'diskutieren sie mit'],
  },
};

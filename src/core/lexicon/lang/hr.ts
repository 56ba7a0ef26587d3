import type { LanguageLexicon } from '../types.js';

/** Croatian; the entries also cover Serbian and Bosnian in Latin script (ekavian and ijekavian forms). */
export const hr: LanguageLexicon = {
  lang: 'hr',
  stop: [
    'i', 'je', 'u', 'na', 'da', 'se', 'za', 'su', 'od', 'koji', 'koja', 'koje', 'što', 'ali', 'kao', 'iz', 'bi',
    'će', 'ili', 'biti', 'bio', 'bila', 'nakon', 'prema', 'još', 'kako', 'također', 'među', 'ovaj', 'ova',
    'nije', 'već',
  ],
  concepts: {
    give: [
      'doniraj*', 'donacij*', 'donirati', 'donator*', 'doniranje', 'uplat*', 'odaberite iznos', 'izaberite iznos',
      'drugi iznos', 'bilo koji iznos', 'dobrovoljn* prilog*',
    ],
    support: ['podrž*', 'podrš*', 'mecen*'],
    subscribe: [
      'pretplat*', 'pretplati se',
    ],
    member: [
      'član', 'članica', 'članice', 'članovi', 'članova', 'članstvo', 'članstva', 'članom', 'postanite član',
    ],
    premium: [
      'premium', '^PLUS', 'ekskluziv*', 'bez oglasa', 'bez reklama', 'manje oglasa', 'manje reklama', 'pogodnost*',
    ],
    access: [
      'pristup*', 'neograničen*', 'bez ograničenja', 'svi članci', 'sve članke', 'sav sadržaj', 'otključa*',
      'digitalno izdanje', 'arhiv*', 'svim uređajima',
    ],
    gate: [
      'nastavi čitati', 'nastavite čitati', 'pročitaj cijeli', 'pročitajte cijeli', 'cijeli članak',
      'cijeli tekst', 'ceo tekst', 'ceo članak', 'samo za pretplatnike', 'za pretplatnike', 'plaćeni sadržaj',
      'zaključan*', 'biste pročitali', 'za nastavak čitanja', 'ostatak članka', 'ostatak teksta',
    ],
    meter: [
      'besplatn* član*', 'besplatn* tekst*', 'preostal*', 'ostalo vam', 'dosegli ste', 'dostigli ste',
      'posljednji besplatni', 'poslednji besplatni', 'članaka mjesečno', 'članaka mesečno', 'limit*',
    ],
    period: [
      'mjesečno', 'mesečno', 'na mjesec', 'na mesec', 'mjesečn*', 'mesečn*', 'godišnje', 'godišnj*',
      'na godinu', 'tjedno', 'nedeljno', 'sedmično', 'dnevno', 'svaki mjesec', 'svakog mjeseca', 'svakog meseca',
      'prvi mjesec', 'prvi mesec', 'mj', 'tromjesečn*', 'tromesečn*',
    ],
    trial: [
      'probn*', 'isprobaj*', 'besplatno razdoblje', 'besplatni period', 'mjesec besplatno', 'mesec besplatno',
      'bez obveze', 'bez obaveze',
    ],
    offer: [
      'ponud*', 'popust*', 'uštedi*', 'akcijsk*', 'za samo', 'crni petak', 'black friday', 'ograničeno vrijeme',
      'ograničeno vreme', 'pola cijene', 'pola cene', 'sniženj*',
    ],
    you: [
      'ti', 'tebe', 'tebi', 'tvoj*', 'vi', 'vas', 'vama', 'vaš', 'vaša', 'vaše', 'vašeg', 'vašem', 'vašoj',
      'vaši', 'vaših', 'vašim', 'vašu',
    ],
    self: [
      'mi', 'nas', 'nama', 'nam', 'naš', 'naša', 'naše', 'našeg', 'našem', 'našoj', 'naši', 'naših', 'našim', 'našu',
    ],
    please: [
      'molimo', 'molim', 'molimo vas', 'ako možete', 'ako možeš', 'ako vam se', 'ako ti se', 'ako cijenite',
      'ako cenite', 'razmislite',
    ],
    cta: [
      'sada', 'sad', 'danas', 'pridružite se', 'pridruži se', 'postanite', 'postani', 'započni*', 'počni*',
      'ne propustite', 'ne propusti', 'zadnja prilika', 'posljednja prilika', 'poslednja prilika', 'iskoristi*',
      'odmah',
    ],
    help: [
      'pomoć*', 'pomozi*', 'pomogn*', 'pomaž*', 'trebamo', 'treba nam', 'potrebna nam', 'ovisimo o',
      'zavisimo od', 'računamo na', 'bez vas', 'bez tebe', 'bez vaše', 'bez tvoje', 'zahvaljujući vama',
      'zahvaljujući tebi', 'svaki euro', 'svaka kuna', 'svaki iznos', 'i mali iznos',
    ],
    journalism: [
      'novinar*', 'redakcij*', 'neovisn*', 'nezavisn*', 'istraživačk*', 'reportaž*', 'reporter*',
      'sloboda medija', 'slobodni mediji', 'sloboda govora', 'sloboda tiska', 'sloboda štampe', 'demokracij*',
      'demokratij*', 'neprofitn*', 'lokalne vijesti', 'lokalne vesti', 'dopisni*',
    ],
    readers: [
      'čitatelj*', 'čitalac', 'čitaoc*', 'čitalaca', 'slušatelj*', 'slušaoc*', 'gledatelj*', 'gledaoc*',
      'publik*', 'zajednic*',
    ],
    thanks: ['hvala', 'zahval*', 'hvala vam', 'hvala ti'],
    dismiss: [
      'kasnije', 'možda kasnije', 'ne sada', 'ne hvala', 'podsjeti me', 'podseti me', 'podsjetite me',
      'ne zanima', 'već sam donirao', 'već sam podržao', 'već podržavam', 'ne prikazuj', 'nastavi bez',
      'natrag na članak', 'nazad na članak',
    ],
    payment: [
      'kartic*', 'kreditn* kartic*', 'bankovn* doznak*', 'uplatnic*', 'virman*', 'paypal', 'iban', 'swift', 'bic',
      'apple pay', 'google pay', 'plaćanj*', 'broj računa', 'žiro račun', 'mastercard', 'keks pay', 'aircash',
    ],
    free: ['besplatn*', 'bez naknade', 'slobodan pristup', 'otvoren pristup'],
    newsletter: [
      'newsletter*', 'bilten*', 'e mail', 'email*', 'mail', 'e pošt*', 'sandučić', 'pretinac', 'prijavi se',
      'prijavite se', 'odjav*', 'obavijest*', 'obaveštenj*',
    ],
    login: [
      'prijava', 'prijavi se', 'prijavite se', 'prijavljen*', 'registracij*', 'registriraj*', 'registruj*',
      'korisnički račun', 'moj račun', 'moj profil', 'lozink*', 'korisničko ime', 'odjava', 'odjavi se', 'login',
      'već ste pretplatnik*', 'već si pretplatnik*', 'već imate račun', 'već imate pretplatu',
    ],
    adblock: [
      'adblock*', 'blokator* oglasa', 'blokator* reklama', 'blokiranje oglasa', 'ublock*', 'bijel* list*',
      'bel* list*', 'prihod* od oglasa', 'prihod* od reklama', 'dopusti oglase', 'dozvoli oglase',
      'dozvolite oglase', 'isključite blokator*', 'isključi blokator*', 'isključite adblock*',
    ],
    report: [
      'rekao', 'rekla', 'izjavi*', 'priopći*', 'objasni*', 'dodao', 'najavi*', 'prema', 'glasnogovorni*',
      'policij*', 'jučer', 'prošlog tjedna', 'u ponedjeljak', 'u utorak', 'u srijedu', 'u četvrtak',
      'u petak', 'u subotu', 'u nedjelju', 'posto', 'milijun*', 'milijard*', 'istraživanj*', 'anket*',
      'analitičar*',
    ],
    comment: ['komentar*', 'komentira*'],
  },
};

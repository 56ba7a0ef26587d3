import type { LanguageLexicon } from '../types.js';

export const pl: LanguageLexicon = {
  lang: 'pl',
  stop: [
    'się', 'że', 'jest', 'nie', 'przez', 'oraz', 'który', 'która', 'które', 'także', 'jego', 'jej', 'był',
    'była', 'było', 'są', 'czy', 'już', 'gdy', 'jako', 'tym', 'ten', 'dla', 'jak', 'ale', 'od', 'za', 'na',
    'w', 'z', 'i', 'do', 'po', 'również',
  ],
  concepts: {
    give: [
      'darowizn*', 'wpłać*', 'wpłac*', 'wpłat*', 'przekaż', 'dorzuć', 'datek', 'datki', 'wybierz kwotę',
      'inna kwota', 'dowolna kwota', 'dowolną kwotę', 'zrzutka', 'patronite', 'buycoffee', 'postaw kawę',
      'napiwek', 'ulga podatkowa', 'wesprzyj kwotą',
    ],
    support: [
      'wspier*', 'wesprzyj*', 'wesprzeć', 'wsparci*', 'wspomóż*', 'wspomóc', 'mecenas*', 'finansowan* przez',
      'utrzymywan* przez', 'patronem', 'patronk*', 'patroni',
    ],
    subscribe: [
      'prenumerat*', 'zaprenumeruj', 'subskrypcj*', 'subskryb*', 'abonament*', 'wykup*', 'wybierz plan',
      'wybierz pakiet', 'możesz zrezygnować', 'odnawia się', 'anuluj w',
    ],
    member: ['członk*', 'członek', 'członkini*', 'członkostw*'],
    premium: [
      'premium', 'ekskluzyw*', 'bez reklam', 'mniej reklam', 'korzyści', 'dodatkowe korzyści', '^PLUS',
      'treści premium', 'wyłącznie dla',
    ],
    access: [
      'dostęp', 'dostępu', 'dostępem', 'nielimitowan*', 'nieograniczon*', 'bez limitu', 'pełny dostęp',
      'wszystkie artykuły', 'wszystkich artykułów', 'wszystkie treści', 'odblokuj*', 'e wydanie', 'ewydanie',
      'wydanie cyfrowe', 'e gazeta', 'archiwum', 'wszystkich urządzeniach',
    ],
    gate: [
      'czytaj dalej', 'tylko dla', 'dla prenumeratorów', 'dla subskrybentów',
      'dalsza część', 'dalszą część', 'pozostała część', 'cały artykuł', 'całego artykułu', 'pełną treść',
      'pełna treść', 'pełnej treści', 'treści płatne', 'płatny artykuł', 'aby przeczytać',
      'aby czytać', 'aby kontynuować', 'żeby przeczytać', 'dokończ czytanie', 'artykuł dostępny',
    ],
    meter: [
      'darmow* artykuł*', 'bezpłatn* artykuł*', 'artykułów za darmo', 'limit', 'limitu', 'wykorzystałeś',
      'wykorzystałaś', 'wykorzystano', 'pozostało ci', 'zostało ci', 'ostatni darmowy', 'ostatni bezpłatny',
      'artykułów w miesiącu',
    ],
    period: [
      'miesięcznie', 'w miesiącu', 'na miesiąc', 'miesięczn*', 'rocznie', 'na rok', 'roczn*', 'tygodniowo',
      'na tydzień', 'co miesiąc', 'każdego miesiąca', 'pierwszy miesiąc', 'dziennie', 'zł mies', 'zł mc',
      'zł msc', 'kwartalnie', 'półrocznie', 'co tydzień',
    ],
    trial: [
      'okres próbny', 'okresu próbnego', 'próbn*', 'przetestuj', 'wypróbuj', 'za darmo przez', 'miesiąc za darmo',
      'miesiąc gratis', 'dni za darmo', 'dni gratis', 'bez zobowiązań', 'bez zobowiązania', 'testuj',
    ],
    offer: [
      'ofert*', 'promocj*', 'rabat*', 'zniżk*', 'obniżk*', 'taniej', 'oszczędź*', 'oszczędzasz',
      'specjalna oferta', 'cena specjalna', 'tylko za', 'już od', 'za jedyne', 'black friday', 'kod rabatowy',
      'kod promocyjny', 'ograniczon* czas*', 'promocyjn*',
    ],
    you: [
      'ty', 'ciebie', 'cię', 'tobie', 'tobą', 'twój', 'twoj*', 'twoi*', 'wy', 'was', 'wam', 'wami', 'wasz*',
    ],
    self: ['my', 'nas', 'nam', 'nami', 'nasz*', 'potrzebujemy', 'jesteśmy', 'robimy', 'możemy', 'prosimy', 'liczymy', 'chcemy', 'pracujemy', 'piszemy'],
    please: [
      'proszę', 'prosimy', 'poprosić', 'jeśli możesz', 'jeżeli możesz', 'jeśli cenisz', 'jeżeli cenisz',
      'jeśli podoba', 'jeśli lubisz', 'rozważ', 'zachęcamy', 'jeśli chcesz',
    ],
    cta: [
      'teraz', 'dziś', 'dzisiaj', 'dołącz*', 'zostań', 'już dziś', 'już teraz', 'zamów', 'zamawiam', 'kup',
      'kupuję', 'zacznij', 'rozpocznij', 'nie przegap', 'ostatnia szansa', 'skorzystaj', 'wybieram', 'chcę',
    ],
    help: [
      'pomoc', 'pomóż', 'pomóc', 'pomoż*', 'pomag*', 'potrzeb*', 'liczymy na', 'bez ciebie', 'bez twojego',
      'bez twojej', 'dzięki tobie', 'dzięki twojemu', 'dzięki twojej', 'każda złotówka', 'każda kwota',
      'każde wsparcie', 'każda wpłata', 'nawet niewielka', 'nawet mała', 'nawet drobna', 'ma znaczenie',
      'robi różnicę', 'umożliwi*',
    ],
    journalism: [
      'dziennikar*', 'redakcj*', 'niezależn*', 'reportaż*', 'reporter*', 'wolne media', 'wolność słowa',
      'wolność prasy', 'demokracj*', 'non profit', 'rzeteln*', 'lokalne informacje', 'media lokalne',
      'korespond*',
    ],
    readers: ['czytelni*', 'słuchacz*', 'widzowie', 'widzów', 'odbiorc*', 'społeczność'],
    thanks: ['dziękuj*', 'dzięki', 'podziękowa*', 'wdzięczn*'],
    dismiss: [
      'później', 'może później', 'nie teraz', 'nie dziękuję', 'przypomnij mi', 'przypomnij później',
      'nie interesuje', 'już wpłaciłem', 'już wpłaciłam', 'już wspieram', 'nie pokazuj', 'pomiń',
      'wróć do artykułu', 'przejdź do artykułu', 'kontynuuj bez',
    ],
    payment: [
      'przelew*', 'blik', 'paypal', 'kart* płatnicz*', 'kart* kredytow*', 'przelewy24', 'payu', 'dotpay',
      'tpay', 'numer konta', 'nr konta', 'numer rachunku', 'iban', 'swift', 'sepa', 'apple pay', 'google pay',
      'płatnoś*', 'tytuł przelewu',
    ],
    free: [
      'darmow*', 'bezpłatn*', 'za darmo', 'gratis', 'nieodpłatn*', 'bez opłat', 'bez paywalla', 'wolny dostęp',
      'otwarty dostęp',
    ],
    newsletter: [
      'newsletter*', 'e mail', 'email*', 'mail*', 'zapisz się', 'zapisz', 'zapisać', 'zapisując', 'wypisz',
      'wypisać', 'powiadomie*', 'otrzymuj', 'skrzyn*',
    ],
    login: [
      'zaloguj*', 'logowani*', 'zalogowan*', 'wyloguj*', 'zarejestruj*', 'rejestracj*', 'konto', 'moje konto',
      'załóż konto', 'utwórz konto', 'hasło', 'nazwa użytkownika', 'login', 'nie pamiętasz',
      'masz już', 'jesteś już',
    ],
    adblock: [
      'adblock*', 'blokad* reklam', 'blokowani* reklam', 'blokując* reklam*', 'ublock', 'biała lista',
      'białej listy', 'przychody z reklam', 'wpływy z reklam', 'zezwól na', 'wyłączenie blokady',
      'wyłącz adblock*', 'wyłącz bloker*', 'wyłącz blokad*', 'białą listę',
    ],
    report: [
      'powiedział*', 'poinformował*', 'oświadczył*', 'przekazał*', 'wyjaśnił*', 'dodał*', 'zapowiedział*',
      'według', 'rzeczni*', 'policj*', 'wczoraj', 'w zeszłym tygodniu', 'w poniedziałek', 'we wtorek',
      'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę', 'procent*', 'milion*', 'miliard*',
      'badani*', 'sondaż*', 'analityc*',
    ],
    comment: ['komentarz*', 'komentowa*', 'skomentuj*'],
  },
};

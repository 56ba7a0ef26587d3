import type { LanguageLexicon } from '../types.js';

export const tr: LanguageLexicon = {
  lang: 'tr',
  stop: [
    've', 'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'ama', 'gibi', 'olan', 'değil', 'sonra', 'kadar',
    'göre', 'ise', 'ancak', 'veya', 'şu', 'ki', 'da', 'de', 'olduğu', 'ayrıca', 'arasında', 'yapılan', 'böyle',
    'nasıl', 'ilk', 'tarafından',
  ],
  concepts: {
    give: [
      'bağış*', 'tutar seçin', 'tutarı seçin', 'farklı tutar', 'başka bir tutar', 'istediğiniz tutar',
    ],
    support: ['destek*', 'patreon'],
    subscribe: ['abone*', 'iptal edebilirsiniz', 'zaman iptal'],
    member: ['üye*'],
    premium: [
      'premium', '^PLUS', 'özel içerik*', 'ayrıcalık*', 'reklamsız*', 'daha az reklam', 'avantaj*', 'ekstra',
    ],
    access: [
      'erişim*', 'sınırsız*', 'tam erişim', 'tüm haberler', 'tüm içerik*', 'tüm makaleler', 'dijital gazete',
      'e gazete', 'arşiv*', 'tüm cihazlarda', 'kilidi açın', 'kilidini açın',
    ],
    gate: [
      'okumaya devam', 'haberin tamamı', 'yazının tamamı', 'tamamını okumak', 'sadece abonelere', 'abonelere özel',
      'abonelerimize özel', 'ücretli içerik', 'kilitli',
      'okumak için', 'devam etmek için',
    ],
    meter: [
      'ücretsiz haber*', 'ücretsiz makale*', 'ücretsiz içerik*', 'kalan', 'hakkınız', 'limit*', 'sınırına ulaştı*',
      'son ücretsiz', 'aylık ücretsiz',
    ],
    period: [
      'aylık', 'ayda', 'yıllık', 'yılda', 'haftalık', 'haftada', 'günlük', 'günde', 'her ay', 'her yıl', 'ilk ay',
      'ilk yıl', 'tl ay',
    ],
    trial: [
      'deneme*', 'ücretsiz dene', 'ilk ay ücretsiz', 'ay ücretsiz', 'gün ücretsiz', 'taahhüt yok', 'taahhütsüz',
    ],
    offer: [
      'teklif*', 'fırsat*', 'indirim*', 'kampanya*', 'tasarruf*', 'özel fiyat', 'sınırlı süre', 'efsane cuma',
      'black friday', 'kupon*', 'yarı fiyat*', 'avantajlı',
    ],
    you: ['sen', 'seni', 'sana', 'senin', 'sende', 'senden', 'siz', 'sizi', 'size', 'sizin', 'sizde', 'sizden'],
    self: ['biz', 'bizi', 'bize', 'bizim', 'bizde', 'bizden'],
    please: [
      'lütfen', 'rica ederiz', 'rica ediyoruz', 'imkanınız varsa', 'imkanın varsa', 'beğendiyseniz',
      'beğendiysen', 'değer veriyorsanız', 'değerli buluyorsanız', 'düşünün',
    ],
    cta: [
      'şimdi', 'bugün', 'hemen', 'katılın', 'katıl', 'aramıza katıl*', 'başla', 'başlayın', 'kaçırma',
      'kaçırmayın', 'son fırsat', 'yararlan*', 'faydalan*', 'hemen şimdi',
    ],
    help: [
      'yardım*', 'ihtiyacımız', 'ihtiyaç*', 'güveniyoruz', 'sensiz', 'sizsiz', 'siz olmadan', 'sen olmadan',
      'sayenizde', 'sayende', 'her lira', 'her kuruş', 'her tutar', 'fark yarat*', 'küçük bir bağış',
      'küçük bir destek',
    ],
    journalism: [
      'gazeteci*', 'habercilik', 'bağımsız*', 'haber merkezi', 'muhabir*', 'röportaj*', 'basın özgürlüğü',
      'ifade özgürlüğü', 'özgür basın', 'demokrasi*', 'kâr amacı gütmeyen', 'kar amacı gütmeyen', 'yerel haber*',
    ],
    readers: [
      'okur*', 'okuyucu*', 'dinleyici*', 'izleyici*', 'topluluk*', 'topluluğ*',
    ],
    thanks: ['teşekkür*', 'sağol*', 'minnettar*'],
    dismiss: [
      'daha sonra', 'belki daha sonra', 'sonra hatırlat', 'şimdi değil', 'hayır teşekkürler', 'ilgilenmiyorum',
      'zaten destek', 'zaten bağış', 'daha gösterme', 'habere dön', 'makaleye dön',
    ],
    payment: [
      'kredi kart*', 'banka kart*', 'havale', 'eft', 'iban', 'paypal', 'papara', 'apple pay', 'google pay',
      'ödeme*', 'hesap numarası', 'mastercard', 'troy', 'iyzico',
    ],
    free: ['ücretsiz*', 'bedava', 'bedelsiz', 'ücret ödemeden', 'ücret alınmaz'],
    newsletter: [
      'bülten*', 'e bülten', 'e posta*', 'eposta*', 'e mail', 'email*', 'mail', 'gelen kutu*', 'kaydol', 'kayıt ol',
      'bildirim*',
    ],
    login: [
      'giriş yap*', 'üye girişi', 'kayıt ol', 'kaydol', 'hesap oluştur*', 'hesabım', 'hesabınız*', 'şifre*',
      'parola*', 'kullanıcı adı', 'çıkış yap*', 'oturum açın', 'oturum aç',
      'zaten abone', 'zaten üye', 'zaten hesabınız',
    ],
    adblock: [
      'adblock*', 'reklam engelle*', 'devre dışı bırak*', 'ublock*', 'beyaz liste*', 'reklam gelir*',
      'reklamlara izin',
    ],
    report: [
      'dedi', 'söyledi', 'açıkladı', 'bildirdi', 'belirtti', 'ifade etti', 'ekledi', 'duyurdu', 'göre',
      'sözcü*', 'polis*', 'yetkili*', 'dün', 'geçen hafta', 'pazartesi*', 'salı', 'çarşamba*', 'perşembe*',
      'cuma', 'cumartesi*', 'pazar günü', 'yüzde', 'milyon*', 'milyar*', 'araştırma', 'anket*', 'analist*',
    ],
    comment: ['yorum*'],
  },
};

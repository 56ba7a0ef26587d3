import type { LanguageLexicon } from '../types.js';

export const id: LanguageLexicon = {
  lang: 'id',
  stop: [
    'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke',
    'ada', 'oleh', 'atau', 'karena', 'sudah', 'mereka', 'telah', 'lebih', 'saat', 'tersebut', 'bahwa', 'hingga',
    'namun', 'seperti', 'para', 'bisa',
  ],
  concepts: {
    give: [
      'donasi*', 'berdonasi', 'sumbang*', 'menyumbang', 'kontribusi*', 'berkontribusi', 'traktir', 'trakteer',
      'saweria', 'pilih nominal', 'nominal lain', 'nominal bebas', 'berapa pun',
    ],
    support: ['dukung*', 'mendukung', 'pendukung'],
    subscribe: ['langgan*', 'berlangganan', 'pelanggan', 'berhenti kapan saja'],
    member: ['anggota', 'keanggotaan', 'member'],
    premium: [
      'premium', '^PLUS', 'eksklusif', 'tanpa iklan', 'bebas iklan', 'lebih sedikit iklan', 'keuntungan',
      'keistimewaan',
    ],
    access: [
      'akses', 'tanpa batas', 'tak terbatas', 'tidak terbatas', 'semua artikel', 'seluruh artikel', 'semua konten',
      'buka kunci', 'e paper', 'epaper', 'edisi digital', 'arsip', 'semua perangkat',
    ],
    gate: [
      'lanjutkan membaca', 'lanjut membaca', 'khusus pelanggan', 'khusus member', 'untuk pelanggan', 'konten berbayar',
      'artikel berbayar', 'terkunci', 'untuk membaca', 'untuk melanjutkan',
    ],
    meter: [
      'artikel gratis', 'tersisa', 'sisa', 'mencapai batas', 'telah mencapai', 'artikel terakhir',
      'artikel per bulan', 'batas artikel', 'batas baca',
    ],
    period: [
      'per bulan', 'sebulan', 'bulanan', 'per tahun', 'setahun', 'tahunan', 'per minggu', 'seminggu', 'mingguan',
      'per hari', 'sehari', 'setiap bulan', 'tiap bulan', 'bulan pertama', 'tahun pertama', 'bln',
    ],
    trial: [
      'uji coba', 'coba gratis', 'coba sekarang', 'percobaan', 'masa percobaan', 'gratis selama', 'bulan gratis',
      'hari gratis', 'tanpa komitmen',
    ],
    offer: [
      'penawaran', 'promo*', 'diskon*', 'potongan harga', 'hemat', 'harga spesial', 'hanya rp', 'mulai dari',
      'waktu terbatas', 'black friday', 'kupon', 'setengah harga',
    ],
    you: ['kamu', 'anda', 'kau', 'engkau', 'kalian'],
    self: ['kami', 'kita'],
    please: [
      'mohon', 'silakan', 'tolong', 'jika anda', 'jika kamu', 'kalau kamu', 'bila anda', 'apabila anda',
      'pertimbangkan',
    ],
    cta: [
      'sekarang', 'hari ini', 'bergabung*', 'gabung', 'jadilah', 'mulai', 'ayo', 'yuk', 'segera',
      'jangan lewatkan', 'kesempatan terakhir', 'manfaatkan',
    ],
    help: [
      'bantu*', 'membantu', 'butuh', 'membutuhkan', 'perlu', 'bergantung pada', 'mengandalkan', 'tanpa anda',
      'tanpa kamu', 'tanpa dukungan', 'berkat anda', 'berkat kamu', 'berkat dukungan', 'setiap rupiah',
      'sekecil apa pun', 'sangat berarti',
    ],
    journalism: [
      'jurnalis*', 'wartawan', 'redaksi', 'independen', 'investigasi*', 'liputan', 'reportase', 'koresponden',
      'kebebasan pers', 'pers bebas', 'demokrasi', 'nirlaba', 'berita lokal',
    ],
    readers: ['pembaca', 'pendengar', 'penonton', 'pemirsa', 'audiens', 'komunitas'],
    thanks: ['terima kasih', 'makasih', 'berterima kasih'],
    dismiss: [
      'nanti', 'mungkin nanti', 'lain kali', 'tidak sekarang', 'tidak terima kasih', 'ingatkan saya',
      'ingatkan nanti', 'tidak tertarik', 'sudah berdonasi', 'sudah mendukung', 'jangan tampilkan',
      'lanjut tanpa', 'kembali ke artikel',
    ],
    payment: [
      'kartu kredit', 'kartu debit', 'transfer bank', 'virtual account', 'gopay', 'ovo', 'shopeepay', 'linkaja',
      'qris', 'paypal', 'bca', 'nomor rekening', 'rekening', 'pembayaran', 'metode pembayaran', 'e wallet',
      'dompet digital', 'mastercard',
    ],
    free: ['gratis', 'cuma cuma', 'tanpa biaya', 'bebas biaya', 'akses gratis'],
    newsletter: [
      'newsletter*', 'buletin', 'email', 'e mail', 'surel', 'kotak masuk', 'notifikasi',
    ],
    login: [
      'masuk ke akun', 'login', 'log in', 'mendaftar', 'registrasi', 'buat akun', 'akun saya', 'akun anda',
      'kata sandi', 'nama pengguna', 'daftar sekarang', 'daftar gratis', 'daftar akun',
      'sudah berlangganan', 'sudah menjadi pelanggan', 'sudah punya akun', 'sudah memiliki akun',
    ],
    adblock: [
      'adblock*', 'pemblokir iklan', 'blokir iklan', 'nonaktifkan', 'ublock*', 'daftar putih', 'whitelist',
      'pendapatan iklan', 'izinkan iklan', 'matikan adblock*', 'matikan pemblokir',
    ],
    report: [
      'mengatakan', 'katanya', 'ujarnya', 'menurut', 'menjelaskan', 'menambahkan', 'mengumumkan',
      'melaporkan', 'menyatakan', 'juru bicara', 'polisi', 'pihak berwenang', 'kemarin', 'pekan lalu',
      'minggu lalu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'hari minggu', 'persen', 'juta',
      'miliar', 'studi', 'survei', 'analis',
    ],
    comment: ['komentar*', 'berkomentar'],
  },
};

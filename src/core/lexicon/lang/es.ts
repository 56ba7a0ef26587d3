import type { LanguageLexicon } from '../types.js';

export const es: LanguageLexicon = {
  lang: 'es',
  stop: [
    'el', 'los', 'las', 'y', 'del', 'al', 'por', 'con', 'para', 'una', 'es', 'lo', 'como', 'más', 'pero',
    'sus', 'fue', 'ha', 'este', 'esta', 'también', 'muy', 'hay', 'sobre', 'entre', 'cuando', 'desde', 'donde',
    'porque', 'sin', 'ya', 'han', 'hasta', 'según',
  ],
  concepts: {
    give: [
      'donar', 'dona', 'doná', 'donás', 'donación*', 'donaciones', 'donativo*', 'donante*', 'haz un donativo',
      'aportación*', 'aporte', 'aportes', 'aportar', 'aporta', 'contribuye', 'contribuir', 'contribución*',
      'propina', 'tu cuota', 'cuota mensual', 'deducible*', 'desgrava*', 'micromecenazgo', 'crowdfunding',
      'otra cantidad', 'elige una cantidad', 'elige el importe',
    ],
    support: [
      'apoy*', 'apóy*', 'respald*', 'financiado por', 'financiada por', 'financia nuestro', 'mecenas',
      'mecenazgo', 'colabora', 'colaborar', 'colabore', 'colaborá', 'sostén', 'sostener nuestro',
    ],
    subscribe: [
      'suscri*', 'suscrí*', 'subscri*', 'elige tu plan', 'elige un plan', 'cancela cuando',
      'cancelar en cualquier', 'renovación automática', 'se renueva', 'edición impresa',
    ],
    member: ['miembro*', 'socio', 'socios', 'socia', 'socias', 'membresía*', 'hazte socio', 'amigos de'],
    premium: [
      'premium', 'exclusiv*', 'sin publicidad', 'sin anuncios', 'menos publicidad', 'menos anuncios',
      'tus ventajas', 'sus ventajas', 'beneficios exclusivos', '^PLUS', 'club de suscriptores', 'ventajas',
    ],
    access: [
      'acceso', 'accesos', 'accede', 'acceder', 'accedé', 'ilimitad*', 'sin límites', 'todos los artículos',
      'todo el contenido', 'todos los contenidos', 'desbloque*', 'edición digital', 'kiosko', 'hemeroteca',
      'todos tus dispositivos', 'cualquier dispositivo', 'acceso completo', 'acceso total',
    ],
    gate: [
      'seguir leyendo', 'sigue leyendo', 'continuar leyendo', 'continúa leyendo', 'continua leyendo',
      'artículo completo', 'resto del artículo', 'exclusivo para suscri*', 'para suscriptores', 'contenido para suscri*', 'desbloquea este',
      'para leer este', 'solo para socios', 'exclusivo para socios', 'regístrate para leer', 'regístrate para seguir', 'sesión para leer',
      'sesión para continuar', 'sesión para seguir',
      'nota completa', 'noticia completa',
    ],
    meter: [
      'artículos gratis', 'artículos gratuitos', 'artículo gratis', 'artículo gratuito', 'noticias gratis',
      'límite', 'has alcanzado', 'alcanzaste', 'te quedan', 'le quedan', 'te queda', 'artículos restantes',
      'restante*', 'último artículo', 'tu último', 'artículos al mes', 'artículos por mes', 'has leído',
      'leíste', 'cupo', 'notas gratis',
    ],
    period: [
      'al mes', 'por mes', 'mensual*', 'cada mes', 'al año', 'por año', 'anual*', 'cada año', 'a la semana',
      'por semana', 'semanal*', 'cada semana', 'al día', 'por día', 'primer mes', 'primer año', 'trimestral*',
      'semestral*', 'primeros meses',
    ],
    trial: [
      'prueba gratis', 'prueba gratuita', 'periodo de prueba', 'período de prueba', 'pruébalo', 'probar',
      'probá', 'pruébala', 'sin compromiso', 'sin permanencia', 'primer mes gratis', 'mes gratis',
      'meses gratis', 'días gratis', 'semanas gratis', 'prueba por',
    ],
    offer: [
      'oferta*', 'oferta especial', 'promoción*', 'promo', 'descuento*', 'dto', 'ahorra', 'ahorrá', 'ahorro',
      'rebaja*', 'precio especial', 'precio reducido', 'por solo', 'por sólo', 'desde solo', 'tiempo limitado',
      'código promocional', 'cupón', 'black friday', 'cyber monday', 'tarifa reducida', 'precio promocional',
    ],
    you: [
      'tú', 'te', 'ti', 'tu', 'tus', 'usted', 'ustedes', 'vosotros', 'vosotras', 'os', 'vos', 'contigo',
      'vuestr*', 'tuyo', 'tuya',
    ],
    self: ['nosotros', 'nosotras', 'nuestr*', 'nos', 'necesitamos', 'somos', 'hacemos', 'podemos', 'seguimos', 'contamos', 'dependemos', 'queremos', 'pedimos', 'trabajamos', 'ofrecemos', 'publicamos', 'creemos'],
    please: [
      'por favor', 'te pedimos', 'le pedimos', 'les pedimos', 'os pedimos', 'si puedes', 'si puede',
      'si podés', 'si valoras', 'si valora', 'si te gusta', 'si le gusta', 'si disfrutas', 'te invitamos',
      'le invitamos', 'pedirte', 'pedirle', 'considera apoyar', 'considere apoyar',
    ],
    cta: [
      'ahora', 'hoy', 'únete', 'unete', 'súmate', 'sumate', 'hazte', 'hacete', 'conviértete', 'empieza',
      'comienza', 'no te pierdas', 'última oportunidad', 'aprovecha', 'aprovechá', 'quiero', 'sé parte',
      'forma parte', 'hoy mismo', 'ahora mismo',
    ],
    help: [
      'ayud*', 'ayúd*', 'necesit*', 'dependemos', 'depende de', 'contar contigo', 'contamos con', 'sin ti',
      'sin tu', 'sin usted', 'sin su apoyo', 'gracias a ti', 'gracias a tu', 'gracias a usted', 'cada euro',
      'cada peso', 'cada aporte', 'cada contribución', 'cualquier cantidad', 'cualquier importe', 'por pequeña',
      'marca la diferencia', 'marcar la diferencia', 'hace posible', 'hacen posible', 'hacer posible',
    ],
    journalism: [
      'periodis*', 'periodís*', 'redacción', 'reportaje*', 'reporter*', 'información de calidad',
      'prensa libre', 'libertad de prensa', 'democracia', 'sin ánimo de', 'sin fines de', 'interés público',
      'corresponsal*', 'noticias locales', 'riguros*', 'investigación periodística', 'independiente*',
      'independencia',
    ],
    readers: [
      'lector*', 'lectora*', 'oyente*', 'audiencia*', 'televidente*', 'espectador*', 'comunidad', 'internautas',
    ],
    thanks: ['gracias', 'agradec*', 'muchas gracias', 'mil gracias', 'gratitud'],
    dismiss: [
      'más tarde', 'ahora no', 'no gracias', 'en otro momento', 'recuérdame', 'recordarme', 'recuérdamelo',
      'más adelante', 'no me interesa', 'ya doné', 'ya he donado', 'ya colaboro', 'ya apoyo', 'no mostrar',
      'volver a mostrar', 'seguir sin', 'continuar sin', 'volver al artículo', 'ir al artículo',
    ],
    payment: [
      'paypal', 'tarjeta de crédito', 'tarjeta de débito', 'tarjeta*', 'transferencia*', 'domiciliación*',
      'bizum', 'iban', 'bic', 'sepa', 'mercado pago', 'mercadopago', 'oxxo', 'pse', 'nequi', 'yape',
      'apple pay', 'google pay', 'pago seguro', 'medio* de pago', 'forma* de pago', 'método* de pago', 'stripe',
      'mastercard', 'cuenta bancaria', 'número de cuenta', 'titular de la',
    ],
    free: [
      'gratis', 'gratuit*', 'sin costo', 'sin coste', 'sin cargo', 'libre acceso', 'acceso libre', 'sin pagar',
    ],
    newsletter: [
      'newsletter*', 'boletín', 'boletines', 'correo electrónico', 'correo*', 'e mail', 'email*', 'mail',
      'tu bandeja', 'bandeja de entrada', 'alertas', 'inscríbete', 'recibe nuestro', 'recibe las',
      'recibe nuestras', 'darte de baja', 'date de baja', 'darse de baja',
    ],
    login: [
      'iniciar sesión', 'inicia sesión', 'inicie sesión', 'cerrar sesión', 'ingresar', 'ingresa', 'ingresá',
      'regístrate', 'registrate', 'regístrese', 'registrarse', 'registrarte', 'crear cuenta',
      'crea tu cuenta', 'crea una cuenta', 'mi cuenta', 'tu cuenta', 'contraseña', 'usuario', 'olvidaste tu',
      'login', 'identifícate',
      'ya eres suscriptor*', 'ya estás suscrito', 'ya tienes cuenta', 'ya tienes una', 'ya eres socio', 'ya eres miembro',
    ],
    adblock: [
      'adblock*', 'bloqueador*', 'bloqueo de anuncios', 'desactiva tu', 'desactive su', 'desactivar el',
      'ublock', 'lista blanca', 'ingresos publicitarios', 'permitir anuncios', 'permitir publicidad',
      'permite los anuncios',
    ],
    report: [
      'dijo', 'afirmó', 'aseguró', 'explicó', 'añadió', 'anunció', 'informó', 'declaró', 'según', 'portavoz',
      'la policía', 'las autoridades', 'ayer', 'la semana pasada', 'lunes', 'martes', 'miércoles', 'jueves',
      'viernes', 'sábado', 'domingo', 'por ciento', 'millones', 'estudio', 'encuesta', 'analistas',
    ],
    comment: ['comentar*', 'comenta', 'comente'],
  },
};

import type { LanguageLexicon } from '../types.js';

export const pt: LanguageLexicon = {
  lang: 'pt',
  stop: [
    'o', 'os', 'as', 'e', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'um', 'uma', 'com', 'não', 'para', 'por',
    'mais', 'que', 'ao', 'à', 'pelo', 'pela', 'foi', 'são', 'está', 'também', 'como', 'há', 'já', 'quando',
    'muito', 'isso', 'ele', 'ela', 'seu', 'sua',
  ],
  concepts: {
    give: [
      'doar', 'doe', 'doação', 'doações', 'doaç*', 'doador*', 'contribua', 'contribuir', 'contribui*',
      'donativo*', 'outro valor', 'escolha o valor', 'escolha um valor', 'gorjeta', 'vaquinha',
      'financiamento coletivo', 'catarse', 'dedutível', 'faça uma doação',
    ],
    support: [
      'apoi*', 'financiad* por', 'financie', 'mecenas', 'patrono*', 'fortaleça o', 'sustente',
    ],
    subscribe: [
      'subscri*', 'subscrev*', 'escolha seu plano', 'escolha o plano', 'escolha um plano', 'cancele quando',
      'cancelar quando', 'renovação automática', 'cancele a qualquer', 'assinatur*', 'assinante*', 'assinar',
      'assine', 'assina',
    ],
    member: ['membro*', 'sócio*', 'sócia*', 'seja sócio', 'associe se', 'clube do assinante'],
    premium: [
      'premium', 'exclusiv*', 'sem anúncios', 'sem publicidade', 'menos anúncios', 'menos publicidade',
      'vantagens', 'benefícios exclusivos', 'conteúdo premium', '^PLUS', 'clube de vantagens',
    ],
    access: [
      'acesso', 'acessos', 'acesse', 'acessar', 'aceda', 'aceder', 'ilimitad*', 'sem limites',
      'todos os conteúdos', 'todo o conteúdo', 'todas as matérias', 'todos os artigos', 'desbloque*',
      'edição digital', 'edição impressa', 'acervo', 'todos os dispositivos', 'qualquer dispositivo',
      'acesso completo', 'acesso total', 'acesso digital',
    ],
    gate: [
      'continuar lendo', 'continue lendo', 'continuar a ler', 'continue a ler', 'matéria completa',
      'reportagem completa', 'texto completo', 'artigo completo', 'exclusiv* para assinantes', 'para assinantes',
      'exclusivo assinantes', 'acesso restrito', 'restrito a', 'desbloqueie este', 'para ler esta',
      'para ler este', 'exclusiv* para sócios',
    ],
    meter: [
      'matérias gratuitas', 'matéria gratuita', 'matérias grátis', 'artigos gratuitos', 'artigos grátis',
      'artigo gratuito', 'reportagens gratuitas', 'atingiu o limite', 'restam', 'restante*', 'último artigo',
      'última matéria', 'seu último', 'sua última', 'matérias por mês', 'artigos por mês', 'você leu',
      'artigos gratuitos restantes', 'limite de artigos', 'limite de matérias', 'limite mensal',
      'você atingiu',
    ],
    period: [
      'por mês', 'ao mês', 'mensal*', 'por ano', 'ao ano', 'anual*', 'por semana', 'semanal*', 'por dia',
      'ao dia', 'cada mês', 'todo mês', 'todos os meses', 'cada ano', 'primeiro mês', 'primeiros meses',
      'primeiro ano', 'trimestral*', 'semestral*', 'todos os anos',
    ],
    trial: [
      'teste grátis', 'teste gratuito', 'período de teste', 'período de avaliação', 'experimente',
      'experimentar', 'teste por', 'sem compromisso', 'sem fidelidade', 'sem fidelização',
      'primeiro mês grátis', 'mês grátis', 'meses grátis', 'dias grátis', 'grátis por', 'degustação',
      'avaliação gratuita', 'experimentação',
    ],
    offer: [
      'oferta*', 'oferta especial', 'promoç*', 'promo', 'desconto*', 'economize', 'poupe', 'preço especial',
      'preço promocional', 'por apenas', 'a partir de', 'tempo limitado', 'cupom', 'cupão', 'código promocional',
      'black friday', 'liquidação', 'preço reduzido', 'metade do preço', 'off', 'só hoje',
    ],
    you: [
      'você', 'vocês', 'te', 'ti', 'tu', 'teu*', 'tua*', 'contigo', 'vos', 'vosso*', 'vossa*', 'o senhor',
      'a senhora',
    ],
    self: ['nós', 'nosso*', 'nossa*', 'conosco', 'connosco', 'precisamos', 'somos', 'fazemos', 'podemos', 'seguimos', 'contamos', 'dependemos', 'queremos', 'pedimos', 'trabalhamos', 'oferecemos', 'publicamos', 'acreditamos'],
    please: [
      'por favor', 'pedimos', 'te pedimos', 'lhe pedimos', 'se puder', 'se você puder', 'se gosta',
      'se você gosta', 'se valoriza', 'se você valoriza', 'se acredita', 'considere', 'se podes',
    ],
    cta: [
      'agora', 'hoje', 'junte se', 'junta te', 'torne se', 'torna te', 'faça parte', 'comece', 'começar',
      'assine já', 'garanta', 'aproveite', 'não perca', 'última chance', 'última oportunidade', 'quero',
      'hoje mesmo', 'agora mesmo', 'participe',
    ],
    help: [
      'ajud*', 'precisamos', 'precisa', 'precisam', 'dependemos', 'depende de', 'contamos com', 'contar com você',
      'sem você', 'sem o seu', 'sem a sua', 'graças a você', 'graças ao seu', 'graças à sua', 'cada real',
      'cada euro', 'cada contribuição', 'qualquer valor', 'qualquer quantia', 'faz a diferença',
      'fazer a diferença', 'torna possível', 'tornam possível', 'viabiliz*',
    ],
    journalism: [
      'jornalis*', 'jornalís*', 'redação', 'redacção', 'independen*', 'reportage*', 'repórter*', 'reporter*',
      'investigativ*', 'imprensa livre', 'liberdade de imprensa', 'democracia', 'sem fins lucrativos',
      'interesse público', 'correspondente*', 'notícias locais', 'informação de qualidade', 'apuração',
    ],
    readers: [
      'leitor*', 'leitora*', 'ouvinte*', 'espectador*', 'telespectador*', 'audiência*', 'comunidade', 'internautas',
    ],
    thanks: ['obrigad*', 'muito obrigado', 'agradec*', 'gratidão', 'valeu'],
    dismiss: [
      'mais tarde', 'agora não', 'não obrigado', 'não obrigada', 'lembre me', 'lembrar depois',
      'lembrar mais tarde', 'talvez depois', 'não tenho interesse', 'sem interesse', 'já doei', 'já contribuí',
      'já apoio', 'não mostrar', 'continuar sem', 'voltar à matéria', 'voltar ao artigo', 'agora não obrigado',
    ],
    payment: [
      'paypal', 'pix', 'boleto*', 'cartão de crédito', 'cartão de débito', 'cartão', 'transferência*',
      'débito automático', 'débito direto', 'multibanco', 'mb way', 'mbway', 'iban', 'nib', 'sepa', 'apple pay',
      'google pay', 'pagamento*', 'pagseguro', 'mercado pago', 'picpay', 'stripe', 'mastercard',
    ],
    free: [
      'grátis', 'gratuit*', 'de graça', 'sem custo', 'sem custos', 'livre acesso', 'acesso livre',
      'acesso aberto', 'sem paywall', 'sem cobrança',
    ],
    newsletter: [
      'newsletter*', 'boletim', 'e mail', 'email*', 'mail', 'caixa de entrada', 'inscreva se', 'inscrev*',
      'inscri*', 'receba', 'alertas', 'descadastr*',
    ],
    login: [
      'faça login', 'login', 'log in', 'iniciar sessão', 'inicie sessão', 'terminar sessão', 'cadastr*',
      'registe se', 'registar', 'registo', 'criar conta', 'crie sua conta', 'crie uma conta', 'minha conta',
      'sua conta', 'senha', 'palavra passe', 'usuário', 'utilizador', 'entre com', 'entrar com',
      'já é assinante', 'já sou assinante', 'já tem conta', 'já tem uma', 'já é sócio', 'já é membro',
    ],
    adblock: [
      'adblock*', 'bloqueador*', 'bloqueio de anúncios', 'desative o', 'desative seu', 'desativar o',
      'desligue o', 'ublock', 'lista branca', 'lista de permissões', 'receita publicitária',
      'receitas publicitárias', 'permitir anúncios', 'permita anúncios',
    ],
    report: [
      'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'anunciou', 'informou', 'segundo',
      'de acordo com', 'porta voz', 'a polícia', 'as autoridades', 'ontem', 'semana passada', 'segunda feira',
      'terça feira', 'quarta feira', 'quinta feira', 'sexta feira', 'sábado', 'domingo', 'por cento',
      'milhões', 'bilhões', 'estudo', 'pesquisa', 'analistas',
    ],
    comment: ['comentar*', 'comentário*', 'comente', 'comenta'],
  },
};

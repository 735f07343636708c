/**
 * Portuguese words for what is never a claim, though a cue verb or a colon stands in it (step 3d, judge-frames.ts):
 * a deed after the verb (a plea, a court's ruling, a bankruptcy, a sum, a match), the writer's own voice, a section
 * label, a news agency after a dateline, and page furniture in a text read without its page ("Leia também",
 * "Publicidade").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const MEASURE_UNITS = set(`% por cento pontos ponto reais real euros dólares mil milhões milhão bilhões bilhão segundos minutos
  horas dias semanas meses anos metros quilômetros quilómetros toneladas votos cadeiras gols golos pontos`);
export const MEASURE_FOLLOWERS = new Set([...set(`a em no na de do da por e ou desde ontem mais contra para`), ',', '.', ';', ')']);

export const DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  declarar: ['guerra|falência|falencia|culpado|culpada|inocente|inconstitucional|inconstitucionais|nulo|nula|vencedor|vencedora|luto|ilegal|extinta|extinto|encerrado|encerrada|aberto|aberta|prescrita|prescrito|calamidade|emergência|independência',
    'a falência|o luto|a guerra|estado|situação'],
  anunciar: ['lucro|prejuízo|prejuizo|receita|investimento|investimentos|demissões|contratações|dividendos',
    'a contratação|a venda|a compra|a saída|a aposentadoria|a demissão|o lucro|o prejuízo|um lucro|um prejuízo|um investimento'],
  confirmar: ['a contratação|a condenação|a sentença|a decisão|a vaga|a classificação'],
  admitir: ['o recurso|a denúncia|o pedido'],
  reconhecer: ['o vínculo|a paternidade'],
  revelar: ['o elenco|a camisa|o uniforme'],
  informar: ['o nome|os nomes'],
};

export const PASSIVE_DEED_LEMMAS = set(`acusar declarar denunciar`);
export const WRITER_PRONOUNS = set(`eu nós nosso nossa nossos nossas meu minha meus minhas`);
export const SECTION_LABELS = set(`leia também veja vídeo ao vivo análise opinião editorial coluna crônica exclusivo reportagem
  entrevista infográfico fotos galeria atualização`);
export const NEWS_AGENCIES = set(`lusa efe afp reuters ap agência estado ansa dpa xinhua`);

/** How a furniture line opens: a pointer to another article, an advertisement, a share or subscription prompt. */
const FURNITURE_OPENINGS: readonly string[] = ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'publicidade',
  'continua após a publicidade', 'continue lendo', 'compartilhe', 'partilhe', 'assine', 'inscreva-se', 'siga-nos', 'siga o',
  'newsletter', 'receba as notícias', 'foto:', 'foto :', 'crédito:', 'atualizado em', 'publicado em', 'ouça', 'relacionadas',
  'mais lidas', 'clique aqui', 'leia a íntegra'];
const FURNITURE_MAX_LENGTH = 160;

export function isFurnitureLine(line: string): boolean {
  const lower = line.trim().toLowerCase();
  return lower.length <= FURNITURE_MAX_LENGTH && FURNITURE_OPENINGS.some((opening) => lower.startsWith(opening));
}

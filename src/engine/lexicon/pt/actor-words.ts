/**
 * Lexicon: the Portuguese words that tell what kind of actor a source is — titles before names ("Sr.", "o ministro",
 * "a porta-voz", "o deputado"), nouns of documents, of organisations and of unnamed sources — and the words a speaker
 * or hearer phrase may start with. Lower case.
 */
import { ARTICLES } from './function-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const TITLES = set(`sr sra srs sras srta dr dra prof profa presidente presidenta ministro ministra primeiro primeira
  secretário secretária diretor diretora porta-voz prefeito prefeita governador governadora procurador procuradora promotor
  promotora juiz juíza desembargador desembargadora senador senadora deputado deputada vereador vereadora embaixador
  embaixadora chefe comandante general coronel capitão tenente sargento delegado delegada papa cardeal bispo arcebispo padre
  pastor rei rainha príncipe princesa advogado advogada professor professora pesquisador pesquisadora economista analista
  conselheiro conselheira assessor assessora vice-presidente vice-prefeito vice-governador ex ex-presidente ex-ministro
  ex-ministra líder candidato candidata dirigente coordenador coordenadora superintendente gerente fundador fundadora ceo
  técnico treinador autarca eurodeputado eurodeputada chanceler representante relator relatora`);

export const PERSON_TITLES = set(`sr sra srs sras srta dr dra prof profa presidente presidenta ministro ministra juiz juíza
  desembargador desembargadora senador senadora deputado deputada vereador vereadora prefeito prefeita governador governadora
  general coronel capitão tenente sargento delegado delegada papa cardeal bispo rei rainha príncipe princesa embaixador
  embaixadora chanceler procurador procuradora promotor promotora parlamentar economista analista pesquisador pesquisadora
  especialista advogado advogada professor professora técnico treinador treinadora jogador jogadora dirigente médico médica
  cientista autarca relator relatora`);

export const DOCUMENT_NOUNS = set(`documento documentos relatório relatórios nota notas comunicado comunicados carta ofício
  declaração estudo estudos pesquisa pesquisas levantamento sondagem projeto lei texto decreto portaria sentença acórdão
  decisão parecer despacho mensagem e-mail publicação post artigo editorial livro análise balanço dados números resolução
  denúncia petição medida proposta emenda tratado acordo plano programa orçamento vídeo dossiê ata boletim laudo relato
  inquérito`);

export const ORGANISATION_NOUNS = set(`conselho comissão comitê comité parlamento congresso câmara senado assembleia ministério
  secretaria departamento agência governo administração gabinete tribunal corte supremo sindicato partido campanha empresa
  companhia grupo organização associação instituto fundação universidade escritório serviço polícia pm pf exército marinha
  força forças equipe equipa time clube rede jornal emissora federação confederação liga movimento maioria oposição
  planalto itamaraty prefeitura governo embaixada consulado missão otan onu ue autoridade autoridades regime estado banco
  fundo aliança coalizão coligação coletivo centro laboratório operadora fabricante montadora distribuidora seguradora
  agência procuradoria promotoria defensoria ministério-público mp mpf stf stj tse tcu anvisa ibge inss petrobras bndes
  autarquia autarquias câmara-municipal junta prefeitura ong`);

/**
 * (with the third-person pronouns: "“…”, disse ele" names its speaker after the cue, as "…, disse o ministro" does;
 * alone in a speaker phrase a pronoun is read as a pronoun first, find-sources.ts)
 */
export const UNNAMED_SOURCE_NOUNS = set(`ele ela eles elas fonte fontes responsável responsáveis autoridade autoridades especialista especialistas
  analista analistas observador observadores aliado aliados assessor assessores interlocutor interlocutores conselheiro
  conselheiros diplomata diplomatas testemunha testemunhas morador moradores moradora moradoras vizinho vizinhos vizinha
  vizinhas eleitores apoiadores opositores críticos alguns muitos vários porta-voz representante representantes deputados
  parlamentares membros economistas cientistas pesquisadores investigadores militantes manifestantes dirigentes participantes
  sindicalistas funcionários servidores trabalhadores agricultores pescadores internautas usuários mãe pai filho filha mulher
  homem amigo amiga amigos colega colegas aluno alunos professor professores médico médicos policial policiais bombeiro
  bombeiros vítima vítimas sobrevivente sobreviventes refém reféns parentes familiares comerciante comerciantes aposentado aposentada aposentados aposentadas pessoas
  torcedores jogadores atletas advogado advogados interlocutores técnicos economista especialista analista pesquisador
  pesquisadora cientista historiador historiadora sociólogo socióloga advogada médica professora consultor consultora
  morador moradora líder dirigente técnico treinador jogador atleta torcedor torcedora comerciante servidor servidora
  funcionário funcionária delegado delegada promotor promotora procurador procuradora investigador investigadora`);

export const PLURAL_PERSON_NOUNS = set(`pessoas gente polícia família famílias população público pessoal`);

/** The endings of Portuguese nouns for people: pesquisadores, diretora, economista, servidores, brasileiros, moradora. */
const PERSON_NOUN_ENDING = /(?:dor|dora|dores|doras|tor|tora|tores|toras|ista|istas|ário|ária|ários|árias|eiro|eira|eiros|eiras|ante|antes|ente|entes|ogo|oga|ogos|ogas|ês|esa|eses|esas)$/u;

const THING_NOUNS = set(`setor setores motor motores computador computadores valor valores calor interior exterior favor temor
  ato fator fatores indicador indicadores dinheiro janeiro fevereiro terreiro banheiro roteiro cheiro primeiro primeira
  brasileiro brasileira mês ano anos semana dia dias plano planos governo orçamento calendário cenário cenários salário
  salários horário horários comentário comentários relatório relatórios inventário dicionário território história memória
  vitória glória fronteira fronteiras carreira bandeira cadeira cadeiras maneira madeira feira quinta-feira sexta-feira
  segunda-feira terça-feira quarta-feira antes durante enquanto importante constante restante instante estudante mercado
  ambiente ambientes acidente continente semente serpente torrente corrente mente jogo jogos diálogo fogo logo
  frente gente dente lista listas pista pistas revista revistas conquista entrevista entrevistas vista semestre ideia pesquisa
  momento`);

export function isPersonNoun(lower: string): boolean {
  // (a person's title too: "o parlamentar", "a relatora")
  if (UNNAMED_SOURCE_NOUNS.has(lower) || PLURAL_PERSON_NOUNS.has(lower) || PERSON_TITLES.has(lower)) return true;
  return PERSON_NOUN_ENDING.test(lower) && !THING_NOUNS.has(lower);
}

export const INDEFINITE_DETERMINERS = set(`um uma uns umas alguns algumas vários várias muitos muitas certos certas outros outras
  outro outra nenhum nenhuma diversos diversas`);

/** Lower-case words that may open an inverted speaker ("…, disse o ministro", "…, afirmou ela"). */
export const SPEAKER_LEAD_WORDS = new Set([...ARTICLES, ...set(`ele ela eles elas vários alguns seu sua seus suas nosso nossa`)]);

export const SPEAKER_PHRASE_STARTS = new Set([...ARTICLES, ...SUBJECT_PRONOUNS]);

/** Words that open a hearer after a verb that names one first ("avisou os moradores de que …"). */
export const HEARER_WORDS = new Set([...OBJECT_PRONOUNS, ...set(`a ao aos à às os as o`)]);

export const NOT_A_NAME_ALONE = set(`O A Os As Um Uma E Mas Em No Na Ao Para Com De Do Da Mesmo Até Também Já Ainda Segundo
  Conforme Hoje Ontem Após Depois Antes`);

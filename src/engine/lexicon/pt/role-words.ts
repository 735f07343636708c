/**
 * Lexicon: the Portuguese words that say what kind of voice a source is (roles.ts reads them): titles ("a ministra",
 * "o procurador", "o prefeito", "o governador", "o senador"), occupations ("pesquisadora", "pescador"), bodies
 * ("prefeitura", "sindicato", "Polícia Militar") and the plural nouns of groups ("moradores", "especialistas"), in
 * Brazilian and European spelling. One to four words each, lower case. A strong word says the role by itself; a weak
 * one only when nothing stronger is written beside it ("presidente" of a republic or of a club).
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';

type Listed = RoleWord['role'];
const words = (list: string): string[] => list.trim().split(/\s*,\s*/u);

const STRONG: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`deputado, deputada, deputados, deputadas, senador, senadora, senadores, vereador, vereadora, vereadores,
    prefeito, prefeita, governador, governadora, ministro, ministra, ministros, primeiro-ministro, primeira-ministra,
    presidente da república, vice-presidente, parlamentar, parlamentares, candidato, candidata, eurodeputado, eurodeputada,
    autarca, autarcas, deputado federal, deputada federal, deputado estadual, deputada estadual, líder do governo,
    líder da oposição, oposição, bancada, congressista, congressistas, chanceler, presidente da câmara, presidente do senado,
    presidente do congresso, pt, pl, psdb, mdb, psol, ps, psd, iniciativa liberal, bloco de esquerda`),
  official: words(`ministério, governo, secretaria, secretário, secretária, planalto, palácio do planalto, itamaraty,
    prefeitura, embaixada, embaixador, embaixadora, diplomata, diplomatas, servidor, servidores, servidora, agência,
    autoridade, autoridades, comissão europeia, nações unidas, união europeia, defesa civil, anvisa, ibge, inss, receita
    federal, banco central, ministério da saúde, ministério da fazenda, câmara municipal, junta de freguesia, proteção civil,
    bombeiros, corpo de bombeiros, porta-voz do governo`),
  justice: words(`juiz, juíza, juízes, desembargador, desembargadora, procurador, procuradora, procuradores, promotor, promotora,
    promotores, ministério público, mp, mpf, procuradoria, promotoria, defensoria, tribunal, stf, stj, tse, supremo, supremo
    tribunal federal, corte, polícia, polícia militar, polícia civil, polícia federal, pm, pf, psp, gnr, polícia judiciária,
    delegado, delegada, policial, policiais, polícias, agente, agentes, investigadores, perito, perita, peritos, ministro do stf`),
  expert: words(`professor, professora, pesquisador, pesquisadora, pesquisadores, investigador, investigadora, cientista,
    cientistas, economista, economistas, especialista, especialistas, analista, analistas, historiador, historiadora,
    sociólogo, socióloga, cientista político, cientista política, médico, médica, médicos, epidemiologista, universidade,
    instituto, laboratório, climatologista, meteorologista, consultor, consultora, consultoria, usp, unicamp, fiocruz,
    fgv`),
  business: words(`empresa, empresas, ceo, empresário, empresária, empresários, banco, comerciante, comerciantes, industrial,
    acionistas, montadora, fabricante, construtora, varejista, operadora, fundador, fundadora, petrobras, startup`),
  advocacy: words(`ong, sindicato, sindicatos, sindicalista, ativista, ativistas, activista, activistas, militante, militantes,
    movimento, coletivo, defensor, defensores, organização não governamental, mst, cut, força sindical, greenpeace,
    observatório`),
  media: words(`jornalista, jornalistas, redação, colunista, comentarista, comentador, agência de notícias, lusa, agência brasil,
    reuters, afp, folha, estadão, g1, globo, jornal, revista, emissora, tv globo, rtp, sic`),
  citizen: words(`morador, moradora, moradores, moradoras, vizinho, vizinha, vizinhos, testemunha, testemunhas, eleitor,
    eleitora, eleitores, pai, mãe, pais, vítima, vítimas, pescador, pescadores, agricultor, agricultores, trabalhador,
    trabalhadora, trabalhadores, funcionário, funcionária, funcionários, estudante, estudantes, aluno, alunos, manifestante,
    manifestantes, aposentado, aposentada, aposentados, motorista, motoristas, torcedor, torcedora, torcedores, paciente,
    pacientes, consumidor, consumidores, sobrevivente, sobreviventes, refém, reféns, familiar, familiares, parentes,
    comerciante local, feirante, feirantes, passageiro, passageira, passageiros`),
};

const WEAK: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`presidente, presidenta, partido, campanha, assembleia, senado, câmara, congresso, esquerda, direita, líder,
    relator, relatora`),
  official: words(`responsável, responsáveis, porta-voz, assessor, assessora, assessoria, conselheiro, conselheira, conselho,
    comitê, comité, diretor-geral, serviço, serviços, coordenador, coordenadora, superintendente, superintendência,
    assessoria de imprensa, secretário-geral, comandante`),
  justice: words(`advogado, advogada, advogados, defesa`),
  expert: words(`centro, doutor, doutora`),
  business: words(`sociedade, grupo, diretor, diretora, companhia, gerente, dirigente, executivo, executiva, presidente-executivo`),
  advocacy: words(`associação, associações, fundação, organização, federação, confederação`),
  media: words(`site, portal, rádio, televisão, canal`),
  citizen: words(`família, famílias, capitão, membros, comunidade, torcida`),
};

export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = roleWordTable(WEAK, STRONG);
export const ROLE_WORDS_MAX = 4;

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

export const ROLELESS_SOURCE_NOUNS = set(`fonte fontes alguém críticos opositores apoiadores aliados observadores interlocutores
  pessoa pessoas gente vozes`);
export const ROLELESS_ALONE = set(`alguns outros muitos vários`);
export const NOBODY = set(`ninguém nenhum nenhuma`);
export const ROLE_BODY_WORDS = set(`conselho comitê comité associação cooperativa sociedade federação partido empresa instituto
  agência departamento ministério secretaria grupo fundação comissão gabinete prefeitura câmara`);
export const APPOSITION_HEAD_ENDS = set(`de do da dos das ao à em no na para com sobre que quem cujo cuja e`);
export const ROLE_WINDOW_BREAKERS = set(`disse afirmou declarou segundo conforme ao à por de do da com em no na sobre para como
  que quando mas se quem é são foi e ou ele ela eles elas`);
export const BUSINESS_FOLLOWERS = set(`ceo fundador cofundador acionistas lojas ações compra sede clientes`);
export const BUSINESS_OF = set(`compra aquisição ações acionistas ceo fundador cofundador dono donos proprietário proprietários
  dirigentes`);
export const ROLE_ANAPHORS = set(`empresa companhia grupo montadora fabricante rede jornal emissora operadora`);
export const ROLE_DOCUMENT_HEADS = set(`pesquisa estatísticas resultados números dados`);
export const APPOSITION_OPENERS = set(`um uma o a seu sua que hoje também ex atual`);
export const ROLE_COPULAS = set(`é era são eram foi continua segue`);
export const COPULA_ADVERBS = set(`também ainda hoje agora atualmente apenas`);
/** A people named after a place, as a plural: "os brasileiros", "os portugueses", "as cariocas". */
export const PEOPLE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:eiros|eiras|enses|eses|esas|anos|anas|istas)$/u;

/** The language detector: declarations, scripts and stopwords, and which declaration the text overrules. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  declaredLanguage, detectTextLanguage, resolveLanguage,
} from '../../../src/page/language/detect-language.js';

const SAMPLES: Record<string, string> = {
  en: 'The council said on Tuesday that the new rules would apply to every boat in the harbour, and that the fees were needed for the wall which has been failing for years.',
  fr: 'Le conseil a déclaré mardi que les nouvelles règles seraient appliquées à tous les bateaux du port, et que les frais étaient nécessaires pour la digue qui est en mauvais état depuis des années.',
  de: 'Der Rat hat am Dienstag erklärt, dass die neuen Regeln für alle Boote im Hafen gelten werden und dass die Gebühren für die Mauer nötig sind, die seit Jahren nicht mehr hält.',
  es: 'El consejo dijo el martes que las nuevas normas se aplicarán a todos los barcos del puerto, y que las tasas son necesarias para el muro que lleva años en mal estado y que nadie repara.',
  pt: 'O conselho disse na terça-feira que as novas regras serão aplicadas a todos os barcos do porto, e que as taxas são necessárias para o muro que está em mau estado há anos e que ninguém repara.',
  it: 'Il consiglio ha detto martedì che le nuove regole saranno applicate a tutte le barche del porto, e che le tasse sono necessarie per il muro che è in cattivo stato da anni e che nessuno ripara.',
  nl: 'De raad heeft dinsdag gezegd dat de nieuwe regels voor alle boten in de haven gaan gelden en dat de kosten nodig zijn voor de muur die al jaren in slechte staat is en die niemand repareert.',
  cs: 'Rada v úterý uvedla, že nová pravidla se budou vztahovat na všechny lodě v přístavu a že poplatky jsou nutné pro zeď, která je už léta ve špatném stavu a kterou nikdo neopravuje.',
  ja: '評議会は火曜日、新しい規則が港のすべての船に適用され、何年も前から壊れている壁のために料金が必要だと述べた。',
  zh: '委员会周二表示，新规定将适用于港口的所有船只，这些费用是修缮多年失修的海堤所必需的。',
  ru: 'Совет заявил во вторник, что новые правила будут применяться ко всем судам в гавани и что сборы нужны для ремонта стены.',
  ar: 'قال المجلس يوم الثلاثاء إن القواعد الجديدة ستطبق على جميع القوارب في الميناء وإن الرسوم ضرورية لإصلاح الجدار.',
  he: 'המועצה אמרה ביום שלישי כי הכללים החדשים יחולו על כל הסירות בנמל וכי האגרות נחוצות לתיקון החומה.',
};

describe('detectTextLanguage', () => {
  for (const [language, text] of Object.entries(SAMPLES)) {
    it(`recognises ${language}`, () => {
      expect(detectTextLanguage(text)?.language).toBe(language);
    });
  }

  it('says nothing about a few words', () => {
    expect(detectTextLanguage('Harbour toll')).toBeNull();
  });
});

describe('declaredLanguage and resolveLanguage', () => {
  it('reads the primary subtag of <html lang>', () => {
    expect(declaredLanguage(new JSDOM('<html lang="en-GB"><body></body></html>').window.document)).toBe('en');
    expect(declaredLanguage(new JSDOM('<html><body></body></html>').window.document)).toBeNull();
  });

  it('lets confident text overrule a wrong declaration, and keeps the declaration otherwise', () => {
    expect(resolveLanguage('en', SAMPLES.de ?? '')).toBe('de');
    expect(resolveLanguage('en', 'Harbour toll')).toBe('en');
    expect(resolveLanguage(null, 'Harbour toll')).toBe('und');
    expect(resolveLanguage(null, SAMPLES.en ?? '')).toBe('en');
  });
});

describe('Cyrillic text is Russian only when it is Russian (issue 18)', () => {
  const UKRAINIAN = 'Рада у вівторок заявила, що нові правила будуть застосовуватися до всіх суден у гавані, і що збори потрібні для ремонту стіни, яка руйнується вже багато років.';
  const BELARUSIAN = 'Савет у аўторак заявіў, што новыя правілы будуць ужывацца да ўсіх суднаў у гавані, і што зборы патрэбныя для рамонту сцяны, якая разбураецца ўжо шмат гадоў.';

  it('reads Russian as Russian, Ukrainian as Ukrainian, Belarusian as Belarusian', () => {
    expect(detectTextLanguage(SAMPLES.ru ?? '')).toEqual({ language: 'ru', confident: true });
    expect(detectTextLanguage(UKRAINIAN)).toEqual({ language: 'uk', confident: true });
    expect(detectTextLanguage(BELARUSIAN)).toEqual({ language: 'be', confident: true });
  });

  it('lets a Ukrainian or Belarusian text overrule a page declared Russian', () => {
    expect(resolveLanguage('ru', UKRAINIAN)).toBe('uk');
    expect(resolveLanguage('ru', BELARUSIAN)).toBe('be');
    expect(resolveLanguage('bg', SAMPLES.ru ?? '')).toBe('bg');
  });

  it('reads a Russian text quoting a Ukrainian name as Russian', () => {
    expect(detectTextLanguage('Президент Украины Владимир Зеленский заявил, что переговоры в Києві продолжатся, и это было его главное заявление за неделю.')?.language).toBe('ru');
  });
});

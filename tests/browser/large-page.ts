/**
 * Writes a very large news page of our own (over 1 MB of text, thousands of attributed quotes) for the robustness
 * run and the page bench: the slicing of the article finder, the engine and the painting must keep every
 * main-thread task short on it. Generated from a few sentence templates, deterministic, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAMES = ['Ines Lorca', 'Tomas Ebbe', 'Marta Quist', 'Olaf Brenner', 'Petra Lund', 'Hugo Varga', 'Selma Dahl', 'Aron Falk', 'Lea Moritz', 'Ivo Sandberg', 'Nora Kessel', 'Emil Strand'];
const ROLES = ['the harbour master', 'the union organiser', 'the council leader', 'the trust director', 'a ferry captain', 'the mayor'];
const TOPICS = ['the sea wall', 'the ferry timetable', 'the harbour toll', 'the lighthouse', 'the fish market', 'the new pier'];
const VERBS = ['said', 'told reporters', 'insisted', 'warned', 'added', 'claimed'];

function paragraph(index: number): string {
  const name = NAMES[index % NAMES.length] ?? '';
  const other = NAMES[(index * 7 + 3) % NAMES.length] ?? '';
  const role = ROLES[index % ROLES.length] ?? '';
  const topic = TOPICS[(index * 5) % TOPICS.length] ?? '';
  const verb = VERBS[index % VERBS.length] ?? 'said';
  return `<p>“The work on ${topic} cannot wait another winter, and the island knows it,” ${verb} ${name}, ${role}, at meeting number ${index}. `
    + `According to ${other}, the cost of ${topic} has risen by ${index % 40} per cent since the spring, a figure the council disputes. `
    + `${name} said the residents would be consulted before any decision on ${topic} was taken.</p>`;
}

/** Writes the page and returns the folder holding it as `large-news/source.html` (the real pages' layout). */
export function writeLargePage(paragraphs = 3600): { dir: string; page: string; bytes: number } {
  const dir = join(tmpdir(), 'whosaid-large-page');
  mkdirSync(join(dir, 'large-news'), { recursive: true });
  const body = Array.from({ length: paragraphs }, (_, index) => paragraph(index)).join('\n');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The harbour year in quotes | The Coastal Ledger</title></head>
<body><nav><a href="/">Home</a></nav><main><article><h1>The harbour year in quotes</h1>
<p class="standfirst">Every meeting, every promise and every warning about the island’s harbour, as the people involved put it.</p>
<div class="article-body">${body}</div></article></main></body></html>`;
  writeFileSync(join(dir, 'large-news', 'source.html'), html);
  return { dir, page: 'large-news', bytes: Buffer.byteLength(html) };
}

/**
 * A worded message with its figure in bold ("<strong>4</strong> officials", "Distanzierende Verben: <strong>2</strong>"):
 * the figure is found inside the message the interface language gave, wherever that language puts it.
 */
import type { ComponentChildren } from 'preact';
import { formatNumber } from '../../shared/i18n.js';

export function strongText(text: string, figure: string): ComponentChildren {
  const at = text.indexOf(figure);
  if (figure === '' || at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <strong>{figure}</strong>
      {text.slice(at + figure.length)}
    </>
  );
}

/** strongText for a number, written as the interface language writes it. */
export function strongNumber(text: string, value: number): ComponentChildren {
  return strongText(text, formatNumber(value));
}

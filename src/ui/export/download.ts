/**
 * Saves a text export as a file from inside the sidebar: a Blob URL on a temporary anchor appended to the sidebar's
 * own container (inside the shadow root, so the page never sees it), clicked, removed, and the URL revoked. The
 * click is WhoSaid's own event, let through the shadow root's gate for untrusted input (shared/trusted-input.ts).
 */
import { clickOwnElement } from '../../shared/trusted-input.js';

export type ExportFormat = 'md' | 'csv' | 'json';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

export function downloadText(container: Element, fileName: string, format: ExportFormat, text: string): void {
  const doc = container.ownerDocument;
  const url = URL.createObjectURL(new Blob([text], { type: EXPORT_MIME[format] }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  container.appendChild(anchor);
  clickOwnElement(anchor);
  anchor.remove();
  // The download has started by the time the click returns in both browsers; a delay is a safety margin.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * A minimal stand-in for the Preact sidebar (src/ui/sidebar/mount.tsx) until it lands: actors by number of claims,
 * each claim a button that jumps to it, and a close button. Built from text nodes only; same contract as the real one.
 */
import type { SidebarActions, SidebarHandle, SidebarModel } from '../ui/sidebar-api.js';

const STANDIN_CSS = `
.panel { position: fixed; top: 0; right: 0; bottom: 0; width: 340px; overflow: auto; box-sizing: border-box;
  padding: 12px 14px; background: #fff; color: #1a1a1a; border-left: 1px solid #ccc;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: -2px 0 8px rgb(0 0 0 / 0.15); }
.panel h2 { font-size: 16px; margin: 0 0 8px; }
.close { position: absolute; top: 8px; right: 10px; }
.actor { margin: 12px 0 4px; font-weight: 600; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
.claim { display: block; width: 100%; text-align: left; margin: 4px 0; padding: 4px 6px; font: inherit;
  background: #f5f5f5; border: 1px solid #ddd; border-radius: 4px; cursor: pointer; color: inherit; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const created = doc.createElement(tag);
  created.className = className;
  if (text !== '') created.textContent = text;
  return created;
}

export function mountSidebarStandIn(container: ShadowRoot, model: SidebarModel, actions: SidebarActions): SidebarHandle {
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  if (view !== null) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(STANDIN_CSS);
    container.adoptedStyleSheets = [...container.adoptedStyleSheets, sheet];
  }
  const panel = element(doc, 'aside', 'panel');
  panel.setAttribute('aria-label', 'WhoSaid');
  container.append(panel);

  const render = (current: SidebarModel): void => {
    panel.replaceChildren();
    panel.append(element(doc, 'h2', 'title', 'WhoSaid'));
    const close = element(doc, 'button', 'close', '×');
    close.setAttribute('aria-label', 'Close the sidebar');
    close.addEventListener('click', () => actions.close());
    panel.append(close);
    const analysis = current.analysis;
    if (current.state !== 'ready' || analysis === null) {
      panel.append(element(doc, 'p', 'message', current.message ?? current.state));
      return;
    }
    const counts = new Map<string, number>();
    for (const claim of analysis.claims) if (claim.actorId !== null) counts.set(claim.actorId, (counts.get(claim.actorId) ?? 0) + 1);
    const actors = [...analysis.actors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
    const blockText = (block: number, start: number, end: number): string => analysis.blocks[block]?.text.slice(start, end) ?? '';
    for (const actor of actors) {
      const heading = element(doc, 'div', 'actor');
      const swatch = element(doc, 'span', 'swatch');
      swatch.style.background = current.actorColors[actor.id] ?? '#888';
      heading.append(swatch, doc.createTextNode(`${actor.name} (${actor.kind})`));
      panel.append(heading);
      for (const claim of analysis.claims) {
        if (claim.actorId !== actor.id) continue;
        const content = claim.content.map((span) => blockText(span.block, span.start, span.end)).join(' … ');
        const cue = blockText(claim.cue.block, claim.cue.start, claim.cue.end);
        const button = element(doc, 'button', 'claim', `${cue}: ${content}`);
        button.dataset['claimId'] = claim.id;
        button.addEventListener('click', () => actions.jumpToClaim(claim.id));
        panel.append(button);
      }
    }
  };
  render(model);
  return { update: render, destroy: () => panel.remove() };
}

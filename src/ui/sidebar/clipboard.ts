/**
 * Copies text for the "copy as citation" button: the async Clipboard API when the page's context allows it,
 * else a temporary textarea inside the sidebar's container and the legacy copy command.
 */
export async function copyText(container: Element, text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not permitted here (insecure page, no user activation in this browser): fall back below.
  }
  const doc = container.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  container.appendChild(area);
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const root = container.getRootNode();
  const rootActive = root instanceof ShadowRoot ? root.activeElement : null;
  area.select();
  let copied = false;
  try {
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  const refocus = rootActive instanceof HTMLElement ? rootActive : previous;
  refocus?.focus();
  return copied;
}

/**
 * Only the reader's own hand acts in WhoSaid's UI. A page script can call `click()` on anything it reaches, set an
 * input's value and dispatch `input`, or dispatch keys: the browser marks each such event untrusted
 * (`event.isTrusted` false). `acceptOnlyTrustedInput(root)` is the one gate for everything inside WhoSaid's shadow
 * root: in the capture phase, before any handler of the sidebar or the hover card sees it, an untrusted event of
 * the kinds below is stopped and its default action (a button's activation, a form's submission) cancelled. No
 * handler inside can forget the check, because none of them is reached. `trusted(handler)` does the same for the
 * listeners WhoSaid puts on the page itself (the hover card's pointer), and `clickOwnElement` lets WhoSaid's own
 * code click its own temporary elements (the export's download link) through the gate.
 *
 * A form's `submit` event is always trusted, even from the page's `form.requestSubmit()`: forms in WhoSaid never
 * act on it; they act on their submit button's click, which the gate lets through only from the reader.
 */

/** Every kind of event a handler in the sidebar or the hover card may act on. */
export const GATED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu',
  'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress',
  'beforeinput', 'input', 'change', 'submit', 'reset',
  'focus', 'blur', 'focusin', 'focusout',
] as const;

/**
 * The element WhoSaid's own code is clicking right now (clickOwnElement): events at it pass the gate for the time
 * of that one synchronous click, so no page script can run in between.
 */
let ownTarget: EventTarget | null = null;

function isAllowed(event: Event): boolean {
  return event.isTrusted || (ownTarget !== null && event.target === ownTarget);
}

/** Stops every untrusted event of GATED_EVENTS at `root`; returns the function that takes the gate away. */
export function acceptOnlyTrustedInput(root: EventTarget): () => void {
  const stop = (event: Event): void => {
    if (isAllowed(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of GATED_EVENTS) root.addEventListener(type, stop, { capture: true });
  return () => {
    for (const type of GATED_EVENTS) root.removeEventListener(type, stop, { capture: true });
  };
}

/** `handler`, called only for the reader's own (trusted) events. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** Clicks an element of WhoSaid's own making (a download link), through the gate. */
export function clickOwnElement(element: HTMLElement): void {
  ownTarget = element;
  try {
    element.click();
  } finally {
    ownTarget = null;
  }
}

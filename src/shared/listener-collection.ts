/**
 * Collects event listeners and timers so a long-lived object can release all of them in one call: how the content
 * script switches off and leaves nothing behind on the page.
 */

export class ListenerCollection {
  #cleanups: Array<() => void> = [];

  add(target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, listener, options);
    this.#cleanups.push(() => target.removeEventListener(type, listener, options));
  }

  /** Runs `cleanup` when everything is released: cancelling a timer, a frame callback, an observer. */
  onRelease(cleanup: () => void): void {
    this.#cleanups.push(cleanup);
  }

  releaseAll(): void {
    const cleanups = this.#cleanups;
    this.#cleanups = [];
    for (const cleanup of cleanups.reverse()) cleanup();
  }
}

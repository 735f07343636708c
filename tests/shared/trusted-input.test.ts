// @vitest-environment jsdom
/**
 * The gate for untrusted input at WhoSaid's shadow root: a page's synthetic click, input and key events never reach
 * a handler inside, a synthetic click on a submit button submits nothing, and WhoSaid's own dispatched events pass.
 * (Every event made in jsdom is untrusted; the trusted side is exercised in real browsers, tests/browser.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptOnlyTrustedInput, clickOwnElement, trusted } from '../../src/shared/trusted-input.js';

afterEach(() => {
  document.body.replaceChildren();
});

function shadowWithForm(): { shadow: ShadowRoot; button: HTMLButtonElement; input: HTMLInputElement; form: HTMLFormElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const form = document.createElement('form');
  const input = document.createElement('input');
  const button = document.createElement('button');
  button.type = 'submit';
  form.append(input, button);
  shadow.append(form);
  return { shadow, button, input, form };
}

describe('acceptOnlyTrustedInput', () => {
  it('stops a synthetic click, input, change and keydown before any handler inside', () => {
    const { shadow, button, input } = shadowWithForm();
    acceptOnlyTrustedInput(shadow);
    const seen = vi.fn();
    for (const type of ['click', 'input', 'change', 'keydown']) {
      button.addEventListener(type, seen);
      input.addEventListener(type, seen);
    }
    button.click();
    input.value = 'Anna Berg';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
  });

  it('cancels a synthetic click on a submit button, so the form is not submitted', () => {
    const { shadow, button, form } = shadowWithForm();
    acceptOnlyTrustedInput(shadow);
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    button.click();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('lets WhoSaid click its own element, and only during that click', () => {
    const { shadow, button } = shadowWithForm();
    acceptOnlyTrustedInput(shadow);
    const seen = vi.fn();
    button.addEventListener('click', seen);
    button.type = 'button';
    clickOwnElement(button);
    expect(seen).toHaveBeenCalledTimes(1);
    button.click();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('is taken away by the function it returns', () => {
    const { shadow, button } = shadowWithForm();
    button.type = 'button';
    const release = acceptOnlyTrustedInput(shadow);
    release();
    const seen = vi.fn();
    button.addEventListener('click', seen);
    button.click();
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('trusted', () => {
  it('calls the handler for no untrusted event', () => {
    const handler = vi.fn();
    document.addEventListener('pointermove', trusted(handler));
    document.dispatchEvent(new Event('pointermove'));
    expect(handler).not.toHaveBeenCalled();
  });
});

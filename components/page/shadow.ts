/** Our UI on a page lives in one shadow root, styled by constructed sheets, immune to the page's CSS. */

export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

const HOST_CSS = `:host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;contain:none!important}`;

/** Events a page could fake to press our buttons: only the auditor's own (trusted) ones get through. */
const GUARDED = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'input', 'change', 'submit'];

/**
 * Mount our UI in a closed shadow root: the page can neither read nor reach it.
 * `open` only for the browser tests, which look inside (a setting the page cannot set); `guard`
 * off only for the DOM unit tests, whose simulated clicks are all untrusted.
 */
export function mountShadow(doc: Document, name: string, css: string, open = false, guard = true): ShadowUi {
  const host = doc.createElement(name);
  host.setAttribute('style', 'all:initial !important;display:block !important;');
  const root = host.attachShadow({ mode: open ? 'open' : 'closed' });
  // a page's synthetic events (element.click(), dispatchEvent) stop here, before any of our handlers
  for (const type of guard ? GUARDED : []) {
    root.addEventListener(
      type,
      (e) => {
        if (!e.isTrusted) {
          e.stopImmediatePropagation();
          e.preventDefault();
        }
      },
      true,
    );
  }
  const sheets: CSSStyleSheet[] = [];
  for (const text of [HOST_CSS, css]) {
    try {
      const s = new CSSStyleSheet();
      s.replaceSync(text);
      sheets.push(s);
    } catch {
      const style = doc.createElement('style');
      style.textContent = text;
      root.append(style);
    }
  }
  if (sheets.length) root.adoptedStyleSheets = sheets;
  const container = doc.createElement('div');
  root.append(container);
  doc.documentElement.append(host);
  return {
    host,
    root,
    container,
    remove: () => host.remove(),
  };
}

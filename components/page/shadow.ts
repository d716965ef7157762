/** Our UI on a page lives in one shadow root, styled by constructed sheets, immune to the page's CSS. */

export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

const HOST_CSS = `:host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;contain:none!important}`;

export function mountShadow(doc: Document, name: string, css: string): ShadowUi {
  const host = doc.createElement(name);
  host.setAttribute('style', 'all:initial !important;display:block !important;');
  const root = host.attachShadow({ mode: 'open' });
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

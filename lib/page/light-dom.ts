/**
 * A light document tree for Node: the same htmlparser2 parse linkedom makes, into
 * plain objects that answer the small part of the DOM the engine walks: the
 * PageNode, PageElement and PageDocument of lib/model/dom.ts, which these classes
 * implement (so the compiler checks that the tree answers every call the engine
 * makes). The engine reads it exactly as it reads the live page in the content
 * script: one walker, two trees. linkedom
 * builds a full DOM at three times the cost; it is still used where a full DOM is
 * needed (Readability's fallback, through `cloneNode`: lib/node.ts provides it).
 */
import type { PageDocument, PageElement, PageNode } from '../model';

/** What makes a full DOM of a page's HTML: set by lib/node.ts (linkedom, loaded the first time it is asked for). */
let fullDom: ((html: string) => Document) | null = null;
export function setFullDom(make: (html: string) => Document): void {
  fullDom = make;
}

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;

/** Elements with no content and no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose text is not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript']);

export abstract class LightParent {
  parentNode: LightParent | null = null;
  childNodes: LightNode[] = [];
  abstract get nodeType(): number;

  /** Only a text has characters of its own. */
  get nodeValue(): null {
    return null;
  }

  get parentElement(): LightElement | null {
    return this.parentNode instanceof LightElement ? this.parentNode : null;
  }

  get ownerDocument(): LightDocument | null {
    let n: LightParent | null = this.parentNode;
    while (n && !(n instanceof LightDocument)) n = n.parentNode;
    return n;
  }

  get firstChild(): LightNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): LightNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get firstElementChild(): LightElement | null {
    for (const c of this.childNodes) if (c instanceof LightElement) return c;
    return null;
  }

  get children(): LightElement[] {
    const out: LightElement[] = [];
    for (const c of this.childNodes) if (c instanceof LightElement) out.push(c);
    return out;
  }

  get childElementCount(): number {
    let n = 0;
    for (const c of this.childNodes) if (c instanceof LightElement) n++;
    return n;
  }

  get textContent(): string {
    const kids = this.childNodes;
    // most table cells hold one text or nothing: no list made for them
    if (kids.length === 0) return '';
    if (kids.length === 1 && kids[0] instanceof LightText) return kids[0].nodeValue;
    const parts: string[] = [];
    const stack: LightNode[] = [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    while (stack.length) {
      const n = stack.pop()!;
      if (n instanceof LightText) parts.push(n.nodeValue);
      else if (n instanceof LightElement) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
    return parts.join('');
  }

  /** Elements below this one, in document order, whose tag is `tag` (every element for '*'). */
  getElementsByTagName(tag: string): LightElement[] {
    const want = tag === '*' ? null : tag.toLowerCase();
    const out: LightElement[] = [];
    const stack: LightNode[] = [];
    for (let i = this.childNodes.length - 1; i >= 0; i--) stack.push(this.childNodes[i]!);
    while (stack.length) {
      const n = stack.pop()!;
      if (!(n instanceof LightElement)) continue;
      if (!want || n.localName === want) out.push(n);
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
    return out;
  }

  /** Only '*' and a bare tag name: the engine asks for nothing else (a selector engine is what linkedom costs). */
  querySelectorAll(selector: string): LightElement[] {
    const s = selector.trim();
    if (s !== '*' && !/^[a-z][a-z0-9]*$/i.test(s)) throw new Error(`light DOM: unsupported selector ${selector}`);
    return this.getElementsByTagName(s);
  }

  querySelector(selector: string): LightElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  contains(other: unknown): boolean {
    for (let n = other as LightParent | LightText | null; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  get isConnected(): boolean {
    return this.ownerDocument !== null || this instanceof LightDocument;
  }
}

export class LightText implements PageNode {
  get nodeType(): number {
    return TEXT;
  }
  parentNode: LightParent | null = null;
  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;
  get childNodes(): LightNode[] {
    return [];
  }
  constructor(public nodeValue: string) {}
  get textContent(): string {
    return this.nodeValue;
  }
  get data(): string {
    return this.nodeValue;
  }
  get parentElement(): LightElement | null {
    return this.parentNode instanceof LightElement ? this.parentNode : null;
  }
}

/** Upper-case tag names, one string per tag rather than one per element. */
const UPPER = new Map<string, string>();

export class LightElement extends LightParent implements PageElement {
  get nodeType(): number {
    return ELEMENT;
  }
  constructor(
    readonly localName: string,
    private attrs: Record<string, string>,
  ) {
    super();
  }

  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;

  get nextElementSibling(): LightElement | null {
    for (let n = this.nextSibling; n; n = n.nextSibling) if (n instanceof LightElement) return n;
    return null;
  }

  get tagName(): string {
    let t = UPPER.get(this.localName);
    if (t === undefined) UPPER.set(this.localName, (t = this.localName.toUpperCase()));
    return t;
  }

  get nodeName(): string {
    return this.tagName;
  }

  getAttribute(name: string): string | null {
    const v = this.attrs[name.toLowerCase()];
    return v === undefined ? null : v;
  }

  hasAttribute(name: string): boolean {
    return this.attrs[name.toLowerCase()] !== undefined;
  }

  getAttributeNode(name: string): { name: string; value: string } | null {
    const v = this.getAttribute(name);
    return v === null ? null : { name: name.toLowerCase(), value: v };
  }

  hasAttributes(): boolean {
    for (const _ in this.attrs) return true;
    return false;
  }

  setAttribute(name: string, value: string) {
    this.attrs[name.toLowerCase()] = String(value);
  }

  removeAttribute(name: string) {
    delete this.attrs[name.toLowerCase()];
  }

  get attributes(): { name: string; value: string }[] {
    return Object.entries(this.attrs).map(([name, value]) => ({ name, value }));
  }

  get id(): string {
    return this.attrs.id ?? '';
  }

  get className(): string {
    return this.attrs.class ?? '';
  }
}

export class LightDocument extends LightParent implements PageDocument {
  /** Where in the source the tree stopped being built (MAX_LIGHT_NODES), or null for the whole page. */
  cutAt: number | null = null;

  get nodeType(): number {
    return DOCUMENT;
  }

  get documentElement(): LightElement | null {
    for (const c of this.childNodes) if (c instanceof LightElement) return c;
    return null;
  }

  private part(tag: string): LightElement | null {
    const html = this.documentElement;
    if (!html) return null;
    for (const c of html.childNodes) if (c instanceof LightElement && c.localName === tag) return c;
    return null;
  }

  get body(): LightElement | null {
    return this.part('body');
  }

  get head(): LightElement | null {
    return this.part('head');
  }

  get title(): string {
    const t = this.getElementsByTagName('title')[0];
    return t ? t.textContent.replace(/[\t\n\f\r ]+/g, ' ').trim() : '';
  }

  /** A full DOM of the same page (linkedom), for what needs one: its elements stand in the same order. */
  cloneNode(): Document {
    if (!fullDom) throw new Error('没有完整 DOM 的解析器（lib/node.ts 提供）');
    return fullDom(serialise(this));
  }
}

export type LightNode = LightElement | LightText;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

/** The tree as HTML, element for element. */
function serialise(doc: LightDocument): string {
  const out: string[] = ['<!doctype html>'];
  const walk = (n: LightNode, raw: boolean) => {
    if (n instanceof LightText) {
      out.push(raw ? n.nodeValue : escapeText(n.nodeValue));
      return;
    }
    out.push(`<${n.localName}`);
    for (const a of n.attributes) if (/^[^\s"'>/=]+$/.test(a.name)) out.push(` ${a.name}="${escapeAttr(a.value)}"`);
    out.push('>');
    if (VOID.has(n.localName)) return;
    for (const c of n.childNodes) walk(c, RAW.has(n.localName) && n.localName !== 'title' && n.localName !== 'textarea');
    out.push(`</${n.localName}>`);
  };
  for (const c of doc.childNodes) walk(c, false);
  return out.join('');
}

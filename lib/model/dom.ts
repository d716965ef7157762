/**
 * The DOM as the engine reads it: the members it walks, and no others. A browser's
 * Document and Element answer them (the content script hands in the live page), and
 * so does the light tree the engine reads in Node (lib/page/light-dom.ts implements
 * these interfaces, so the compiler checks that it answers every call the engine
 * makes). A call the engine needs beyond these goes here first, and into the light tree.
 */

/** Any node of a page: an element, a text, or (in a browser) a comment and the like. */
export interface PageNode {
  /** 1 for an element, 3 for a text; other kinds are passed over. */
  readonly nodeType: number;
  /** A text's characters; null for an element. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly previousSibling: PageNode | null;
}

/** What a document and an element both answer: the elements below them. */
export interface PageContainer {
  /** Elements below, in document order, by tag name. */
  getElementsByTagName(name: string): ArrayLike<PageElement>;
  /**
   * Elements below matching `selectors`, in document order. The light tree answers
   * only '*' and a bare tag name and throws on anything else (see dom-text's queryAll).
   */
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
}

export interface PageElement extends PageNode, PageContainer {
  /** The tag, lower case for HTML. */
  readonly localName: string;
  /** The tag, upper case for HTML. */
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  readonly ownerDocument: PageDocument | null;
  readonly children: ArrayLike<PageElement>;
  readonly childElementCount: number;
  readonly firstElementChild: PageElement | null;
  readonly nextElementSibling: PageElement | null;
  readonly lastChild: PageNode | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { readonly value: string } | null;
  hasAttribute(name: string): boolean;
  hasAttributes(): boolean;
  contains(other: PageNode | null): boolean;
  /** A <table>'s rows as a browser keeps them (HTMLTableElement.rows); absent in the light tree. */
  readonly rows?: ArrayLike<PageElement>;
  /** A cell's spans as a browser reads them (HTMLTableCellElement); absent in the light tree, which has the attributes. */
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/** A text walker over the text nodes below a root, as a browser's Document makes one. */
export interface PageTextWalker {
  nextNode(): PageNode | null;
}

export interface PageDocument extends PageContainer {
  readonly documentElement: PageElement | null;
  readonly body: PageElement | null;
  readonly title: string;
  /**
   * A deep copy that is a full DOM `Document`, for what needs one (@mozilla/readability):
   * a browser's own copy, or a full DOM the light tree builds of the same page. Typed as
   * the DOM's `cloneNode` is, so that a browser's Document is a PageDocument.
   */
  cloneNode(deep: boolean): Node;
  /** A browser's tree walker (one native walk); absent in the light tree, which is walked by hand. */
  createTreeWalker?(root: PageNode, whatToShow?: number): PageTextWalker;
}

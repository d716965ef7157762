/**
 * HTML into a light document (./light-dom.ts): one htmlparser2 pass, entities decoded, tag and
 * attribute names lower-cased, the node count bounded.
 */
import { Parser } from 'htmlparser2';
import { LightDocument, LightElement, LightText, type LightNode, type LightParent } from './light-dom';

/** Add a node as the parent's last child, linked to its siblings. */
function append(parent: LightParent, n: LightNode) {
  const last = parent.childNodes[parent.childNodes.length - 1];
  if (last) {
    last.nextSibling = n;
    n.previousSibling = last;
  }
  n.parentNode = parent;
  parent.childNodes.push(n);
}

/** A report page has a few tens of thousands of nodes; past this the rest of a page is not built. */
export const MAX_LIGHT_NODES = 250_000;

/**
 * Parse HTML into a light document (one htmlparser2 pass; entities decoded, tags and
 * attribute names lower-cased). Past `maxNodes` nodes the rest is left out and
 * `doc.cutAt` says where (the source offset).
 */
export function parseLight(html: string, maxNodes = MAX_LIGHT_NODES): LightDocument {
  const doc = new LightDocument();
  let current: LightParent = doc;
  let nodes = 0;
  let depth = 0;
  const full = () => {
    if (nodes < maxNodes) return false;
    if (doc.cutAt === null) doc.cutAt = parser.startIndex;
    return true;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // past the bound: elements are counted to keep their ends matched, not built
        if (depth > 0 || full()) {
          depth++;
          return;
        }
        nodes++;
        const el = new LightElement(name, attribs);
        append(current, el);
        current = el;
      },
      onclosetag() {
        // htmlparser2 closes every element it opened, void and implied ones included
        if (depth > 0) depth--;
        else if (current.parentNode) current = current.parentNode;
      },
      ontext(text) {
        if (depth > 0) return;
        const last = current.childNodes[current.childNodes.length - 1];
        if (last instanceof LightText) last.nodeValue += text;
        else {
          if (full()) return;
          nodes++;
          append(current, new LightText(text));
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return doc;
}

/** A section of the dashboard below the record list: folded unless it asks to be open. */
import type { ComponentChildren } from 'preact';

export function Fold(p: { id: string; title: ComponentChildren; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="nb-fold" data-testid={`fold-${p.id}`} open={p.open}>
      <summary>
        <h2>{p.title}</h2>
      </summary>
      <div class="nb-fold-body">{p.children}</div>
    </details>
  );
}

/**
 * A section of the dashboard below the record list: folded unless it asks to be
 * open. A `lazy` one makes its content when it first opens: with thousands of
 * records the history is hundreds of organs' tables and charts, which a closed
 * fold would make for nothing at every load.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function Fold(p: { id: string; title: ComponentChildren; open?: boolean; lazy?: boolean; children: ComponentChildren }) {
  const [made, setMade] = useState(!p.lazy || !!p.open);
  useEffect(() => {
    if (p.open) setMade(true);
  }, [p.open]);
  return (
    <details class="nb-fold" data-testid={`fold-${p.id}`} open={p.open} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setMade(true)}>
      <summary>
        <h2>{p.title}</h2>
      </summary>
      <div class="nb-fold-body">{made ? p.children : null}</div>
    </details>
  );
}

/** Runs of text lines between a page's or file's other blocks, each turned into blocks by a reader of lost tables. */
import type { Block, TextBlock } from '../model';

/** The blocks with each run of text lines between the others replaced by what `read` makes of it, in order. */
export function mapTextRuns(blocks: Block[], read: (run: TextBlock[]) => Iterable<Block>): Block[] {
  const out: Block[] = [];
  let run: TextBlock[] = [];
  const flush = () => {
    for (const b of read(run)) out.push(b);
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'text') run.push(b);
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out;
}

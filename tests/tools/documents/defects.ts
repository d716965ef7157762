/** The one defect a generated report carries: a cell changed so that a relation of the template breaks. */
import { brokenRelations, cellKeys, mulberry32, type Filled } from '../../helpers/template-data';

export interface Changed {
  key: string;
  from: number;
  to: number;
}

/** Adds 1..7 to one cell whose change breaks a relation of the template (per brokenRelations); seeded. */
export function changeOne(f: Filled, seed: number): Changed {
  const rng = mulberry32(seed + 2000);
  const keys = cellKeys(f);
  for (;;) {
    const key = keys[Math.floor(rng() * keys.length)]!;
    const from = f.values.get(key)!;
    const to = Math.round((from + 1 + Math.floor(rng() * 7)) * 100) / 100;
    f.values.set(key, to);
    if (brokenRelations(f).length) return { key, from, to };
    f.values.set(key, from);
  }
}

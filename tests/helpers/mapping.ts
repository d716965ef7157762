/** The mapping of a generated, consistent report (tests/helpers/template-data), its cells copied so a test may change them. */
import type { Mapping, Version } from '../../lib/model';
import { auditText } from '../../lib/pipeline/audit';
import { buildModel } from '../../lib/pipeline/model';
import { reportText } from './report-text';
import { mulberry32, randomFilled } from './template-data';

export function generatedMapping(seed: number, version: Version = '2021'): Mapping {
  const a = auditText(reportText(randomFilled(mulberry32(seed), version)), 'seed');
  const m = buildModel(a.input!.blocks, a.input!.meta, 'seed', {}).mapping;
  const tables = Object.fromEntries(Object.entries(m.tables).map(([id, t]) => [id, { ...t, cells: new Map(t.cells) }]));
  return { ...m, tables } as Mapping;
}

/**
 * An organ's trend: the few figures its years are shown by side by side (`table/row/col` of each, summed where
 * several), chosen from the key figures every result keeps (lib/template/figures.ts' FIGURE_KEYS).
 */
export const TREND_FIGURES: { key: string; cells: string[] }[] = [
  { key: 'new', cells: ['requests/new/total'] },
  // 上年结转: the figure the cross-year check holds against last year's 结转下年度
  { key: 'carried_in', cells: ['requests/carried_in/total'] },
  { key: 'answered', cells: ['requests/result.total/total'] },
  { key: 'carried_out', cells: ['requests/carried_out/total'] },
  { key: 'in_force', cells: ['active/art20_1.rules/in_force', 'active/art20_1.normative/in_force'] },
];

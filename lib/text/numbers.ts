/** Reading a table cell as a number the way auditors read it. */
import { foldText } from './normalize';
import { rememberByText } from './remember';

export type ValueKind = 'number' | 'blank' | 'text';

export interface ParsedValue {
  kind: ValueKind;
  /** The number read; 0 for a blank cell; NaN for text. */
  value: number;
  /** Unit printed with the number (元, 万元, 件 …), if any. */
  unit: string | null;
  /** True when the cell was a dash, slash, 无 rather than plain empty. */
  marker: boolean;
}

const UNITS = '万元|亿元|元|件|个|条|项|次|人次|人|份|家|起|宗|篇|批|%';
/** A sign, or its word (本年增/减 printed 增3, 减少2). */
const NUMBER = new RegExp(
  `^([+-]|增加?|减少?)?((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(\\.\\d+)?(?:\\(?(${UNITS})\\)?)?$`,
);
const BLANK_MARKER = /^(?:[-—–―─‒_/\\|~～]+|无|空|暂无|没有|null|n\/a|na)$/i;

export const parseValue: (raw: string) => ParsedValue = rememberByText(read);

function read(raw: string): ParsedValue {
  const t = foldText(raw).replace(/[\s\u00a0\u3000]+/g, '');
  if (t === '') return { kind: 'blank', value: 0, unit: null, marker: false };
  if (t.length > 40) return { kind: 'text', value: NaN, unit: null, marker: false };
  if (BLANK_MARKER.test(t)) return { kind: 'blank', value: 0, unit: null, marker: true };
  const m = NUMBER.exec(t);
  if (!m) return { kind: 'text', value: NaN, unit: null, marker: false };
  const n = Number((m[2] ?? '').replace(/,/g, '') + (m[3] ?? ''));
  return { kind: 'number', value: m[1] === '-' || m[1]?.[0] === '减' ? -n : n, unit: m[4] ?? null, marker: false };
}

/** True for a cell that holds a value (a number or a blank), false for a label. */
export function isValueCell(raw: string): boolean {
  return parseValue(raw).kind !== 'text';
}

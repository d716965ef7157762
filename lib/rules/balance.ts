import { cellOf, refs, round, srcs, type Draft, type Rule } from './types';

/** 表三 勾稽关系: 一 + 二 = 三 + 四 in every column. */
export const balance: Rule = {
  id: 'balance',
  family: 'balance',
  severity: 'error',
  describe: {
    zh: '表三勾稽关系：每一列“本年新收”加“上年结转”应等于“办理结果总计”加“结转下年度继续办理”。',
    en: 'Table 3 balance: in each column, new + carried in = results total + carried over.',
  },
  check(m) {
    const out: Draft[] = [];
    for (const col of m.mapping.tables.requests.cols) {
      const [nw, cin, total, cout] = ['new', 'carried_in', 'result.total', 'carried_out'].map((r) => cellOf(m, 'requests', r, col));
      if (!nw || !cin || !total || !cout) continue;
      const expected = round(nw.value + cin.value - cout.value);
      if (expected === total.value) continue;
      const four = [nw, cin, total, cout];
      out.push({
        table: 'requests',
        cell: { row: 'result.total', col },
        related: refs(four),
        expected,
        actual: total.value,
        msg: 'f_balance',
        args: { expected, actual: total.value, new: nw.value, carriedIn: cin.value, carriedOut: cout.value },
        src: total.src,
        relatedSrc: srcs([nw, cin, cout]),
      });
    }
    return out;
  },
};

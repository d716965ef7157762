import { APPEAL_GROUPS } from '../template/layout';
import { cellOf, sumDraft, sumOf, type Draft, type Rule } from './types';

/** 表四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const appealTotal: Rule = {
  id: 'appeal-total',
  family: 'appeal-total',
  severity: 'error',
  describe: {
    zh: '表四行政复议、未经复议直接起诉、复议后起诉三组，各组“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'Table 4: in each group, total = upheld + corrected + other + pending.',
  },
  check(m) {
    const out: Draft[] = [];
    for (const g of Object.keys(APPEAL_GROUPS)) {
      const total = cellOf(m, 'appeals', 'counts', `${g}.total`);
      const parts = ['upheld', 'corrected', 'other', 'pending'].map((p) => cellOf(m, 'appeals', 'counts', `${g}.${p}`));
      const sum = sumOf(parts);
      if (total && sum !== null && sum !== total.value) out.push(sumDraft(total, parts, sum, 'f_appeal_total'));
    }
    return out;
  },
};

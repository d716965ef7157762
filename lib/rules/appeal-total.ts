import { relationRule } from './relation-rule';

/** 表四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const appealTotal = relationRule({
  family: 'appeal-total',
  code: {
    severity: 'error',
    zh: '表四行政复议、未经复议直接起诉、复议后起诉三组，各组“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'Table 4: in each group, total = upheld + corrected + other + pending.',
  },
  msg: () => 'f_appeal_total',
});

/** A filled template as a plain-text extraction with tab-separated rows (the layout of seed 003). */
import { activeTable, appealsTable, otherText, problemsText, requestBody, requestHeader } from './report-html';
import type { Filled } from './template-data';

type Rows = ReturnType<typeof activeTable>;
const tab = (rows: Rows) => rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');

export const SECTION_HEADINGS = [
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
];

/** `five` and `six`, when given, stand for the text of sections 五 and 六 (the helper's own otherwise). */
export function reportText(f: Filled, o: { title?: string | null; signed?: string; overview?: string; five?: string; six?: string } = {}): string {
  const title = o.title === undefined ? `${f.organ}${f.year}年政府信息公开工作年度报告` : o.title;
  const parts = [
    ...(title ? [title, ''] : []),
    SECTION_HEADINGS[0], o.overview ?? `${f.year}年，${f.organ}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`, '',
    SECTION_HEADINGS[1], tab(activeTable(f)), '',
    SECTION_HEADINGS[2], tab([...requestHeader(), ...requestBody(f)]), '',
    SECTION_HEADINGS[3], tab(appealsTable(f)), '',
    SECTION_HEADINGS[4], o.five ?? problemsText(f, '公开内容还不够全面，下一步将加强培训。'), '',
    SECTION_HEADINGS[5], o.six ?? otherText(f), '',
    f.organ, o.signed ?? `${f.year + 1}年1月20日`,
  ];
  return parts.join('\n');
}

/**
 * 表三 with a 法人或其他组织 小计 column the template lacks, and no other table: its first row's 小计 printed as
 * `subtotal` where the organisations add up to 2.
 */
export function orgSubtotalText(subtotal = 3): string {
  return [
    '2020年测试街道政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '\t\t\t申请人情况',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t\t总计',
    '\t\t\t小计\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    `一、本年新收政府信息公开申请数量\t\t2\t${subtotal}\t1\t1\t0\t0\t0\t4`,
    '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t0',
  ].join('\n');
}

/**
 * What the template's label reading answers for every label the fixtures print, and
 * for the forms real pages give them (full-width brackets, an ordinal in front, a
 * note or a colon after): tests/fixtures/label-answers.json holds the answers, and
 * tests/unit/label-answers.test.ts holds the engine to them.
 *
 * The file was first written by the regex lists of commit c2e376a, before the
 * label words became maps and sets for speed; the same answers since then are the
 * evidence that the rewrite changed nothing. After a deliberate change of the
 * reading: `npx tsx scripts/label-answers.ts --write`, and say why in the commit.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditHtml } from '../lib/node';
import { auditText } from '../lib/pipeline/audit';
import { classifyLabel, itemNumber } from '../lib/template/labels';
import { detectVersion } from '../lib/template/version';
import type { Block } from '../lib/model';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures');
export const ANSWERS = join(FIXTURES, 'label-answers.json');

/** Every short text of the fixtures' blocks: table cells and prose lines. */
function texts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') out.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) out.push(c.text);
  }
  return out.filter((t) => t.trim() && t.length <= 100);
}

/** The forms pages give a label: brackets full-width or not, an ordinal before it, a note or a colon after it. */
function forms(t: string): string[] {
  return [
    t,
    t.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')')),
    t.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')),
    `（三）${t}`,
    `2.${t}`,
    `${t}（单位：万元）`,
    `${t}：`,
    ` ${t}\u3000`,
  ];
}

/** The template's words as both versions print them, and near misses: whether or not a fixture prints them. */
const WORDS = [
  '规章', '规范性文件', '行政规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购',
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '本年增减', '本年增加/减少', '本年处理决定数量', '处理决定数量',
  '采购项目数量', '采购总金额', '采购总金额（万元）', '采购总金额(元)', '本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '本年收费金额（单位：万元）',
  '本年新', '信息内容', '第二十条第（一）项', '第二十条第(九)项', '第二十条第（十）项',
  '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理', '结转下一年度继续办理', '本年度办理结果',
  '勾稽关系', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '小计', '其他', '总计', '合计',
  '予以公开', '部分公开（区分处理的，只计这一情形，不计其他情形）', '不予公开', '无法提供', '不予处理', '其他处理', '（七）总计', '(七)总计',
  '属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷',
  '属于行政查询事项', '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确', '信访举报投诉类申请', '重复申请', '申请人重复申请',
  '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结',
  '未经复议直接起诉', '复议后起诉', '12.重复申请', '1、属于国家秘密', '一、总体情况', '三、本年度办理结果', '（三）不予公开：',
];

export function labelAnswers(): Record<string, unknown> {
  const all = new Set<string>();
  for (const w of WORDS) for (const v of forms(w)) all.add(v);
  for (const f of readdirSync(join(FIXTURES, 'pages')).filter((x) => x.endsWith('.html')).sort()) {
    const a = auditHtml(readFileSync(join(FIXTURES, 'pages', f), 'utf8'), f);
    for (const t of texts(a.input?.blocks ?? [])) for (const v of forms(t)) all.add(v);
  }
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.txt')).sort()) {
    const a = auditText(readFileSync(join(FIXTURES, f), 'utf8'), f);
    for (const t of texts(a.input?.blocks ?? [])) for (const v of forms(t)) all.add(v);
  }
  const out: Record<string, unknown> = {};
  for (const t of [...all].sort()) {
    const m = detectVersion([t], null).markers;
    out[t] = { info: classifyLabel(t), item: itemNumber(t), v2019: m['2019'].length > 0, v2021: m['2021'].length > 0 };
  }
  return out;
}

if (process.argv.includes('--write')) {
  const answers = labelAnswers();
  writeFileSync(ANSWERS, JSON.stringify(answers, null, 0).replace(/\},"/g, '},\n"') + '\n');
  console.log(`${Object.keys(answers).length} labels → ${ANSWERS}`);
}

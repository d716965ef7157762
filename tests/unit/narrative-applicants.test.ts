/**
 * Who asked (lib/text/applicants.ts, lib/rules/narrative-applicants.ts): the requests a sentence counts by applicant,
 * the row they are of, and the one finding where the text's kinds and 表三's columns part — only on a row that adds
 * up, and only where the text and the row agree on how many requests there were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { findApplicants } from '../../lib/text/applicants';
import { formatMessage } from '../../lib/result/wording';

const real = (f: string) => readFileSync(join(__dirname, '../fixtures/real', f), 'utf8');
/** 莆田市城市管理局 2022: 「我局收到自然人政府信息公开申请8条，予以公开4条，无法提供4条」, 表三 8 new, all 自然人. */
const REAL_416 = real('fujian3/416_putian-cgj-2022.txt');
const SAID = '我局收到自然人政府信息公开申请8条';
/** 平潭综合实验区农业农村局 2024: 表三's 总计 column prints 0 in every row beside 3 new 自然人 requests. */
const REAL_504 = real('fujian4/504_pingtan-nyn-2024.txt');

const applicants = (text: string) => auditText(text).result.findings.filter((f) => f.rule === 'narrative:applicants');
const rules = (text: string) => auditText(text).result.findings.map((f) => f.rule);

describe('findApplicants', () => {
  it('reads each kind named alone, with the row its verb says', () => {
    expect(findApplicants('2024年，我局共收到政府信息公开申请3份，其中法人申请1件、自然人申请2件，均依法予以办结。')).toEqual({
      row: 'new',
      claims: [{ kind: 'org', value: 1 }, { kind: 'natural', value: 2 }],
    });
    expect(findApplicants('2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复')).toEqual({
      row: 'new',
      claims: [{ kind: 'natural', value: 72 }, { kind: 'business', value: 3 }],
    });
    expect(findApplicants('2024 年，我局收到公民办理政府信息公开申请 2 条，均按时办结')).toEqual({ row: 'new', claims: [{ kind: 'natural', value: 2 }] });
    expect(findApplicants('全年共答复政府信息公开申请20件，其中自然人政府信息公开申请19条、社会公益组织政府信息公开申请1条')).toEqual({
      row: 'result.total',
      claims: [{ kind: 'natural', value: 19 }, { kind: 'public_interest', value: 1 }],
    });
    expect(findApplicants('共受理依申请公开信息9件，其中企业申请2件、科研机构申请1件、法律服务机构申请1件、法人或其他组织申请4件')).toEqual({
      row: 'new',
      claims: [{ kind: 'business', value: 2 }, { kind: 'research', value: 1 }, { kind: 'legal_service', value: 1 }, { kind: 'org', value: 4 }],
    });
  });

  it('the verb nearest the counts decides the row; the statement before a ； when the sentence has none', () => {
    expect(findApplicants('收到申请5件，办结5件，其中自然人4件、法人1件')?.row).toBe('result.total');
    expect(findApplicants('全年答复及时，共收到政府信息公开申请5件，其中自然人申请4件')?.row).toBe('new');
    expect(findApplicants('其中自然人申请19件、法人申请1件；', '全年共收到政府信息公开申请20件；其中自然人申请19件、法人申请1件；')?.row).toBe('new');
  });

  it('a kind named twice: its first count', () => {
    expect(findApplicants('收到申请5件，其中自然人申请4件、法人申请1件，自然人申请3件通过网络提交')?.claims).toEqual([{ kind: 'natural', value: 4 }, { kind: 'org', value: 1 }]);
  });

  it('names every applicant at once, counts a result, or says no verb: nothing', () => {
    expect(findApplicants('2025年，共收到公民、法人和其他组织政府信息公开申请6件，均严格按照法定时限办结')).toBeNull();
    expect(findApplicants('2025年，我局共收到公民、法人及其他组织提出的政府信息公开申请21件')).toBeNull();
    expect(findApplicants('全年受理自然人和法人申请5件')).toBeNull();
    expect(findApplicants('予以公开自然人申请3件')).toBeNull();
    expect(findApplicants('收到申请5件，予以公开自然人申请3件')).toBeNull();
    expect(findApplicants('收到申请5件，结转下年度自然人申请1件')).toBeNull();
    expect(findApplicants('其中自然人申请3件')).toBeNull();
    expect(findApplicants('收到信访举报投诉，自然人来信3件')).toBeNull();
    expect(findApplicants('收到政府信息公开申请3件，自然人占比90%')).toBeNull();
    expect(findApplicants('我局收到政府信息公开申请3件')).toBeNull();
  });
});

describe('narrative:applicants on a real report', () => {
  it('as published: the text and 表三 agree, nothing said', () => {
    expect(REAL_416).toContain(SAID);
    expect(applicants(REAL_416)).toEqual([]);
  });

  it('kinds the table counts otherwise: one finding on the first kind’s cell, every cell of the kinds it names related', () => {
    // (a second sentence on the same row adds nothing: one finding a row)
    const [f, ...more] = applicants(REAL_416.replace(SAID, '我局收到政府信息公开申请8条，其中自然人申请7条、法人申请1件。全年收到自然人申请6件'));
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      table: 'requests',
      cell: { row: 'new', col: 'natural' },
      related: ['business', 'research', 'public_interest', 'legal_service', 'other_org'].map((col) => ({ row: 'new', col })),
      message: '正文称本年新收申请中自然人与法人或其他组织的申请数为 7 / 1，表三相应各列为 8 / 0',
    });
    expect(formatMessage(f!, 'en')).toBe('The text counts the requests of “New requests” from natural persons and organisations as 7 / 1; Table 3 prints 8 / 0 in their columns');
  });

  it('the requests answered: the results’ total row', () => {
    // (the kinds in 表三's order, whatever the sentence's)
    const [f] = applicants(REAL_416.replace(SAID, '我局共答复政府信息公开申请8件，其中商业企业申请2件、自然人申请6件'));
    expect(f).toMatchObject({ cell: { row: 'result.total', col: 'natural' }, related: [{ row: 'result.total', col: 'business' }] });
    expect(f!.message).toBe('正文称办理结果总计中自然人与商业企业的申请数为 6 / 2，表三相应各列为 8 / 0');
  });

  it('a total of its own the table does not print is the requests’ finding, not the kinds’', () => {
    const text = REAL_416.replace(SAID, '我局收到政府信息公开申请9条，其中自然人申请7条、法人申请2件');
    expect(applicants(text)).toEqual([]);
    expect(rules(text)).toContain('narrative:requests-received');
  });

  it('a row whose 总计 fails says so itself: the kinds are not weighed against its columns', () => {
    const said = '共收到政府信息公开申请3份，其中法人申请1件、自然人申请2件';
    expect(REAL_504).toContain(said);
    expect(applicants(REAL_504)).toEqual([]);
    expect(rules(REAL_504)).toContain('row-total');
    // with no total of its own in the sentence either
    expect(applicants(REAL_504.replace(said, '共收到法人申请1件、自然人申请2件'))).toEqual([]);
  });
});

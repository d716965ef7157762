/**
 * Realistic-sounding prose for the document fixtures: the sections of a 政府信息公开工作年度报告
 * built from pools of sentences, picked by a seeded rng.
 *
 * The sentences are written so that lib/text/claims.ts reads no number from them that the
 * tables contradict: the only sentences that state table numbers (requests received, answered,
 * carried over; reviews; lawsuits) take them from the filled template itself, and no sentence
 * mentions 采购 (the 2021 template dropped it) or states a sum or a percentage.
 */
import type { Filled, Rng } from '../../helpers/template-data';

export type Block = { h: string } | { p: string };

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** Picks n items of a pool in a random order, reusing the pool when n exceeds it. */
function pick<T>(rng: Rng, pool: T[], n: number): T[] {
  const out: T[] = [];
  let bag: T[] = [];
  while (out.length < n) {
    if (!bag.length) bag = [...pool];
    out.push(bag.splice(Math.floor(rng() * bag.length), 1)[0]!);
  }
  return out;
}

interface Ctx {
  f: Filled;
  rng: Rng;
  organ: string;
  year: number;
}
type Sentence = (c: Ctx) => string;

const ACTIVE: Sentence[] = [
  (c) => `${c.year}年，${c.organ}坚持以公开为常态、不公开为例外，围绕中心工作和群众关切，通过门户网站、政务新媒体、政务公开专栏等渠道及时发布各类政府信息${int(c.rng, 120, 900)}条。`,
  () => '聚焦重点领域信息公开，严格落实财政预决算公开要求，在规定时限内公开部门预算、部门决算及“三公”经费情况，并对预决算中的重要事项作出说明。',
  () => '持续做好重大建设项目批准和实施、公共资源配置、社会公益事业建设等领域信息公开，及时发布项目审批、工程进度、竣工验收等信息，主动接受社会监督。',
  (c) => `坚持政策文件与解读材料同步组织、同步审签、同步发布，综合运用图文解读、一图读懂、视频解读等多种形式开展政策解读，全年发布解读材料${int(c.rng, 6, 40)}篇。`,
  () => '围绕就业创业、社会救助、养老服务、教育医疗、住房保障等群众关注事项，及时公开办事指南、申请条件和办理流程，切实提高政务公开的针对性和实效性。',
  () => '对照基层政务公开标准指引，结合本单位职能梳理完善政务公开事项标准目录，明确公开内容、公开时限、公开主体和公开方式，实行目录动态调整。',
  () => '及时更新权责清单和公共服务事项清单，全面落实行政执法公示制度，做到执法主体、执法依据、执法程序和执法结果公开透明。',
  () => '加强重要会议和重大活动信息发布，对涉及群众切身利益的重要决策事项，在决策前通过门户网站公开征求意见，并及时反馈意见采纳情况。',
  () => '扎实做好突发事件应对和风险防控信息发布工作，第一时间回应社会关切，主动发布权威信息，有效引导社会预期。',
  () => '按照“谁制发、谁解读”的原则，由文件起草科室负责解读材料的起草工作，解读内容重点说明政策出台背景、主要内容和创新举措。',
  () => '加强人事信息公开，及时发布公务员招录、事业单位公开招聘、人事任免等信息，确保人事工作公开公平公正。',
  () => '规范发布行政规范性文件，统一在政府门户网站政策文件栏目集中公开，标注文件有效性，方便公众查询和使用。',
];

/** Sentences that state numbers of 表三 and 表四, taken from the filled template. */
function requestSentences(f: Filled): string[] {
  const v = (r: string, c = 'total') => f.values.get(`requests/${r}/${c}`) ?? 0;
  const a = (g: string) => f.values.get(`appeals/counts/${g}.total`) ?? 0;
  const out: string[] = [];
  const received = v('new');
  if (received === 0) out.push(`${f.year}年，本机关未收到政府信息公开申请。`);
  else out.push(`${f.year}年，本机关共收到政府信息公开申请${received}件，上年结转${v('carried_in')}件。`);
  if (v('result.total') > 0) out.push(`全部申请均在法定期限内办结${v('result.total')}件，结转下年度继续办理${v('carried_out')}件。`);
  const reviews = a('review');
  const suits = a('suit_direct') + a('suit_after_review');
  out.push(reviews === 0 ? '全年未发生因政府信息公开引起的行政复议。' : `全年因政府信息公开引起的行政复议${reviews}件。`);
  out.push(suits === 0 ? '全年未发生因政府信息公开引起的行政诉讼。' : `全年因政府信息公开引起的行政诉讼${suits}件。`);
  return out;
}

const REQUEST: Sentence[] = [
  () => '进一步规范依申请公开办理流程，严格执行登记、审核、办理、答复、归档等环节的工作要求，对申请内容不明确的及时出具补正告知书。',
  () => '对不属于本机关公开职责范围的申请，依法告知申请人并说明理由，能够确定负责公开机关的，告知其名称和联系方式。',
  () => '答复文书做到要素齐全、依据充分、说理清晰，并告知申请人救济途径和期限，切实保障申请人的合法权益。',
  () => '加强与申请人的沟通，在答复前主动了解申请人的实际需求，对能够通过其他途径解决的诉求积极引导申请人依法通过相应渠道解决。',
  () => '建立依申请公开会商机制，对涉及多个科室或者情况复杂的申请，由办公室牵头会同法制工作机构共同研究答复意见。',
  () => '严格执行依申请公开文书模板，统一答复格式和用语，实现依申请公开从受理到归档的全流程留痕管理。',
];

const MANAGEMENT: Sentence[] = [
  () => '严格落实公开前保密审查和合法性审查机制，按照“谁公开、谁审查、谁负责”的原则，对拟公开的政府信息逐条审核，防止泄露国家秘密、工作秘密和个人隐私。',
  () => '开展政策文件清理工作，对本机关制发的文件进行全面梳理，及时公布现行有效文件目录和已废止、失效文件目录。',
  () => '加强政府信息公开工作台账管理，建立信息发布登记制度，做到发布有记录、审核有留痕、更新有跟踪。',
  () => '按照政府信息公开指南的要求，及时更新本机关政府信息公开指南和政府信息公开目录，方便公众查找和获取政府信息。',
  () => '对已公开的政府信息定期开展回头看，对内容过时、链接失效、格式错误的信息及时更正或者撤下，确保信息准确有效。',
  () => '规范政府信息公开属性源头认定，在公文办理环节同步明确公开属性，对不予公开的说明理由并按规定备案。',
];

const PLATFORM: Sentence[] = [
  (c) => `持续优化政府门户网站政府信息公开专栏，按照统一规范调整栏目设置，完善法定主动公开内容，全年更新网站信息${int(c.rng, 200, 1500)}条。`,
  (c) => `用好政务新媒体平台，通过政务微信公众号、政务微博等渠道及时发布政策信息和工作动态，全年发布信息${int(c.rng, 100, 800)}条。`,
  () => '规范政务公开专区建设，在政务服务大厅设置政府信息公开查阅点，配备电脑、查阅桌椅等设施，为群众查阅政府信息提供便利。',
  () => '推进政务公开与政务服务融合，依托一体化政务服务平台公开办事指南，实现办事指南要素完整、内容准确。',
  () => '加强网站安全防护，落实网站信息内容审核和值班读网制度，确保网站平稳安全运行。',
  () => '推动公共企事业单位信息公开，督促指导所属单位在各自网站或公开栏及时公开服务内容、办事程序和收费标准。',
];

const SUPERVISION: Sentence[] = [
  () => '加强组织领导，成立由主要负责同志任组长的政务公开工作领导小组，形成主要领导亲自抓、分管领导具体抓、各科室协同配合的工作格局。',
  (c) => `加强业务培训，组织开展政府信息公开专题培训${int(c.rng, 2, 8)}次，就《中华人民共和国政府信息公开条例》重点条款和依申请公开答复规范进行讲解。`,
  () => '强化监督考核，将政务公开工作纳入年度绩效考核内容，定期开展网站内容自查，对发现的问题及时督促整改。',
  () => '畅通社会评议渠道，在门户网站设置意见建议栏目，主动接受社会公众、新闻媒体对政府信息公开工作的监督。',
  () => '全年未发生因政府信息公开工作不到位被责任追究的情况。',
  () => '将政务公开纳入干部教育培训内容，新入职人员均接受政府信息公开法规和业务知识培训。',
];

const PROBLEMS: Sentence[] = [
  (c) => `${c.year}年，本机关政府信息公开工作虽然取得了一定成效，但与上级要求和人民群众期待相比仍存在一些不足。`,
  () => '一是公开内容的全面性和及时性有待进一步提高，部分栏目更新不够及时；二是政策解读形式还比较单一，图表、音视频等解读方式运用不多；三是工作人员业务水平有待提升。',
  () => '针对上述问题，下一步将重点做好以下工作：一是加强信息发布管理，建立栏目更新提醒机制，确保信息发布及时准确；二是丰富政策解读形式，提高解读材料的可读性；三是加强业务培训，提升依法公开、规范答复的能力。',
  () => '上年度报告中提出的问题已逐项制定整改措施，明确责任科室和完成时限，目前已全部整改到位。',
  () => '同时，进一步加强与上级主管部门的沟通对接，学习借鉴先进地区的经验做法，推动政务公开工作提质增效。',
];

const OTHER: Sentence[] = [
  (c) => `依据《政府信息公开信息处理费管理办法》，本机关${c.year}年度未收取信息处理费。`,
  (c) => `本年度承办人大代表建议${int(c.rng, 1, 30)}件、政协委员提案${int(c.rng, 1, 30)}件，均已按期办结并按规定公开办理结果。`,
  (c) => `认真落实${c.year}年政务公开工作要点，逐项明确责任科室和完成时限，各项任务均已按要求完成。`,
  () => '本报告电子版可在本机关门户网站“政府信息公开”专栏下载。如对本报告有疑问，请与本机关办公室联系。',
];

export interface ProseSize {
  /** Paragraphs in each of the five subsections of 一、总体情况. */
  overview: number;
  /** Sentences in a paragraph, least and most. */
  sentences: [number, number];
  problems: number;
  other: number;
  /** Further paragraphs, dealt out over the five subsections in turn (to move the tables down). */
  extra?: number;
}

export const SHORT: ProseSize = { overview: 1, sentences: [2, 3], problems: 1, other: 1 };

function paragraphs(c: Ctx, pool: Sentence[], n: number, size: ProseSize, lead: string[] = []): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < n; i++) {
    const k = int(c.rng, size.sentences[0], size.sentences[1]);
    out.push({ p: [...(i === 0 ? lead : []), ...pick(c.rng, pool, k).map((x) => x(c))].join('') });
  }
  return out;
}

export interface Prose {
  overview: Block[];
  problems: Block[];
  other: Block[];
}

/**
 * The prose of a report. `numbers` false leaves out the sentences that state table numbers
 * (so a report whose one cell was changed states nothing that the change contradicts).
 */
export function makeProse(f: Filled, rng: Rng, size: ProseSize, numbers = true): Prose {
  const c: Ctx = { f, rng, organ: f.organ, year: f.year };
  const extra = size.extra ?? 0;
  const n = (i: number) => size.overview + Math.floor(extra / 5) + (i < extra % 5 ? 1 : 0);
  const intro = `${f.year}年，${f.organ}深入贯彻落实《中华人民共和国政府信息公开条例》和上级关于全面推进政务公开工作的部署要求，坚持以人民为中心，不断完善政府信息公开工作机制，扎实推进各项工作。本报告中所列数据的统计期限自${f.year}年1月1日起至${f.year}年12月31日止。`;
  return {
    overview: [
      { p: intro },
      { h: '（一）主动公开' }, ...paragraphs(c, ACTIVE, n(0), size),
      { h: '（二）依申请公开' }, ...paragraphs(c, REQUEST, n(1), size, numbers ? requestSentences(f) : []),
      { h: '（三）政府信息管理' }, ...paragraphs(c, MANAGEMENT, n(2), size),
      { h: '（四）政府信息公开平台建设' }, ...paragraphs(c, PLATFORM, n(3), size),
      { h: '（五）监督保障' }, ...paragraphs(c, SUPERVISION, n(4), size),
    ],
    problems: paragraphs(c, PROBLEMS, size.problems, size),
    other: paragraphs(c, OTHER, size.other, size),
  };
}

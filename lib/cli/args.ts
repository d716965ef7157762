/** The command line of audit-output.md, parsed and checked. */
import { parseArgs } from 'node:util';
import type { Lang, OrganLevel } from '../model';
import type { ExportFormat } from '../result/format';
import { LEVELS, rankingFormatOf } from '../ranking';
import { errorMessage } from '../errors';

export interface CliOptions {
  format: ExportFormat;
  out: string | null;
  failOn: 'error' | 'warning' | null;
  inputs: string[];
  lang: Lang;
  /** MM-DD of the year after the report year: the deadline for townships and street offices. */
  townshipDeadline: string | null;
  /** A file of URLs, one per line. */
  urls: string | null;
  /** Audit the report pages a listing URL links to. */
  follow: boolean;
  /** Read scanned PDFs by OCR (Tesseract, where installed): on unless --no-ocr. */
  ocr: boolean;
  /** Requests in flight to one site. */
  concurrency: number;
  /** Least time between two requests' starts to one site. */
  delayMs: number;
  /** Sites worked on at once. */
  sites: number;
  retries: number;
  timeoutMs: number;
  /** The share of a report's own sentences found in another above which copied prose is flagged (0–1). */
  copyThreshold: number;
  /** Files the ranking is written to (.xlsx, .csv, .html). */
  ranking: string[];
  /** The ranking's rows of this level only. */
  rankingLevel: OrganLevel | null;
  /** Previous runs' JSON outputs to rank instead of auditing. */
  from: string[];
  help: boolean;
  version: boolean;
}

export const USAGE = `用法 Usage: nianbao-audit [--format json|csv|md] [--out FILE] [--fail-on error|warning] [--lang zh|en] [--township-deadline MM-DD]
                    [--urls FILE] [--follow] [--sites N] [--concurrency N] [--delay MS] [--retries N] [--timeout SEC] PATH_OR_URL...

  PATH   .html/.htm 网页、.mhtml/.mht 单个文件网页、.txt 文本、.pdf/.docx/.doc 年报文件，或包含它们的文件夹
         (a saved page, a page saved as one file, a text extraction, a PDF or Word report, or a folder of them)
  URL    http(s) 地址：网页或年报文件 (a page or a report file, fetched and audited)

  --format   输出格式 output format: json (默认 default), csv (UTF-8 BOM), md
  --out      写入文件而非标准输出 write to FILE instead of stdout
  --fail-on  发现该级别问题时退出码为 1 exit 1 when a finding of this severity (or worse) is found
  --lang     csv/md 的语言 language of csv/md output: zh (默认 default), en
  --township-deadline MM-DD  乡镇（街道）年报的公开期限（次年），默认 01-31 deadline for townships (next year)
  --copy-threshold PCT  正文重复比例达到此值即提示，默认 50 share of copied sentences flagged (percent)
  --no-ocr   扫描件（只有图像的 PDF）与文字层损坏的 PDF 不做文字识别，只作说明 do not read scanned or damaged PDFs by OCR (Tesseract)

跨年与跨机关 Across reports: 同一次运行的所有输入互为参照：同一机关的上一年报告（结转、存量）、
  其他报告的正文（重复）。the inputs of one run are one history: an organ's previous year, everyone's prose.

批量与全域巡检 Batch and region sweep:
  --urls FILE        每行一个网址（可为各站点的年报列表页）one URL per line (# comments), e.g. every site's listing
  --follow           网址为年报列表页时，审计其链接的各篇年报及年报文件 audit the reports and report files a listing links to
  --sites N          同时巡检的站点数，默认 4 sites worked on at once (1–64)
  --concurrency N    每个站点同时请求数，默认 3 requests in flight per site (1–8)
  --delay MS         同一站点两次请求的最小间隔，默认 500 least time between two requests to one site
  --retries N        失败重试次数（指数退避），默认 2 retries with back-off
  --timeout SEC      单页超时，默认 30 time limit per page
  与 --out 同用可续跑：进度随时记入 FILE.sweep.jsonl，中断后重跑不再重复抓取
  with --out, progress is kept in FILE.sweep.jsonl as it goes: a re-run after an interrupt fetches nothing twice.
  文件夹同样可续跑 a folder of saved pages and files resumes the same way.

排名 Ranking:
  --ranking FILE     每个机关每年一行的排名，按扩展名写为 .xlsx、.csv 或 .html（体检报告），可多次给出
                     one row per organ and year, written as .xlsx, .csv or .html (the printable summary) by its ending; repeatable
  --ranking-level L  只排该层级 one level only: national, provincial, municipal, county, township
  --from FILE        不审计，改为读取以前运行的 JSON 输出来排名（可多次给出）
                     rank a previous run's JSON output instead of auditing (repeatable): nianbao-audit --from r.json --ranking r.xlsx

退出码 Exit: 0 已运行 ran; 1 --fail-on 命中 severity found; 2 参数错误或输入无法读取 bad arguments or unreadable input`;

export class UsageError extends Error {}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        lang: { type: 'string', default: 'zh' },
        'township-deadline': { type: 'string' },
        'copy-threshold': { type: 'string', default: '50' },
        urls: { type: 'string' },
        follow: { type: 'boolean', default: false },
        'no-ocr': { type: 'boolean', default: false },
        concurrency: { type: 'string', default: '3' },
        delay: { type: 'string', default: '500' },
        sites: { type: 'string', default: '4' },
        retries: { type: 'string', default: '2' },
        timeout: { type: 'string', default: '30' },
        ranking: { type: 'string', multiple: true, default: [] },
        'ranking-level': { type: 'string' },
        from: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(errorMessage(e));
  }
  const v = parsed.values;
  const format = v.format as string;
  if (!['json', 'csv', 'md'].includes(format)) throw new UsageError(`--format 只能是 json、csv 或 md（收到 ${format}）`);
  const failOn = v['fail-on'] as string | undefined;
  if (failOn !== undefined && !['error', 'warning'].includes(failOn)) throw new UsageError(`--fail-on 只能是 error 或 warning（收到 ${failOn}）`);
  const lang = v.lang as string;
  if (!['zh', 'en'].includes(lang)) throw new UsageError(`--lang 只能是 zh 或 en（收到 ${lang}）`);
  const td = v['township-deadline'] as string | undefined;
  if (td !== undefined && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(td)) throw new UsageError(`--township-deadline 应为 MM-DD，如 03-31（收到 ${td}）`);
  const ranking = v.ranking as string[];
  const bad = ranking.find((f) => !rankingFormatOf(f));
  if (bad !== undefined) throw new UsageError(`--ranking 的文件应以 .xlsx、.csv 或 .html 结尾（收到 ${bad}）`);
  const level = v['ranking-level'] as string | undefined;
  if (level !== undefined && !(LEVELS as string[]).includes(level)) throw new UsageError(`--ranking-level 只能是 ${LEVELS.join('、')}（收到 ${level}）`);
  const from = v.from as string[];
  if (from.length && !ranking.length) throw new UsageError('--from 需与 --ranking 同用');
  if (from.length && (parsed.positionals.length || v.urls || v.follow)) throw new UsageError('--from 只读取以前的输出来排名，不能同时审计文件或网址');
  const int = (name: 'concurrency' | 'delay' | 'sites' | 'retries' | 'timeout' | 'copy-threshold', min: number, max: number) => {
    const raw = v[name] as string;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} 应为 ${min}–${max} 的整数（收到 ${raw}）`);
    return n;
  };
  const opts: CliOptions = {
    format: format as ExportFormat,
    out: (v.out as string | undefined) ?? null,
    failOn: (failOn as CliOptions['failOn']) ?? null,
    inputs: parsed.positionals,
    lang: lang as Lang,
    townshipDeadline: td ?? null,
    urls: (v.urls as string | undefined) ?? null,
    follow: !!v.follow,
    ocr: !v['no-ocr'],
    concurrency: int('concurrency', 1, 8),
    delayMs: int('delay', 0, 60_000),
    sites: int('sites', 1, 64),
    retries: int('retries', 0, 10),
    timeoutMs: int('timeout', 1, 600) * 1000,
    copyThreshold: int('copy-threshold', 1, 100) / 100,
    ranking,
    rankingLevel: (level as OrganLevel | undefined) ?? null,
    from,
    help: !!v.help,
    version: !!v.version,
  };
  if (!opts.help && !opts.version && opts.inputs.length === 0 && !opts.urls && !opts.from.length) throw new UsageError('缺少要审计的文件、文件夹或网址');
  return opts;
}

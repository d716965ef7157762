/**
 * A region's sites on localhost, for the evaluator's sweep: one site per county (its government,
 * three bureaus, three townships), one city's and one province's site — about a hundred organs at
 * four levels, each with three consecutive years (2020 on the 2019 template, 2021 and 2022 on the
 * 2021 template) that continue from one another; each site a 年报 listing of its reports, two of
 * them linking a report file too. Known defects, each recorded with the report it is in: a broken
 * row total, a report published late, a broken carry-over, prose copied from another organ.
 * Every site counts its requests, with their times, to measure politeness.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { organYears, boilerplate, type Report } from './history-corpus';
import { MARKUPS, renderReport } from './report-html';
import { mulberry32 } from './template-data';
import { APPLICANT_COLS } from '../../lib/template/layout';

export type Defect = 'row-total' | 'late' | 'cross-year' | 'copied';

export interface RegionReport {
  url: string;
  organ: string;
  year: number;
  level: 'township' | 'county' | 'municipal' | 'provincial';
  defects: Defect[];
}

export interface RegionSite {
  name: string;
  listing: string;
  /** Request start times (ms since the region started) per path. */
  hits: Map<string, number[]>;
  maxInFlight: () => number;
}

export interface Region {
  sites: RegionSite[];
  /** The clock the sites' request times are on (ms since the region started). */
  clock: () => number;
  reports: RegionReport[];
  /** Report files the listings link (their content is an office fixture's). */
  files: string[];
  close: () => Promise<void>;
}

const COUNTIES = ['青山', '白石', '临江', '望海', '石桥', '南湖', '北关', '西岭', '东塘', '松林', '柳岸', '龙门', '八泉'];
const BUREAUS = ['民政局', '教育局', '财政局'];
const TOWNS = ['镇人民政府', '乡人民政府', '街道办事处'];
const TOWN_NAMES = ['河口', '长岭', '新桥'];
const YEARS = [2020, 2021, 2022];

interface Planned {
  r: Report;
  level: RegionReport['level'];
  defects: Defect[];
  published?: string;
}

/** Organs of one site and their three years, with the site's defects planted. */
function siteOrgans(organs: { name: string; level: RegionReport['level'] }[], seed: number): Planned[] {
  const out: Planned[] = [];
  for (const [i, o] of organs.entries()) {
    const years = organYears(o.name, seed * 37 + i).filter((r) => YEARS.includes(r.year));
    for (const r of years) out.push({ r, level: o.level, defects: [] });
  }
  return out;
}

/** The region's sites: `counties` county sites (13 by default; beyond, the names come round again numbered), a city's, a province's. */
export function planRegion(counties = COUNTIES.length): { name: string; planned: Planned[] }[] {
  const sites: { name: string; planned: Planned[] }[] = [];
  for (let s = 0; s < counties; s++) {
    const c = `${COUNTIES[s % COUNTIES.length]}${s >= COUNTIES.length ? Math.floor(s / COUNTIES.length) + 1 : ''}`;
    const organs = [
      { name: `${c}县人民政府`, level: 'county' as const },
      ...BUREAUS.map((b) => ({ name: `${c}县${b}`, level: 'county' as const })),
      ...TOWNS.map((t, k) => ({ name: `${c}县${TOWN_NAMES[k]}${t}`, level: 'township' as const })),
    ];
    sites.push({ name: `${c}县`, planned: siteOrgans(organs, s + 1) });
  }
  sites.push({ name: '江州市', planned: siteOrgans(['发展和改革委员会', '教育局', '民政局', '司法局', '财政局', '住房和城乡建设局'].map((d) => ({ name: `江州市${d}`, level: 'municipal' as const })), 90) });
  sites.push({ name: '江南省', planned: siteOrgans(['民政厅', '教育厅', '司法厅', '财政厅'].map((d) => ({ name: `江南省${d}`, level: 'provincial' as const })), 91) });

  // the defects, planted by a fixed rule so that each site has some
  let n = 0;
  for (const site of sites) {
    for (const p of site.planned) {
      n++;
      const v = p.r.filled.values;
      if (n % 11 === 0) {
        // one applicant's 新收 one more, its total not
        v.set('requests/new/natural', v.get('requests/new/natural')! + 1);
        p.defects.push('row-total');
      }
      if (n % 13 === 0) {
        p.published = `${p.r.year + 1}-05-20`;
        p.defects.push('late');
      }
      if (n % 17 === 0 && p.r.year > YEARS[0]!) {
        const col = APPLICANT_COLS.find((c) => v.get(`requests/new/${c}`)! >= 2);
        if (col) {
          v.set(`requests/carried_in/${col}`, v.get(`requests/carried_in/${col}`)! + 2);
          v.set(`requests/new/${col}`, v.get(`requests/new/${col}`)! - 2);
          for (const row of ['carried_in', 'new']) v.set(`requests/${row}/total`, APPLICANT_COLS.reduce((a, c) => a + v.get(`requests/${row}/${c}`)!, 0));
          p.defects.push('cross-year');
        }
      }
    }
  }
  // two organs print another organ's prose of the same year under their own name
  const all = sites.flatMap((s) => s.planned);
  for (const [from, to] of [[5, 40], [100, 160]] as const) {
    const a = all[from]!;
    const b = all.find((p, i) => i >= to && p.r.year === a.r.year && p.r.organ !== a.r.organ)!;
    b.r.prose = a.r.prose.map((x) => x.split(a.r.organ).join(b.r.organ));
    b.defects.push('copied');
    if (!a.defects.includes('copied')) a.defects.push('copied');
  }
  return sites;
}

/**
 * The region served: a listing per site, its reports in several markups. `files`: report files the
 * listings link, the i-th on site i (round the sites again past the last), `files.length` of them
 * unless `filesTotal` asks for more (taken round the list again).
 */
export async function serveRegion(o: { files?: string[]; filesTotal?: number; counties?: number; latencyMs?: number } = {}): Promise<Region> {
  const t0 = Date.now();
  const plan = planRegion(o.counties);
  const fileList = o.files ?? [];
  const nFiles = fileList.length ? (o.filesTotal ?? fileList.length) : 0;
  const sites: RegionSite[] = [];
  const reports: RegionReport[] = [];
  const files: string[] = [];
  const servers: Server[] = [];
  for (const [s, site] of plan.entries()) {
    const pages = new Map<string, { body: Buffer; type: string }>();
    const links: string[] = [];
    const hits = new Map<string, number[]>();
    let inFlight = 0;
    let maxInFlight = 0;
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      hits.set(path, [...(hits.get(path) ?? []), Date.now() - t0]);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const page = pages.get(decodeURIComponent(path));
      // a little latency, as a real site has
      setTimeout(() => {
        inFlight--;
        if (!page) return void res.writeHead(404).end('not found');
        res.writeHead(200, { 'content-type': page.type }).end(page.body);
      }, o.latencyMs ?? 3);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [i, p] of site.planned.entries()) {
      const path = `/art/${p.r.year + 1}/${s}_${i}.html`;
      const b = boilerplate(p.r.organ, p.r.year);
      const html = renderReport(p.r.filled, MARKUPS[i % MARKUPS.length]!, mulberry32(s * 1000 + i), {
        overview: [b[3], b[0], ...p.r.prose, b[1], b[2]].join(''),
        ...(p.published ? { published: p.published, signed: `${p.r.year + 1}年5月18日` } : {}),
      });
      pages.set(path, { body: Buffer.from(html), type: 'text/html; charset=utf-8' });
      links.push(`<li><a href="${path}">${p.r.organ}${p.r.year}年政府信息公开工作年度报告</a></li>`);
      reports.push({ url: base + path, organ: p.r.organ, year: p.r.year, level: p.level, defects: p.defects });
    }
    for (let k = s; k < nFiles; k += plan.length) {
      const file = fileList[k % fileList.length]!;
      const path = `/files/${s}/${k}/${encodeURIComponent('2022年政府信息公开工作年度报告')}.${file.split('.').pop()}`;
      const type = file.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      pages.set(decodeURIComponent(path), { body: readFileSync(file), type });
      links.push(`<li><a href="${path}">2022年政府信息公开工作年度报告（附件${k + 1}）</a></li>`);
      files.push(base + path);
    }
    const listing = `<!doctype html><html><head><meta charset="utf-8"><title>${site.name}政府信息公开年报</title></head><body><h1>政府信息公开年报</h1><ul>${links.join('\n')}</ul></body></html>`;
    pages.set('/nb/list.html', { body: Buffer.from(listing), type: 'text/html; charset=utf-8' });
    sites.push({ name: site.name, listing: `${base}/nb/list.html`, hits, maxInFlight: () => maxInFlight });
  }
  return {
    sites,
    clock: () => Date.now() - t0,
    reports,
    files,
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
    },
  };
}


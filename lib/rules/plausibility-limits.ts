/**
 * What an organ's level makes likely: the largest value taken as plausible for each
 * quantity, for a department (or a township, which reports for itself) and for a
 * government's own report, which consolidates all its departments (行政处罚 and 行政许可 of
 * a whole city run to hundreds of thousands or millions). Above it, the value is flagged,
 * naming the range used. Kept in one table so that auditors can read and adjust it.
 *
 * Departments and townships:
 * | quantity                          | township | county  | municipal | provincial | national    |
 * |-----------------------------------|----------|---------|-----------|------------|-------------|
 * | requests received (件/年)          | 2,000    | 20,000  | 100,000   | 200,000    | 1,000,000   |
 * | fees collected (万元)              | 500      | 100,000 | 1,000,000 | 5,000,000  | 50,000,000  |
 * | procurement amount (万元)          | 5,000    | 500,000 | 5,000,000 | 20,000,000 | 100,000,000 |
 * | penalty decisions (件)             | 20,000   | 200,000 | 1,000,000 | 2,000,000  | 5,000,000   |
 * | licence decisions (件)             | 20,000   | 500,000 | 2,000,000 | 5,000,000  | 20,000,000  |
 * | reviews and lawsuits (件)          | 200      | 2,000   | 10,000    | 20,000     | 100,000     |
 * | rules made (规章, 件)              | 0        | 0       | any       | any        | any         |
 *
 * A government's own (本级, consolidated) report: ten times the department's range for the
 * counts its departments add up to (requests, penalties, licences, reviews), the same for
 * money and 规章.
 *
 * What real reports show (tests/fixtures/real, Fujian, 2019–2025): 三明市人民政府 (a city of
 * 2.5 million) reports 行政处罚 4,999–456,773, 行政许可 92,210–554,782 and 106–400 requests a
 * year; the same city's and 莆田市's departments at most 118 penalties, 469 licences and 5
 * requests; 平潭综合实验区 (county level) 644–1,330 penalties and 2,293–4,529 licences. A
 * large city's consolidated penalties (traffic fines among them) reach millions, which the
 * government range leaves alone; a department's or a township's figures in the hundreds of
 * thousands stay worth a look.
 *
 * 规章 are made only by provinces and cities with districts (《立法法》第九十三条): a county
 * or township reporting any is odd.
 */
import type { OrganLevel } from '../model';

export type Quantity = 'requests' | 'fees_wan' | 'procurement_wan' | 'penalties' | 'licences' | 'appeals' | 'rules';

export const LIMITS: Record<Quantity, Record<OrganLevel, number>> = {
  requests: { township: 2_000, county: 20_000, municipal: 100_000, provincial: 200_000, national: 1_000_000 },
  fees_wan: { township: 500, county: 100_000, municipal: 1_000_000, provincial: 5_000_000, national: 50_000_000 },
  procurement_wan: { township: 5_000, county: 500_000, municipal: 5_000_000, provincial: 20_000_000, national: 100_000_000 },
  penalties: { township: 20_000, county: 200_000, municipal: 1_000_000, provincial: 2_000_000, national: 5_000_000 },
  licences: { township: 20_000, county: 500_000, municipal: 2_000_000, provincial: 5_000_000, national: 20_000_000 },
  appeals: { township: 200, county: 2_000, municipal: 10_000, provincial: 20_000, national: 100_000 },
  rules: { township: 0, county: 0, municipal: Infinity, provincial: Infinity, national: Infinity },
};

/** Counts a government's own report adds up over its departments. */
const CONSOLIDATED = new Set<Quantity>(['requests', 'penalties', 'licences', 'appeals']);
const GOVERNMENT_FACTOR = 10;

/** Which range applies: a department's (or a township's own), or a government's consolidated report. */
export type Range = 'department' | 'government';

export function rangeOf(level: OrganLevel, government: boolean): Range {
  return government && level !== 'township' ? 'government' : 'department';
}

/** The largest plausible value of a quantity for an organ of this level and range. */
export function limitOf(q: Quantity, level: OrganLevel, range: Range): number {
  const l = LIMITS[q][level];
  return range === 'government' && CONSOLIDATED.has(q) ? l * GOVERNMENT_FACTOR : l;
}

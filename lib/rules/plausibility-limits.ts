/**
 * What an organ's level makes likely: the largest value we take as plausible for
 * each quantity. Above it, the value is flagged (a street office reporting numbers
 * typical of a ministry). Kept in one table so that auditors can read and adjust it.
 *
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

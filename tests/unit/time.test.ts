/** The dashboard's times: local, with the zone said. */
import { describe, expect, it } from 'vitest';
import { localTime } from '../../components/time';

describe('localTime', () => {
  it('shows a stored UTC time in the zone given, with its offset', () => {
    expect(localTime('2026-01-01T12:30:00Z', 'Asia/Shanghai')).toBe('2026-01-01 20:30 (UTC+8)');
    expect(localTime('2026-01-01T12:30:00.000Z', 'UTC')).toBe('2026-01-01 12:30 (UTC)');
    expect(localTime('2026-01-01T12:30:00Z', 'Asia/Kolkata')).toBe('2026-01-01 18:00 (UTC+5:30)');
  });

  it('follows summer time and crosses midnight and the new year', () => {
    expect(localTime('2026-01-01T12:30:00Z', 'America/New_York')).toBe('2026-01-01 07:30 (UTC-5)');
    expect(localTime('2026-07-01T12:30:00Z', 'America/New_York')).toBe('2026-07-01 08:30 (UTC-4)');
    expect(localTime('2026-12-31T16:05:00Z', 'Asia/Shanghai')).toBe('2027-01-01 00:05 (UTC+8)');
    expect(localTime('2026-01-01T02:00:00Z', 'America/Los_Angeles')).toBe('2025-12-31 18:00 (UTC-8)');
  });

  it('without a zone uses the running one; an unknown zone falls back to it; a non-time comes back as is', () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(localTime('2026-03-04T05:06:00Z')).toBe(localTime('2026-03-04T05:06:00Z', here));
    expect(localTime('2026-03-04T05:06:00Z', 'Mars/Olympus')).toBe(localTime('2026-03-04T05:06:00Z', here));
    expect(localTime('not a time')).toBe('not a time');
    expect(localTime('')).toBe('');
  });
});

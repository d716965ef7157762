/** Times as the auditor reads them: in the browser's (or a given) time zone, with the zone's offset said. */

/** The parts of a formatted time; numbers as printed ("08"), the offset as Intl prints it ("GMT+8"). */
function parts(d: Date, timeZone?: string): Record<string, string> {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  });
  return Object.fromEntries(f.formatToParts(d).map((p) => [p.type, p.value]));
}

/**
 * An ISO time → "2026-01-01 20:30 (UTC+8)" in the time zone given (an IANA name),
 * else the browser's own. Anything that is not a time is returned as it came; a
 * time zone the browser does not know falls back to the browser's own.
 */
export function localTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  let p: Record<string, string>;
  try {
    p = parts(d, timeZone);
  } catch {
    p = parts(d);
  }
  // "GMT+8" → "UTC+8"; "GMT" and "GMT+0" → "UTC"
  const zone = (p.timeZoneName ?? '').replace(/^GMT/, 'UTC').replace(/^UTC[+-]0?0?(?::00)?$/, 'UTC') || 'UTC';
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (${zone})`;
}

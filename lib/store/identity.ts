/**
 * The auditor's corrections of who published a report (organ, year, level, a
 * government's own report). The schema is built on first use: the content script
 * reads it on report pages only.
 */
import { lazily, z } from '../zod';
import type * as model from '../model';

function build() {
  return z.object({
    organ: z.string().max(200).optional(),
    year: z.number().int().min(1990).max(2100).optional(),
    level: z.enum(['national', 'provincial', 'municipal', 'county', 'township']).optional(),
    government: z.boolean().optional(),
  });
}

export const identitySchema = lazily(build);

export type Identity = z.infer<ReturnType<typeof build>> & model.Identity;

/** Whatever is stored or sent → corrections, or none. */
export function readIdentity(raw: unknown): Identity | undefined {
  const p = identitySchema().safeParse(raw);
  return p.success && Object.keys(p.data).length ? p.data : undefined;
}

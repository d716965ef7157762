#!/usr/bin/env node
// The command line: the bundle `npm ci` builds (dist/cli, scripts/build-cli.mjs) starts at once; where there
// is none, or the sources changed since it was built, the TypeScript sources run through tsx instead.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli/main.js`;

/** The newest modification time of the engine's sources. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith('.ts') ? statSync(p).mtimeMs : 0);
  }
  return t;
}

if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(`${root}lib`)) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../lib/cli/bin.ts');
}

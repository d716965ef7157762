#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx: no build step after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/bin.ts');

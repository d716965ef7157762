/** Types of scripts/linkedom-lazy.mjs (esbuild plugins). */
import type { Plugin } from 'esbuild';
export const lazyListeners: Plugin;
export const linkedomEsm: Plugin;

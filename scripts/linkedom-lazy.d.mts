/** Types of scripts/linkedom-lazy.mjs (an esbuild plugin). */
import type { Plugin } from 'esbuild';
export const lazyListeners: Plugin;

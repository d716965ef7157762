/**
 * zod, configured once: no generated code (`new Function`), which extension
 * pages forbid by their content security policy and Mozilla's linter flags; its
 * reasons in Chinese.
 */
import { z } from 'zod';

z.config({ jitless: true });
// what a schema refuses is said in Chinese (an imported record, a stored one, a message)
z.config(z.locales.zhCN());

export { z };

/**
 * A schema built on first use, then kept: building zod schemas costs milliseconds, and most
 * pages the content script sees never need them (no report, no snapshot, no message).
 */
export function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

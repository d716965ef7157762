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

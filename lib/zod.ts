/**
 * zod, configured once: no generated code (`new Function`), which extension
 * pages forbid by their content security policy and Mozilla's linter flags.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

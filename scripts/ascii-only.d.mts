/** Types of scripts/ascii-only.mjs. */
export function asciiOnly(js: string): string;

// JavaScript made ASCII only (scripts/build-cli.mjs). esbuild escapes the non-ASCII characters of strings but leaves
// those of regular expression literals — the engine's Chinese — and one such character makes Node read a whole
// bundle as two-byte text, slower to read and to scan. Each UTF-16 unit becomes its \u escape, which means the same
// in a regular expression (with or without the u flag, where two escapes of a surrogate pair are one character), in a
// string, a template or a comment; an identity escape before one (\。) is the character itself, so its backslash goes.
export function asciiOnly(js) {
  return js.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => (slashes.length % 2 ? slashes.slice(1) : slashes) + `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

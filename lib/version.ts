/** The tool's name and version as every output states them. */
import pkg from '../package.json';

export const TOOL = { name: 'nianbao-audit' as const, version: pkg.version };

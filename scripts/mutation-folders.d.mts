/** The engine folders mutation testing covers (./mutation-folders.mjs). */
export declare const MUTATION_FOLDERS: string[];

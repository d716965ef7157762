/** The engine's shared nouns, types only: every layer above speaks them. */
export type * from './blocks';
export type * from './template';
export type * from './report';
export type * from './finding';
export type * from './history';
export type * from './dom';

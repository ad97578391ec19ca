/** A message tree with every text widened to `string`: the shape another language must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

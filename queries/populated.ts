/** A relationship read with depth ≥ 1 is the document, or only its id when the reader may not see it. */
export const populated = <T extends object>(value: number | T | null | undefined): T | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

/** The id a relationship points to, whether it was read populated or as an id. */
export const relationId = (value: number | { id: number } | null | undefined): number | undefined =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)

export const populatedList = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).flatMap((value) => populated(value) ?? [])

import type { ReactNode } from 'react'

/** One term and its description in a `<dl className="facts">`. */
export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  )
}

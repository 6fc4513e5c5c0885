import type { ReactNode } from 'react'

type Props = {
  /** The heading's id, which labels the section for assistive technology. */
  id: string
  heading: ReactNode
  children: ReactNode
}

/** A section of a page, named by its heading. */
export function Section({ id, heading, children }: Props) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  )
}

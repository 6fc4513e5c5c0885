import { notFound } from 'next/navigation'

// Any address under a locale that no page claims gets that locale's 404.
export default function UnknownPage() {
  notFound()
}

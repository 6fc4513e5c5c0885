import { notFound } from 'next/navigation'

// Any other address on a clinic's domain (another clinic's page, the directory) is that domain's 404.
export default function UnknownPage() {
  notFound()
}

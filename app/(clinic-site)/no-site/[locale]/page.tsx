import { notFound } from 'next/navigation'

// Every address of a host that is no site's is a 404.
export default function NoSite() {
  notFound()
}

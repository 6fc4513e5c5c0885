// A clinic's domain's 404: its links are paths on the same host, which lead to the domain's own pages.
export { NotFoundPage as default } from '@/components/pages/NotFoundPage'

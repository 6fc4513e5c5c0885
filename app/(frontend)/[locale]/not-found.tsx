// The localized 404 for unknown addresses and unpublished or unknown slugs.
export { NotFoundPage as default } from '@/components/pages/NotFoundPage'

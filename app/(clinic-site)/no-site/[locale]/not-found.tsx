export { NoSitePage as default } from '@/components/pages/NoSitePage'

/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
// Changed by hand: the handlers are wrapped in checkedRequests (see app/(payload)/api/[...slug]/route.ts), which
// here also refuses documents too long to validate (GraphQL's cost rules are in payload.config.ts).
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkedRequests, refuseLongGraphQL } from '@/http/payloadRoutes'

export const POST = checkedRequests(GRAPHQL_POST(config), refuseLongGraphQL)
export const OPTIONS = checkedRequests(REST_OPTIONS(config))

import { createHmac } from 'node:crypto'
import type { LookupAddress } from 'node:dns'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'

import type { TaskConfig } from 'payload'

import { webhookAddresses } from '../../domain/webhookDestination'
import type { Clinic, Lead, Treatment } from '../../payload-types'
import { retries } from '../../jobs/retries'

/**
 * The Standard Webhooks signature (standardwebhooks.com): HMAC-SHA256, keyed with the base64 part of the
 * "whsec_" secret, over "<id>.<timestamp>.<body>", sent as "v1,<base64>".
 */
function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`
}

/** What the CRM receives: the lead as the visitor sent it, with where it came from. */
const leadCreatedEvent = (lead: Lead, clinic: Clinic) => ({
  type: 'lead.created',
  timestamp: new Date().toISOString(),
  data: {
    id: lead.id,
    createdAt: lead.createdAt,
    clinic: { id: clinic.id, slug: clinic.slug },
    treatment: (lead.treatment as Treatment | null | undefined)?.slug ?? null,
    name: lead.name,
    email: lead.email,
    phone: lead.phone ?? null,
    preferredContact: lead.preferredContact,
    message: lead.message ?? null,
    locale: lead.locale,
    marketingOptIn: lead.marketingOptIn,
    consent: lead.consent,
    source: lead.source,
    attribution: lead.attribution,
  },
})

/**
 * POSTs `body` to the CRM and answers its status. The host's addresses are resolved and checked first (no private
 * network), and the connection goes to exactly those addresses, so a name that changes its address in between
 * cannot lead it elsewhere. No redirect is followed; a 3xx is a failed delivery.
 */
async function postToCrm(url: URL, body: string, headers: Record<string, string>): Promise<number> {
  const addresses = await webhookAddresses(url)
  const lookup: LookupFunction = (_hostname, options, callback) =>
    options.all
      ? (callback as (error: null, all: LookupAddress[]) => void)(null, addresses)
      : callback(null, addresses[0].address, addresses[0].family)
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        signal: AbortSignal.timeout(10_000),
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

/**
 * Sends a new lead to the clinic's CRM. Any answer but 2xx (or no answer within 10 s) is retried like mail,
 * for about a day; the message id stays the same, so the CRM can drop a repeat.
 */
export const sendCrmWebhook: TaskConfig<{ input: { lead: number }; output: { status: number | null } }> = {
  slug: 'sendCrmWebhook',
  inputSchema: [{ name: 'lead', type: 'number', required: true }],
  retries,
  handler: async ({ input, req }) => {
    const lead = await req.payload.findByID({
      collection: 'leads',
      id: input.lead,
      depth: 1,
      req,
      overrideAccess: true,
      disableErrors: true,
      populate: { clinics: { slug: true, crmWebhook: true }, treatments: { slug: true } },
    })
    const clinic = lead?.clinic as Clinic | undefined
    const webhook = clinic?.crmWebhook
    // Erased since, or the clinic removed its CRM: nothing to send.
    if (!lead || !clinic || lead.anonymizedAt || !webhook?.url || !webhook.secret) return { output: { status: null } }
    const id = `msg_lead_${lead.id}`
    const timestamp = Math.floor(Date.now() / 1000)
    const body = JSON.stringify(leadCreatedEvent(lead, clinic))
    const status = await postToCrm(new URL(webhook.url), body, {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(webhook.secret, id, timestamp, body),
    })
    if (status < 200 || status > 299) throw new Error(`CRM webhook answered ${status}`)
    return { output: { status } }
  },
}

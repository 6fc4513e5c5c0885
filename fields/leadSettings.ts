import { randomBytes } from 'node:crypto'

import type { Field } from 'payload'

import { clinicOwnerField } from '../access/rules'
import { DEFAULT_RETENTION_MONTHS } from '../collections/Leads/privacy'
import { PrivateDestinationError, webhookAddresses } from '../domain/webhookDestination'

/** A Standard Webhooks signing secret: "whsec_" and 32 random bytes in base64. */
const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`

/**
 * A CRM webhook URL: a full http(s) address (https in production) whose host is not in a private network, checked
 * after DNS resolution. A name that does not resolve yet is accepted: every delivery checks it again.
 */
const isWebhookUrl = async (value: string | null | undefined) => {
  if (!value) return true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Use a full address such as https://crm.example.com/hooks/leads.'
  }
  // Lead data leaves the platform here: only over TLS in production.
  const schemes = process.env.NODE_ENV === 'production' ? ['https:'] : ['https:', 'http:']
  if (!schemes.includes(url.protocol)) return 'Use an https:// address.'
  try {
    await webhookAddresses(url)
  } catch (error) {
    if (error instanceof PrivateDestinationError) return error.message
  }
  return true
}

const ownersOnly = { read: clinicOwnerField, update: clinicOwnerField }

/** A clinic's lead settings: how long leads stay identifiable, and the CRM that receives each new lead. */
export const leadSettingsFields: Field[] = [
  {
    name: 'leadRetentionMonths',
    type: 'number',
    required: true,
    defaultValue: DEFAULT_RETENTION_MONTHS,
    min: 1,
    max: 120,
    access: ownersOnly,
    admin: {
      description:
        'Leads older than this are anonymized every night: name, email, phone, message, notes and click ids are removed.',
    },
  },
  {
    name: 'crmWebhook',
    label: 'CRM webhook',
    type: 'group',
    access: ownersOnly,
    admin: {
      description:
        'Each new lead is POSTed here as JSON, signed as Standard Webhooks do (webhook-id, webhook-timestamp, webhook-signature). Failed deliveries are retried for about a day.',
    },
    fields: [
      { name: 'url', type: 'text', maxLength: 2000, validate: isWebhookUrl },
      {
        name: 'secret',
        type: 'text',
        admin: { description: 'Verifies the signature in your CRM. Filled in when empty; clear it to rotate.' },
        hooks: {
          beforeChange: [({ value, siblingData }) => (siblingData.url && !value ? newWebhookSecret() : value)],
        },
        validate: (value: string | null | undefined) =>
          !value || /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/.test(value) ? true : 'Leave it empty to get a new secret.',
      },
    ],
  },
]

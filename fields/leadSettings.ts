import { randomBytes } from 'node:crypto'

import type { Field, PayloadRequest, TextFieldSingleValidation } from 'payload'

import { clinicOwnerField } from '../access/rules'
import { PrivateDestinationError, webhookAddresses } from '../domain/webhookDestination'
import { adminError } from '../i18n/adminTexts'

/** How long a clinic keeps identifiable leads unless it sets its own period (leadRetentionMonths). */
export const DEFAULT_RETENTION_MONTHS = 24

/** A Standard Webhooks signing secret: "whsec_" and 32 random bytes in base64. */
const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`

/**
 * A CRM webhook URL: a full http(s) address (https in production) whose host is not in a private network, checked
 * after DNS resolution. A name that does not resolve yet is accepted: every delivery checks it again.
 */
const isWebhookUrl: TextFieldSingleValidation = async (value, { req }) => {
  if (!value) return true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return adminError(req, 'webhookUrl')
  }
  // Lead data leaves the platform here: only over TLS in production.
  const schemes = process.env.NODE_ENV === 'production' ? ['https:'] : ['https:', 'http:']
  if (!schemes.includes(url.protocol)) return adminError(req, 'webhookHttps')
  try {
    await webhookAddresses(url)
  } catch (error) {
    if (error instanceof PrivateDestinationError) return adminError(req, 'webhookPrivate', { address: error.address })
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
  },
  {
    name: 'crmWebhook',
    type: 'group',
    access: ownersOnly,
    fields: [
      { name: 'url', type: 'text', maxLength: 2000, validate: isWebhookUrl },
      {
        name: 'secret',
        type: 'text',
        hooks: {
          beforeChange: [({ value, siblingData }) => (siblingData.url && !value ? newWebhookSecret() : value)],
        },
        validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
          !value || /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/.test(value) ? true : adminError(req, 'webhookSecret'),
      },
    ],
  },
]

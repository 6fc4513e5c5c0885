import type { PayloadRequest, TaskConfig } from 'payload'

import { defaultLocale, isLocale, type Locale, localeLabels } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import type { Clinic, Treatment } from '../../../payload-types'
import { messageIdFor } from '../../../mail/adapter'
import { siteUrl } from '../../../site/pages'

type LeadJob = { input: { lead: number }; output: Record<string, never> }

// A mail server that is down must never lose a notification: each mail is its own job, retried with
// exponential backoff (5 s, 10 s, 20 s, …) for about a day, and sent once it is back.
export const retries = { attempts: 14, backoff: { type: 'exponential' as const, delay: 5_000 } }

/** The lead to write about, or nothing when it has been erased since (then there is no one to write to). */
async function loadLead(req: PayloadRequest, id: number) {
  const lead = await req.payload.findByID({
    collection: 'leads',
    id,
    depth: 1,
    req,
    overrideAccess: true,
    disableErrors: true,
    // Names are read in the reader's language below; these are all the mails need of clinic and treatment.
    populate: { clinics: { leadNotificationEmail: true, languagesSpoken: true }, treatments: { slug: true } },
  })
  if (!lead?.email || lead.anonymizedAt) return undefined
  return { lead, email: lead.email, clinic: lead.clinic as Clinic, treatment: lead.treatment as Treatment | null }
}

/** A clinic's or treatment's name in the reader's language. */
const nameIn = async (req: PayloadRequest, collection: 'clinics' | 'treatments', id: number, locale: Locale) =>
  (await req.payload.findByID({ collection, id, locale, depth: 0, req, select: { name: true } })).name

/** The staff's language: the first site locale the clinic speaks. */
const staffLocale = (clinic: Clinic): Locale => clinic.languagesSpoken?.find(isLocale) ?? defaultLocale

/** The clinic's lead address gets a summary in its staff's language, with a link to the lead in the admin. */
export const notifyClinic: TaskConfig<LeadJob> = {
  slug: 'notifyClinic',
  inputSchema: [{ name: 'lead', type: 'number', required: true }],
  retries,
  handler: async ({ input, job, req }) => {
    const loaded = await loadLead(req, input.lead)
    if (!loaded) return { output: {} }
    const { lead, email, clinic, treatment } = loaded
    const locale = staffLocale(clinic)
    const t = translatorFor(locale)
    const none = t('LeadMail.none')
    await req.payload.sendEmail({
      messageId: messageIdFor(job),
      to: clinic.leadNotificationEmail,
      subject: t('LeadMail.clinicSubject', { name: lead.name }),
      text: t('LeadMail.clinicBody', {
        name: lead.name,
        email,
        phone: lead.phone || none,
        contact: lead.preferredContact ? t(`LeadForm.contact_${lead.preferredContact}`) : none,
        treatment: treatment ? await nameIn(req, 'treatments', treatment.id, locale) : none,
        message: lead.message || none,
        language: localeLabels[lead.locale as Locale] ?? lead.locale,
        link: `${siteUrl()}/admin/collections/leads/${lead.id}`,
      }),
    })
    return { output: {} }
  },
}

/** The visitor gets a confirmation in their own language. */
export const confirmToVisitor: TaskConfig<LeadJob> = {
  slug: 'confirmToVisitor',
  inputSchema: [{ name: 'lead', type: 'number', required: true }],
  retries,
  handler: async ({ input, job, req }) => {
    const loaded = await loadLead(req, input.lead)
    if (!loaded) return { output: {} }
    const { lead, email, clinic } = loaded
    const locale = lead.locale as Locale
    const clinicName = await nameIn(req, 'clinics', clinic.id, locale)
    const t = translatorFor(locale)
    await req.payload.sendEmail({
      messageId: messageIdFor(job),
      to: email,
      subject: t('LeadMail.visitorSubject', { clinic: clinicName }),
      text: t('LeadMail.visitorBody', { name: lead.name, clinic: clinicName }),
    })
    return { output: {} }
  },
}

import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { aliased, rows, tables } from '../../database/tables'
import { defaultLocale, isLocale, type Locale, localeLabels } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import type { Clinic, Lead } from '../../payload-types'
import { messageIdFor } from '../../mail/adapter'
import { retries } from '../../jobs/retries'
import { siteUrl } from '../../site/pages'

type LeadJob = { input: { lead: number }; output: Record<string, never> }

type NamesByLocale = Partial<Record<Locale, string | null>>

type LeadForMail = Pick<Lead, 'id' | 'name' | 'phone' | 'preferredContact' | 'message' | 'locale'> & {
  email: string
  leadNotificationEmail: Clinic['leadNotificationEmail']
  languagesSpoken: string[] | null
  clinicNames: NamesByLocale
  treatmentNames: NamesByLocale | null
}

/**
 * Everything both mails need of a lead, its clinic and treatment (names in every locale), in one query: the
 * worker sends hundreds of these a second, and Payload's findByID would cost three reads and its whole read
 * pipeline each. Nothing when the lead has been erased since (then there is no one to write to).
 */
async function leadForMail(payload: Payload, id: number): Promise<LeadForMail | undefined> {
  const [lead, clinic] = [aliased(tables.leads, 'lead'), aliased(tables.clinics, 'clinic')]
  const { clinicsLanguagesSpoken: spoken, clinicsLocales, treatmentsLocales } = tables
  const [found] = await rows<LeadForMail>(
    payload,
    sql`
    SELECT ${lead.id}, ${lead.name}, ${lead.email}, ${lead.phone}, ${lead.preferredContact} AS "preferredContact",
      ${lead.message}, ${lead.locale}, ${clinic.leadNotificationEmail} AS "leadNotificationEmail",
      (SELECT array_agg(${spoken.value}::text ORDER BY ${spoken.order}) FROM ${spoken}
        WHERE ${spoken.parent} = ${clinic.id}) AS "languagesSpoken",
      (SELECT jsonb_object_agg(${clinicsLocales.locale}, ${clinicsLocales.name}) FROM ${clinicsLocales}
        WHERE ${clinicsLocales.parent} = ${clinic.id}) AS "clinicNames",
      (SELECT jsonb_object_agg(${treatmentsLocales.locale}, ${treatmentsLocales.name}) FROM ${treatmentsLocales}
        WHERE ${treatmentsLocales.parent} = ${lead.treatment}) AS "treatmentNames"
    FROM ${lead} JOIN ${clinic} ON ${clinic.id} = ${lead.clinic}
    WHERE ${lead.id} = ${id} AND ${lead.anonymizedAt} IS NULL AND ${lead.email} IS NOT NULL`,
  )
  return found
}

/** A name in the reader's language, or the default locale's (as Payload's localization falls back). */
const nameIn = (names: NamesByLocale, locale: Locale) => names[locale] || names[defaultLocale] || ''

/** The staff's language: the first site locale the clinic speaks. */
const staffLocale = (lead: LeadForMail): Locale => lead.languagesSpoken?.find(isLocale) ?? defaultLocale

/** A job that mails about one lead (once, by its message id); nothing once the lead has been erased. */
const leadMailTask = (
  slug: string,
  compose: (lead: LeadForMail) => { to: string; subject: string; text: string },
): TaskConfig<LeadJob> => ({
  slug,
  inputSchema: [{ name: 'lead', type: 'number', required: true }],
  retries,
  handler: async ({ input, job, req }) => {
    const lead = await leadForMail(req.payload, input.lead)
    if (lead) await req.payload.sendEmail({ messageId: messageIdFor(job), ...compose(lead) })
    return { output: {} }
  },
})

/** The clinic's lead address gets a summary in its staff's language, with a link to the lead in the admin. */
export const notifyClinic = leadMailTask('notifyClinic', (lead) => {
  const locale = staffLocale(lead)
  const t = translatorFor(locale)
  const none = t('LeadMail.none')
  return {
    to: lead.leadNotificationEmail,
    subject: t('LeadMail.clinicSubject', { name: lead.name }),
    text: t('LeadMail.clinicBody', {
      name: lead.name,
      email: lead.email,
      phone: lead.phone || none,
      contact: lead.preferredContact ? t(`LeadForm.contact_${lead.preferredContact}`) : none,
      treatment: lead.treatmentNames ? nameIn(lead.treatmentNames, locale) : none,
      message: lead.message || none,
      language: localeLabels[lead.locale as Locale] ?? lead.locale,
      link: `${siteUrl()}/admin/collections/leads/${lead.id}`,
    }),
  }
})

/** The visitor gets a confirmation in their own language. */
export const confirmToVisitor = leadMailTask('confirmToVisitor', (lead) => {
  const locale = lead.locale as Locale
  const clinicName = nameIn(lead.clinicNames, locale)
  const t = translatorFor(locale)
  return {
    to: lead.email,
    subject: t('LeadMail.visitorSubject', { clinic: clinicName }),
    text: t('LeadMail.visitorBody', { name: lead.name, clinic: clinicName }),
  }
})

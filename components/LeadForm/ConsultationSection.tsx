import { getTranslations } from 'next-intl/server'

import { contactMethods } from '../../domain/options'
import type { Locale } from '../../i18n/locales'
import type { OfferingWithTreatment } from '../../queries/offerings'
import { telHref } from '../../site/format'
import { LeadForm } from './LeadForm'

type Props = {
  locale: Locale
  clinic: { slug: string; name: string; phone: string; email: string }
  /** The address of the page the section is on (on the clinic's own domain when shown there). */
  pagePath: string
  offerings: OfferingWithTreatment[]
}

/** The consultation request section (#consultation) of a clinic's pages: the form, and phone and email. */
export async function ConsultationSection({ locale, clinic, pagePath, offerings }: Props) {
  const t = await getTranslations({ locale, namespace: 'LeadForm' })
  const contact = await getTranslations({ locale, namespace: 'Clinic' })
  return (
    <section id="consultation" aria-labelledby="consultation-heading" className="callout consultation">
      <h2 id="consultation-heading">{t('heading')}</h2>
      <p>{t('intro', { clinic: clinic.name })}</p>
      <LeadForm
        clinic={clinic.slug}
        locale={locale}
        pagePath={pagePath}
        treatments={offerings
          .filter((offering) => offering.bookable !== false)
          .map(({ treatment }) => ({ slug: treatment.slug, name: treatment.name }))}
        labels={{
          name: t('name'),
          email: t('email'),
          phone: t('phone'),
          preferredContact: t('preferredContact'),
          treatment: t('treatment'),
          anyTreatment: t('anyTreatment'),
          message: t('message'),
          consent: t('consent', { clinic: clinic.name }),
          marketing: t('marketing'),
          submit: t('submit'),
          sending: t('sending'),
          errorSummary: t('errorSummary'),
          required: t('required'),
          website: t('website'),
          contactMethods: Object.fromEntries(contactMethods.map((method) => [method, t(`contact_${method}`)])),
        }}
      />
      <p className="muted">
        {contact('phone')}:{' '}
        <a href={telHref(clinic.phone)} dir="ltr">
          {clinic.phone}
        </a>{' '}
        · {contact('email')}: <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
      </p>
    </section>
  )
}

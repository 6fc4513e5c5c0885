import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Fact } from '../Fact'
import { JsonLd } from '../JsonLd'
import { LinkList } from '../LinkList'
import { MediaImage } from '../MediaImage'
import { PageFrame, standalone } from '../PageFrame'
import { Section } from '../Section'
import type { Locale } from '../../i18n/locales'
import { listArticles } from '../../queries/articles'
import { findPractitioner } from '../../queries/practitioners'
import { spokenLanguages } from '../../site/format'
import { pageMetadata } from '../../site/metadata'
import { clinicDomainOf, pageUrl, sitePages } from '../../site/pages'
import { person } from '../../site/structuredData'
import type { ClinicSite } from './clinicDomain'
import { contentOr404, type PageProps } from './page'

/** The practitioner, unless the page is on a clinic's domain and they do not work at that clinic. */
async function practitionerOn(locale: Locale, slug: string, domain?: ClinicSite) {
  const practitioner = await findPractitioner(locale, slug)
  const shown = practitioner && (!domain || practitioner.clinics.some((clinic) => clinic.id === domain.id))
  return shown ? practitioner : undefined
}

export async function practitionerPageMetadata({ locale, slug, domain }: PageProps): Promise<Metadata> {
  const practitioner = await practitionerOn(locale, slug, domain)
  if (!practitioner) return {}
  return pageMetadata({
    locale,
    page: sitePages.practitioner(slug),
    domain,
    title: `${practitioner.name}, ${practitioner.jobTitle}`,
    description: practitioner.bio?.slice(0, 155) ?? practitioner.jobTitle,
    image: practitioner.photo,
    meta: practitioner.meta,
  })
}

export async function PractitionerPage({ locale, slug, domain }: PageProps) {
  const practitioner = await contentOr404(locale, () => practitionerOn(locale, slug, domain))
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Practitioner' }),
    // On a clinic's domain, the articles written for that clinic.
    listArticles(locale, { authorId: practitioner.id, clinicId: domain?.id }, 1, 20),
  ])
  const { credentials } = practitioner
  // Links to other pages stay on the site the page is shown on.
  const linked = { locale, domain }
  return (
    <PageFrame locale={locale} domain={domain} {...standalone(sitePages.practitioner(slug), practitioner.name)}>
      <div className="profile">
        <MediaImage media={practitioner.photo} sizes="12rem" className="portrait" preload />
        <div>
          <h1>{practitioner.name}</h1>
          <p className="lead">{practitioner.jobTitle}</p>
        </div>
      </div>
      <dl className="facts">
        {credentials?.title && (
          <Fact term={t('credentials')}>
            {credentials.title}
            {credentials.registrationBody && credentials.registrationNumber && (
              <>
                <br />
                {t('registration', { body: credentials.registrationBody, number: credentials.registrationNumber })}
              </>
            )}
          </Fact>
        )}
        <Fact term={t('worksAt')}>
          <LinkList {...linked} pageOf={sitePages.clinic} documents={practitioner.clinics} className="plain" />
        </Fact>
        {practitioner.treatments.length > 0 && (
          <Fact term={t('treatments')}>
            <LinkList {...linked} pageOf={sitePages.treatment} documents={practitioner.treatments} className="plain" />
          </Fact>
        )}
        {practitioner.languagesSpoken?.length ? (
          <Fact term={t('languages')}>{spokenLanguages(locale, practitioner.languagesSpoken)}</Fact>
        ) : null}
      </dl>
      {practitioner.bio && <p>{practitioner.bio}</p>}

      {articles.docs.length > 0 && (
        <Section id="articles" heading={t('articles')}>
          <LinkList
            {...linked}
            pageOf={sitePages.article}
            documents={articles.docs.map(({ slug, title }) => ({ slug, name: title }))}
            className="article-list"
          />
        </Section>
      )}

      <JsonLd
        data={person({
          practitioner,
          url: pageUrl(locale, sitePages.practitioner(slug), domain),
          photo: practitioner.photo,
          clinics: practitioner.clinics.map((clinic) => ({
            name: clinic.name,
            url: pageUrl(locale, sitePages.clinic(clinic.slug), clinicDomainOf(clinic)),
          })),
        })}
      />
    </PageFrame>
  )
}

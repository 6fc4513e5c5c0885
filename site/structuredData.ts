// JSON-LD for search engines. The schema-dts types are schema.org's vocabulary, so the compiler
// rejects a property or type that schema.org does not define.
import type {
  BreadcrumbList,
  DayOfWeek,
  MedicalClinic,
  MedicalProcedure,
  MedicalWebPage,
  Person,
  WithContext,
} from 'schema-dts'

import type { Locale } from '../i18n/locales'
import type { Clinic, Media, Practitioner, Treatment } from '../payload-types'
import { absoluteUrl } from './pages'
import { mediaPath } from './pages'

/** The thing a page is about, as its JSON-LD starts: schema.org's context, the type, its id on the page, name, page. */
const thingOnPage = <Type extends string>(type: Type, url: string, fragment: string, name: string) => ({
  '@context': 'https://schema.org' as const,
  '@type': type,
  '@id': `${url}#${fragment}`,
  name,
  url,
})

const absoluteMediaUrl = (media: Media | null | undefined) =>
  media?.url ? absoluteUrl(mediaPath(media.url)) : undefined

export const breadcrumbList = (trail: { name: string; url: string }[]): WithContext<BreadcrumbList> => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: trail.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: crumb.url,
  })),
})

const dayOfWeek = (day: string): DayOfWeek =>
  `https://schema.org/${day.charAt(0).toUpperCase()}${day.slice(1)}` as DayOfWeek

type ClinicInput = Pick<
  Clinic,
  'name' | 'summary' | 'address' | 'geo' | 'phone' | 'email' | 'openingHours' | 'languagesSpoken'
> & { heroImage?: Media | null }

/** A page another one links to by its name: a clinic's treatments, a practitioner's clinics. */
type LinkedPage = { name: string; url: string }

type MedicalClinicInput = { clinic: ClinicInput; url: string; priceRange?: string; services: LinkedPage[] }

export const medicalClinic = ({
  clinic,
  url,
  priceRange,
  services,
}: MedicalClinicInput): WithContext<MedicalClinic> => ({
  ...thingOnPage('MedicalClinic', url, 'clinic', clinic.name),
  description: clinic.summary,
  image: absoluteMediaUrl(clinic.heroImage),
  telephone: clinic.phone,
  email: clinic.email,
  address: {
    '@type': 'PostalAddress',
    streetAddress: clinic.address.street,
    postalCode: clinic.address.postalCode ?? undefined,
    addressLocality: clinic.address.city,
    addressCountry: clinic.address.countryCode,
  },
  geo: { '@type': 'GeoCoordinates', latitude: clinic.geo.latitude, longitude: clinic.geo.longitude },
  openingHoursSpecification: (clinic.openingHours ?? []).map((period) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: dayOfWeek(period.day),
    opens: period.opens,
    closes: period.closes,
  })),
  priceRange,
  availableService: services.map((service) => ({ '@type': 'MedicalProcedure', name: service.name, url: service.url })),
  knowsLanguage: clinic.languagesSpoken ?? undefined,
})

type PersonInput = {
  practitioner: Pick<Practitioner, 'name' | 'jobTitle' | 'bio' | 'credentials' | 'languagesSpoken'>
  url: string
  photo?: Media
  clinics: LinkedPage[]
}

export const person = ({ practitioner, url, photo, clinics }: PersonInput): WithContext<Person> => ({
  ...thingOnPage('Person', url, 'person', practitioner.name),
  jobTitle: practitioner.jobTitle,
  description: practitioner.bio ?? undefined,
  image: absoluteMediaUrl(photo),
  knowsLanguage: practitioner.languagesSpoken ?? undefined,
  hasCredential: practitioner.credentials?.title
    ? {
        '@type': 'EducationalOccupationalCredential',
        name: practitioner.credentials.title,
        credentialCategory: 'license',
        recognizedBy: practitioner.credentials.registrationBody
          ? { '@type': 'Organization', name: practitioner.credentials.registrationBody }
          : undefined,
        identifier: practitioner.credentials.registrationNumber ?? undefined,
      }
    : undefined,
  worksFor: clinics.map((clinic) => ({ '@type': 'MedicalClinic', name: clinic.name, url: clinic.url })),
})

export const medicalProcedure = ({
  treatment,
  url,
  bodyLocation,
}: {
  treatment: Pick<Treatment, 'name' | 'summary' | 'howItWorks'>
  url: string
  bodyLocation: string
}): WithContext<MedicalProcedure> => ({
  ...thingOnPage('MedicalProcedure', url, 'procedure', treatment.name),
  description: treatment.summary,
  howPerformed: treatment.howItWorks,
  bodyLocation,
  procedureType: 'https://schema.org/PercutaneousProcedure',
})

type PersonRef = { name: string; url: string; jobTitle?: string }

const personRef = (ref: PersonRef | undefined): Person | undefined =>
  ref && { '@type': 'Person', name: ref.name, url: ref.url, jobTitle: ref.jobTitle }

export const medicalWebPage = ({
  url,
  locale,
  headline,
  description,
  datePublished,
  lastReviewed,
  author,
  reviewer,
  about = [],
}: {
  url: string
  locale: Locale
  headline: string
  description: string
  datePublished?: string | null
  lastReviewed?: string | null
  author?: PersonRef
  reviewer?: PersonRef
  /** The treatments the page is about. */
  about?: { name: string; url: string }[]
}): WithContext<MedicalWebPage> => ({
  '@context': 'https://schema.org',
  '@type': 'MedicalWebPage',
  '@id': url,
  url,
  name: headline,
  headline,
  description,
  inLanguage: locale,
  datePublished: datePublished ?? undefined,
  lastReviewed: lastReviewed?.slice(0, 10),
  author: personRef(author),
  reviewedBy: personRef(reviewer),
  about: about.length
    ? about.map((topic) => ({ '@type': 'MedicalProcedure', name: topic.name, url: topic.url }))
    : undefined,
})

import type { Clinic } from '../../payload-types'
import { slugify } from '../../domain/slug'
import { type Localized, localizedRichText } from '../localized'
import { type City, cities, type District, streetAddress } from './cities'
import type { ClinicContent } from './clinics'

/**
 * The fake but realistic clinics of `npm run seed -- --clinics N`: clinic i is the same whatever N is, so N
 * clinics are the first N of any larger run. Images are shared (a few drawn ones), so `heroImage` and `logo`
 * name them instead of palettes.
 */
export type ScaleClinic = Omit<ClinicContent, 'heroAlt' | 'logoAlt' | 'palette'> & { heroImage: string; logo: string }

type Brand = { name: string; ar: string }

const brands: Brand[] = [
  { name: 'Aura', ar: 'أورا' },
  { name: 'Lumière', ar: 'لوميير' },
  { name: 'Nova', ar: 'نوفا' },
  { name: 'Serena', ar: 'سيرينا' },
  { name: 'Vita', ar: 'فيتا' },
  { name: 'Bloom', ar: 'بلوم' },
  { name: 'Clarity', ar: 'كلاريتي' },
  { name: 'Derma', ar: 'ديرما' },
  { name: 'Élan', ar: 'إيلان' },
  { name: 'Halo', ar: 'هالو' },
  { name: 'Pura', ar: 'بورا' },
  { name: 'Solace', ar: 'سولاس' },
]

/** The shared drawn images: hero scenes (wall, light, furniture) and one logo colour per brand. */
export const scaleHeroPalettes: [string, string, string][] = [
  ['#e9dfd3', '#f7f1ea', '#8a6f5a'],
  ['#d9e2e4', '#f2f5f5', '#4d6a70'],
  ['#f1e4cf', '#fbf4e8', '#9c7a4a'],
  ['#e4e0ec', '#f6f4fa', '#6b5f86'],
]
const logoColours = ['#0f5f63', '#224e8c', '#8c3f22', '#5a6b2f', '#7a2d5c', '#2f5d50']

export const scaleHeroName = (index: number) => `seed-scale-hero-${index + 1}`
export const scaleLogoName = (brand: Brand) => `seed-scale-logo-${slugify(brand.name)}`

export const scaleHeroAlt: Localized = {
  en: 'The reception room of an aesthetic clinic',
  de: 'Der Empfangsraum einer Praxis für ästhetische Medizin',
  fr: 'La salle d’accueil d’une clinique esthétique',
  es: 'La sala de recepción de una clínica estética',
  ar: 'غرفة الاستقبال في عيادة تجميل',
}

/** Every brand's logo: its image name, alt text and colour. */
export const scaleLogos = brands.map((brand, index) => ({
  name: scaleLogoName(brand),
  colour: logoColours[index % logoColours.length],
  alt: {
    en: `Logo of ${brand.name}`,
    de: `Logo von ${brand.name}`,
    fr: `Logo de ${brand.name}`,
    es: `Logotipo de ${brand.name}`,
    ar: `شعار ${brand.ar}`,
  } satisfies Localized,
}))

/** A small deterministic generator (mulberry32): the same clinic index always draws the same numbers. */
function randomFor(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)],
    fraction: next,
  }
}

type Weekday = NonNullable<Clinic['openingHours']>[number]['day']
const hours = (days: Weekday[], opens: string, closes: string) => days.map((day) => ({ day, opens, closes }))
const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']

const openingHourPatterns: ClinicContent['openingHours'][] = [
  [...hours(weekdays, '09:00', '18:00'), ...hours(['saturday'], '10:00', '14:00')],
  hours(weekdays, '08:30', '19:00'),
  [...hours(['monday', 'tuesday', 'wednesday', 'friday'], '09:00', '17:30'), ...hours(['thursday'], '11:00', '20:00')],
  hours([...weekdays, 'saturday'], '10:00', '20:00'),
  hours(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], '10:00', '19:00'),
]

/** Typical "from" prices by treatment slug and currency; each clinic sets its own around them. */
const typicalPrices: Record<string, Record<ClinicContent['currency'], number>> = {
  'botulinum-toxin': { GBP: 250, EUR: 290, AED: 1200, USD: 400, CHF: 380 },
  'hyaluronic-acid-lip-filler': { GBP: 350, EUR: 390, AED: 1800, USD: 650, CHF: 520 },
  'hyaluronic-acid-cheek-filler': { GBP: 450, EUR: 490, AED: 2400, USD: 800, CHF: 650 },
  'calcium-hydroxylapatite-filler': { GBP: 550, EUR: 650, AED: 3000, USD: 900, CHF: 800 },
}
const fillers = Object.keys(typicalPrices).filter((slug) => slug !== 'botulinum-toxin')

const names = (brand: Brand, district: District, branch: string): Localized => ({
  en: `${brand.name} Clinic ${district.name}${branch}`,
  de: `${brand.name} Klinik ${district.name}${branch}`,
  fr: `Clinique ${brand.name} ${district.name}${branch}`,
  es: `Clínica ${brand.name} ${district.name}${branch}`,
  ar: `عيادة ${brand.ar} ${district.ar}${branch}`,
})

type Place = { district: Localized; city: Localized }

const summaries: ((place: Place) => Localized)[] = [
  ({ district, city }) => ({
    en: `A doctor-led aesthetic clinic in ${district.en}, ${city.en}: anti-wrinkle injections and dermal fillers after an unhurried consultation.`,
    de: `Eine ärztlich geführte Praxis für ästhetische Medizin in ${district.de}, ${city.de}: Faltenbehandlung und Filler nach einer ausführlichen Beratung.`,
    fr: `Une clinique esthétique dirigée par des médecins à ${district.fr}, ${city.fr} : injections antirides et produits de comblement après une consultation sans hâte.`,
    es: `Una clínica estética dirigida por médicos en ${district.es}, ${city.es}: tratamiento de arrugas y rellenos dérmicos tras una consulta sin prisas.`,
    ar: `عيادة تجميل يديرها أطباء في ${district.ar}، ${city.ar}: حقن التجاعيد والفيلر بعد استشارة وافية.`,
  }),
  ({ district, city }) => ({
    en: `Skin and aesthetic medicine in ${district.en}, ${city.en}, with evening appointments and prices shown up front.`,
    de: `Haut- und ästhetische Medizin in ${district.de}, ${city.de}, mit Abendterminen und offen ausgewiesenen Preisen.`,
    fr: `Médecine de la peau et médecine esthétique à ${district.fr}, ${city.fr}, avec des rendez-vous en soirée et des prix affichés d’emblée.`,
    es: `Medicina estética y de la piel en ${district.es}, ${city.es}, con citas por la tarde y precios a la vista.`,
    ar: `طب الجلد والطب التجميلي في ${district.ar}، ${city.ar}، مع مواعيد مسائية وأسعار معلنة مسبقًا.`,
  }),
  ({ district, city }) => ({
    en: `A small clinic in ${district.en}, ${city.en}, where a doctor gives every treatment and reviews it two weeks later.`,
    de: `Eine kleine Praxis in ${district.de}, ${city.de}, in der jede Behandlung ärztlich durchgeführt und nach zwei Wochen kontrolliert wird.`,
    fr: `Un petit cabinet à ${district.fr}, ${city.fr}, où chaque traitement est réalisé par un médecin et contrôlé deux semaines plus tard.`,
    es: `Una pequeña clínica en ${district.es}, ${city.es}, donde un médico realiza cada tratamiento y lo revisa dos semanas después.`,
    ar: `عيادة صغيرة في ${district.ar}، ${city.ar}، يجري فيها طبيب كل علاج ويراجعه بعد أسبوعين.`,
  }),
]

const description = (name: Localized, { district }: Place) =>
  localizedRichText({
    en: [
      `${name.en} is a doctor-led clinic in ${district.en}. Every first visit is a consultation, with no obligation to book a treatment.`,
      'We explain what each option can and cannot do, and we will tell you when a treatment is not right for you.',
    ],
    de: [
      `${name.de} ist eine ärztlich geführte Praxis in ${district.de}. Jeder erste Besuch ist eine Beratung, ohne Verpflichtung zu einer Behandlung.`,
      'Wir erklären, was jede Möglichkeit leisten kann und was nicht, und sagen Ihnen offen, wenn eine Behandlung nicht zu Ihnen passt.',
    ],
    fr: [
      `${name.fr} est une clinique dirigée par des médecins à ${district.fr}. Chaque première visite est une consultation, sans obligation de traitement.`,
      'Nous expliquons ce que chaque option peut apporter ou non, et nous vous disons franchement quand un traitement ne vous convient pas.',
    ],
    es: [
      `${name.es} es una clínica dirigida por médicos en ${district.es}. Cada primera visita es una consulta, sin obligación de reservar un tratamiento.`,
      'Te explicamos lo que cada opción puede y no puede hacer, y te diremos con franqueza si un tratamiento no es adecuado para ti.',
    ],
    ar: [
      `${name.ar} عيادة يديرها أطباء في ${district.ar}. كل زيارة أولى هي استشارة، دون أي التزام بحجز علاج.`,
      'نشرح ما يمكن لكل خيار أن يحققه وما لا يمكنه، ونخبرك بصراحة إذا كان العلاج غير مناسب لك.',
    ],
  })

/** The same text in every locale but Arabic (a place's own name, a street as written locally). */
const latinOr = (latin: string, ar: string): Localized => ({ en: latin, de: latin, fr: latin, es: latin, ar })

const digits = (template: string, random: ReturnType<typeof randomFor>) =>
  template.replace(/#/g, () => String(random.between(0, 9)))

/** A price around the typical one, rounded as clinics write prices (to 10, or 50 in dirhams). */
const priceAround = (typical: number, currency: string, random: ReturnType<typeof randomFor>) => {
  const step = currency === 'AED' ? 50 : 10
  return Math.round((typical * (0.8 + random.fraction() * 0.5)) / step) * step
}

/** Botulinum toxin and two or three fillers, each at this clinic's own price. */
function pricesFor(currency: ClinicContent['currency'], random: ReturnType<typeof randomFor>) {
  const left = random.fraction() < 0.5 ? undefined : random.pick(fillers)
  const offered = fillers.filter((slug) => slug !== left)
  return Object.fromEntries(
    ['botulinum-toxin', ...offered].map((slug) => [slug, priceAround(typicalPrices[slug][currency], currency, random)]),
  )
}

/** Clinic number `index` (from 0): cities first, then districts, then brands, so neighbours differ. */
export function scaleClinic(index: number): ScaleClinic {
  const random = randomFor(index + 1)
  const city: City = cities[index % cities.length]
  const district = city.districts[Math.floor(index / cities.length) % city.districts.length]
  const combinations = cities.length * city.districts.length
  const brand = brands[Math.floor(index / combinations) % brands.length]
  // Past every brand × district, a second branch of the same name: "Aura Clinic Chelsea 2".
  const round = Math.floor(index / (combinations * brands.length))
  const branch = round > 0 ? ` ${round + 1}` : ''
  const name = names(brand, district, branch)
  const place = { district: latinOr(district.name, district.ar), city: city.name }
  const street = random.pick(city.streets)
  const number = random.between(1, 180)
  const { currency } = city.country
  const slug = slugify(`${brand.name} ${district.name} ${city.name.en}${branch}`)
  return {
    slug,
    name,
    summary: random.pick(summaries)(place),
    description: description(name, place),
    address: {
      street: latinOr(
        streetAddress(city, street.name, number),
        street.ar ? `${number} ${street.ar}` : streetAddress(city, street.name, number),
      ),
      ...(district.postalCode ? { postalCode: district.postalCode } : {}),
      city: city.name,
      countryCode: city.country.code,
    },
    geo: {
      latitude: Number((city.geo.latitude + (random.fraction() - 0.5) * 0.06).toFixed(4)),
      longitude: Number((city.geo.longitude + (random.fraction() - 0.5) * 0.08).toFixed(4)),
    },
    phone: digits(city.phone, random),
    email: `hello@${slug}.clinics.test`,
    openingHours: random.pick(openingHourPatterns),
    timeZone: city.timeZone,
    currency,
    languagesSpoken: [...new Set(['en' as const, ...city.country.languages.slice(0, random.between(1, 2))])],
    leadNotificationEmail: `leads@${slug}.clinics.test`,
    heroImage: scaleHeroName(index % scaleHeroPalettes.length),
    logo: scaleLogoName(brand),
    prices: pricesFor(currency, random),
  }
}

/** The first `count` generated clinics. */
export const scaleClinics = (count: number): ScaleClinic[] =>
  Array.from({ length: count }, (_, index) => scaleClinic(index))

import { getCountries } from 'libphonenumber-js/min'

const englishName = new Intl.DisplayNames(['en'], { type: 'region' })

/**
 * The countries a clinic can be in (ISO 3166-1 alpha-2 codes), in the order of their English names: those whose
 * phone numbers the lead form knows how to read, since visitors' numbers are read as the clinic's country's
 * (domain/leadSubmission.ts). Its own module so the phone metadata stays out of client bundles.
 */
export const countryCodes: readonly string[] = getCountries().sort((first, second) =>
  (englishName.of(first) ?? first).localeCompare(englishName.of(second) ?? second),
)

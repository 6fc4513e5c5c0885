// Advertising a prescription-only medicine (such as botulinum toxin) to the public is prohibited in the UK,
// the EU/EEA, the Gulf states and most other countries. The United States and New Zealand allow it.
const ALLOWED_COUNTRIES = new Set(['US', 'NZ'])

export type PrescriptionAdvertisingRule = 'prohibited' | 'allowed'

export const prescriptionAdvertisingFor = (countryCode: string | null | undefined): PrescriptionAdvertisingRule =>
  countryCode && ALLOWED_COUNTRIES.has(countryCode.toUpperCase()) ? 'allowed' : 'prohibited'

/**
 * Whether a treatment's price may stand in promotional places (the home page directory, meta titles).
 * Where advertising prescription-only medicines is prohibited, their prices appear only beside balanced,
 * factual information on the clinic's inner pages.
 */
export const mayPromotePrice = (
  treatment: { prescriptionOnly?: boolean | null },
  clinic: { prescriptionAdvertising?: { rule?: PrescriptionAdvertisingRule | null } | null },
): boolean => !treatment.prescriptionOnly || clinic.prescriptionAdvertising?.rule === 'allowed'

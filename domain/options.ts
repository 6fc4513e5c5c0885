// Fixed vocabularies of the content model. Values are stored; visitors see them through messages/*.json.

export const currencies = ['GBP', 'EUR', 'AED', 'USD', 'CHF'] as const

// The site's own languages, then the others: in rows, which prettier would undo.
// prettier-ignore
export const spokenLanguages = [
  'en', 'de', 'fr', 'es', 'ar',
  'it', 'pt', 'ru', 'tr', 'pl', 'nl', 'hi', 'ur', 'fa', 'zh',
] as const

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

export const treatmentKinds = ['neuromodulator', 'dermal-filler', 'other'] as const

export const mechanisms = ['relaxes-muscles', 'restores-volume', 'stimulates-collagen'] as const

export const lineTypes = ['dynamic', 'static', 'volume-loss'] as const

// One row per part of the face, upper to lower, then anywhere: in rows, which prettier would undo.
// prettier-ignore
export const faceAreas = [
  'forehead', 'glabellar-lines', 'crows-feet', 'brow',
  'under-eyes', 'cheeks', 'nasolabial-folds',
  'lips', 'vertical-lip-lines', 'marionette-lines', 'chin', 'jawline',
  'scars',
] as const

export const downtimes = ['none', 'minimal', 'a-few-days'] as const

export const commonSideEffects = ['redness', 'swelling', 'bruising', 'tenderness', 'headache'] as const

export const rareRisks = [
  'eyelid-or-brow-droop',
  'spread-of-effect',
  'infection',
  'allergic-reaction',
  'lumps',
  'vascular-occlusion',
  'nerve-damage',
] as const

export const articleTags = ['botox', 'fillers', 'lips', 'safety', 'aftercare', 'consultation', 'comparison'] as const

export const contactMethods = ['email', 'phone', 'whatsapp'] as const

export const leadStatuses = ['new', 'contacted', 'consultation-booked', 'won', 'lost', 'spam'] as const

/** What a new lead is unless it says otherwise: the Leads collection's defaults, the public schema's and the form's. */
export const leadDefaults = { status: 'new', preferredContact: 'email', marketingOptIn: false } as const

// The campaign's UTM parameters, the ad networks' click ids, the visit itself: in rows, which prettier would undo.
// prettier-ignore
export const attributionFields = [
  'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content',
  'gclid', 'fbclid',
  'referrer', 'landingPage',
] as const

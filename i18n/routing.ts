import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The URL prefix carries the locale; a cookie would make every page uncacheable by a shared cache.
  localeCookie: false,
  // Alternates come from page metadata, where each locale's own CMS slug is known.
  alternateLinks: false,
  // The fixed words of each address, per locale; the app folders use the English ones.
  pathnames: {
    '/': '/',
    '/clinics/[clinic]': {
      en: '/clinics/[clinic]',
      de: '/kliniken/[clinic]',
      fr: '/cliniques/[clinic]',
      es: '/clinicas/[clinic]',
      ar: '/clinics/[clinic]',
    },
    '/clinics/[clinic]/botox-vs-fillers': {
      en: '/clinics/[clinic]/botox-vs-fillers',
      de: '/kliniken/[clinic]/botox-oder-filler',
      fr: '/cliniques/[clinic]/botox-ou-acide-hyaluronique',
      es: '/clinicas/[clinic]/botox-o-rellenos',
      ar: '/clinics/[clinic]/botox-vs-fillers',
    },
    '/treatments/[treatment]': {
      en: '/treatments/[treatment]',
      de: '/behandlungen/[treatment]',
      fr: '/traitements/[treatment]',
      es: '/tratamientos/[treatment]',
      ar: '/treatments/[treatment]',
    },
    '/practitioners/[practitioner]': {
      en: '/practitioners/[practitioner]',
      de: '/behandelnde/[practitioner]',
      fr: '/praticiens/[practitioner]',
      es: '/profesionales/[practitioner]',
      ar: '/practitioners/[practitioner]',
    },
    '/articles': {
      en: '/articles',
      de: '/artikel',
      fr: '/articles',
      es: '/articulos',
      ar: '/articles',
    },
    '/articles/browse/[clinic]/[tag]/[page]': {
      en: '/articles/browse/[clinic]/[tag]/[page]',
      de: '/artikel/auswahl/[clinic]/[tag]/[page]',
      fr: '/articles/selection/[clinic]/[tag]/[page]',
      es: '/articulos/seleccion/[clinic]/[tag]/[page]',
      ar: '/articles/browse/[clinic]/[tag]/[page]',
    },
    '/articles/[article]': {
      en: '/articles/[article]',
      de: '/artikel/[article]',
      fr: '/articles/[article]',
      es: '/articulos/[article]',
      ar: '/articles/[article]',
    },
  },
})

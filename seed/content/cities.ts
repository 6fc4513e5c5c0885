import type { Clinic } from '../../payload-types'
import type { Localized } from '../localized'

/** How a country writes a street address: "48 Wimpole Street", "Friedrichstraße 112" or "Calle de Serrano, 45". */
type AddressStyle = 'number-first' | 'number-last' | 'number-after-comma'

type Country = {
  code: string
  currency: Clinic['currency']
  addressStyle: AddressStyle
  /** The languages a clinic there speaks besides English. */
  languages: NonNullable<Clinic['languagesSpoken']>
}

/** A neighbourhood: the clinics named after it, and its postal code (none in the Emirates). */
export type District = { name: string; ar: string; postalCode?: string }

export type City = {
  name: Localized
  country: Country
  timeZone: string
  geo: { latitude: number; longitude: number }
  /** A phone number, each `#` a digit (fictional ranges where the country has them). */
  phone: string
  /** Street names as written locally, with the Arabic name where the city has one. */
  streets: { name: string; ar?: string }[]
  districts: District[]
}

const country = (
  code: string,
  currency: Clinic['currency'],
  addressStyle: AddressStyle,
  languages: Country['languages'],
): Country => ({ code, currency, addressStyle, languages })

const GB = country('GB', 'GBP', 'number-first', [])
const DE = country('DE', 'EUR', 'number-last', ['de'])
const FR = country('FR', 'EUR', 'number-first', ['fr'])
const ES = country('ES', 'EUR', 'number-after-comma', ['es'])
const IT = country('IT', 'EUR', 'number-last', ['it'])
const NL = country('NL', 'EUR', 'number-last', ['nl'])
const AT = country('AT', 'EUR', 'number-last', ['de'])
const CH = country('CH', 'CHF', 'number-last', ['de', 'fr', 'it'])
const AE = country('AE', 'AED', 'number-first', ['ar', 'hi', 'ru'])
const US = country('US', 'USD', 'number-first', ['es'])

/** Real cities of several countries, for the generated clinics of `npm run seed -- --clinics N`. */
export const cities: City[] = [
  {
    name: { en: 'London', de: 'London', fr: 'Londres', es: 'Londres', ar: 'لندن' },
    country: GB,
    timeZone: 'Europe/London',
    geo: { latitude: 51.5072, longitude: -0.1276 },
    phone: '+44 20 7946 0###',
    streets: [{ name: "King's Road" }, { name: 'Kensington High Street' }, { name: 'Westbourne Grove' }],
    districts: [
      { name: 'Chelsea', ar: 'تشيلسي', postalCode: 'SW3 4LY' },
      { name: 'Kensington', ar: 'كنسينغتون', postalCode: 'W8 5SE' },
      { name: 'Notting Hill', ar: 'نوتينغ هيل', postalCode: 'W11 3JE' },
    ],
  },
  {
    name: { en: 'Manchester', de: 'Manchester', fr: 'Manchester', es: 'Mánchester', ar: 'مانشستر' },
    country: GB,
    timeZone: 'Europe/London',
    geo: { latitude: 53.4808, longitude: -2.2426 },
    phone: '+44 161 496 0###',
    streets: [{ name: 'Deansgate' }, { name: 'Wilmslow Road' }, { name: 'King Street' }],
    districts: [
      { name: 'Spinningfields', ar: 'سبينينغفيلدز', postalCode: 'M3 3EB' },
      { name: 'Didsbury', ar: 'ديدسبري', postalCode: 'M20 2RN' },
      { name: 'Deansgate', ar: 'دينزغيت', postalCode: 'M3 4LQ' },
    ],
  },
  {
    name: { en: 'Edinburgh', de: 'Edinburgh', fr: 'Édimbourg', es: 'Edimburgo', ar: 'إدنبرة' },
    country: GB,
    timeZone: 'Europe/London',
    geo: { latitude: 55.9533, longitude: -3.1883 },
    phone: '+44 131 496 0###',
    streets: [{ name: 'George Street' }, { name: 'Raeburn Place' }, { name: 'Morningside Road' }],
    districts: [
      { name: 'New Town', ar: 'نيو تاون', postalCode: 'EH2 4JN' },
      { name: 'Stockbridge', ar: 'ستوكبريدج', postalCode: 'EH4 1HN' },
      { name: 'Morningside', ar: 'مورنينغسايد', postalCode: 'EH10 4QP' },
    ],
  },
  {
    name: { en: 'Berlin', de: 'Berlin', fr: 'Berlin', es: 'Berlín', ar: 'برلين' },
    country: DE,
    timeZone: 'Europe/Berlin',
    geo: { latitude: 52.52, longitude: 13.405 },
    phone: '+49 30 5557 ####',
    streets: [{ name: 'Friedrichstraße' }, { name: 'Kurfürstendamm' }, { name: 'Kastanienallee' }],
    districts: [
      { name: 'Mitte', ar: 'ميته', postalCode: '10117' },
      { name: 'Charlottenburg', ar: 'شارلوتنبورغ', postalCode: '10719' },
      { name: 'Prenzlauer Berg', ar: 'برينتسلاور بيرغ', postalCode: '10435' },
    ],
  },
  {
    name: { en: 'Munich', de: 'München', fr: 'Munich', es: 'Múnich', ar: 'ميونخ' },
    country: DE,
    timeZone: 'Europe/Berlin',
    geo: { latitude: 48.1351, longitude: 11.582 },
    phone: '+49 89 5557 ####',
    streets: [{ name: 'Leopoldstraße' }, { name: 'Theresienstraße' }, { name: 'Prinzregentenstraße' }],
    districts: [
      { name: 'Schwabing', ar: 'شفابينغ', postalCode: '80802' },
      { name: 'Maxvorstadt', ar: 'ماكسفورشتات', postalCode: '80333' },
      { name: 'Bogenhausen', ar: 'بوغنهاوزن', postalCode: '81675' },
    ],
  },
  {
    name: { en: 'Hamburg', de: 'Hamburg', fr: 'Hambourg', es: 'Hamburgo', ar: 'هامبورغ' },
    country: DE,
    timeZone: 'Europe/Berlin',
    geo: { latitude: 53.5511, longitude: 9.9937 },
    phone: '+49 40 5557 ####',
    streets: [{ name: 'Eppendorfer Baum' }, { name: 'Ottenser Hauptstraße' }, { name: 'Am Sandtorkai' }],
    districts: [
      { name: 'Eppendorf', ar: 'إبندورف', postalCode: '20249' },
      { name: 'Altona', ar: 'ألتونا', postalCode: '22765' },
      { name: 'HafenCity', ar: 'هافن سيتي', postalCode: '20457' },
    ],
  },
  {
    name: { en: 'Cologne', de: 'Köln', fr: 'Cologne', es: 'Colonia', ar: 'كولونيا' },
    country: DE,
    timeZone: 'Europe/Berlin',
    geo: { latitude: 50.9375, longitude: 6.9603 },
    phone: '+49 221 5557 ###',
    streets: [{ name: 'Venloer Straße' }, { name: 'Dürener Straße' }, { name: 'Hohe Straße' }],
    districts: [
      { name: 'Ehrenfeld', ar: 'إيرنفيلد', postalCode: '50823' },
      { name: 'Lindenthal', ar: 'ليندنتال', postalCode: '50931' },
      { name: 'Altstadt-Nord', ar: 'ألتشتات نورد', postalCode: '50667' },
    ],
  },
  {
    name: { en: 'Paris', de: 'Paris', fr: 'Paris', es: 'París', ar: 'باريس' },
    country: FR,
    timeZone: 'Europe/Paris',
    geo: { latitude: 48.8566, longitude: 2.3522 },
    phone: '+33 1 99 ## ## ##',
    streets: [{ name: 'rue de Rivoli' }, { name: 'boulevard Saint-Germain' }, { name: 'rue de Passy' }],
    districts: [
      { name: 'Le Marais', ar: 'لو ماريه', postalCode: '75004' },
      { name: 'Saint-Germain', ar: 'سان جيرمان', postalCode: '75006' },
      { name: 'Passy', ar: 'باسي', postalCode: '75016' },
    ],
  },
  {
    name: { en: 'Lyon', de: 'Lyon', fr: 'Lyon', es: 'Lyon', ar: 'ليون' },
    country: FR,
    timeZone: 'Europe/Paris',
    geo: { latitude: 45.764, longitude: 4.8357 },
    phone: '+33 4 99 ## ## ##',
    streets: [{ name: 'rue de la République' }, { name: 'rue Garibaldi' }, { name: 'boulevard de la Croix-Rousse' }],
    districts: [
      { name: 'Presqu’île', ar: 'بريسكيل', postalCode: '69002' },
      { name: 'Part-Dieu', ar: 'بار ديو', postalCode: '69003' },
      { name: 'Croix-Rousse', ar: 'كروا روس', postalCode: '69004' },
    ],
  },
  {
    name: { en: 'Nice', de: 'Nizza', fr: 'Nice', es: 'Niza', ar: 'نيس' },
    country: FR,
    timeZone: 'Europe/Paris',
    geo: { latitude: 43.7102, longitude: 7.262 },
    phone: '+33 4 99 ## ## ##',
    streets: [{ name: 'rue de France' }, { name: 'boulevard de Cimiez' }, { name: 'rue Cassini' }],
    districts: [
      { name: 'Carré d’Or', ar: 'كاريه دور', postalCode: '06000' },
      { name: 'Cimiez', ar: 'سيميز', postalCode: '06000' },
      { name: 'Le Port', ar: 'لو بور', postalCode: '06300' },
    ],
  },
  {
    name: { en: 'Madrid', de: 'Madrid', fr: 'Madrid', es: 'Madrid', ar: 'مدريد' },
    country: ES,
    timeZone: 'Europe/Madrid',
    geo: { latitude: 40.4168, longitude: -3.7038 },
    phone: '+34 91 555 ## ##',
    streets: [{ name: 'Calle de Serrano' }, { name: 'Calle de Fuencarral' }, { name: 'Calle de O’Donnell' }],
    districts: [
      { name: 'Salamanca', ar: 'سالامانكا', postalCode: '28001' },
      { name: 'Chamberí', ar: 'تشامبيري', postalCode: '28010' },
      { name: 'Retiro', ar: 'ريتيرو', postalCode: '28009' },
    ],
  },
  {
    name: { en: 'Barcelona', de: 'Barcelona', fr: 'Barcelone', es: 'Barcelona', ar: 'برشلونة' },
    country: ES,
    timeZone: 'Europe/Madrid',
    geo: { latitude: 41.3874, longitude: 2.1686 },
    phone: '+34 93 555 ## ##',
    streets: [{ name: 'Passeig de Gràcia' }, { name: 'Carrer Gran de Gràcia' }, { name: 'Carrer Major de Sarrià' }],
    districts: [
      { name: 'Eixample', ar: 'إيشامبلا', postalCode: '08008' },
      { name: 'Gràcia', ar: 'غراسيا', postalCode: '08012' },
      { name: 'Sarrià', ar: 'ساريا', postalCode: '08017' },
    ],
  },
  {
    name: { en: 'Valencia', de: 'Valencia', fr: 'Valence', es: 'Valencia', ar: 'فالنسيا' },
    country: ES,
    timeZone: 'Europe/Madrid',
    geo: { latitude: 39.4699, longitude: -0.3763 },
    phone: '+34 96 555 ## ##',
    streets: [{ name: 'Calle de Sueca' }, { name: 'Calle de Caballeros' }, { name: 'Calle de Colón' }],
    districts: [
      { name: 'Ruzafa', ar: 'روسافا', postalCode: '46004' },
      { name: 'El Carmen', ar: 'إل كارمن', postalCode: '46003' },
      { name: 'Ensanche', ar: 'إنسانتشي', postalCode: '46005' },
    ],
  },
  {
    name: { en: 'Milan', de: 'Mailand', fr: 'Milan', es: 'Milán', ar: 'ميلانو' },
    country: IT,
    timeZone: 'Europe/Rome',
    geo: { latitude: 45.4642, longitude: 9.19 },
    phone: '+39 02 5555 ####',
    streets: [{ name: 'Via Solferino' }, { name: 'Corso Como' }, { name: 'Ripa di Porta Ticinese' }],
    districts: [
      { name: 'Brera', ar: 'بريرا', postalCode: '20121' },
      { name: 'Porta Nuova', ar: 'بورتا نوفا', postalCode: '20124' },
      { name: 'Navigli', ar: 'نافيلي', postalCode: '20143' },
    ],
  },
  {
    name: { en: 'Rome', de: 'Rom', fr: 'Rome', es: 'Roma', ar: 'روما' },
    country: IT,
    timeZone: 'Europe/Rome',
    geo: { latitude: 41.9028, longitude: 12.4964 },
    phone: '+39 06 5555 ####',
    streets: [{ name: 'Viale Parioli' }, { name: 'Via Cola di Rienzo' }, { name: 'Viale di Trastevere' }],
    districts: [
      { name: 'Parioli', ar: 'باريولي', postalCode: '00197' },
      { name: 'Prati', ar: 'براتي', postalCode: '00192' },
      { name: 'Trastevere', ar: 'تراستيفيري', postalCode: '00153' },
    ],
  },
  {
    name: { en: 'Amsterdam', de: 'Amsterdam', fr: 'Amsterdam', es: 'Ámsterdam', ar: 'أمستردام' },
    country: NL,
    timeZone: 'Europe/Amsterdam',
    geo: { latitude: 52.3676, longitude: 4.9041 },
    phone: '+31 20 555 ####',
    streets: [{ name: 'Prinsengracht' }, { name: 'Ferdinand Bolstraat' }, { name: 'Van Baerlestraat' }],
    districts: [
      { name: 'Jordaan', ar: 'يوردان', postalCode: '1015 DV' },
      { name: 'De Pijp', ar: 'دي بايب', postalCode: '1072 LM' },
      { name: 'Oud-Zuid', ar: 'أود زاود', postalCode: '1071 AA' },
    ],
  },
  {
    name: { en: 'Vienna', de: 'Wien', fr: 'Vienne', es: 'Viena', ar: 'فيينا' },
    country: AT,
    timeZone: 'Europe/Vienna',
    geo: { latitude: 48.2082, longitude: 16.3738 },
    phone: '+43 1 555 ####',
    streets: [{ name: 'Kärntner Straße' }, { name: 'Neubaugasse' }, { name: 'Döblinger Hauptstraße' }],
    districts: [
      { name: 'Innere Stadt', ar: 'إينيره شتات', postalCode: '1010' },
      { name: 'Neubau', ar: 'نويباو', postalCode: '1070' },
      { name: 'Döbling', ar: 'دوبلينغ', postalCode: '1190' },
    ],
  },
  {
    name: { en: 'Zurich', de: 'Zürich', fr: 'Zurich', es: 'Zúrich', ar: 'زيورخ' },
    country: CH,
    timeZone: 'Europe/Zurich',
    geo: { latitude: 47.3769, longitude: 8.5417 },
    phone: '+41 44 555 ## ##',
    streets: [{ name: 'Seefeldstrasse' }, { name: 'Bederstrasse' }, { name: 'Bahnhofstrasse' }],
    districts: [
      { name: 'Seefeld', ar: 'زيفيلد', postalCode: '8008' },
      { name: 'Enge', ar: 'إنغه', postalCode: '8002' },
      { name: 'Altstadt', ar: 'ألتشتات', postalCode: '8001' },
    ],
  },
  {
    name: { en: 'Geneva', de: 'Genf', fr: 'Genève', es: 'Ginebra', ar: 'جنيف' },
    country: CH,
    timeZone: 'Europe/Zurich',
    geo: { latitude: 46.2044, longitude: 6.1432 },
    phone: '+41 22 555 ## ##',
    streets: [{ name: 'rue des Eaux-Vives' }, { name: 'boulevard Carl-Vogt' }, { name: 'avenue de Champel' }],
    districts: [
      { name: 'Eaux-Vives', ar: 'أو فيف', postalCode: '1207' },
      { name: 'Plainpalais', ar: 'بلانباليه', postalCode: '1205' },
      { name: 'Champel', ar: 'شامبل', postalCode: '1206' },
    ],
  },
  {
    name: { en: 'Dubai', de: 'Dubai', fr: 'Dubaï', es: 'Dubái', ar: 'دبي' },
    country: AE,
    timeZone: 'Asia/Dubai',
    geo: { latitude: 25.2048, longitude: 55.2708 },
    phone: '+971 4 555 ####',
    streets: [
      { name: 'Sheikh Mohammed bin Rashid Boulevard', ar: 'بوليفارد الشيخ محمد بن راشد' },
      { name: 'Al Marsa Street', ar: 'شارع المرسى' },
      { name: 'Al Wasl Road', ar: 'شارع الوصل' },
    ],
    districts: [
      { name: 'Downtown', ar: 'وسط المدينة' },
      { name: 'Dubai Marina', ar: 'دبي مارينا' },
      { name: 'Umm Suqeim', ar: 'أم سقيم' },
    ],
  },
  {
    name: { en: 'Abu Dhabi', de: 'Abu Dhabi', fr: 'Abou Dabi', es: 'Abu Dabi', ar: 'أبوظبي' },
    country: AE,
    timeZone: 'Asia/Dubai',
    geo: { latitude: 24.4539, longitude: 54.3773 },
    phone: '+971 2 555 ####',
    streets: [
      { name: 'Corniche Road', ar: 'شارع الكورنيش' },
      { name: 'Khalifa Street', ar: 'شارع خليفة' },
      { name: 'Al Khaleej Al Arabi Street', ar: 'شارع الخليج العربي' },
    ],
    districts: [
      { name: 'Al Reem Island', ar: 'جزيرة الريم' },
      { name: 'Corniche', ar: 'الكورنيش' },
      { name: 'Al Khalidiyah', ar: 'الخالدية' },
    ],
  },
  {
    name: { en: 'New York', de: 'New York', fr: 'New York', es: 'Nueva York', ar: 'نيويورك' },
    country: US,
    timeZone: 'America/New_York',
    geo: { latitude: 40.7128, longitude: -74.006 },
    phone: '+1 212 555 01##',
    streets: [{ name: 'Madison Avenue' }, { name: 'Spring Street' }, { name: 'Hudson Street' }],
    districts: [
      { name: 'Upper East Side', ar: 'أبر إيست سايد', postalCode: 'NY 10021' },
      { name: 'SoHo', ar: 'سوهو', postalCode: 'NY 10012' },
      { name: 'Tribeca', ar: 'تريبيكا', postalCode: 'NY 10013' },
    ],
  },
  {
    name: { en: 'Miami', de: 'Miami', fr: 'Miami', es: 'Miami', ar: 'ميامي' },
    country: US,
    timeZone: 'America/New_York',
    geo: { latitude: 25.7617, longitude: -80.1918 },
    phone: '+1 305 555 01##',
    streets: [{ name: 'Brickell Avenue' }, { name: 'Miracle Mile' }, { name: 'Collins Avenue' }],
    districts: [
      { name: 'Brickell', ar: 'بريكل', postalCode: 'FL 33131' },
      { name: 'Coral Gables', ar: 'كورال غيبلز', postalCode: 'FL 33134' },
      { name: 'South Beach', ar: 'ساوث بيتش', postalCode: 'FL 33139' },
    ],
  },
  {
    name: { en: 'Los Angeles', de: 'Los Angeles', fr: 'Los Angeles', es: 'Los Ángeles', ar: 'لوس أنجلوس' },
    country: US,
    timeZone: 'America/Los_Angeles',
    geo: { latitude: 34.0522, longitude: -118.2437 },
    phone: '+1 310 555 01##',
    streets: [{ name: 'Wilshire Boulevard' }, { name: 'Montana Avenue' }, { name: 'Sunset Boulevard' }],
    districts: [
      { name: 'Westwood', ar: 'ويستوود', postalCode: 'CA 90024' },
      { name: 'Brentwood', ar: 'برينتوود', postalCode: 'CA 90049' },
      { name: 'Silver Lake', ar: 'سيلفر ليك', postalCode: 'CA 90026' },
    ],
  },
]

/** "48 Wimpole Street", "Friedrichstraße 112", "Calle de Serrano, 45": a street address as the country writes it. */
export const streetAddress = (city: City, street: string, number: number): string =>
  city.country.addressStyle === 'number-first'
    ? `${number} ${street}`
    : city.country.addressStyle === 'number-last'
      ? `${street} ${number}`
      : `${street}, ${number}`

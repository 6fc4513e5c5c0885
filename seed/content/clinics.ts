import type { Clinic } from '../../payload-types'
import { type Localized, localizedRichText } from '../localized'

type Weekday = NonNullable<Clinic['openingHours']>[number]['day']

const hours = (days: Weekday[], opens: string, closes: string) => days.map((day) => ({ day, opens, closes }))
const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']

export type ClinicContent = {
  slug: string
  name: Localized
  summary: Localized
  description: ReturnType<typeof localizedRichText>
  address: { street: Localized; postalCode?: string; city: Localized; countryCode: string }
  geo: { latitude: number; longitude: number }
  phone: string
  email: string
  openingHours: { day: Weekday; opens: string; closes: string }[]
  timeZone: string
  currency: Clinic['currency']
  languagesSpoken: Clinic['languagesSpoken']
  leadNotificationEmail: string
  /** The clinic's own domain, set by a platform admin (collections/Clinics/domains.ts). */
  customDomain?: string
  heroAlt: Localized
  logoAlt: Localized
  /** Wall, light and furniture colours of the drawn hero image, and the logo colour. */
  palette: { hero: [string, string, string]; logo: string }
  /** This clinic's "from" prices by treatment slug, in its own currency. */
  prices: Record<string, number>
}

export const clinics: ClinicContent[] = [
  {
    slug: 'london-marylebone',
    name: {
      en: 'Lumen Clinic Marylebone',
      de: 'Lumen Klinik Marylebone',
      fr: 'Clinique Lumen Marylebone',
      es: 'Clínica Lumen Marylebone',
      ar: 'عيادة لومن ماريلبون',
    },
    summary: {
      en: 'A doctor-led skin clinic in central London, a short walk from Bond Street station.',
      de: 'Eine ärztlich geführte Hautklinik im Zentrum Londons, wenige Gehminuten von der Station Bond Street.',
      fr: 'Une clinique de la peau dirigée par des médecins au cœur de Londres, à quelques minutes à pied de la station Bond Street.',
      es: 'Una clínica dermatológica dirigida por médicos en el centro de Londres, a pocos minutos a pie de la estación de Bond Street.',
      ar: 'عيادة للبشرة يديرها أطباء في وسط لندن، على بُعد دقائق سيرًا من محطة بوند ستريت.',
    },
    description: localizedRichText({
      en: [
        'Our dermatologists and nurse prescribers have treated patients in Marylebone for over ten years. Every first visit is a consultation, with no obligation to book a treatment.',
        'We explain what each option can and cannot do, and we will tell you when a treatment is not right for you.',
      ],
      de: [
        'Unsere Dermatologinnen und verschreibungsberechtigten Pflegefachkräfte behandeln seit über zehn Jahren in Marylebone. Jeder erste Besuch ist eine Beratung, ohne Verpflichtung zu einer Behandlung.',
        'Wir erklären, was jede Möglichkeit leisten kann und was nicht, und sagen Ihnen offen, wenn eine Behandlung nicht zu Ihnen passt.',
      ],
      fr: [
        'Nos dermatologues et infirmiers prescripteurs soignent des patients à Marylebone depuis plus de dix ans. Chaque première visite est une consultation, sans obligation de traitement.',
        'Nous expliquons ce que chaque option peut apporter ou non, et nous vous disons franchement quand un traitement ne vous convient pas.',
      ],
      es: [
        'Nuestros dermatólogos y enfermeros prescriptores atienden a pacientes en Marylebone desde hace más de diez años. Cada primera visita es una consulta, sin obligación de reservar un tratamiento.',
        'Te explicamos lo que cada opción puede y no puede hacer, y te diremos con franqueza si un tratamiento no es adecuado para ti.',
      ],
      ar: [
        'يعالج أطباء الجلدية والممرضون المخوّلون بالوصف لدينا المرضى في ماريلبون منذ أكثر من عشر سنوات. كل زيارة أولى هي استشارة، دون أي التزام بحجز علاج.',
        'نشرح ما يمكن لكل خيار أن يحققه وما لا يمكنه، ونخبرك بصراحة إذا كان العلاج غير مناسب لك.',
      ],
    }),
    address: {
      street: {
        en: '48 Wimpole Street',
        de: 'Wimpole Street 48',
        fr: '48 Wimpole Street',
        es: '48 Wimpole Street',
        ar: '48 شارع ويمبول',
      },
      postalCode: 'W1G 8SD',
      city: { en: 'London', de: 'London', fr: 'Londres', es: 'Londres', ar: 'لندن' },
      countryCode: 'GB',
    },
    geo: { latitude: 51.5199, longitude: -0.1477 },
    phone: '+44 20 7946 0321',
    email: 'hello@marylebone.lumen-clinics.test',
    openingHours: [...hours(weekdays, '09:00', '19:00'), ...hours(['saturday'], '10:00', '16:00')],
    timeZone: 'Europe/London',
    currency: 'GBP',
    languagesSpoken: ['en', 'fr', 'hi'],
    leadNotificationEmail: 'leads@marylebone.lumen-clinics.test',
    heroAlt: {
      en: 'The bright reception room of Lumen Clinic Marylebone',
      de: 'Der helle Empfangsraum der Lumen Klinik Marylebone',
      fr: 'La salle d’accueil lumineuse de la Clinique Lumen Marylebone',
      es: 'La luminosa sala de recepción de la Clínica Lumen Marylebone',
      ar: 'غرفة الاستقبال المضيئة في عيادة لومن ماريلبون',
    },
    logoAlt: {
      en: 'Logo of Lumen Clinic Marylebone',
      de: 'Logo der Lumen Klinik Marylebone',
      fr: 'Logo de la Clinique Lumen Marylebone',
      es: 'Logotipo de la Clínica Lumen Marylebone',
      ar: 'شعار عيادة لومن ماريلبون',
    },
    palette: { hero: ['#e9dfd3', '#f7f1ea', '#8a6f5a'], logo: '#0f5f63' },
    prices: { 'botulinum-toxin': 250, 'hyaluronic-acid-lip-filler': 350, 'hyaluronic-acid-cheek-filler': 450 },
  },
  {
    slug: 'berlin-mitte',
    name: {
      en: 'Lumen Clinic Berlin Mitte',
      de: 'Lumen Klinik Berlin-Mitte',
      fr: 'Clinique Lumen Berlin-Mitte',
      es: 'Clínica Lumen Berlín-Mitte',
      ar: 'عيادة لومن برلين ميته',
    },
    summary: {
      en: 'Dermatology and aesthetic medicine on Friedrichstraße, open late on Thursdays.',
      de: 'Dermatologie und ästhetische Medizin in der Friedrichstraße, donnerstags bis in den Abend geöffnet.',
      fr: 'Dermatologie et médecine esthétique sur la Friedrichstraße, ouverte en soirée le jeudi.',
      es: 'Dermatología y medicina estética en la Friedrichstraße, con horario de tarde los jueves.',
      ar: 'طب الجلدية والطب التجميلي في شارع فريدريش، مع ساعات عمل مسائية أيام الخميس.',
    },
    description: localizedRichText({
      en: [
        'Lumen Clinic Berlin Mitte is run by two specialists in dermatology and plastic surgery. Treatments are planned in a consultation that takes the time it needs.',
        'We favour subtle changes over dramatic ones and review every result with you two weeks after treatment.',
      ],
      de: [
        'Die Lumen Klinik Berlin-Mitte wird von zwei Fachärzten für Dermatologie und Plastische Chirurgie geleitet. Behandlungen planen wir in einer Beratung, die sich die nötige Zeit nimmt.',
        'Wir setzen auf dezente statt auf drastische Veränderungen und besprechen jedes Ergebnis zwei Wochen nach der Behandlung mit Ihnen.',
      ],
      fr: [
        'La Clinique Lumen Berlin-Mitte est dirigée par deux spécialistes en dermatologie et en chirurgie plastique. Chaque traitement est préparé lors d’une consultation qui prend le temps nécessaire.',
        'Nous privilégions les changements subtils aux transformations spectaculaires et faisons le point avec vous deux semaines après chaque séance.',
      ],
      es: [
        'La Clínica Lumen Berlín-Mitte está dirigida por dos especialistas en dermatología y cirugía plástica. Cada tratamiento se planifica en una consulta que dura lo que haga falta.',
        'Preferimos los cambios sutiles a los drásticos y revisamos contigo cada resultado dos semanas después del tratamiento.',
      ],
      ar: [
        'يدير عيادة لومن برلين ميته اختصاصيان في طب الجلدية والجراحة التجميلية. ونخطط لكل علاج في استشارة تأخذ الوقت الذي تحتاجه.',
        'نفضّل التغييرات الطفيفة على التحولات الجذرية، ونراجع معك كل نتيجة بعد أسبوعين من العلاج.',
      ],
    }),
    address: {
      street: {
        en: 'Friedrichstraße 112',
        de: 'Friedrichstraße 112',
        fr: 'Friedrichstraße 112',
        es: 'Friedrichstraße 112',
        ar: '112 شارع فريدريش',
      },
      postalCode: '10117',
      city: { en: 'Berlin', de: 'Berlin', fr: 'Berlin', es: 'Berlín', ar: 'برلين' },
      countryCode: 'DE',
    },
    geo: { latitude: 52.5251, longitude: 13.3886 },
    phone: '+49 30 5557 1200',
    email: 'kontakt@berlin.lumen-clinics.test',
    openingHours: [
      ...hours(['monday', 'tuesday', 'wednesday', 'friday'], '08:30', '18:00'),
      ...hours(['thursday'], '10:00', '20:00'),
    ],
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    languagesSpoken: ['de', 'en', 'tr'],
    leadNotificationEmail: 'anfragen@berlin.lumen-clinics.test',
    // The demo of a clinic's own site: `curl -H 'Host: berlin-mitte.example' http://localhost:3000/de`.
    customDomain: 'berlin-mitte.example',
    heroAlt: {
      en: 'Treatment room with a window onto Friedrichstraße',
      de: 'Behandlungsraum mit Blick auf die Friedrichstraße',
      fr: 'Salle de soins avec vue sur la Friedrichstraße',
      es: 'Sala de tratamiento con vistas a la Friedrichstraße',
      ar: 'غرفة العلاج بنافذة تطل على شارع فريدريش',
    },
    logoAlt: {
      en: 'Logo of Lumen Clinic Berlin Mitte',
      de: 'Logo der Lumen Klinik Berlin-Mitte',
      fr: 'Logo de la Clinique Lumen Berlin-Mitte',
      es: 'Logotipo de la Clínica Lumen Berlín-Mitte',
      ar: 'شعار عيادة لومن برلين ميته',
    },
    palette: { hero: ['#d9e2e4', '#f2f5f5', '#4d6a70'], logo: '#224e8c' },
    prices: {
      'botulinum-toxin': 290,
      'hyaluronic-acid-lip-filler': 390,
      'hyaluronic-acid-cheek-filler': 490,
      'calcium-hydroxylapatite-filler': 650,
    },
  },
  {
    slug: 'dubai-jumeirah',
    name: {
      en: 'Lumen Clinic Jumeirah',
      de: 'Lumen Klinik Jumeirah',
      fr: 'Clinique Lumen Jumeirah',
      es: 'Clínica Lumen Jumeirah',
      ar: 'عيادة لومن جميرا',
    },
    summary: {
      en: 'A calm clinic on Jumeirah Beach Road with female and male doctors, open seven days a week.',
      de: 'Eine ruhige Klinik an der Jumeirah Beach Road mit Ärztinnen und Ärzten, an sieben Tagen die Woche geöffnet.',
      fr: 'Une clinique paisible sur Jumeirah Beach Road, avec des médecins femmes et hommes, ouverte sept jours sur sept.',
      es: 'Una clínica tranquila en Jumeirah Beach Road, con médicas y médicos, abierta los siete días de la semana.',
      ar: 'عيادة هادئة على شارع جميرا بيتش، تضم طبيبات وأطباء، وتفتح أبوابها سبعة أيام في الأسبوع.',
    },
    description: localizedRichText({
      en: [
        'Our doctors are licensed by the Dubai Health Authority and consult in Arabic, English, Hindi and Russian. Patients may ask to be seen by a female doctor.',
        'Appointments start with a private consultation; treatment can follow the same day or whenever you are ready.',
      ],
      de: [
        'Unsere Ärztinnen und Ärzte sind von der Gesundheitsbehörde Dubai zugelassen und beraten auf Arabisch, Englisch, Hindi und Russisch. Auf Wunsch behandelt Sie eine Ärztin.',
        'Jeder Termin beginnt mit einer vertraulichen Beratung; die Behandlung kann am selben Tag folgen oder wann immer Sie bereit sind.',
      ],
      fr: [
        'Nos médecins sont agréés par l’autorité de santé de Dubaï et consultent en arabe, en anglais, en hindi et en russe. Vous pouvez demander à être reçue par une femme médecin.',
        'Chaque rendez-vous commence par une consultation privée ; le traitement peut suivre le jour même ou quand vous le souhaitez.',
      ],
      es: [
        'Nuestros médicos tienen licencia de la Autoridad Sanitaria de Dubái y atienden en árabe, inglés, hindi y ruso. Puedes pedir que te atienda una médica.',
        'Cada cita empieza con una consulta privada; el tratamiento puede hacerse el mismo día o cuando tú quieras.',
      ],
      ar: [
        'أطباؤنا مرخّصون من هيئة الصحة بدبي، ويقدّمون الاستشارات بالعربية والإنجليزية والهندية والروسية. ويمكنك طلب طبيبة إن رغبتِ.',
        'يبدأ كل موعد باستشارة خاصة، ويمكن أن يتبعها العلاج في اليوم نفسه أو متى كنت مستعدًا.',
      ],
    }),
    address: {
      street: {
        en: 'Villa 21, Jumeirah Beach Road',
        de: 'Villa 21, Jumeirah Beach Road',
        fr: 'Villa 21, Jumeirah Beach Road',
        es: 'Villa 21, Jumeirah Beach Road',
        ar: 'فيلا 21، شارع جميرا بيتش',
      },
      city: { en: 'Dubai', de: 'Dubai', fr: 'Dubaï', es: 'Dubái', ar: 'دبي' },
      countryCode: 'AE',
    },
    geo: { latitude: 25.2166, longitude: 55.2527 },
    phone: '+971 4 555 0142',
    email: 'care@jumeirah.lumen-clinics.test',
    openingHours: [...hours([...weekdays, 'saturday'], '10:00', '21:00'), ...hours(['sunday'], '12:00', '18:00')],
    timeZone: 'Asia/Dubai',
    currency: 'AED',
    languagesSpoken: ['ar', 'en', 'hi', 'ru'],
    leadNotificationEmail: 'leads@jumeirah.lumen-clinics.test',
    heroAlt: {
      en: 'Waiting area of Lumen Clinic Jumeirah with warm evening light',
      de: 'Wartebereich der Lumen Klinik Jumeirah im warmen Abendlicht',
      fr: 'Salle d’attente de la Clinique Lumen Jumeirah dans la lumière chaude du soir',
      es: 'Sala de espera de la Clínica Lumen Jumeirah con la cálida luz del atardecer',
      ar: 'منطقة الانتظار في عيادة لومن جميرا في ضوء المساء الدافئ',
    },
    logoAlt: {
      en: 'Logo of Lumen Clinic Jumeirah',
      de: 'Logo der Lumen Klinik Jumeirah',
      fr: 'Logo de la Clinique Lumen Jumeirah',
      es: 'Logotipo de la Clínica Lumen Jumeirah',
      ar: 'شعار عيادة لومن جميرا',
    },
    palette: { hero: ['#f1e4cf', '#fbf4e8', '#9c7a4a'], logo: '#8c3f22' },
    prices: { 'botulinum-toxin': 1200, 'hyaluronic-acid-lip-filler': 1800, 'hyaluronic-acid-cheek-filler': 2400 },
  },
]

import type { Practitioner } from '../../payload-types'
import type { Localized } from '../localized'

export type PractitionerContent = {
  slug: string
  name: string
  jobTitle: Localized
  credentials: { title: Localized; registrationBody: string; registrationNumber: string }
  bio: Localized
  languagesSpoken: Practitioner['languagesSpoken']
  clinics: string[]
  treatments: string[]
  palette: [string, string]
}

/** Alt text for a practitioner's portrait, in every locale. */
export const portraitAlt = (name: string): Localized => ({
  en: `Portrait of ${name}`,
  de: `Porträt von ${name}`,
  fr: `Portrait de ${name}`,
  es: `Retrato de ${name}`,
  ar: `صورة شخصية لـ ${name}`,
})

const allFillers = ['hyaluronic-acid-lip-filler', 'hyaluronic-acid-cheek-filler', 'calcium-hydroxylapatite-filler']

const dermatologist: Localized = {
  en: 'Consultant dermatologist',
  de: 'Fachärztin für Dermatologie',
  fr: 'Dermatologue',
  es: 'Dermatóloga',
  ar: 'استشارية أمراض جلدية',
}

export const practitioners: PractitionerContent[] = [
  {
    slug: 'amelia-hart',
    name: 'Dr Amelia Hart',
    jobTitle: dermatologist,
    credentials: {
      title: {
        en: 'MBBS, MRCP (Dermatology)',
        de: 'MBBS, MRCP (Dermatologie)',
        fr: 'MBBS, MRCP (dermatologie)',
        es: 'MBBS, MRCP (Dermatología)',
        ar: 'بكالوريوس الطب والجراحة، عضوية الكلية الملكية للأطباء (الجلدية)',
      },
      registrationBody: 'General Medical Council',
      registrationNumber: '7012345',
    },
    bio: {
      en: 'Amelia trained in dermatology at St Thomas’ Hospital and has focused on injectable treatments for twelve years. She also sees patients in Dubai one week each month.',
      de: 'Amelia hat ihre dermatologische Ausbildung am St Thomas’ Hospital absolviert und widmet sich seit zwölf Jahren Injektionsbehandlungen. Eine Woche im Monat behandelt sie auch in Dubai.',
      fr: 'Amelia s’est formée en dermatologie au St Thomas’ Hospital et se consacre aux traitements injectables depuis douze ans. Elle consulte aussi à Dubaï une semaine par mois.',
      es: 'Amelia se formó en dermatología en el St Thomas’ Hospital y lleva doce años dedicada a los tratamientos inyectables. También atiende en Dubái una semana al mes.',
      ar: 'تدرّبت أميليا في طب الجلدية في مستشفى سانت توماس، وتتخصص في العلاجات بالحقن منذ اثني عشر عامًا. كما تستقبل المرضى في دبي أسبوعًا كل شهر.',
    },
    languagesSpoken: ['en', 'fr'],
    clinics: ['london-marylebone', 'dubai-jumeirah'],
    treatments: ['botulinum-toxin', ...allFillers],
    palette: ['#dfe9e8', '#5b7f7c'],
  },
  {
    slug: 'priya-nair',
    name: 'Priya Nair',
    jobTitle: {
      en: 'Aesthetic nurse prescriber',
      de: 'Verschreibungsberechtigte Pflegefachkraft für ästhetische Medizin',
      fr: 'Infirmière prescriptrice en médecine esthétique',
      es: 'Enfermera prescriptora de medicina estética',
      ar: 'ممرضة مخوّلة بالوصف في الطب التجميلي',
    },
    credentials: {
      title: {
        en: 'RGN, Independent Prescriber',
        de: 'Examinierte Pflegefachkraft mit Verschreibungsrecht',
        fr: 'Infirmière diplômée, prescriptrice indépendante',
        es: 'Enfermera titulada, prescriptora independiente',
        ar: 'ممرضة مسجلة، واصفة مستقلة',
      },
      registrationBody: 'Nursing and Midwifery Council',
      registrationNumber: '09I1234E',
    },
    bio: {
      en: 'Priya has worked in aesthetic nursing for eight years and is known for natural-looking lip treatments. She also speaks Hindi.',
      de: 'Priya arbeitet seit acht Jahren in der ästhetischen Pflege und ist für natürlich wirkende Lippenbehandlungen bekannt. Sie spricht auch Hindi.',
      fr: 'Priya exerce en soins esthétiques depuis huit ans et est reconnue pour ses traitements des lèvres au rendu naturel. Elle parle aussi hindi.',
      es: 'Priya lleva ocho años en la enfermería estética y es conocida por sus tratamientos de labios de aspecto natural. También habla hindi.',
      ar: 'تعمل بريا في التمريض التجميلي منذ ثماني سنوات، وتشتهر بعلاجات شفاه ذات مظهر طبيعي. وتتحدث الهندية أيضًا.',
    },
    languagesSpoken: ['en', 'hi'],
    clinics: ['london-marylebone'],
    treatments: ['botulinum-toxin', 'hyaluronic-acid-lip-filler'],
    palette: ['#efe1d6', '#9a6b4f'],
  },
  {
    slug: 'jonas-weber',
    name: 'Dr. med. Jonas Weber',
    jobTitle: {
      en: 'Dermatologist',
      de: 'Facharzt für Dermatologie',
      fr: 'Dermatologue',
      es: 'Dermatólogo',
      ar: 'طبيب أمراض جلدية',
    },
    credentials: {
      title: {
        en: 'Specialist in dermatology and venereology',
        de: 'Facharzt für Haut- und Geschlechtskrankheiten',
        fr: 'Spécialiste en dermatologie et vénéréologie',
        es: 'Especialista en dermatología y venereología',
        ar: 'اختصاصي في الأمراض الجلدية والتناسلية',
      },
      registrationBody: 'Ärztekammer Berlin',
      registrationNumber: 'BE-48213',
    },
    bio: {
      en: 'Jonas spent nine years at the Charité dermatology department before founding the clinic. He leads its work on treating expression lines.',
      de: 'Jonas war neun Jahre an der Hautklinik der Charité tätig, bevor er die Klinik gründete. Er leitet hier die Behandlung von Mimikfalten.',
      fr: 'Jonas a passé neuf ans au service de dermatologie de la Charité avant de fonder la clinique. Il y dirige le traitement des rides d’expression.',
      es: 'Jonas trabajó nueve años en el servicio de dermatología de la Charité antes de fundar la clínica. Dirige allí el tratamiento de las arrugas de expresión.',
      ar: 'عمل يوناس تسع سنوات في قسم الأمراض الجلدية بمستشفى شاريتيه قبل أن يؤسس العيادة، ويقود فيها علاج خطوط التعبير.',
    },
    languagesSpoken: ['de', 'en'],
    clinics: ['berlin-mitte'],
    treatments: ['botulinum-toxin', 'hyaluronic-acid-cheek-filler'],
    palette: ['#dde3ee', '#4b5d7a'],
  },
  {
    slug: 'lena-hoffmann',
    name: 'Dr. med. Lena Hoffmann',
    jobTitle: {
      en: 'Plastic and aesthetic surgeon',
      de: 'Fachärztin für Plastische und Ästhetische Chirurgie',
      fr: 'Chirurgienne plasticienne et esthétique',
      es: 'Cirujana plástica y estética',
      ar: 'جرّاحة تجميل وترميم',
    },
    credentials: {
      title: {
        en: 'Specialist in plastic and aesthetic surgery',
        de: 'Fachärztin für Plastische und Ästhetische Chirurgie',
        fr: 'Spécialiste en chirurgie plastique et esthétique',
        es: 'Especialista en cirugía plástica y estética',
        ar: 'اختصاصية في الجراحة التجميلية والترميمية',
      },
      registrationBody: 'Ärztekammer Berlin',
      registrationNumber: 'BE-51790',
    },
    bio: {
      en: 'Lena brings a surgeon’s knowledge of facial anatomy to filler treatments of the cheeks, chin and jawline. She also speaks Turkish.',
      de: 'Lena bringt das anatomische Wissen einer Chirurgin in Fillerbehandlungen von Wangen, Kinn und Kieferlinie ein. Sie spricht auch Türkisch.',
      fr: 'Lena apporte sa connaissance chirurgicale de l’anatomie du visage aux injections des pommettes, du menton et de la mâchoire. Elle parle aussi turc.',
      es: 'Lena aporta el conocimiento anatómico de una cirujana a los rellenos de pómulos, mentón y mandíbula. También habla turco.',
      ar: 'توظّف لينا معرفتها الجراحية بتشريح الوجه في علاجات الفيلر للخدين والذقن وخط الفك. وتتحدث التركية أيضًا.',
    },
    languagesSpoken: ['de', 'en', 'tr'],
    clinics: ['berlin-mitte'],
    treatments: allFillers,
    palette: ['#eadfe6', '#7d4f68'],
  },
  {
    slug: 'layla-haddad',
    name: 'Dr Layla Haddad',
    jobTitle: dermatologist,
    credentials: {
      title: {
        en: 'MD, Arab Board of Dermatology',
        de: 'Dr. med., Arabisches Board für Dermatologie',
        fr: 'Docteure en médecine, Arab Board de dermatologie',
        es: 'Doctora en Medicina, Consejo Árabe de Dermatología',
        ar: 'دكتوراه في الطب، البورد العربي في الأمراض الجلدية',
      },
      registrationBody: 'Dubai Health Authority',
      registrationNumber: 'DHA-P-0087321',
    },
    bio: {
      en: 'Layla is the medical director of the Jumeirah clinic. She treats expression lines and volume loss and is happy to consult in Arabic or English.',
      de: 'Layla ist die ärztliche Leiterin der Klinik in Jumeirah. Sie behandelt Mimikfalten und Volumenverlust und berät gern auf Arabisch oder Englisch.',
      fr: 'Layla est la directrice médicale de la clinique de Jumeirah. Elle traite les rides d’expression et la perte de volume et consulte volontiers en arabe ou en anglais.',
      es: 'Layla es la directora médica de la clínica de Jumeirah. Trata las arrugas de expresión y la pérdida de volumen, y atiende en árabe o en inglés.',
      ar: 'ليلى هي المديرة الطبية لعيادة جميرا. تعالج خطوط التعبير وفقدان الحجم، وتقدّم الاستشارات بالعربية أو الإنجليزية.',
    },
    languagesSpoken: ['ar', 'en'],
    clinics: ['dubai-jumeirah'],
    treatments: ['botulinum-toxin', 'hyaluronic-acid-lip-filler', 'hyaluronic-acid-cheek-filler'],
    palette: ['#f0e6d8', '#8a6a3f'],
  },
  {
    slug: 'omar-farouk',
    name: 'Dr Omar Farouk',
    jobTitle: {
      en: 'Aesthetic physician',
      de: 'Arzt für ästhetische Medizin',
      fr: 'Médecin esthétique',
      es: 'Médico estético',
      ar: 'طبيب تجميل',
    },
    credentials: {
      title: {
        en: 'MBBCh, Diploma in Aesthetic Medicine',
        de: 'MBBCh, Diplom in ästhetischer Medizin',
        fr: 'MBBCh, diplôme de médecine esthétique',
        es: 'MBBCh, diploma en medicina estética',
        ar: 'بكالوريوس الطب والجراحة، دبلوم الطب التجميلي',
      },
      registrationBody: 'Dubai Health Authority',
      registrationNumber: 'DHA-P-0091456',
    },
    bio: {
      en: 'Omar focuses on cheek and jawline treatments for men and women and speaks Arabic, English and Russian.',
      de: 'Omar konzentriert sich auf Wangen- und Kieferbehandlungen für Frauen und Männer und spricht Arabisch, Englisch und Russisch.',
      fr: 'Omar se consacre aux traitements des pommettes et de la mâchoire, pour les femmes comme pour les hommes, et parle arabe, anglais et russe.',
      es: 'Omar se centra en tratamientos de pómulos y mandíbula para mujeres y hombres, y habla árabe, inglés y ruso.',
      ar: 'يركّز عمر على علاجات الخدين وخط الفك للنساء والرجال، ويتحدث العربية والإنجليزية والروسية.',
    },
    languagesSpoken: ['ar', 'en', 'ru'],
    clinics: ['dubai-jumeirah'],
    treatments: ['botulinum-toxin', 'hyaluronic-acid-cheek-filler'],
    palette: ['#e2e8dc', '#5f7450'],
  },
]

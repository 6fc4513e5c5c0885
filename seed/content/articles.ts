import type { Article } from '../../payload-types'
import { type Localized, localizedRichText } from '../localized'

export type ArticleContent = {
  slug: Localized
  title: Localized
  excerpt: Localized
  body: ReturnType<typeof localizedRichText>
  author: string
  reviewer: string
  lastReviewed: string
  /** Null for a platform-wide article. */
  clinic: string | null
  tags: Article['tags']
  publishedAt: string
}

export const articles: ArticleContent[] = [
  {
    slug: {
      en: 'muscle-relaxing-injections-or-fillers',
      de: 'muskelentspannende-injektionen-oder-filler',
      fr: 'injections-relaxantes-ou-produits-de-comblement',
      es: 'inyecciones-relajantes-o-rellenos',
      ar: 'muscle-relaxing-injections-or-fillers',
    },
    title: {
      en: 'Muscle-relaxing injections or fillers: which line needs which?',
      de: 'Muskelentspannende Injektionen oder Filler: Welche Falte braucht was?',
      fr: 'Injections relaxantes ou produits de comblement : quelle ride pour quel traitement ?',
      es: 'Inyecciones relajantes o rellenos: ¿qué necesita cada arruga?',
      ar: 'حقن إرخاء العضلات أم الفيلر: ماذا يحتاج كل خط؟',
    },
    excerpt: {
      en: 'Lines that come and go with expression behave differently from lines that stay at rest. Here is how to tell them apart.',
      de: 'Falten, die mit der Mimik kommen und gehen, verhalten sich anders als Falten, die auch in Ruhe bleiben. So unterscheiden Sie sie.',
      fr: 'Les rides qui apparaissent avec l’expression ne se comportent pas comme celles qui restent au repos. Voici comment les distinguer.',
      es: 'Las arrugas que aparecen al gesticular no se comportan igual que las que se ven en reposo. Así puedes distinguirlas.',
      ar: 'الخطوط التي تظهر وتختفي مع تعابير الوجه تختلف عن الخطوط الباقية في حالة الراحة. إليك كيف تميّز بينها.',
    },
    body: localizedRichText({
      en: [
        'Frown in the mirror, then relax. Lines that appear only while you move are dynamic: they are made by muscles and respond to treatments that relax those muscles.',
        'Lines and hollows that remain when your face is still are static. They come from lost collagen, elasticity and fat, and they respond to fillers that restore volume.',
        'Many faces show both, which is why a consultation looks at the whole face before suggesting anything.',
      ],
      de: [
        'Runzeln Sie vor dem Spiegel die Stirn und entspannen Sie dann. Falten, die nur bei Bewegung erscheinen, sind dynamisch: Muskeln erzeugen sie, und sie sprechen auf muskelentspannende Behandlungen an.',
        'Falten und Mulden, die auch bei ruhigem Gesicht bleiben, sind statisch. Sie entstehen durch den Verlust von Kollagen, Elastizität und Fett und sprechen auf volumengebende Filler an.',
        'Viele Gesichter zeigen beides. Deshalb betrachtet eine Beratung das ganze Gesicht, bevor sie etwas empfiehlt.',
      ],
      fr: [
        'Froncez les sourcils devant le miroir, puis détendez-vous. Les rides qui n’apparaissent qu’en mouvement sont dynamiques : les muscles les créent, et elles répondent aux traitements qui relâchent ces muscles.',
        'Les rides et les creux qui restent visage au repos sont statiques. Ils viennent de la perte de collagène, d’élasticité et de graisse, et répondent aux produits de comblement qui restaurent le volume.',
        'Beaucoup de visages présentent les deux ; c’est pourquoi une consultation examine tout le visage avant de proposer quoi que ce soit.',
      ],
      es: [
        'Frunce el ceño frente al espejo y luego relájate. Las arrugas que solo aparecen al moverte son dinámicas: las producen los músculos y responden a tratamientos que los relajan.',
        'Las arrugas y hundimientos que siguen ahí con la cara en reposo son estáticos. Se deben a la pérdida de colágeno, elasticidad y grasa, y responden a rellenos que devuelven volumen.',
        'Muchas caras tienen ambos tipos; por eso una consulta valora todo el rostro antes de proponer nada.',
      ],
      ar: [
        'قطّب جبينك أمام المرآة ثم استرخِ. الخطوط التي تظهر عند الحركة فقط خطوط ديناميكية: تصنعها العضلات، وتستجيب للعلاجات التي تُرخي هذه العضلات.',
        'أما الخطوط والتجاويف التي تبقى والوجه ساكن فهي خطوط ثابتة، تنتج عن فقدان الكولاجين والمرونة والدهون، وتستجيب للفيلر الذي يعيد الحجم.',
        'تجمع وجوه كثيرة بين النوعين، ولهذا تنظر الاستشارة إلى الوجه كله قبل اقتراح أي شيء.',
      ],
    }),
    author: 'amelia-hart',
    reviewer: 'jonas-weber',
    lastReviewed: '2026-09-15',
    clinic: null,
    tags: ['comparison', 'botox', 'fillers'],
    publishedAt: '2026-05-04',
  },
  {
    slug: {
      en: 'what-happens-at-a-consultation',
      de: 'was-passiert-beim-beratungsgespraech',
      fr: 'comment-se-deroule-une-consultation',
      es: 'que-ocurre-en-una-consulta',
      ar: 'what-happens-at-a-consultation',
    },
    title: {
      en: 'What happens at your first consultation',
      de: 'Was beim ersten Beratungsgespräch passiert',
      fr: 'Comment se déroule votre première consultation',
      es: 'Qué ocurre en tu primera consulta',
      ar: 'ماذا يحدث في استشارتك الأولى',
    },
    excerpt: {
      en: 'Thirty minutes, no obligation: what we ask, what we examine and what you take home.',
      de: 'Dreißig Minuten ohne Verpflichtung: was wir fragen, was wir untersuchen und was Sie mitnehmen.',
      fr: 'Trente minutes, sans engagement : ce que nous demandons, ce que nous examinons et ce que vous emportez.',
      es: 'Treinta minutos, sin compromiso: qué preguntamos, qué examinamos y qué te llevas.',
      ar: 'ثلاثون دقيقة دون أي التزام: ما نسأل عنه، وما نفحصه، وما تأخذه معك.',
    },
    body: localizedRichText({
      en: [
        'We start with your health: medicines, allergies, previous treatments and anything planned, such as a pregnancy or an important event.',
        'Your practitioner then looks at your face at rest and in motion, explains which options fit, what they cost and which risks apply, and gives you a written plan. You decide later, in your own time.',
      ],
      de: [
        'Wir beginnen mit Ihrer Gesundheit: Medikamente, Allergien, frühere Behandlungen und alles Geplante, etwa eine Schwangerschaft oder ein wichtiges Ereignis.',
        'Anschließend betrachtet Ihre Behandlerin oder Ihr Behandler Ihr Gesicht in Ruhe und in Bewegung, erklärt passende Möglichkeiten, Kosten und Risiken und gibt Ihnen einen schriftlichen Plan. Sie entscheiden später, in Ruhe.',
      ],
      fr: [
        'Nous commençons par votre santé : médicaments, allergies, traitements antérieurs et projets à venir, comme une grossesse ou un événement important.',
        'Votre praticien observe ensuite votre visage au repos et en mouvement, vous explique les options adaptées, leur coût et leurs risques, et vous remet un plan écrit. Vous décidez plus tard, à votre rythme.',
      ],
      es: [
        'Empezamos por tu salud: medicamentos, alergias, tratamientos anteriores y cualquier plan, como un embarazo o un acontecimiento importante.',
        'Después, tu profesional observa tu rostro en reposo y en movimiento, te explica qué opciones encajan, cuánto cuestan y qué riesgos tienen, y te entrega un plan por escrito. Tú decides más tarde, con calma.',
      ],
      ar: [
        'نبدأ بصحتك: الأدوية والحساسية والعلاجات السابقة وأي خطط قادمة، مثل الحمل أو مناسبة مهمة.',
        'ثم يفحص الممارس وجهك في حالة الراحة والحركة، ويشرح الخيارات المناسبة وتكلفتها ومخاطرها، ويسلّمك خطة مكتوبة. وتقرر لاحقًا في الوقت الذي يناسبك.',
      ],
    }),
    author: 'priya-nair',
    reviewer: 'amelia-hart',
    lastReviewed: '2026-10-02',
    clinic: 'london-marylebone',
    tags: ['consultation'],
    publishedAt: '2026-06-11',
  },
  {
    slug: {
      en: 'lip-filler-the-first-two-weeks',
      de: 'lippenfiller-die-ersten-zwei-wochen',
      fr: 'injection-des-levres-les-deux-premieres-semaines',
      es: 'relleno-de-labios-las-dos-primeras-semanas',
      ar: 'lip-filler-the-first-two-weeks',
    },
    title: {
      en: 'Lip filler: what to expect in the first two weeks',
      de: 'Lippenfiller: Was Sie in den ersten zwei Wochen erwartet',
      fr: 'Injection des lèvres : à quoi s’attendre les deux premières semaines',
      es: 'Relleno de labios: qué esperar en las dos primeras semanas',
      ar: 'فيلر الشفاه: ما الذي تتوقعه في الأسبوعين الأولين',
    },
    excerpt: {
      en: 'Swelling, tenderness and when the final shape appears, with simple aftercare that helps.',
      de: 'Schwellung, Empfindlichkeit und wann sich die endgültige Form zeigt, mit einfachen Tipps zur Nachsorge.',
      fr: 'Gonflement, sensibilité et moment où la forme définitive apparaît, avec des soins simples qui aident.',
      es: 'Inflamación, sensibilidad y cuándo aparece la forma definitiva, con cuidados sencillos que ayudan.',
      ar: 'التورم والحساسية ومتى يظهر الشكل النهائي، مع نصائح بسيطة للعناية بعد العلاج.',
    },
    body: localizedRichText({
      en: [
        'Lips usually swell most on the second day and may feel firm or slightly uneven. A cold compress and sleeping with your head raised help.',
        'Avoid alcohol, hot drinks through a straw, saunas and hard exercise for 24 hours. By the end of the second week the swelling has gone and your review appointment shows the true result.',
      ],
      de: [
        'Die Lippen schwellen meist am zweiten Tag am stärksten an und können sich fest oder leicht ungleichmäßig anfühlen. Kühlen und Schlafen mit erhöhtem Kopf helfen.',
        'Verzichten Sie 24 Stunden lang auf Alkohol, heiße Getränke mit Strohhalm, Sauna und harten Sport. Nach zwei Wochen ist die Schwellung abgeklungen, und der Kontrolltermin zeigt das echte Ergebnis.',
      ],
      fr: [
        'Les lèvres gonflent surtout le deuxième jour et peuvent sembler fermes ou légèrement irrégulières. Une compresse froide et dormir la tête surélevée aident.',
        'Évitez l’alcool, les boissons chaudes à la paille, le sauna et le sport intense pendant 24 heures. À la fin de la deuxième semaine, le gonflement a disparu et le rendez-vous de contrôle montre le vrai résultat.',
      ],
      es: [
        'Los labios suelen inflamarse más el segundo día y pueden notarse firmes o algo irregulares. El frío local y dormir con la cabeza elevada ayudan.',
        'Evita el alcohol, las bebidas calientes con pajita, la sauna y el ejercicio intenso durante 24 horas. Al final de la segunda semana la inflamación ha desaparecido y la cita de revisión muestra el resultado real.',
      ],
      ar: [
        'تتورم الشفاه عادةً أكثر في اليوم الثاني، وقد تبدو متماسكة أو غير متساوية قليلًا. تساعد الكمادات الباردة والنوم مع رفع الرأس.',
        'تجنّب الكحول والمشروبات الساخنة بالمصّاصة والساونا والتمارين الشاقة لمدة 24 ساعة. وبنهاية الأسبوع الثاني يزول التورم ويُظهر موعد المتابعة النتيجة الحقيقية.',
      ],
    }),
    author: 'priya-nair',
    reviewer: 'amelia-hart',
    lastReviewed: '2026-08-20',
    clinic: 'london-marylebone',
    tags: ['lips', 'fillers', 'aftercare'],
    publishedAt: '2026-07-02',
  },
  {
    slug: {
      en: 'how-long-do-results-last',
      de: 'wie-lange-halten-die-ergebnisse',
      fr: 'combien-de-temps-durent-les-resultats',
      es: 'cuanto-duran-los-resultados',
      ar: 'how-long-do-results-last',
    },
    title: {
      en: 'How long do injectable results last?',
      de: 'Wie lange halten die Ergebnisse von Injektionen?',
      fr: 'Combien de temps durent les résultats des injections ?',
      es: '¿Cuánto duran los resultados de las inyecciones?',
      ar: 'كم تدوم نتائج العلاجات بالحقن؟',
    },
    excerpt: {
      en: 'From three months to a year and a half: why results differ and how to plan repeat visits.',
      de: 'Von drei Monaten bis anderthalb Jahren: warum Ergebnisse unterschiedlich lange halten und wie Sie Folgetermine planen.',
      fr: 'De trois mois à un an et demi : pourquoi les résultats varient et comment prévoir les séances suivantes.',
      es: 'De tres meses a año y medio: por qué varían los resultados y cómo planificar las siguientes visitas.',
      ar: 'من ثلاثة أشهر إلى عام ونصف: لماذا تختلف مدة النتائج وكيف تخطط للزيارات التالية.',
    },
    body: localizedRichText({
      en: [
        'Muscle-relaxing treatments wear off after about three to four months as the nerves form new connections. Fillers last longer: roughly six to eighteen months for hyaluronic acid, depending on the area.',
        'Areas that move a lot, such as the lips, lose filler sooner than the cheeks. Your metabolism, sun exposure and smoking play a part too. Results vary from person to person.',
      ],
      de: [
        'Muskelentspannende Behandlungen lassen nach etwa drei bis vier Monaten nach, weil die Nerven neue Verbindungen bilden. Filler halten länger: Hyaluronsäure je nach Bereich etwa sechs bis achtzehn Monate.',
        'Stark bewegte Bereiche wie die Lippen bauen Filler schneller ab als die Wangen. Auch Stoffwechsel, Sonne und Rauchen spielen eine Rolle. Ergebnisse sind von Mensch zu Mensch verschieden.',
      ],
      fr: [
        'Les traitements relaxants s’estompent après trois à quatre mois environ, le temps que les nerfs forment de nouvelles connexions. Les produits de comblement durent plus longtemps : de six à dix-huit mois environ pour l’acide hyaluronique, selon la zone.',
        'Les zones très mobiles, comme les lèvres, perdent le produit plus vite que les pommettes. Le métabolisme, le soleil et le tabac jouent aussi. Les résultats varient d’une personne à l’autre.',
      ],
      es: [
        'Los tratamientos relajantes pierden efecto a los tres o cuatro meses, cuando los nervios forman nuevas conexiones. Los rellenos duran más: de seis a dieciocho meses aproximadamente con ácido hialurónico, según la zona.',
        'Las zonas con mucho movimiento, como los labios, pierden el relleno antes que los pómulos. El metabolismo, el sol y el tabaco también influyen. Los resultados varían de una persona a otra.',
      ],
      ar: [
        'يتلاشى أثر علاجات إرخاء العضلات بعد نحو ثلاثة إلى أربعة أشهر مع تكوين الأعصاب روابط جديدة. أما الفيلر فيدوم أطول: من ستة إلى ثمانية عشر شهرًا تقريبًا لحمض الهيالورونيك بحسب المنطقة.',
        'المناطق كثيرة الحركة مثل الشفاه تفقد الفيلر أسرع من الخدين. ويؤثر أيضًا الأيض والتعرض للشمس والتدخين. وتختلف النتائج من شخص لآخر.',
      ],
    }),
    author: 'jonas-weber',
    reviewer: 'lena-hoffmann',
    lastReviewed: '2026-09-01',
    clinic: 'berlin-mitte',
    tags: ['botox', 'fillers'],
    publishedAt: '2026-07-21',
  },
  {
    slug: {
      en: 'choosing-a-qualified-injector',
      de: 'eine-qualifizierte-behandlerin-finden',
      fr: 'choisir-un-injecteur-qualifie',
      es: 'elegir-un-profesional-cualificado',
      ar: 'choosing-a-qualified-injector',
    },
    title: {
      en: 'Five questions to ask before anyone injects your face',
      de: 'Fünf Fragen, bevor jemand Ihr Gesicht behandelt',
      fr: 'Cinq questions à poser avant toute injection au visage',
      es: 'Cinco preguntas antes de que alguien te inyecte en la cara',
      ar: 'خمسة أسئلة قبل أن يحقن أحد وجهك',
    },
    excerpt: {
      en: 'Qualifications, products, complications: how to recognise a safe practitioner.',
      de: 'Qualifikation, Produkte, Komplikationen: So erkennen Sie eine sichere Behandlung.',
      fr: 'Qualifications, produits, complications : comment reconnaître un praticien sûr.',
      es: 'Titulación, productos, complicaciones: cómo reconocer a un profesional seguro.',
      ar: 'المؤهلات والمنتجات والمضاعفات: كيف تتعرف على ممارس آمن.',
    },
    body: localizedRichText({
      en: [
        'Ask who will treat you and where they are registered, which product they use and why, and what happens if something goes wrong, including out of hours.',
        'A good practitioner welcomes these questions, examines you before quoting a price and never pressures you to decide on the day.',
      ],
      de: [
        'Fragen Sie, wer Sie behandelt und wo diese Person approbiert oder registriert ist, welches Produkt verwendet wird und warum, und was geschieht, wenn etwas schiefgeht, auch außerhalb der Sprechzeiten.',
        'Gute Behandelnde begrüßen solche Fragen, untersuchen Sie, bevor sie einen Preis nennen, und drängen Sie nie zu einer Entscheidung am selben Tag.',
      ],
      fr: [
        'Demandez qui vous traitera et auprès de quel ordre il est inscrit, quel produit sera utilisé et pourquoi, et ce qui se passe en cas de problème, y compris en dehors des heures d’ouverture.',
        'Un bon praticien accueille ces questions, vous examine avant d’annoncer un prix et ne vous presse jamais de décider le jour même.',
      ],
      es: [
        'Pregunta quién te tratará y en qué colegio o registro está inscrito, qué producto usará y por qué, y qué ocurre si algo sale mal, también fuera del horario de la clínica.',
        'Un buen profesional agradece estas preguntas, te examina antes de darte un precio y nunca te presiona para decidir ese mismo día.',
      ],
      ar: [
        'اسأل من سيعالجك وأين هو مسجّل، وأي منتج سيستخدم ولماذا، وماذا يحدث إذا حدث خطأ ما، حتى خارج ساعات العمل.',
        'الممارس الجيد يرحب بهذه الأسئلة، ويفحصك قبل أن يذكر السعر، ولا يضغط عليك أبدًا لتقرر في اليوم نفسه.',
      ],
    }),
    author: 'lena-hoffmann',
    reviewer: 'jonas-weber',
    lastReviewed: '2026-10-10',
    clinic: 'berlin-mitte',
    tags: ['safety', 'consultation'],
    publishedAt: '2026-08-14',
  },
  {
    slug: {
      en: 'combining-treatments-in-one-visit',
      de: 'behandlungen-in-einem-termin-kombinieren',
      fr: 'combiner-les-traitements-en-une-seance',
      es: 'combinar-tratamientos-en-una-visita',
      ar: 'combining-treatments-in-one-visit',
    },
    title: {
      en: 'Combining treatments in one visit',
      de: 'Behandlungen in einem Termin kombinieren',
      fr: 'Combiner plusieurs traitements en une seule séance',
      es: 'Combinar tratamientos en una sola visita',
      ar: 'الجمع بين العلاجات في زيارة واحدة',
    },
    excerpt: {
      en: 'Why the upper and lower face are often treated differently, and how one appointment can cover both.',
      de: 'Warum oberes und unteres Gesicht oft unterschiedlich behandelt werden und wie ein Termin beides abdecken kann.',
      fr: 'Pourquoi le haut et le bas du visage se traitent souvent différemment, et comment un seul rendez-vous peut couvrir les deux.',
      es: 'Por qué la parte superior e inferior del rostro suelen tratarse de forma distinta y cómo una cita puede abarcar ambas.',
      ar: 'لماذا يُعالج الجزءان العلوي والسفلي من الوجه غالبًا بطرق مختلفة، وكيف يمكن لموعد واحد أن يشملهما معًا.',
    },
    body: localizedRichText({
      en: [
        'Expression lines gather on the upper face, while volume loss shows more in the cheeks, around the mouth and along the jaw. Treating each with what suits it gives a balanced result.',
        'The two kinds of treatment do not interact, so they can be given in the same appointment. In Dubai’s heat, we ask you to stay out of direct sun for the rest of the day.',
      ],
      de: [
        'Mimikfalten sammeln sich im oberen Gesicht, Volumenverlust zeigt sich eher an Wangen, Mund und Kieferlinie. Wer jeden Bereich passend behandelt, erzielt ein ausgewogenes Ergebnis.',
        'Beide Behandlungsarten beeinflussen sich nicht gegenseitig und können im selben Termin erfolgen. Bei der Hitze in Dubai bitten wir Sie, für den Rest des Tages direkte Sonne zu meiden.',
      ],
      fr: [
        'Les rides d’expression se concentrent dans le haut du visage, tandis que la perte de volume se voit surtout aux pommettes, autour de la bouche et le long de la mâchoire. Traiter chaque zone de façon adaptée donne un résultat équilibré.',
        'Les deux types de traitement n’interagissent pas et peuvent être réalisés au cours du même rendez-vous. Avec la chaleur de Dubaï, nous vous demandons d’éviter le soleil direct le reste de la journée.',
      ],
      es: [
        'Las arrugas de expresión se concentran en la parte superior del rostro, mientras que la pérdida de volumen se nota más en los pómulos, alrededor de la boca y en la mandíbula. Tratar cada zona con lo que le conviene da un resultado equilibrado.',
        'Los dos tipos de tratamiento no interactúan, así que pueden hacerse en la misma cita. Con el calor de Dubái, te pedimos que evites el sol directo el resto del día.',
      ],
      ar: [
        'تتركز خطوط التعبير في الجزء العلوي من الوجه، بينما يظهر فقدان الحجم أكثر في الخدين وحول الفم وعلى امتداد الفك. ومعالجة كل منطقة بما يناسبها تعطي نتيجة متوازنة.',
        'لا يتفاعل نوعا العلاج معًا، لذا يمكن إجراؤهما في الموعد نفسه. وفي حرارة دبي نطلب منك تجنّب الشمس المباشرة بقية اليوم.',
      ],
    }),
    author: 'layla-haddad',
    reviewer: 'omar-farouk',
    lastReviewed: '2026-10-18',
    clinic: 'dubai-jumeirah',
    tags: ['botox', 'fillers', 'comparison'],
    publishedAt: '2026-09-08',
  },
]

import type { Treatment } from '../../payload-types'
import { type Localized, localizedRichText } from '../localized'

type TreatmentContent = Omit<
  Treatment,
  'id' | 'createdAt' | 'updatedAt' | 'name' | 'substance' | 'summary' | 'howItWorks' | 'faq' | 'body'
> & {
  name: Localized
  substance: Localized
  summary: Localized
  howItWorks: Localized
  faq: { question: Localized; answer: Localized }[]
  body: ReturnType<typeof localizedRichText>
}

const hyaluronicAcid: Localized = {
  en: 'Hyaluronic acid',
  de: 'Hyaluronsäure',
  fr: 'Acide hyaluronique',
  es: 'Ácido hialurónico',
  ar: 'حمض الهيالورونيك',
}

export const treatments: TreatmentContent[] = [
  {
    slug: 'botulinum-toxin',
    _status: 'published',
    kind: 'neuromodulator',
    name: {
      en: 'Botulinum toxin (Botox)',
      de: 'Botulinumtoxin (Botox)',
      fr: 'Toxine botulique (Botox)',
      es: 'Toxina botulínica (Bótox)',
      ar: 'توكسين البوتولينوم (بوتوكس)',
    },
    substance: {
      en: 'Botulinum toxin type A',
      de: 'Botulinumtoxin Typ A',
      fr: 'Toxine botulique de type A',
      es: 'Toxina botulínica tipo A',
      ar: 'توكسين البوتولينوم من النوع A',
    },
    summary: {
      en: 'A prescription-only medicine that temporarily relaxes the muscles behind expression lines on the upper face.',
      de: 'Ein verschreibungspflichtiges Arzneimittel, das die Muskeln hinter Mimikfalten im oberen Gesicht vorübergehend entspannt.',
      fr: 'Un médicament sur ordonnance qui détend temporairement les muscles responsables des rides d’expression du haut du visage.',
      es: 'Un medicamento con receta que relaja temporalmente los músculos que causan las arrugas de expresión de la parte superior del rostro.',
      ar: 'دواء لا يُصرف إلا بوصفة طبية، يُرخي مؤقتًا العضلات المسببة لخطوط التعبير في الجزء العلوي من الوجه.',
    },
    mechanism: 'relaxes-muscles',
    howItWorks: {
      en: 'Tiny doses block the nerve signals to the injected muscle, so it contracts less and the skin above it smooths out.',
      de: 'Winzige Dosen blockieren die Nervensignale an den behandelten Muskel; er zieht sich weniger zusammen und die Haut darüber glättet sich.',
      fr: 'De très petites doses bloquent les signaux nerveux vers le muscle injecté : il se contracte moins et la peau qui le recouvre se lisse.',
      es: 'Dosis muy pequeñas bloquean las señales nerviosas hacia el músculo tratado, que se contrae menos, y la piel que lo cubre se alisa.',
      ar: 'تمنع جرعات صغيرة جدًا الإشارات العصبية الواصلة إلى العضلة المحقونة، فتنقبض أقل وتصبح البشرة فوقها أكثر نعومة.',
    },
    linesTreated: ['dynamic'],
    faceAreas: ['forehead', 'glabellar-lines', 'crows-feet'],
    onset: { firstEffectDays: 3, fullEffectDays: 14 },
    durationMonths: { min: 3, max: 4 },
    sessionMinutes: { min: 10, max: 20 },
    downtime: 'minimal',
    commonSideEffects: ['redness', 'swelling', 'bruising', 'headache'],
    rareRisks: ['eyelid-or-brow-droop', 'spread-of-effect', 'allergic-reaction'],
    prescriptionOnly: true,
    faq: [
      {
        question: {
          en: 'When will I see a difference?',
          de: 'Wann sehe ich eine Veränderung?',
          fr: 'Quand vais-je voir une différence ?',
          es: '¿Cuándo notaré la diferencia?',
          ar: 'متى سألاحظ الفرق؟',
        },
        answer: {
          en: 'Most people notice the first change after three to four days; the full effect shows after about two weeks.',
          de: 'Die meisten bemerken nach drei bis vier Tagen eine erste Veränderung; die volle Wirkung zeigt sich nach etwa zwei Wochen.',
          fr: 'La plupart des personnes remarquent un premier changement après trois à quatre jours ; l’effet complet apparaît au bout de deux semaines environ.',
          es: 'La mayoría nota el primer cambio a los tres o cuatro días; el efecto completo aparece a las dos semanas aproximadamente.',
          ar: 'يلاحظ معظم الناس أول تغيّر بعد ثلاثة إلى أربعة أيام، ويظهر التأثير الكامل بعد نحو أسبوعين.',
        },
      },
      {
        question: {
          en: 'Does the treatment hurt?',
          de: 'Tut die Behandlung weh?',
          fr: 'Le traitement est-il douloureux ?',
          es: '¿Duele el tratamiento?',
          ar: 'هل العلاج مؤلم؟',
        },
        answer: {
          en: 'The needle is very fine. Most patients describe a brief pinch at each injection point, and no anaesthetic is needed.',
          de: 'Die Nadel ist sehr fein. Die meisten Patientinnen und Patienten spüren an jeder Einstichstelle nur ein kurzes Piksen; eine Betäubung ist nicht nötig.',
          fr: 'L’aiguille est très fine. La plupart des patients ressentent un bref pincement à chaque point d’injection, sans besoin d’anesthésie.',
          es: 'La aguja es muy fina. La mayoría de los pacientes siente un breve pinchazo en cada punto y no se necesita anestesia.',
          ar: 'الإبرة رفيعة جدًا. يصف معظم المرضى وخزة قصيرة عند كل نقطة حقن، ولا حاجة إلى تخدير.',
        },
      },
    ],
    body: localizedRichText({
      en: [
        'Botulinum toxin treats lines that appear when you move your face: frown lines between the brows, horizontal forehead lines and crow’s feet around the eyes.',
        'The effect wears off gradually after three to four months, so results are maintained with repeat treatments. It is given only after a medical consultation.',
      ],
      de: [
        'Botulinumtoxin behandelt Falten, die bei Bewegung des Gesichts entstehen: Zornesfalten zwischen den Brauen, waagerechte Stirnfalten und Krähenfüße an den Augen.',
        'Die Wirkung lässt nach drei bis vier Monaten allmählich nach; das Ergebnis wird durch Wiederholungsbehandlungen erhalten. Behandelt wird nur nach einer ärztlichen Beratung.',
      ],
      fr: [
        'La toxine botulique traite les rides qui apparaissent quand le visage bouge : la ride du lion entre les sourcils, les rides horizontales du front et les pattes-d’oie autour des yeux.',
        'L’effet s’estompe progressivement après trois à quatre mois ; le résultat s’entretient par de nouvelles séances. Elle n’est administrée qu’après une consultation médicale.',
      ],
      es: [
        'La toxina botulínica trata las arrugas que aparecen al mover la cara: el entrecejo, las líneas horizontales de la frente y las patas de gallo alrededor de los ojos.',
        'El efecto desaparece poco a poco a los tres o cuatro meses, por lo que el resultado se mantiene con nuevas sesiones. Solo se aplica tras una consulta médica.',
      ],
      ar: [
        'يعالج توكسين البوتولينوم الخطوط التي تظهر عند تحريك الوجه: خطوط العبوس بين الحاجبين، والخطوط الأفقية في الجبهة، وخطوط زوايا العينين.',
        'يتلاشى التأثير تدريجيًا بعد ثلاثة إلى أربعة أشهر، لذلك تُحافظ على النتيجة بجلسات متكررة. ولا يُعطى إلا بعد استشارة طبية.',
      ],
    }),
  },
  {
    slug: 'hyaluronic-acid-lip-filler',
    _status: 'published',
    kind: 'dermal-filler',
    name: {
      en: 'Hyaluronic acid lip filler',
      de: 'Lippenfiller mit Hyaluronsäure',
      fr: 'Injection des lèvres à l’acide hyaluronique',
      es: 'Relleno de labios con ácido hialurónico',
      ar: 'فيلر الشفاه بحمض الهيالورونيك',
    },
    substance: hyaluronicAcid,
    summary: {
      en: 'A soft gel that adds volume and definition to the lips and softens fine vertical lines around the mouth.',
      de: 'Ein weiches Gel, das den Lippen Volumen und Kontur gibt und feine senkrechte Fältchen um den Mund mildert.',
      fr: 'Un gel souple qui donne du volume et du contour aux lèvres et atténue les ridules verticales autour de la bouche.',
      es: 'Un gel suave que aporta volumen y definición a los labios y suaviza las finas líneas verticales alrededor de la boca.',
      ar: 'جل ناعم يمنح الشفاه حجمًا وتحديدًا ويخفف الخطوط العمودية الدقيقة حول الفم.',
    },
    mechanism: 'restores-volume',
    howItWorks: {
      en: 'The gel binds water under the skin and fills out the lips straight away; it does not affect the muscles.',
      de: 'Das Gel bindet Wasser unter der Haut und polstert die Lippen sofort auf; auf die Muskeln wirkt es nicht.',
      fr: 'Le gel retient l’eau sous la peau et repulpe les lèvres immédiatement ; il n’agit pas sur les muscles.',
      es: 'El gel retiene agua bajo la piel y rellena los labios al instante; no actúa sobre los músculos.',
      ar: 'يحتفظ الجل بالماء تحت الجلد ويملأ الشفاه فورًا، ولا يؤثر في العضلات.',
    },
    linesTreated: ['static', 'volume-loss'],
    faceAreas: ['lips', 'vertical-lip-lines'],
    onset: { firstEffectDays: 0, fullEffectDays: 0 },
    durationMonths: { min: 6, max: 12 },
    sessionMinutes: { min: 30, max: 45 },
    downtime: 'minimal',
    commonSideEffects: ['swelling', 'bruising', 'tenderness', 'redness'],
    rareRisks: ['infection', 'allergic-reaction', 'lumps', 'vascular-occlusion'],
    prescriptionOnly: false,
    faq: [
      {
        question: {
          en: 'Will my lips look overfilled?',
          de: 'Sehen meine Lippen danach überfüllt aus?',
          fr: 'Mes lèvres auront-elles l’air trop gonflées ?',
          es: '¿Se verán mis labios demasiado rellenos?',
          ar: 'هل ستبدو شفتاي ممتلئتين أكثر من اللازم؟',
        },
        answer: {
          en: 'Your practitioner adds small amounts and checks the shape as they go. Swelling in the first days makes lips look fuller than the final result.',
          de: 'Ihre Behandlerin oder Ihr Behandler spritzt kleine Mengen und prüft laufend die Form. Die Schwellung der ersten Tage lässt die Lippen voller wirken als das Endergebnis.',
          fr: 'Votre praticien injecte de petites quantités et vérifie la forme au fur et à mesure. Le gonflement des premiers jours donne des lèvres plus pleines que le résultat final.',
          es: 'Tu profesional inyecta pequeñas cantidades y revisa la forma sobre la marcha. La inflamación de los primeros días hace que los labios parezcan más llenos que el resultado final.',
          ar: 'يحقن الممارس كميات صغيرة ويتحقق من الشكل أثناء العمل. والتورم في الأيام الأولى يجعل الشفاه تبدو أكثر امتلاءً من النتيجة النهائية.',
        },
      },
      {
        question: {
          en: 'Can the filler be dissolved?',
          de: 'Lässt sich der Filler wieder auflösen?',
          fr: 'Le produit peut-il être dissous ?',
          es: '¿Se puede disolver el relleno?',
          ar: 'هل يمكن إذابة الفيلر؟',
        },
        answer: {
          en: 'Yes. Hyaluronic acid can be broken down with an enzyme called hyaluronidase if the result needs correcting.',
          de: 'Ja. Hyaluronsäure lässt sich mit dem Enzym Hyaluronidase abbauen, falls das Ergebnis korrigiert werden muss.',
          fr: 'Oui. L’acide hyaluronique peut être dégradé par une enzyme, la hyaluronidase, si le résultat doit être corrigé.',
          es: 'Sí. El ácido hialurónico puede descomponerse con una enzima llamada hialuronidasa si hay que corregir el resultado.',
          ar: 'نعم. يمكن تفكيك حمض الهيالورونيك بإنزيم يُسمى الهيالورونيداز إذا احتاجت النتيجة إلى تصحيح.',
        },
      },
    ],
    body: localizedRichText({
      en: [
        'Lip filler restores volume lost with age or adds gentle shape to naturally thin lips. The result is visible as soon as the treatment ends.',
        'Hyaluronic acid is broken down by the body over six to twelve months. Swelling and small bruises usually settle within a few days.',
      ],
      de: [
        'Lippenfiller ersetzt altersbedingt verlorenes Volumen oder gibt von Natur aus schmalen Lippen eine sanfte Form. Das Ergebnis ist direkt nach der Behandlung sichtbar.',
        'Der Körper baut Hyaluronsäure innerhalb von sechs bis zwölf Monaten ab. Schwellungen und kleine Blutergüsse klingen meist nach wenigen Tagen ab.',
      ],
      fr: [
        'L’injection des lèvres restaure le volume perdu avec l’âge ou donne une forme délicate à des lèvres naturellement fines. Le résultat est visible dès la fin de la séance.',
        'L’organisme dégrade l’acide hyaluronique en six à douze mois. Le gonflement et les petits bleus disparaissent généralement en quelques jours.',
      ],
      es: [
        'El relleno de labios devuelve el volumen perdido con la edad o da una forma suave a unos labios finos por naturaleza. El resultado se ve en cuanto termina la sesión.',
        'El cuerpo reabsorbe el ácido hialurónico en seis a doce meses. La inflamación y los pequeños hematomas suelen desaparecer en pocos días.',
      ],
      ar: [
        'يعيد فيلر الشفاه الحجم الذي فُقد مع التقدم في العمر، أو يمنح الشفاه الرفيعة بطبيعتها شكلًا لطيفًا. تظهر النتيجة فور انتهاء الجلسة.',
        'يمتص الجسم حمض الهيالورونيك خلال ستة إلى اثني عشر شهرًا. ويزول التورم والكدمات الصغيرة عادةً خلال أيام قليلة.',
      ],
    }),
  },
  {
    slug: 'hyaluronic-acid-cheek-filler',
    _status: 'published',
    kind: 'dermal-filler',
    name: {
      en: 'Hyaluronic acid cheek and fold filler',
      de: 'Hyaluronsäure-Filler für Wangen und Falten',
      fr: 'Comblement des joues et des sillons à l’acide hyaluronique',
      es: 'Relleno de pómulos y surcos con ácido hialurónico',
      ar: 'فيلر الخدين والطيات بحمض الهيالورونيك',
    },
    substance: hyaluronicAcid,
    summary: {
      en: 'A firmer gel that lifts flattened cheeks and softens smile lines, marionette lines and hollows under the eyes.',
      de: 'Ein festeres Gel, das abgeflachte Wangen anhebt und Nasolabialfalten, Marionettenfalten und Augenringe mildert.',
      fr: 'Un gel plus ferme qui redonne du relief aux pommettes et atténue les sillons nasogéniens, les plis d’amertume et les creux sous les yeux.',
      es: 'Un gel más firme que eleva los pómulos hundidos y suaviza los surcos nasogenianos, las líneas de marioneta y las ojeras hundidas.',
      ar: 'جل أكثر تماسكًا يرفع الخدين المسطحين ويخفف خطوط الابتسامة وخطوط الماريونيت والتجاويف تحت العينين.',
    },
    mechanism: 'restores-volume',
    howItWorks: {
      en: 'Placed deep under the skin, the gel replaces lost volume and supports the tissue above it, which lifts folds from beneath.',
      de: 'Tief unter die Haut gesetzt, ersetzt das Gel verlorenes Volumen und stützt das Gewebe darüber, sodass sich Falten von unten anheben.',
      fr: 'Placé en profondeur sous la peau, le gel remplace le volume perdu et soutient les tissus, ce qui soulève les plis par en dessous.',
      es: 'Colocado en profundidad bajo la piel, el gel sustituye el volumen perdido y sostiene el tejido, lo que eleva los pliegues desde abajo.',
      ar: 'يُحقن الجل في طبقة عميقة تحت الجلد، فيعوّض الحجم المفقود ويدعم الأنسجة فوقه، فترتفع الطيات من الأسفل.',
    },
    linesTreated: ['static', 'volume-loss'],
    faceAreas: ['cheeks', 'nasolabial-folds', 'marionette-lines', 'under-eyes'],
    onset: { firstEffectDays: 0, fullEffectDays: 0 },
    durationMonths: { min: 9, max: 18 },
    sessionMinutes: { min: 30, max: 60 },
    downtime: 'minimal',
    commonSideEffects: ['swelling', 'bruising', 'tenderness', 'redness'],
    rareRisks: ['infection', 'allergic-reaction', 'lumps', 'vascular-occlusion'],
    prescriptionOnly: false,
    faq: [
      {
        question: {
          en: 'How long does cheek filler last?',
          de: 'Wie lange hält Wangenfiller?',
          fr: 'Combien de temps dure le comblement des joues ?',
          es: '¿Cuánto dura el relleno de pómulos?',
          ar: 'كم يدوم فيلر الخدين؟',
        },
        answer: {
          en: 'Usually between nine and eighteen months, depending on the product, the area and how quickly your body breaks it down.',
          de: 'Meist zwischen neun und achtzehn Monaten, je nach Produkt, Bereich und wie schnell Ihr Körper es abbaut.',
          fr: 'En général entre neuf et dix-huit mois, selon le produit, la zone et la vitesse à laquelle votre organisme le dégrade.',
          es: 'Normalmente entre nueve y dieciocho meses, según el producto, la zona y la rapidez con que tu cuerpo lo reabsorbe.',
          ar: 'عادةً بين تسعة وثمانية عشر شهرًا، بحسب المنتج والمنطقة وسرعة تكسيره في جسمك.',
        },
      },
      {
        question: {
          en: 'Can I go back to work afterwards?',
          de: 'Kann ich danach wieder arbeiten?',
          fr: 'Puis-je retourner au travail juste après ?',
          es: '¿Puedo volver al trabajo después?',
          ar: 'هل يمكنني العودة إلى العمل بعد العلاج؟',
        },
        answer: {
          en: 'Most people return to work the same day. Avoid intense exercise, saunas and pressing on the area for the first 24 hours.',
          de: 'Die meisten arbeiten noch am selben Tag weiter. Meiden Sie in den ersten 24 Stunden intensiven Sport, Sauna und Druck auf die Stelle.',
          fr: 'La plupart des personnes reprennent le travail le jour même. Évitez le sport intense, le sauna et toute pression sur la zone pendant 24 heures.',
          es: 'La mayoría vuelve al trabajo el mismo día. Evita el ejercicio intenso, la sauna y presionar la zona durante las primeras 24 horas.',
          ar: 'يعود معظم الناس إلى العمل في اليوم نفسه. تجنّب التمارين الشاقة والساونا والضغط على المنطقة خلال أول 24 ساعة.',
        },
      },
    ],
    body: localizedRichText({
      en: [
        'With age the cheeks lose fat and support, which deepens the folds between nose and mouth. Restoring volume in the cheeks often softens these folds too.',
        'The result is immediate and looks most natural after a week, once any swelling has gone down.',
      ],
      de: [
        'Mit dem Alter verlieren die Wangen Fett und Halt, wodurch sich die Falten zwischen Nase und Mund vertiefen. Volumen in den Wangen mildert oft auch diese Falten.',
        'Das Ergebnis ist sofort sichtbar und wirkt nach einer Woche, wenn die Schwellung abgeklungen ist, am natürlichsten.',
      ],
      fr: [
        'Avec l’âge, les joues perdent de la graisse et du soutien, ce qui creuse les plis entre le nez et la bouche. Redonner du volume aux pommettes atténue souvent aussi ces plis.',
        'Le résultat est immédiat et paraît le plus naturel au bout d’une semaine, une fois le gonflement disparu.',
      ],
      es: [
        'Con la edad, las mejillas pierden grasa y soporte, lo que marca más los pliegues entre la nariz y la boca. Devolver volumen a los pómulos suele suavizar también estos pliegues.',
        'El resultado es inmediato y se ve más natural al cabo de una semana, cuando ha bajado la inflamación.',
      ],
      ar: [
        'مع التقدم في العمر تفقد الخدود الدهون والدعم، فتتعمق الطيات بين الأنف والفم. وغالبًا ما يخفف تعويض حجم الخدين هذه الطيات أيضًا.',
        'النتيجة فورية، وتبدو أكثر طبيعية بعد أسبوع عندما يزول أي تورم.',
      ],
    }),
  },
  {
    slug: 'calcium-hydroxylapatite-filler',
    _status: 'published',
    kind: 'dermal-filler',
    name: {
      en: 'Calcium hydroxylapatite filler',
      de: 'Calciumhydroxylapatit-Filler',
      fr: 'Produit de comblement à l’hydroxyapatite de calcium',
      es: 'Relleno de hidroxiapatita cálcica',
      ar: 'فيلر هيدروكسيلاباتيت الكالسيوم',
    },
    substance: {
      en: 'Calcium hydroxylapatite',
      de: 'Calciumhydroxylapatit',
      fr: 'Hydroxyapatite de calcium',
      es: 'Hidroxiapatita cálcica',
      ar: 'هيدروكسيلاباتيت الكالسيوم',
    },
    summary: {
      en: 'A denser filler for the jawline, chin and cheeks that restores volume and encourages the skin to build its own collagen.',
      de: 'Ein dichterer Filler für Kieferlinie, Kinn und Wangen, der Volumen aufbaut und die Haut anregt, eigenes Kollagen zu bilden.',
      fr: 'Un produit plus dense pour la mâchoire, le menton et les pommettes, qui restaure le volume et stimule la production de collagène.',
      es: 'Un relleno más denso para la mandíbula, el mentón y los pómulos que devuelve volumen y estimula la producción de colágeno propio.',
      ar: 'فيلر أكثر كثافة لخط الفك والذقن والخدين، يعيد الحجم ويحفّز البشرة على إنتاج الكولاجين الخاص بها.',
    },
    mechanism: 'stimulates-collagen',
    howItWorks: {
      en: 'Tiny mineral particles in a gel add volume at once; as the gel is absorbed, the particles prompt new collagen that keeps the support.',
      de: 'Winzige Mineralpartikel in einem Gel geben sofort Volumen; während das Gel abgebaut wird, regen die Partikel neues Kollagen an, das die Stütze erhält.',
      fr: 'De minuscules particules minérales dans un gel donnent du volume tout de suite ; à mesure que le gel se résorbe, elles stimulent un nouveau collagène qui maintient le soutien.',
      es: 'Diminutas partículas minerales en un gel aportan volumen al momento; cuando el gel se reabsorbe, estimulan colágeno nuevo que mantiene el soporte.',
      ar: 'تضيف جزيئات معدنية دقيقة داخل جل حجمًا فوريًا، ومع امتصاص الجل تحفّز هذه الجزيئات تكوين كولاجين جديد يحافظ على الدعم.',
    },
    linesTreated: ['static', 'volume-loss'],
    faceAreas: ['cheeks', 'jawline', 'chin', 'nasolabial-folds'],
    onset: { firstEffectDays: 0, fullEffectDays: 0 },
    durationMonths: { min: 12, max: 18 },
    sessionMinutes: { min: 30, max: 45 },
    downtime: 'minimal',
    commonSideEffects: ['swelling', 'bruising', 'tenderness', 'redness'],
    rareRisks: ['infection', 'lumps', 'vascular-occlusion', 'nerve-damage'],
    prescriptionOnly: false,
    faq: [
      {
        question: {
          en: 'Is it suitable for the lips?',
          de: 'Eignet er sich für die Lippen?',
          fr: 'Convient-il pour les lèvres ?',
          es: '¿Sirve para los labios?',
          ar: 'هل يناسب الشفاه؟',
        },
        answer: {
          en: 'No. It is too firm for the lips and the area around the eyes; hyaluronic acid is used there instead.',
          de: 'Nein. Für Lippen und Augenpartie ist er zu fest; dort wird stattdessen Hyaluronsäure verwendet.',
          fr: 'Non. Il est trop ferme pour les lèvres et le contour des yeux ; on y utilise plutôt l’acide hyaluronique.',
          es: 'No. Es demasiado firme para los labios y el contorno de ojos; allí se usa ácido hialurónico.',
          ar: 'لا. فهو أكثر صلابة من أن يناسب الشفاه ومحيط العينين، ويُستخدم حمض الهيالورونيك فيهما بدلًا منه.',
        },
      },
      {
        question: {
          en: 'Can it be reversed?',
          de: 'Lässt sich die Behandlung rückgängig machen?',
          fr: 'Peut-on revenir en arrière ?',
          es: '¿Se puede revertir?',
          ar: 'هل يمكن عكس النتيجة؟',
        },
        answer: {
          en: 'Unlike hyaluronic acid, it cannot be dissolved with an enzyme, which is why a careful consultation matters even more.',
          de: 'Anders als Hyaluronsäure lässt er sich nicht mit einem Enzym auflösen; umso wichtiger ist eine sorgfältige Beratung.',
          fr: 'Contrairement à l’acide hyaluronique, il ne peut pas être dissous par une enzyme : une consultation attentive est donc d’autant plus importante.',
          es: 'A diferencia del ácido hialurónico, no se puede disolver con una enzima, por eso una consulta cuidadosa es aún más importante.',
          ar: 'على عكس حمض الهيالورونيك، لا يمكن إذابته بإنزيم، ولهذا تزداد أهمية الاستشارة الدقيقة.',
        },
      },
    ],
    body: localizedRichText({
      en: [
        'This filler suits areas that need structure rather than softness: a defined jawline, a balanced chin or higher cheekbones.',
        'Results are visible straight away and usually last twelve to eighteen months as the skin’s own collagen takes over.',
      ],
      de: [
        'Dieser Filler eignet sich für Bereiche, die Struktur statt Weichheit brauchen: eine klare Kieferlinie, ein ausgewogenes Kinn oder höhere Wangenknochen.',
        'Das Ergebnis ist sofort sichtbar und hält meist zwölf bis achtzehn Monate, weil das körpereigene Kollagen die Stütze übernimmt.',
      ],
      fr: [
        'Ce produit convient aux zones qui demandent de la structure plutôt que de la souplesse : une mâchoire dessinée, un menton équilibré ou des pommettes plus hautes.',
        'Le résultat est visible immédiatement et dure en général douze à dix-huit mois, le collagène de la peau prenant le relais.',
      ],
      es: [
        'Este relleno es adecuado para zonas que necesitan estructura más que suavidad: una mandíbula definida, un mentón equilibrado o unos pómulos más altos.',
        'El resultado se ve enseguida y suele durar de doce a dieciocho meses, porque el colágeno propio de la piel toma el relevo.',
      ],
      ar: [
        'يناسب هذا الفيلر المناطق التي تحتاج إلى بنية أكثر من النعومة: خط فك واضح، أو ذقن متوازن، أو عظام وجنتين أعلى.',
        'تظهر النتيجة فورًا وتدوم عادةً من اثني عشر إلى ثمانية عشر شهرًا، إذ يتولى كولاجين البشرة الدعم.',
      ],
    }),
  },
]

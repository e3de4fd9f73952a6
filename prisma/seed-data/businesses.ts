// The business registry: fictional companies from Russia, Pakistan and the wider corridor.
// Company names, websites, e-mails and phone numbers are invented (".example" domains) so that
// no real firm appears to be endorsed. Tags come from one shared vocabulary so that one side's
// offers meet the other side's needs in matchmaking.
import { BusinessSize, IntroductionStatus } from "../../lib/generated/prisma/enums";
import type { BusinessTextField } from "../../lib/businesses/content";
import { addDays, type SeedDb, type Translations } from "./util";

/** Matchmaking keywords shared by offerTags and seekTags. */
export const BUSINESS_TAGS = [
  // goods
  "textile machinery", "spare parts", "machine tools", "cnc machining", "auto parts", "trucks",
  "agricultural machinery", "power equipment", "transformers", "solar panels", "oil and gas equipment",
  "steel", "steel pipes", "polymers", "petrochemicals", "packaging", "cotton fibre", "cotton yarn",
  "denim fabric", "home textiles", "knitwear", "leather goods", "sports goods", "surgical instruments",
  "medical devices", "pharmaceuticals", "rice", "spices", "citrus fruit", "mangoes", "halal meat",
  "wheat", "pulses", "sunflower oil", "tea", "dried fruit", "saffron", "marble", "construction materials",
  // services
  "distribution", "retail", "after-sales service", "freight forwarding", "rail freight", "road freight",
  "cold chain logistics", "port services", "customs brokerage", "trade finance", "payment services",
  "software development", "it outsourcing", "erp systems", "machine learning", "cybersecurity",
  "engineering services", "installation services", "regulatory services", "education services",
  "university admissions", "student recruitment", "translation services",
] as const;
export type BusinessTag = (typeof BUSINESS_TAGS)[number];

export interface BusinessSeed {
  slug: string;
  name: string;
  country: "RU" | "PK" | "CN" | "KZ" | "IR" | "AE" | "KE" | "EG";
  region: string;
  city: string;
  size: BusinessSize;
  offers: string;
  seeks: string;
  translations: Translations<BusinessTextField>;
  offerTags: BusinessTag[];
  seekTags: BusinessTag[];
  languages: string[];
  website: string;
  contactPerson: string;
  contactEmail: string;
  contactPhone: string;
  /** Finer sector slugs (see sectors.ts). */
  sectors: string[];
  verified: boolean;
  /** Owned by the business demo account. */
  ownedByDemoUser?: boolean;
}

const { MICRO, SMALL, MEDIUM, LARGE } = BusinessSize;

export const BUSINESSES: BusinessSeed[] = [
  // ─────────────── Russia: Tatarstan ───────────────
  {
    slug: "kama-precision-machining",
    name: "Kama Precision Machining LLC",
    country: "RU",
    region: "Tatarstan",
    city: "Naberezhnye Chelny",
    size: MEDIUM,
    offers: "Contract CNC turning, milling and grinding of precision steel parts up to two metres long, and machine tools refurbished in our own workshop.",
    seeks: "Distributors and service workshops in Pakistan and Central Asia for our spare parts and machine tools.",
    translations: {
      ru: {
        offers:
          "Контрактная токарная, фрезерная и шлифовальная обработка на станках с ЧПУ прецизионных стальных деталей длиной до двух метров, а также станки, восстановленные в нашем собственном цехе.",
        seeks:
          "Дистрибьюторы и сервисные мастерские в Пакистане и Центральной Азии для наших запчастей и станков.",
      },
      ur: {
        offers:
          "دو میٹر تک لمبے، باریک پیمائش والے فولادی پرزوں کی ٹھیکے پر سی این سی ٹرننگ، ملنگ اور گرائنڈنگ، اور ہماری اپنی ورکشاپ میں از سرِ نو تیار کیے گئے مشینی اوزار۔",
        seeks:
          "پاکستان اور وسطی ایشیا میں ہمارے فاضل پرزوں اور مشینی اوزاروں کے لیے ڈسٹری بیوٹرز اور سروس ورکشاپس۔",
      },
      zh: {
        offers:
          "承接长度达两米的精密钢制零件数控车削、铣削和磨削加工，并提供自有车间翻新的机床。",
        seeks:
          "巴基斯坦和中亚地区能经销我们备件和机床的经销商及维修服务车间。",
      },
      fa: {
        offers:
          "تراشکاری، فرزکاری و سنگ‌زنی سفارشی CNC قطعات فولادی دقیق تا طول دو متر، و ماشین‌ابزارهای بازسازی‌شده در کارگاه خودمان.",
        seeks:
          "توزیع‌کنندگان و کارگاه‌های خدمات در پاکستان و آسیای مرکزی برای قطعات یدکی و ماشین‌ابزارهای ما.",
      },
    },
    offerTags: ["cnc machining", "machine tools", "auto parts"],
    seekTags: ["distribution", "after-sales service"],
    languages: ["ru", "tt", "en"],
    website: "https://kama-precision.example",
    contactPerson: "Rustam Khairullin",
    contactEmail: "r.khairullin@kama-precision.example",
    contactPhone: "+7 8552 47-10-21",
    sectors: ["machinery", "metals"],
    verified: true,
  },
  {
    slug: "chelny-truck-components",
    name: "Chelny Heavy Truck Components LLC",
    country: "RU",
    region: "Tatarstan",
    city: "Naberezhnye Chelny",
    size: LARGE,
    offers: "Heavy trucks and dump trucks, assembly kits and drivetrain components, with training for local service workshops.",
    seeks: "A dealer and assembly partner in Pakistan, and freight forwarders to ship kits overland through Central Asia.",
    translations: {
      ru: {
        offers:
          "Тяжёлые грузовики и самосвалы, машинокомплекты для сборки и компоненты трансмиссии, а также обучение местных сервисных мастерских.",
        seeks:
          "Дилер и партнёр по сборке в Пакистане, а также экспедиторы для доставки машинокомплектов по суше через Центральную Азию.",
      },
      ur: {
        offers:
          "ہیوی ٹرک اور ڈمپر، اسمبلی کٹس اور ڈرائیو ٹرین کے پرزے، نیز مقامی سروس ورکشاپس کے لیے تربیت۔",
        seeks:
          "پاکستان میں ایک ڈیلر اور اسمبلی پارٹنر، اور ایسے فریٹ فارورڈرز جو کٹس کو وسطی ایشیا کے راستے زمینی طور پر پہنچا سکیں۔",
      },
      zh: {
        offers:
          "重型卡车和自卸车、组装套件及传动系统部件，并为当地维修车间提供培训。",
        seeks:
          "巴基斯坦的经销商和组装合作伙伴，以及经中亚陆路运输套件的货运代理。",
      },
      fa: {
        offers:
          "کامیون‌های سنگین و کمپرسی، کیت‌های مونتاژ و قطعات سیستم انتقال قدرت، همراه با آموزش برای کارگاه‌های خدمات محلی.",
        seeks:
          "یک نماینده فروش و شریک مونتاژ در پاکستان، و شرکت‌های حمل‌ونقل بین‌المللی برای ارسال زمینی کیت‌ها از مسیر آسیای مرکزی.",
      },
    },
    offerTags: ["trucks", "auto parts", "after-sales service"],
    seekTags: ["distribution", "freight forwarding"],
    languages: ["ru", "tt", "en"],
    website: "https://chelny-truck.example",
    contactPerson: "Aigul Sabirova",
    contactEmail: "export@chelny-truck.example",
    contactPhone: "+7 8552 39-44-05",
    sectors: ["automotive", "machinery"],
    verified: true,
  },
  {
    slug: "kazan-textile-machinery-works",
    name: "Kazan Textile Machinery Works JSC",
    country: "RU",
    region: "Tatarstan",
    city: "Kazan",
    size: MEDIUM,
    offers: "Spinning and weaving machinery, spare parts for rapier looms, and engineering services for modernising textile mills.",
    seeks: "Agents in Pakistan's textile cities who can sell our machines and provide after-sales service.",
    translations: {
      ru: {
        offers:
          "Прядильное и ткацкое оборудование, запасные части для рапирных ткацких станков и инжиниринговые услуги по модернизации текстильных фабрик.",
        seeks:
          "Агенты в текстильных городах Пакистана, которые смогут продавать наше оборудование и обеспечивать послепродажное обслуживание.",
      },
      ur: {
        offers:
          "کتائی اور بُنائی کی مشینری، ریپیئر لومز کے فاضل پرزے، اور ٹیکسٹائل ملوں کو جدید بنانے کے لیے انجینئرنگ خدمات۔",
        seeks:
          "پاکستان کے ٹیکسٹائل شہروں میں ایسے ایجنٹ جو ہماری مشینیں فروخت کر سکیں اور فروخت کے بعد سروس فراہم کر سکیں۔",
      },
      zh: {
        offers:
          "纺纱和织造机械、剑杆织机备件，以及纺织厂现代化改造工程服务。",
        seeks:
          "巴基斯坦各纺织城市中能够销售我们的机器并提供售后服务的代理商。",
      },
      fa: {
        offers:
          "ماشین‌آلات ریسندگی و بافندگی، قطعات یدکی دستگاه‌های بافندگی راپیری و خدمات مهندسی برای نوسازی کارخانه‌های نساجی.",
        seeks:
          "نمایندگانی در شهرهای نساجی پاکستان که بتوانند دستگاه‌های ما را بفروشند و خدمات پس از فروش ارائه دهند.",
      },
    },
    offerTags: ["textile machinery", "spare parts", "engineering services"],
    seekTags: ["distribution", "after-sales service"],
    languages: ["ru", "tt", "en"],
    website: "https://kazan-textmash.example",
    contactPerson: "Ildar Galiev",
    contactEmail: "i.galiev@kazan-textmash.example",
    contactPhone: "+7 843 221-37-90",
    sectors: ["machinery", "textiles", "engineering-consulting"],
    verified: true,
  },
  {
    slug: "yelabuga-polyfilm",
    name: "Yelabuga PolyFilm Technologies LLC",
    country: "RU",
    region: "Tatarstan",
    city: "Yelabuga (Alabuga SEZ)",
    size: LARGE,
    offers: "Polypropylene and polyethylene granules, petrochemical intermediates and flexible packaging films produced in the Alabuga special economic zone.",
    seeks: "Importers and distributors in South Asia, and port and forwarding partners for deliveries through Karachi or Gwadar.",
    translations: {
      ru: {
        offers:
          "Гранулы полипропилена и полиэтилена, нефтехимические полупродукты и гибкие упаковочные плёнки производства особой экономической зоны «Алабуга».",
        seeks:
          "Импортёры и дистрибьюторы в Южной Азии, а также портовые и экспедиторские партнёры для поставок через Карачи или Гвадар.",
      },
      ur: {
        offers:
          "پولی پروپیلین اور پولی ایتھیلین کے دانے، پیٹروکیمیکل درمیانی مصنوعات اور لچک دار پیکیجنگ فلمیں، جو الابوگا خصوصی اقتصادی زون میں تیار کی جاتی ہیں۔",
        seeks:
          "جنوبی ایشیا میں درآمد کنندگان اور ڈسٹری بیوٹرز، اور کراچی یا گوادر کے راستے ترسیل کے لیے بندرگاہی اور فارورڈنگ شراکت دار۔",
      },
      zh: {
        offers:
          "阿拉布加经济特区生产的聚丙烯和聚乙烯颗粒、石化中间体及软包装薄膜。",
        seeks:
          "南亚的进口商和经销商，以及经卡拉奇或瓜达尔港交货的港口和货运代理合作伙伴。",
      },
      fa: {
        offers:
          "گرانول پلی‌پروپیلن و پلی‌اتیلن، محصولات واسطه پتروشیمی و فیلم‌های بسته‌بندی انعطاف‌پذیر، تولیدشده در منطقه ویژه اقتصادی آلابوگا.",
        seeks:
          "واردکنندگان و توزیع‌کنندگان در جنوب آسیا، و شرکای بندری و حمل‌ونقل برای تحویل از طریق کراچی یا گوادر.",
      },
    },
    offerTags: ["polymers", "petrochemicals", "packaging"],
    seekTags: ["distribution", "port services", "freight forwarding"],
    languages: ["ru", "tt", "en", "zh"],
    website: "https://yelabuga-polyfilm.example",
    contactPerson: "Marat Zakirov",
    contactEmail: "sales@yelabuga-polyfilm.example",
    contactPhone: "+7 85557 5-32-18",
    sectors: ["chemicals"],
    verified: true,
  },
  {
    slug: "volga-grain-export",
    name: "Volga Grain & Pulses Export LLC",
    country: "RU",
    region: "Tatarstan",
    city: "Kazan",
    size: MEDIUM,
    offers: "Milling wheat, dried peas and lentils, and sunflower oil from farms in the Volga region, shipped in bulk or in bags.",
    seeks: "Basmati rice and citrus suppliers for the Russian market, and port partners for return cargo.",
    translations: {
      ru: {
        offers:
          "Мукомольная пшеница, сушёный горох, чечевица и подсолнечное масло с ферм Поволжья с отгрузкой навалом или в мешках.",
        seeks:
          "Поставщики риса басмати и цитрусовых для российского рынка, а также портовые партнёры для обратных грузов.",
      },
      ur: {
        offers:
          "وولگا کے علاقے کے فارموں سے آٹے والی گندم، خشک مٹر، مسور اور سورج مکھی کا تیل، کھلی حالت میں (بلک) یا بوریوں میں ترسیل کے ساتھ۔",
        seeks:
          "روسی منڈی کے لیے باسمتی چاول اور ترشاوہ پھلوں کے سپلائرز، اور واپسی کے سامان کے لیے بندرگاہی شراکت دار۔",
      },
      zh: {
        offers:
          "来自伏尔加地区农场的制粉小麦、干豌豆、小扁豆和葵花籽油，可散装或袋装发运。",
        seeks:
          "面向俄罗斯市场的巴斯马蒂大米和柑橘供应商，以及承运回程货物的港口合作伙伴。",
      },
      fa: {
        offers:
          "گندم آردی، نخود فرنگی خشک، عدس و روغن آفتابگردان از مزارع منطقه ولگا، به‌صورت فله یا کیسه‌ای.",
        seeks:
          "تأمین‌کنندگان برنج باسماتی و مرکبات برای بازار روسیه، و شرکای بندری برای بار برگشتی.",
      },
    },
    offerTags: ["wheat", "pulses", "sunflower oil"],
    seekTags: ["rice", "citrus fruit", "port services"],
    languages: ["ru", "tt", "en"],
    website: "https://volga-grain.example",
    contactPerson: "Elvira Nurieva",
    contactEmail: "e.nurieva@volga-grain.example",
    contactPhone: "+7 843 590-12-64",
    sectors: ["agri-food", "import-export"],
    verified: true,
  },
  {
    slug: "kazan-study-bridge",
    name: "Kazan Study Bridge LLC",
    country: "RU",
    region: "Tatarstan",
    city: "Kazan",
    size: SMALL,
    offers: "Admission support for Russian universities (medicine, engineering, IT), a preparatory Russian-language year, and certified translation of documents.",
    seeks: "Education agencies in Pakistan that recruit students and help families with applications.",
    translations: {
      ru: {
        offers:
          "Помощь с поступлением в российские вузы (медицина, инженерия, ИТ), подготовительный год русского языка и заверенный перевод документов.",
        seeks:
          "Образовательные агентства в Пакистане, которые набирают студентов и помогают семьям с подачей документов.",
      },
      ur: {
        offers:
          "روسی جامعات (طب، انجینئرنگ، آئی ٹی) میں داخلے میں مدد، روسی زبان کا ایک سالہ تیاری کورس، اور دستاویزات کا تصدیق شدہ ترجمہ۔",
        seeks:
          "پاکستان میں تعلیمی ایجنسیاں جو طلبہ کو داخلے دلواتی ہیں اور خاندانوں کی درخواستیں جمع کرانے میں مدد کرتی ہیں۔",
      },
      zh: {
        offers:
          "提供俄罗斯高校（医学、工程、信息技术）入学申请支持、俄语预科一年课程以及经认证的文件翻译。",
        seeks:
          "在巴基斯坦招收学生并协助家庭办理申请的教育中介机构。",
      },
      fa: {
        offers:
          "پشتیبانی پذیرش در دانشگاه‌های روسیه (پزشکی، مهندسی، فناوری اطلاعات)، یک سال پیش‌دانشگاهی زبان روسی و ترجمه رسمی مدارک.",
        seeks:
          "مؤسسه‌های آموزشی در پاکستان که دانشجو جذب می‌کنند و به خانواده‌ها در روند درخواست پذیرش کمک می‌کنند.",
      },
    },
    offerTags: ["university admissions", "education services", "translation services"],
    seekTags: ["student recruitment"],
    languages: ["ru", "tt", "en", "ur"],
    website: "https://kazan-study-bridge.example",
    contactPerson: "Dinar Safin",
    contactEmail: "admissions@kazan-study-bridge.example",
    contactPhone: "+7 843 202-48-11",
    sectors: ["education"],
    verified: true,
  },

  // ─────────────── Russia: Moscow, St Petersburg, Siberia, Urals ───────────────
  {
    slug: "moscow-halal-food-distribution",
    name: "Moscow Halal Food Distribution LLC",
    country: "RU",
    region: "Moscow",
    city: "Moscow",
    size: MEDIUM,
    offers: "Distribution to halal shops and restaurants across the Moscow region, with our own cold-chain warehouse and delivery fleet.",
    seeks: "Exporters of basmati rice, mangoes, kinnow, spices and halal meat with reliable certification.",
    translations: {
      ru: {
        offers:
          "Дистрибуция в халяльные магазины и рестораны по всему Московскому региону, собственный склад с холодовой цепью и свой парк доставки.",
        seeks:
          "Экспортёры риса басмати, манго, кинну, специй и халяльного мяса с надёжной сертификацией.",
      },
      ur: {
        offers:
          "ماسکو کے پورے علاقے میں حلال دکانوں اور ریستورانوں کو سپلائی، ہمارے اپنے کولڈ چین گودام اور ترسیلی گاڑیوں کے بیڑے کے ساتھ۔",
        seeks:
          "باسمتی چاول، آم، کینو، مصالحہ جات اور حلال گوشت کے ایسے برآمد کنندگان جن کے پاس قابلِ اعتماد سرٹیفیکیشن ہو۔",
      },
      zh: {
        offers:
          "为莫斯科地区各地的清真商店和餐馆提供配送服务，拥有自有冷链仓库和配送车队。",
        seeks:
          "具备可靠认证的巴斯马蒂大米、芒果、金诺橘、香料和清真肉类出口商。",
      },
      fa: {
        offers:
          "توزیع برای فروشگاه‌ها و رستوران‌های حلال در سراسر منطقه مسکو، با انبار زنجیره سرد و ناوگان توزیع اختصاصی.",
        seeks:
          "صادرکنندگان برنج باسماتی، انبه، کینو، ادویه و گوشت حلال با گواهی‌نامه‌های معتبر.",
      },
    },
    offerTags: ["distribution", "cold chain logistics"],
    seekTags: ["rice", "mangoes", "citrus fruit", "spices", "halal meat"],
    languages: ["ru", "en", "tt"],
    website: "https://moscow-halal-food.example",
    contactPerson: "Timur Akhmetov",
    contactEmail: "purchasing@moscow-halal-food.example",
    contactPhone: "+7 495 640-18-27",
    sectors: ["trade-distribution", "agri-food"],
    verified: true,
  },
  {
    slug: "arbat-apparel-retail",
    name: "Arbat Apparel Retail Group LLC",
    country: "RU",
    region: "Moscow",
    city: "Moscow",
    size: LARGE,
    offers: "A chain of 60 clothing and home-goods stores in central Russia and an online shop, open to new private-label suppliers.",
    seeks: "Manufacturers of denim fabric, knitwear, bed linen and towels, leather goods and sports goods for private-label collections.",
    translations: {
      ru: {
        offers:
          "Сеть из 60 магазинов одежды и товаров для дома в центральной России и интернет-магазин; открыты для новых поставщиков товаров под собственной маркой.",
        seeks:
          "Производители джинсовой ткани, трикотажа, постельного белья и полотенец, кожгалантереи и спортивных товаров для коллекций под нашей собственной маркой.",
      },
      ur: {
        offers:
          "وسطی روس میں ملبوسات اور گھریلو سامان کے 60 اسٹورز کی چین اور ایک آن لائن شاپ، جو اپنے برانڈ (پرائیویٹ لیبل) کے لیے نئے سپلائرز کو خوش آمدید کہتی ہے۔",
        seeks:
          "پرائیویٹ لیبل کلیکشنز کے لیے ڈینم کپڑے، نٹ ویئر، بیڈ لینن اور تولیوں، چمڑے کی مصنوعات اور کھیلوں کے سامان کے مینوفیکچررز۔",
      },
      zh: {
        offers:
          "在俄罗斯中部拥有60家服装和家居用品门店及一家网店，欢迎新的自有品牌供应商。",
        seeks:
          "为自有品牌系列供货的牛仔布、针织服装、床上用品和毛巾、皮具及体育用品生产商。",
      },
      fa: {
        offers:
          "زنجیره‌ای از ۶۰ فروشگاه پوشاک و لوازم خانگی در مرکز روسیه و یک فروشگاه اینترنتی، آماده همکاری با تأمین‌کنندگان جدید برای برند اختصاصی.",
        seeks:
          "تولیدکنندگان پارچه جین، پوشاک بافتنی، ملحفه و حوله، کالاهای چرمی و لوازم ورزشی برای مجموعه‌های برند اختصاصی.",
      },
    },
    offerTags: ["retail", "distribution"],
    seekTags: ["denim fabric", "knitwear", "home textiles", "leather goods", "sports goods"],
    languages: ["ru", "en"],
    website: "https://arbat-apparel.example",
    contactPerson: "Anna Volkova",
    contactEmail: "a.volkova@arbat-apparel.example",
    contactPhone: "+7 495 781-33-09",
    sectors: ["retail", "textiles"],
    verified: true,
  },
  {
    slug: "neva-power-systems",
    name: "Neva Power Systems LLC",
    country: "RU",
    region: "Saint Petersburg",
    city: "Saint Petersburg",
    size: LARGE,
    offers: "Power transformers, switchgear and small hydropower turbines, with engineering support from design to commissioning.",
    seeks: "Local engineering firms in Pakistan to install and maintain equipment for grid and hydropower projects.",
    translations: {
      ru: {
        offers:
          "Силовые трансформаторы, распределительные устройства и турбины для малых ГЭС с инженерным сопровождением от проектирования до ввода в эксплуатацию.",
        seeks:
          "Местные инжиниринговые компании в Пакистане для монтажа и обслуживания оборудования на сетевых и гидроэнергетических проектах.",
      },
      ur: {
        offers:
          "پاور ٹرانسفارمرز، سوئچ گیئر اور چھوٹے پن بجلی گھروں کی ٹربائنیں، ڈیزائن سے لے کر کمیشننگ تک انجینئرنگ معاونت کے ساتھ۔",
        seeks:
          "پاکستان میں مقامی انجینئرنگ فرمیں جو گرڈ اور پن بجلی منصوبوں کے لیے آلات نصب کریں اور ان کی دیکھ بھال کریں۔",
      },
      zh: {
        offers:
          "电力变压器、开关设备和小型水电站水轮机，提供从设计到调试投运的全程工程支持。",
        seeks:
          "能为电网和水电项目安装和维护设备的巴基斯坦本地工程公司。",
      },
      fa: {
        offers:
          "ترانسفورماتورهای قدرت، تابلوهای کلید و توربین‌های نیروگاه‌های برق‌آبی کوچک، با پشتیبانی مهندسی از طراحی تا راه‌اندازی.",
        seeks:
          "شرکت‌های مهندسی محلی در پاکستان برای نصب و نگهداری تجهیزات پروژه‌های شبکه برق و نیروگاه‌های برق‌آبی.",
      },
    },
    offerTags: ["power equipment", "transformers", "engineering services"],
    seekTags: ["installation services", "distribution"],
    languages: ["ru", "en"],
    website: "https://neva-power.example",
    contactPerson: "Nikolai Petrov",
    contactEmail: "n.petrov@neva-power.example",
    contactPhone: "+7 812 334-70-52",
    sectors: ["energy", "machinery"],
    verified: true,
  },
  {
    slug: "petersburg-medical-supply",
    name: "Petersburg Medical Supply LLC",
    country: "RU",
    region: "Saint Petersburg",
    city: "Saint Petersburg",
    size: MEDIUM,
    offers: "Distribution to hospitals and clinics in north-west Russia, and help with registering medical products with Russian regulators.",
    seeks: "Makers of surgical instruments, medical devices and generic medicines who want to enter the Russian market.",
    translations: {
      ru: {
        offers:
          "Поставки в больницы и клиники Северо-Запада России и помощь в регистрации медицинской продукции в российских регулирующих органах.",
        seeks:
          "Производители хирургических инструментов, медицинских изделий и дженериков, которые хотят выйти на российский рынок.",
      },
      ur: {
        offers:
          "شمال مغربی روس کے ہسپتالوں اور کلینکس کو سپلائی، اور روسی ریگولیٹری اداروں کے پاس طبی مصنوعات کی رجسٹریشن میں مدد۔",
        seeks:
          "جراحی آلات، طبی آلات اور جنرک ادویات بنانے والے ادارے جو روسی منڈی میں داخل ہونا چاہتے ہیں۔",
      },
      zh: {
        offers:
          "向俄罗斯西北部的医院和诊所配送产品，并协助医疗产品在俄罗斯监管机构完成注册。",
        seeks:
          "希望进入俄罗斯市场的手术器械、医疗器械和仿制药生产商。",
      },
      fa: {
        offers:
          "توزیع برای بیمارستان‌ها و درمانگاه‌های شمال غرب روسیه، و کمک به ثبت محصولات پزشکی نزد نهادهای نظارتی روسیه.",
        seeks:
          "تولیدکنندگان ابزار جراحی، تجهیزات پزشکی و داروهای ژنریک که می‌خواهند وارد بازار روسیه شوند.",
      },
    },
    offerTags: ["distribution", "regulatory services"],
    seekTags: ["surgical instruments", "medical devices", "pharmaceuticals"],
    languages: ["ru", "en"],
    website: "https://spb-medsupply.example",
    contactPerson: "Olga Smirnova",
    contactEmail: "o.smirnova@spb-medsupply.example",
    contactPhone: "+7 812 602-15-83",
    sectors: ["healthcare", "trade-distribution"],
    verified: true,
  },
  {
    slug: "akadem-code-labs",
    name: "Akadem Code Labs LLC",
    country: "RU",
    region: "Novosibirsk Oblast",
    city: "Novosibirsk",
    size: SMALL,
    offers: "Machine-learning models for document processing, cybersecurity audits, and ERP integrations, from a team in Akademgorodok.",
    seeks: "Software houses that can take on outsourced development and support for our clients in English-speaking markets.",
    translations: {
      ru: {
        offers:
          "Модели машинного обучения для обработки документов, аудит кибербезопасности и интеграция ERP-систем от команды из Академгородка.",
        seeks:
          "Компании-разработчики, готовые взять на аутсорсинг разработку и поддержку для наших клиентов на англоязычных рынках.",
      },
      ur: {
        offers:
          "دستاویزات کی پراسیسنگ کے لیے مشین لرننگ ماڈلز، سائبر سیکیورٹی آڈٹ اور ای آر پی انٹیگریشن، اکادیم گورودوک کی ایک ٹیم کی جانب سے۔",
        seeks:
          "ایسی سافٹ ویئر کمپنیاں جو انگریزی بولنے والی منڈیوں میں ہمارے کلائنٹس کے لیے آؤٹ سورس ڈیولپمنٹ اور سپورٹ کا کام سنبھال سکیں۔",
      },
      zh: {
        offers:
          "来自新西伯利亚科学城团队的文档处理机器学习模型、网络安全审计和ERP系统集成服务。",
        seeks:
          "能够承接外包开发、并为我们在英语市场的客户提供技术支持的软件公司。",
      },
      fa: {
        offers:
          "مدل‌های یادگیری ماشین برای پردازش اسناد، ممیزی امنیت سایبری و یکپارچه‌سازی سامانه‌های ERP، از تیمی در آکادمگورودوک.",
        seeks:
          "شرکت‌های نرم‌افزاری که بتوانند برون‌سپاری توسعه و پشتیبانی مشتریان ما در بازارهای انگلیسی‌زبان را بر عهده بگیرند.",
      },
    },
    offerTags: ["machine learning", "cybersecurity", "erp systems"],
    seekTags: ["it outsourcing", "software development"],
    languages: ["ru", "en"],
    website: "https://akadem-code.example",
    contactPerson: "Pavel Kuznetsov",
    contactEmail: "p.kuznetsov@akadem-code.example",
    contactPhone: "+7 383 363-21-40",
    sectors: ["it-software"],
    verified: true,
  },
  {
    slug: "ural-steel-and-pipe",
    name: "Ural Steel & Pipe Trading LLC",
    country: "RU",
    region: "Sverdlovsk Oblast",
    city: "Yekaterinburg",
    size: LARGE,
    offers: "Hot-rolled steel, seamless and welded steel pipes, and equipment for oil and gas wells.",
    seeks: "Stockists and distributors in Pakistan, and forwarders for rail-and-road shipments via Kazakhstan.",
    translations: {
      ru: {
        offers:
          "Горячекатаный стальной прокат, бесшовные и сварные стальные трубы, а также оборудование для нефтяных и газовых скважин.",
        seeks:
          "Складские трейдеры и дистрибьюторы в Пакистане, а также экспедиторы для железнодорожно-автомобильных перевозок через Казахстан.",
      },
      ur: {
        offers:
          "ہاٹ رولڈ اسٹیل، بغیر جوڑ اور ویلڈ شدہ فولادی پائپ، اور تیل و گیس کے کنوؤں کے آلات۔",
        seeks:
          "پاکستان میں اسٹاکسٹ اور ڈسٹری بیوٹرز، اور قازقستان کے راستے ریل اور سڑک کے ذریعے ترسیل کے لیے فارورڈرز۔",
      },
      zh: {
        offers:
          "热轧钢材、无缝和焊接钢管以及油气井设备。",
        seeks:
          "巴基斯坦的库存商和经销商，以及经哈萨克斯坦办理铁路公路联运的货运代理。",
      },
      fa: {
        offers:
          "فولاد نوردشده گرم، لوله‌های فولادی بدون درز و درزدار، و تجهیزات چاه‌های نفت و گاز.",
        seeks:
          "انبارداران و توزیع‌کنندگان در پاکستان، و شرکت‌های حمل‌ونقل برای محموله‌های ریلی و جاده‌ای از مسیر قزاقستان.",
      },
    },
    offerTags: ["steel", "steel pipes", "oil and gas equipment"],
    seekTags: ["distribution", "freight forwarding"],
    languages: ["ru", "en"],
    website: "https://ural-steelpipe.example",
    contactPerson: "Andrei Lebedev",
    contactEmail: "a.lebedev@ural-steelpipe.example",
    contactPhone: "+7 343 287-55-16",
    sectors: ["metals", "energy"],
    verified: false,
  },

  // ─────────────── Pakistan ───────────────
  {
    slug: "clocktower-denim-mills",
    name: "Clocktower Denim Mills (Pvt) Ltd",
    country: "PK",
    region: "Punjab",
    city: "Faisalabad",
    size: LARGE,
    offers: "Denim fabric in 8–14 oz weights, ring-spun cotton yarn and bed linen, made in our vertically integrated mill.",
    seeks: "Modern weaving machinery and spare parts to expand capacity, and retail buyers for private-label denim in Russia.",
    translations: {
      ru: {
        offers:
          "Джинсовая ткань плотностью 8–14 унций, хлопковая пряжа кольцевого прядения и постельное бельё с нашей фабрики полного цикла.",
        seeks:
          "Современное ткацкое оборудование и запчасти для расширения мощностей, а также розничные покупатели денима под собственной маркой в России.",
      },
      ur: {
        offers:
          "8 سے 14 اونس وزن کا ڈینم کپڑا، رنگ اسپن سوتی دھاگا اور بیڈ لینن، جو ہماری مکمل مربوط مل میں تیار ہوتے ہیں۔",
        seeks:
          "پیداواری گنجائش بڑھانے کے لیے جدید بُنائی مشینری اور فاضل پرزے، اور روس میں پرائیویٹ لیبل ڈینم کے ریٹیل خریدار۔",
      },
      zh: {
        offers:
          "8至14盎司的牛仔布、环锭纺棉纱和床上用品，均由我们的垂直一体化工厂生产。",
        seeks:
          "用于扩大产能的现代化织造机械和备件，以及俄罗斯的自有品牌牛仔布零售买家。",
      },
      fa: {
        offers:
          "پارچه جین با وزن ۸ تا ۱۴ اونس، نخ پنبه‌ای رینگ و ملحفه، تولیدشده در کارخانه یکپارچه ما.",
        seeks:
          "ماشین‌آلات مدرن بافندگی و قطعات یدکی برای افزایش ظرفیت، و خریداران خرده‌فروش در روسیه برای جین با برند اختصاصی.",
      },
    },
    offerTags: ["denim fabric", "cotton yarn", "home textiles"],
    seekTags: ["textile machinery", "spare parts", "retail"],
    languages: ["ur", "en"],
    website: "https://clocktower-denim.example",
    contactPerson: "Usman Tariq",
    contactEmail: "usman.tariq@clocktower-denim.example",
    contactPhone: "+92 41 8750 210",
    sectors: ["textiles", "import-export"],
    verified: true,
    ownedByDemoUser: true,
  },
  {
    slug: "sialkot-surgical-instruments",
    name: "Sialkot Surgical Instruments Co.",
    country: "PK",
    region: "Punjab",
    city: "Sialkot",
    size: MEDIUM,
    offers: "Stainless-steel surgical and dental instruments, CE-marked, from forceps and scissors to complete surgical sets.",
    seeks: "CNC machining capacity and machine tools, high-grade stainless steel, and medical distributors in Russia.",
    translations: {
      ru: {
        offers:
          "Хирургические и стоматологические инструменты из нержавеющей стали с маркировкой CE — от пинцетов и ножниц до полных хирургических наборов.",
        seeks:
          "Мощности для обработки на станках с ЧПУ и сами станки, высококачественная нержавеющая сталь и медицинские дистрибьюторы в России.",
      },
      ur: {
        offers:
          "اسٹین لیس اسٹیل کے جراحی اور دندان سازی کے آلات، سی ای مارک کے ساتھ، فورسیپس اور قینچیوں سے لے کر مکمل سرجیکل سیٹس تک۔",
        seeks:
          "سی این سی مشیننگ کی گنجائش اور مشینی اوزار، اعلیٰ درجے کا اسٹین لیس اسٹیل، اور روس میں طبی ڈسٹری بیوٹرز۔",
      },
      zh: {
        offers:
          "带CE认证的不锈钢外科和牙科器械，从镊子、剪刀到成套手术器械一应俱全。",
        seeks:
          "数控加工产能和机床、高等级不锈钢，以及俄罗斯的医疗器械经销商。",
      },
      fa: {
        offers:
          "ابزارهای جراحی و دندان‌پزشکی از فولاد ضدزنگ با نشان CE، از پنس و قیچی تا ست‌های کامل جراحی.",
        seeks:
          "ظرفیت ماشین‌کاری CNC و ماشین‌ابزار، فولاد ضدزنگ مرغوب، و توزیع‌کنندگان تجهیزات پزشکی در روسیه.",
      },
    },
    offerTags: ["surgical instruments", "medical devices"],
    seekTags: ["cnc machining", "machine tools", "steel", "distribution"],
    languages: ["ur", "en"],
    website: "https://sialkot-surgical.example",
    contactPerson: "Kashif Mehmood",
    contactEmail: "kashif@sialkot-surgical.example",
    contactPhone: "+92 52 3256 114",
    sectors: ["pharma-medical", "metals"],
    verified: true,
  },
  {
    slug: "kashmir-road-sports-and-leather",
    name: "Kashmir Road Sports & Leather Works",
    country: "PK",
    region: "Punjab",
    city: "Sialkot",
    size: SMALL,
    offers: "Hand-stitched footballs, cricket and boxing gear, and leather gloves and jackets made to order.",
    seeks: "Retail chains and sports distributors in Russia and Central Asia.",
    translations: {
      ru: {
        offers:
          "Футбольные мячи ручной сшивки, экипировка для крикета и бокса, а также кожаные перчатки и куртки на заказ.",
        seeks:
          "Розничные сети и дистрибьюторы спортивных товаров в России и Центральной Азии.",
      },
      ur: {
        offers:
          "ہاتھ سے سلے فٹ بال، کرکٹ اور باکسنگ کا سامان، اور آرڈر پر تیار کیے گئے چمڑے کے دستانے اور جیکٹیں۔",
        seeks:
          "روس اور وسطی ایشیا میں ریٹیل چینز اور کھیلوں کے سامان کے ڈسٹری بیوٹرز۔",
      },
      zh: {
        offers:
          "手工缝制足球、板球和拳击装备，以及按订单定制的皮手套和皮夹克。",
        seeks:
          "俄罗斯和中亚的零售连锁店及体育用品经销商。",
      },
      fa: {
        offers:
          "توپ‌های فوتبال دوخت دست، لوازم کریکت و بوکس، و دستکش و کاپشن چرمی سفارشی.",
        seeks:
          "فروشگاه‌های زنجیره‌ای و توزیع‌کنندگان لوازم ورزشی در روسیه و آسیای مرکزی.",
      },
    },
    offerTags: ["sports goods", "leather goods"],
    seekTags: ["retail", "distribution"],
    languages: ["ur", "en"],
    website: "https://kashmir-road-sports.example",
    contactPerson: "Ahsan Butt",
    contactEmail: "ahsan@kashmir-road-sports.example",
    contactPhone: "+92 52 3554 208",
    sectors: ["textiles", "import-export"],
    verified: true,
  },
  {
    slug: "anarkali-knitwear-exports",
    name: "Anarkali Knitwear Exports (Pvt) Ltd",
    country: "PK",
    region: "Punjab",
    city: "Lahore",
    size: MEDIUM,
    offers: "Cotton knitwear — T-shirts, polo shirts, sweatshirts and babywear — and towels for private labels.",
    seeks: "Knitting and finishing machinery, and retailers in Russia looking for a dependable knitwear supplier.",
    translations: {
      ru: {
        offers:
          "Хлопковый трикотаж — футболки, поло, свитшоты и одежда для малышей — и полотенца под собственные марки заказчиков.",
        seeks:
          "Вязальное и отделочное оборудование, а также розничные сети в России, которым нужен надёжный поставщик трикотажа.",
      },
      ur: {
        offers:
          "پرائیویٹ لیبلز کے لیے سوتی نٹ ویئر — ٹی شرٹس، پولو شرٹس، سویٹ شرٹس اور چھوٹے بچوں کے کپڑے — اور تولیے۔",
        seeks:
          "بُنائی اور فنشنگ کی مشینری، اور روس میں ایسے ریٹیلرز جنہیں نٹ ویئر کے قابلِ اعتماد سپلائر کی تلاش ہو۔",
      },
      zh: {
        offers:
          "为自有品牌生产纯棉针织服装——T恤、Polo衫、卫衣和婴幼儿服装——以及毛巾。",
        seeks:
          "针织和后整理机械，以及正在寻找可靠针织服装供应商的俄罗斯零售商。",
      },
      fa: {
        offers:
          "پوشاک بافتنی نخی — تی‌شرت، پیراهن پولو، سویی‌شرت و لباس نوزاد — و حوله برای برندهای اختصاصی.",
        seeks:
          "ماشین‌آلات بافندگی و تکمیل، و خرده‌فروشانی در روسیه که به دنبال تأمین‌کننده‌ای مطمئن برای پوشاک بافتنی هستند.",
      },
    },
    offerTags: ["knitwear", "home textiles"],
    seekTags: ["textile machinery", "retail"],
    languages: ["ur", "en"],
    website: "https://anarkali-knitwear.example",
    contactPerson: "Sadia Aslam",
    contactEmail: "sadia.aslam@anarkali-knitwear.example",
    contactPhone: "+92 42 3578 6620",
    sectors: ["textiles"],
    verified: true,
  },
  {
    slug: "karachi-grain-and-spice",
    name: "Karachi Grain & Spice Traders",
    country: "PK",
    region: "Sindh",
    city: "Karachi",
    size: MEDIUM,
    offers: "Basmati and IRRI rice, red chilli, turmeric and cumin, cleaned and packed at our plant near Port Qasim.",
    seeks: "Suppliers of pulses and milling wheat for the local market, and packaging film for retail rice bags.",
    translations: {
      ru: {
        offers:
          "Рис басмати и IRRI, красный перец чили, куркума и зира, очищенные и упакованные на нашем заводе у порта Касим.",
        seeks:
          "Поставщики бобовых и мукомольной пшеницы для местного рынка, а также упаковочная плёнка для розничных пакетов риса.",
      },
      ur: {
        offers:
          "باسمتی اور اِری چاول، لال مرچ، ہلدی اور زیرہ، جو پورٹ قاسم کے قریب ہمارے پلانٹ میں صاف اور پیک کیے جاتے ہیں۔",
        seeks:
          "مقامی منڈی کے لیے دالوں اور آٹے والی گندم کے سپلائرز، اور چاول کے ریٹیل تھیلوں کے لیے پیکیجنگ فلم۔",
      },
      zh: {
        offers:
          "巴斯马蒂大米和IRRI大米、红辣椒、姜黄和孜然，在我们位于卡西姆港附近的工厂清选和包装。",
        seeks:
          "面向本地市场的豆类和制粉小麦供应商，以及零售米袋用包装膜。",
      },
      fa: {
        offers:
          "برنج باسماتی و IRRI، فلفل قرمز، زردچوبه و زیره، تمیز و بسته‌بندی‌شده در کارخانه ما در نزدیکی بندر قاسم.",
        seeks:
          "تأمین‌کنندگان حبوبات و گندم آردی برای بازار داخلی، و فیلم بسته‌بندی برای کیسه‌های خرده‌فروشی برنج.",
      },
    },
    offerTags: ["rice", "spices"],
    seekTags: ["pulses", "wheat", "packaging", "distribution"],
    languages: ["ur", "en"],
    website: "https://karachi-grain-spice.example",
    contactPerson: "Faisal Memon",
    contactEmail: "faisal@karachi-grain-spice.example",
    contactPhone: "+92 21 3240 5517",
    sectors: ["agri-food", "import-export"],
    verified: true,
  },
  {
    slug: "sargodha-kinnow-growers",
    name: "Sargodha Kinnow Growers & Exporters",
    country: "PK",
    region: "Punjab",
    city: "Sargodha",
    size: SMALL,
    offers: "Kinnow mandarins from December to March and Chaunsa and Sindhri mangoes in summer, graded and waxed in our packhouse.",
    seeks: "Cold-chain logistics to Russia and Central Asia, fruit distributors, and packaging for export cartons.",
    translations: {
      ru: {
        offers:
          "Мандарины кинну с декабря по март, а летом манго сортов чаунса и синдхри, откалиброванные и покрытые воском в нашем упаковочном цехе.",
        seeks:
          "Логистика с холодовой цепью в Россию и Центральную Азию, дистрибьюторы фруктов и упаковка для экспортных коробок.",
      },
      ur: {
        offers:
          "دسمبر سے مارچ تک کینو اور گرمیوں میں چونسا اور سندھڑی آم، جنہیں ہمارے پیک ہاؤس میں درجہ بندی کے بعد موم لگایا جاتا ہے۔",
        seeks:
          "روس اور وسطی ایشیا تک کولڈ چین لاجسٹکس، پھلوں کے ڈسٹری بیوٹرز، اور برآمدی کارٹنوں کے لیے پیکیجنگ۔",
      },
      zh: {
        offers:
          "12月至次年3月供应金诺橘，夏季供应昌萨芒果和信德芒果，均在我们的包装厂分级打蜡。",
        seeks:
          "通往俄罗斯和中亚的冷链物流、水果经销商以及出口纸箱包装。",
      },
      fa: {
        offers:
          "نارنگی کینو از دسامبر تا مارس و انبه‌های چونسا و سندهری در تابستان، که در سالن بسته‌بندی ما درجه‌بندی و واکس زده می‌شوند.",
        seeks:
          "لجستیک زنجیره سرد به روسیه و آسیای مرکزی، توزیع‌کنندگان میوه، و بسته‌بندی برای کارتن‌های صادراتی.",
      },
    },
    offerTags: ["citrus fruit", "mangoes"],
    seekTags: ["cold chain logistics", "distribution", "packaging"],
    languages: ["ur", "en"],
    website: "https://sargodha-kinnow.example",
    contactPerson: "Mehwish Cheema",
    contactEmail: "mehwish@sargodha-kinnow.example",
    contactPhone: "+92 48 3712 409",
    sectors: ["agri-food"],
    verified: true,
  },
  {
    slug: "korangi-generics-pharma",
    name: "Korangi Generics Pharma (Pvt) Ltd",
    country: "PK",
    region: "Sindh",
    city: "Karachi",
    size: MEDIUM,
    offers: "Generic tablets, capsules and syrups made in a GMP-certified plant, including antibiotics and cardiovascular medicines.",
    seeks: "A partner to register our products in Russia and distribute them to pharmacies and hospitals.",
    translations: {
      ru: {
        offers:
          "Дженерики в таблетках, капсулах и сиропах, включая антибиотики и сердечно-сосудистые препараты, с завода, сертифицированного по GMP.",
        seeks:
          "Партнёр для регистрации нашей продукции в России и её поставок в аптеки и больницы.",
      },
      ur: {
        offers:
          "جی ایم پی سرٹیفائیڈ پلانٹ میں تیار کی گئی جنرک گولیاں، کیپسول اور شربت، جن میں اینٹی بائیوٹکس اور دل کی بیماریوں کی ادویات بھی شامل ہیں۔",
        seeks:
          "ایک ایسا شراکت دار جو روس میں ہماری مصنوعات رجسٹر کرائے اور انہیں فارمیسیوں اور ہسپتالوں تک پہنچائے۔",
      },
      zh: {
        offers:
          "在通过GMP认证的工厂生产的仿制药片剂、胶囊和糖浆，包括抗生素和心血管药物。",
        seeks:
          "能在俄罗斯为我们的产品办理注册、并向药店和医院配送的合作伙伴。",
      },
      fa: {
        offers:
          "قرص، کپسول و شربت‌های ژنریک تولیدشده در کارخانه‌ای با گواهی GMP، از جمله آنتی‌بیوتیک‌ها و داروهای قلبی‌عروقی.",
        seeks:
          "شریکی برای ثبت محصولات ما در روسیه و توزیع آن‌ها در داروخانه‌ها و بیمارستان‌ها.",
      },
    },
    offerTags: ["pharmaceuticals"],
    seekTags: ["regulatory services", "distribution"],
    languages: ["ur", "en"],
    website: "https://korangi-generics.example",
    contactPerson: "Dr. Ayesha Siddiqui",
    contactEmail: "a.siddiqui@korangi-generics.example",
    contactPhone: "+92 21 3506 2281",
    sectors: ["pharma-medical"],
    verified: true,
  },
  {
    slug: "warsak-marble-and-granite",
    name: "Warsak Road Marble & Granite Co.",
    country: "PK",
    region: "Khyber Pakhtunkhwa",
    city: "Peshawar",
    size: SMALL,
    offers: "Marble and granite blocks, slabs and tiles from quarries in Khyber Pakhtunkhwa, cut to size.",
    seeks: "Modern stone-cutting machine tools, and distributors of construction materials abroad.",
    translations: {
      ru: {
        offers:
          "Мраморные и гранитные блоки, слэбы и плитка из карьеров Хайбер-Пахтунхвы с резкой по размеру.",
        seeks:
          "Современные камнерезные станки и зарубежные дистрибьюторы строительных материалов.",
      },
      ur: {
        offers:
          "خیبر پختونخوا کی کانوں سے سنگِ مرمر اور گرینائٹ کے بلاک، سلیب اور ٹائلیں، مطلوبہ سائز میں کٹی ہوئی۔",
        seeks:
          "پتھر کاٹنے کی جدید مشینیں، اور بیرونِ ملک تعمیراتی سامان کے ڈسٹری بیوٹرز۔",
      },
      zh: {
        offers:
          "来自开伯尔-普赫图赫瓦省采石场的大理石和花岗岩荒料、大板及石材砖，可按尺寸切割。",
        seeks:
          "现代化石材切割机床，以及海外建材经销商。",
      },
      fa: {
        offers:
          "بلوک، اسلب و کاشی مرمر و گرانیت از معادن خیبر پختونخوا، برش‌خورده در ابعاد دلخواه.",
        seeks:
          "ماشین‌آلات مدرن برش سنگ، و توزیع‌کنندگان مصالح ساختمانی در خارج از کشور.",
      },
    },
    offerTags: ["marble", "construction materials"],
    seekTags: ["machine tools", "distribution"],
    languages: ["ur", "en"],
    website: "https://warsak-marble.example",
    contactPerson: "Irfan Khattak",
    contactEmail: "irfan@warsak-marble.example",
    contactPhone: "+92 91 5703 118",
    sectors: ["construction-materials"],
    verified: false,
  },
  {
    slug: "margalla-hills-code-studio",
    name: "Margalla Hills Code Studio (Pvt) Ltd",
    country: "PK",
    region: "Islamabad Capital Territory",
    city: "Islamabad",
    size: SMALL,
    offers: "Web and mobile software development and dedicated outsourced teams, from a 45-person studio in Islamabad.",
    seeks: "Partners with expertise in machine learning and cybersecurity to co-deliver projects.",
    translations: {
      ru: {
        offers:
          "Разработка веб- и мобильных приложений и выделенные команды на аутсорсинге от студии из 45 человек в Исламабаде.",
        seeks:
          "Партнёры с опытом в машинном обучении и кибербезопасности для совместной реализации проектов.",
      },
      ur: {
        offers:
          "اسلام آباد میں 45 افراد پر مشتمل اسٹوڈیو کی جانب سے ویب اور موبائل سافٹ ویئر ڈیولپمنٹ اور مخصوص آؤٹ سورس ٹیمیں۔",
        seeks:
          "مشین لرننگ اور سائبر سیکیورٹی میں مہارت رکھنے والے شراکت دار، تاکہ منصوبے مل کر مکمل کیے جا سکیں۔",
      },
      zh: {
        offers:
          "伊斯兰堡一家45人工作室提供网页和移动软件开发以及专属外包团队。",
        seeks:
          "在机器学习和网络安全方面具有专长、可共同交付项目的合作伙伴。",
      },
      fa: {
        offers:
          "توسعه نرم‌افزار وب و موبایل و تیم‌های برون‌سپاری اختصاصی، از یک استودیوی ۴۵ نفره در اسلام‌آباد.",
        seeks:
          "شرکایی با تخصص در یادگیری ماشین و امنیت سایبری برای اجرای مشترک پروژه‌ها.",
      },
    },
    offerTags: ["software development", "it outsourcing"],
    seekTags: ["machine learning", "cybersecurity"],
    languages: ["ur", "en"],
    website: "https://margalla-code.example",
    contactPerson: "Saad Qureshi",
    contactEmail: "saad@margalla-code.example",
    contactPhone: "+92 51 2604 377",
    sectors: ["it-software"],
    verified: true,
  },
  {
    slug: "potohar-energy-engineering",
    name: "Potohar Energy Engineering (Pvt) Ltd",
    country: "PK",
    region: "Islamabad Capital Territory",
    city: "Islamabad",
    size: SMALL,
    offers: "Electrical engineering, installation and maintenance for substations, small hydropower plants and solar farms.",
    seeks: "Suppliers of transformers, switchgear and solar panels for upcoming projects in northern Pakistan.",
    translations: {
      ru: {
        offers:
          "Электротехническое проектирование, монтаж и обслуживание подстанций, малых ГЭС и солнечных электростанций.",
        seeks:
          "Поставщики трансформаторов, распределительных устройств и солнечных панелей для предстоящих проектов на севере Пакистана.",
      },
      ur: {
        offers:
          "سب اسٹیشنوں، چھوٹے پن بجلی گھروں اور سولر فارمز کے لیے الیکٹریکل انجینئرنگ، تنصیب اور دیکھ بھال۔",
        seeks:
          "شمالی پاکستان کے آئندہ منصوبوں کے لیے ٹرانسفارمرز، سوئچ گیئر اور سولر پینلز کے سپلائرز۔",
      },
      zh: {
        offers:
          "为变电站、小型水电站和光伏电站提供电气工程、安装和维护服务。",
        seeks:
          "为巴基斯坦北部即将开展的项目供应变压器、开关设备和太阳能电池板的供应商。",
      },
      fa: {
        offers:
          "مهندسی برق، نصب و نگهداری برای پست‌های برق، نیروگاه‌های برق‌آبی کوچک و نیروگاه‌های خورشیدی.",
        seeks:
          "تأمین‌کنندگان ترانسفورماتور، تابلوی کلید و پنل خورشیدی برای پروژه‌های آینده در شمال پاکستان.",
      },
    },
    offerTags: ["engineering services", "installation services"],
    seekTags: ["power equipment", "transformers", "solar panels"],
    languages: ["ur", "en"],
    website: "https://potohar-energy.example",
    contactPerson: "Maryam Janjua",
    contactEmail: "maryam.janjua@potohar-energy.example",
    contactPhone: "+92 51 2851 640",
    sectors: ["energy", "engineering-consulting"],
    verified: true,
  },
  {
    slug: "gwadar-gateway-logistics",
    name: "Gwadar Gateway Logistics (Pvt) Ltd",
    country: "PK",
    region: "Balochistan",
    city: "Gwadar",
    size: SMALL,
    offers: "Port handling, freight forwarding and customs brokerage at Gwadar, with onward trucking to Karachi and the north.",
    seeks: "Heavy trucks for our fleet, and rail-freight partners for cargo to Central Asia and Russia.",
    translations: {
      ru: {
        offers:
          "Портовая обработка грузов, экспедирование и таможенное оформление в Гвадаре с дальнейшей автодоставкой в Карачи и на север страны.",
        seeks:
          "Тяжёлые грузовики для нашего автопарка и партнёры по железнодорожным перевозкам грузов в Центральную Азию и Россию.",
      },
      ur: {
        offers:
          "گوادر میں بندرگاہی ہینڈلنگ، فریٹ فارورڈنگ اور کسٹمز بروکریج، اور آگے کراچی اور شمالی علاقوں تک ٹرکوں کے ذریعے ترسیل۔",
        seeks:
          "اپنے بیڑے کے لیے ہیوی ٹرک، اور وسطی ایشیا اور روس تک سامان کے لیے ریل فریٹ شراکت دار۔",
      },
      zh: {
        offers:
          "在瓜达尔港提供港口装卸、货运代理和报关服务，并可通过卡车转运至卡拉奇和北部地区。",
        seeks:
          "充实车队的重型卡车，以及承运发往中亚和俄罗斯货物的铁路货运合作伙伴。",
      },
      fa: {
        offers:
          "تخلیه و بارگیری بندری، حمل‌ونقل بین‌المللی و ترخیص کالا از گمرک در گوادر، با ادامه حمل جاده‌ای به کراچی و شمال کشور.",
        seeks:
          "کامیون‌های سنگین برای ناوگان ما، و شرکای حمل ریلی برای محموله‌های آسیای مرکزی و روسیه.",
      },
    },
    offerTags: ["port services", "freight forwarding", "customs brokerage"],
    seekTags: ["trucks", "rail freight"],
    languages: ["ur", "en"],
    website: "https://gwadar-gateway.example",
    contactPerson: "Jan Muhammad Baloch",
    contactEmail: "jan.baloch@gwadar-gateway.example",
    contactPhone: "+92 86 4211 052",
    sectors: ["logistics-transport"],
    verified: true,
  },
  {
    slug: "lahore-student-pathways",
    name: "Lahore Student Pathways",
    country: "PK",
    region: "Punjab",
    city: "Lahore",
    size: MICRO,
    offers: "Counselling and application support for students from Punjab who want to study abroad.",
    seeks: "Partner universities and admission services in Russia, especially for medicine and engineering.",
    translations: {
      ru: {
        offers:
          "Консультации и помощь с подачей документов для студентов из Пенджаба, которые хотят учиться за рубежом.",
        seeks:
          "Вузы-партнёры и приёмные службы в России, особенно по медицине и инженерным специальностям.",
      },
      ur: {
        offers:
          "بیرونِ ملک تعلیم حاصل کرنے کے خواہش مند پنجاب کے طلبہ کے لیے رہنمائی اور داخلہ درخواستوں میں مدد۔",
        seeks:
          "روس میں شراکت دار جامعات اور داخلہ خدمات، خاص طور پر طب اور انجینئرنگ کے لیے۔",
      },
      zh: {
        offers:
          "为希望出国留学的旁遮普学生提供咨询和申请支持。",
        seeks:
          "俄罗斯的合作大学和招生服务机构，尤其是医学和工程专业。",
      },
      fa: {
        offers:
          "مشاوره و پشتیبانی در درخواست پذیرش برای دانشجویانی از پنجاب که می‌خواهند در خارج از کشور تحصیل کنند.",
        seeks:
          "دانشگاه‌های همکار و خدمات پذیرش در روسیه، به‌ویژه در رشته‌های پزشکی و مهندسی.",
      },
    },
    offerTags: ["student recruitment", "education services"],
    seekTags: ["university admissions"],
    languages: ["ur", "en"],
    website: "https://lahore-student-pathways.example",
    contactPerson: "Hina Rafiq",
    contactEmail: "hina@lahore-student-pathways.example",
    contactPhone: "+92 42 3587 1190",
    sectors: ["education"],
    verified: false,
  },

  // ─────────────── The wider corridor ───────────────
  {
    slug: "kashgar-khunjerab-freight",
    name: "Kashgar Khunjerab Freight Co., Ltd.",
    country: "CN",
    region: "Xinjiang",
    city: "Kashgar",
    size: MEDIUM,
    offers: "Cross-border road freight over the Khunjerab Pass, customs brokerage at Sost and Tashkurgan, and consolidation in Kashgar.",
    seeks: "Pakistani exporters of rice, kinnow and marble for the Xinjiang market.",
    translations: {
      ru: {
        offers:
          "Трансграничные автоперевозки через перевал Хунджераб, таможенное оформление в Состе и Ташкургане и консолидация грузов в Кашгаре.",
        seeks:
          "Пакистанские экспортёры риса, кинну и мрамора для рынка Синьцзяна.",
      },
      ur: {
        offers:
          "درۂ خنجراب کے راستے سرحد پار سڑک کے ذریعے مال برداری، سوست اور تاشقرغن میں کسٹمز بروکریج، اور کاشغر میں سامان کی یکجائی۔",
        seeks:
          "سنکیانگ کی منڈی کے لیے چاول، کینو اور سنگِ مرمر کے پاکستانی برآمد کنندگان۔",
      },
      zh: {
        offers:
          "经红其拉甫山口的跨境公路货运、在苏斯特和塔什库尔干的报关服务，以及在喀什的货物集拼。",
        seeks:
          "面向新疆市场的巴基斯坦大米、金诺橘和大理石出口商。",
      },
      fa: {
        offers:
          "حمل جاده‌ای برون‌مرزی از گردنه خنجراب، ترخیص گمرکی در سوست و تاشکورگان، و تجمیع بار در کاشغر.",
        seeks:
          "صادرکنندگان پاکستانی برنج، کینو و سنگ مرمر برای بازار سین‌کیانگ.",
      },
    },
    offerTags: ["road freight", "customs brokerage", "freight forwarding"],
    seekTags: ["rice", "citrus fruit", "marble"],
    languages: ["zh", "en", "ur"],
    website: "https://kashgar-khunjerab.example",
    contactPerson: "Ablikim Tursun",
    contactEmail: "ablikim@kashgar-khunjerab.example",
    contactPhone: "+86 998 282 4410",
    sectors: ["logistics-transport", "import-export"],
    verified: true,
  },
  {
    slug: "urumqi-sunfield-solar",
    name: "Urumqi Sunfield Solar Components Co., Ltd.",
    country: "CN",
    region: "Xinjiang",
    city: "Urumqi",
    size: LARGE,
    offers: "Monocrystalline solar panels, inverters and mounting systems for rooftop and utility-scale projects.",
    seeks: "Distributors and installation partners in Pakistan and Central Asia.",
    translations: {
      ru: {
        offers:
          "Монокристаллические солнечные панели, инверторы и монтажные системы для крышных установок и солнечных электростанций промышленного масштаба.",
        seeks:
          "Дистрибьюторы и монтажные партнёры в Пакистане и Центральной Азии.",
      },
      ur: {
        offers:
          "مونوکرسٹلائن سولر پینلز، انورٹرز اور ماؤنٹنگ سسٹمز، چھتوں پر لگنے والے اور بڑے پیمانے کے بجلی منصوبوں کے لیے۔",
        seeks:
          "پاکستان اور وسطی ایشیا میں ڈسٹری بیوٹرز اور تنصیب کے شراکت دار۔",
      },
      zh: {
        offers:
          "单晶硅太阳能电池板、逆变器和支架系统，适用于屋顶项目和大型地面电站项目。",
        seeks:
          "巴基斯坦和中亚的经销商及安装合作伙伴。",
      },
      fa: {
        offers:
          "پنل‌های خورشیدی تک‌کریستال، اینورتر و سازه‌های نصب برای پروژه‌های پشت‌بامی و نیروگاهی در مقیاس بزرگ.",
        seeks:
          "توزیع‌کنندگان و شرکای نصب در پاکستان و آسیای مرکزی.",
      },
    },
    offerTags: ["solar panels", "power equipment"],
    seekTags: ["distribution", "installation services"],
    languages: ["zh", "en", "ru"],
    website: "https://sunfield-solar.example",
    contactPerson: "Wang Lei",
    contactEmail: "wang.lei@sunfield-solar.example",
    contactPhone: "+86 991 468 2035",
    sectors: ["energy"],
    verified: true,
  },
  {
    slug: "almaty-grain-and-rail",
    name: "Almaty Grain & Rail Logistics LLP",
    country: "KZ",
    region: "Almaty",
    city: "Almaty",
    size: MEDIUM,
    offers: "Kazakh milling wheat and rail-freight forwarding between China, Central Asia and Russia.",
    seeks: "Rice and citrus from Pakistan for Kazakh wholesalers, and port services for southbound cargo.",
    translations: {
      ru: {
        offers:
          "Казахстанская мукомольная пшеница и экспедирование железнодорожных грузов между Китаем, Центральной Азией и Россией.",
        seeks:
          "Рис и цитрусовые из Пакистана для казахстанских оптовиков, а также портовые услуги для грузов, идущих на юг.",
      },
      ur: {
        offers:
          "قازقستان کی آٹے والی گندم، اور چین، وسطی ایشیا اور روس کے درمیان ریل کے ذریعے مال برداری کی فارورڈنگ۔",
        seeks:
          "قازق تھوک فروشوں کے لیے پاکستان سے چاول اور ترشاوہ پھل، اور جنوب کی طرف جانے والے سامان کے لیے بندرگاہی خدمات۔",
      },
      zh: {
        offers:
          "哈萨克斯坦制粉小麦，以及中国、中亚和俄罗斯之间的铁路货运代理服务。",
        seeks:
          "为哈萨克斯坦批发商供货的巴基斯坦大米和柑橘，以及南向货物的港口服务。",
      },
      fa: {
        offers:
          "گندم آردی قزاقستان و خدمات حمل ریلی بار میان چین، آسیای مرکزی و روسیه.",
        seeks:
          "برنج و مرکبات پاکستان برای عمده‌فروشان قزاق، و خدمات بندری برای محموله‌های رو به جنوب.",
      },
    },
    offerTags: ["wheat", "rail freight"],
    seekTags: ["rice", "citrus fruit", "port services"],
    languages: ["kk", "ru", "en"],
    website: "https://almaty-grain-rail.example",
    contactPerson: "Aidos Nurlanov",
    contactEmail: "a.nurlanov@almaty-grain-rail.example",
    contactPhone: "+7 727 355 6812",
    sectors: ["agri-food", "logistics-transport"],
    verified: true,
  },
  {
    slug: "mashhad-saffron-and-dried-fruit",
    name: "Mashhad Saffron & Dried Fruit Co.",
    country: "IR",
    region: "Razavi Khorasan",
    city: "Mashhad",
    size: SMALL,
    offers: "Saffron from Khorasan, barberries, raisins and pistachios, packed for retail or in bulk.",
    seeks: "Basmati rice suppliers and food distributors in the region.",
    translations: {
      ru: {
        offers:
          "Шафран из Хорасана, барбарис, изюм и фисташки в розничной упаковке или оптом.",
        seeks:
          "Поставщики риса басмати и дистрибьюторы продуктов питания в регионе.",
      },
      ur: {
        offers:
          "خراسان کا زعفران، زرشک، کشمش اور پستہ، ریٹیل پیکنگ میں یا تھوک میں۔",
        seeks:
          "خطے میں باسمتی چاول کے سپلائرز اور خوراک کے ڈسٹری بیوٹرز۔",
      },
      zh: {
        offers:
          "呼罗珊藏红花、小檗果干、葡萄干和开心果，可零售包装或散装供货。",
        seeks:
          "本地区的巴斯马蒂大米供应商和食品经销商。",
      },
      fa: {
        offers:
          "زعفران خراسان، زرشک، کشمش و پسته، در بسته‌بندی خرده‌فروشی یا فله.",
        seeks:
          "تأمین‌کنندگان برنج باسماتی و توزیع‌کنندگان مواد غذایی در منطقه.",
      },
    },
    offerTags: ["saffron", "dried fruit"],
    seekTags: ["rice", "distribution"],
    languages: ["fa", "en"],
    website: "https://mashhad-saffron.example",
    contactPerson: "Mahsa Karimi",
    contactEmail: "m.karimi@mashhad-saffron.example",
    contactPhone: "+98 51 3841 2276",
    sectors: ["agri-food", "import-export"],
    verified: true,
  },
  {
    slug: "corridor-trade-finance",
    name: "Corridor Trade Finance FZ-LLC",
    country: "AE",
    region: "Dubai",
    city: "Dubai",
    size: SMALL,
    offers: "Letters of credit, invoice financing and multi-currency payment services for trade between the Gulf, South Asia and Russia.",
    seeks: "A software partner to build our client portal and payment integrations.",
    translations: {
      ru: {
        offers:
          "Аккредитивы, финансирование под счета и мультивалютные платёжные услуги для торговли между странами Персидского залива, Южной Азией и Россией.",
        seeks:
          "Партнёр-разработчик для создания нашего клиентского портала и платёжных интеграций.",
      },
      ur: {
        offers:
          "خلیجی ممالک، جنوبی ایشیا اور روس کے درمیان تجارت کے لیے لیٹر آف کریڈٹ، انوائس فنانسنگ اور متعدد کرنسیوں میں ادائیگی کی خدمات۔",
        seeks:
          "ہمارا کلائنٹ پورٹل اور ادائیگی کے انٹیگریشنز بنانے کے لیے ایک سافٹ ویئر شراکت دار۔",
      },
      zh: {
        offers:
          "为海湾地区、南亚和俄罗斯之间的贸易提供信用证、发票融资和多币种支付服务。",
        seeks:
          "为我们开发客户门户和支付系统集成的软件合作伙伴。",
      },
      fa: {
        offers:
          "اعتبار اسنادی، تأمین مالی فاکتور و خدمات پرداخت چندارزی برای تجارت میان کشورهای خلیج فارس، جنوب آسیا و روسیه.",
        seeks:
          "شریکی نرم‌افزاری برای ساخت درگاه مشتریان و یکپارچه‌سازی‌های پرداخت ما.",
      },
    },
    offerTags: ["trade finance", "payment services"],
    seekTags: ["software development"],
    languages: ["ar", "en", "ur", "ru"],
    website: "https://corridor-tradefinance.example",
    contactPerson: "Rashid Al Mansoori",
    contactEmail: "rashid@corridor-tradefinance.example",
    contactPhone: "+971 4 398 2104",
    sectors: ["finance"],
    verified: true,
  },
  {
    slug: "mombasa-highland-tea",
    name: "Mombasa Highland Tea Exporters Ltd",
    country: "KE",
    region: "Mombasa County",
    city: "Mombasa",
    size: MEDIUM,
    offers: "Black CTC tea from Kenya's highland estates, bought at the Mombasa auction and blended to order.",
    seeks: "Tea packers and distributors in Pakistan and Central Asia, and rice for return trade.",
    translations: {
      ru: {
        offers:
          "Чёрный гранулированный чай CTC с высокогорных плантаций Кении, закупаемый на аукционе в Момбасе и купажируемый по заказу.",
        seeks:
          "Чаеразвесочные фабрики и дистрибьюторы в Пакистане и Центральной Азии, а также рис для встречной торговли.",
      },
      ur: {
        offers:
          "کینیا کے پہاڑی باغات کی سی ٹی سی کالی چائے، جو ممباسا کی نیلامی سے خریدی جاتی ہے اور آرڈر کے مطابق بلینڈ کی جاتی ہے۔",
        seeks:
          "پاکستان اور وسطی ایشیا میں چائے پیک کرنے والے ادارے اور ڈسٹری بیوٹرز، اور جوابی تجارت کے لیے چاول۔",
      },
      zh: {
        offers:
          "来自肯尼亚高地茶园的CTC红茶，在蒙巴萨拍卖会购入，可按订单拼配。",
        seeks:
          "巴基斯坦和中亚的茶叶包装商和经销商，以及用于回程贸易的大米。",
      },
      fa: {
        offers:
          "چای سیاه CTC از باغ‌های کوهستانی کنیا، خریداری‌شده از حراج مومباسا و ترکیب‌شده به سفارش مشتری.",
        seeks:
          "بسته‌بندی‌کنندگان و توزیع‌کنندگان چای در پاکستان و آسیای مرکزی، و برنج برای تجارت متقابل.",
      },
    },
    offerTags: ["tea"],
    seekTags: ["distribution", "rice"],
    languages: ["en"],
    website: "https://mombasa-highland-tea.example",
    contactPerson: "Grace Wanjiru",
    contactEmail: "grace.wanjiru@mombasa-highland-tea.example",
    contactPhone: "+254 41 222 7315",
    sectors: ["agri-food", "import-export"],
    verified: true,
  },
  {
    slug: "alexandria-long-staple-cotton",
    name: "Alexandria Long-Staple Cotton Co.",
    country: "EG",
    region: "Alexandria",
    city: "Alexandria",
    size: MEDIUM,
    offers: "Extra-long-staple Egyptian cotton lint and fine combed yarn.",
    seeks: "Modern spinning machinery and spare parts for our mill.",
    translations: {
      ru: {
        offers:
          "Египетское сверхдлинноволокнистое хлопковое волокно и тонкая гребенная пряжа.",
        seeks:
          "Современное прядильное оборудование и запасные части для нашей фабрики.",
      },
      ur: {
        offers:
          "مصر کی اضافی لمبے ریشے والی کپاس کی روئی اور باریک کومبڈ دھاگا۔",
        seeks:
          "ہماری مل کے لیے جدید کتائی مشینری اور فاضل پرزے۔",
      },
      zh: {
        offers:
          "埃及超长绒棉皮棉和高支精梳纱。",
        seeks:
          "用于我们纺纱厂的现代化纺纱机械和备件。",
      },
      fa: {
        offers:
          "پنبه محلوج مصری با الیاف بسیار بلند و نخ شانه‌شده ظریف.",
        seeks:
          "ماشین‌آلات مدرن ریسندگی و قطعات یدکی برای کارخانه ما.",
      },
    },
    offerTags: ["cotton fibre", "cotton yarn"],
    seekTags: ["textile machinery", "spare parts"],
    languages: ["ar", "en"],
    website: "https://alexandria-cotton.example",
    contactPerson: "Karim Mansour",
    contactEmail: "k.mansour@alexandria-cotton.example",
    contactPhone: "+20 3 486 1932",
    sectors: ["textiles", "agri-food"],
    verified: true,
  },
];

/**
 * Upserts businesses by slug and sets their sectors. verifiedAt is written on creation only, so a
 * verification done by staff while trying the demo is kept.
 */
export async function seedBusinesses(
  db: SeedDb,
  sectors: Map<string, string>,
  demoOwnerId: string,
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { sectors: sectorSlugs, verified, ownedByDemoUser, ...business } of BUSINESSES) {
    const fields = { ...business, ownerId: ownedByDemoUser ? demoOwnerId : null };
    const { id } = await db.business.upsert({
      where: { slug: business.slug },
      create: { ...fields, verifiedAt: verified ? now : null },
      update: fields,
      select: { id: true },
    });
    const sectorIds = sectorSlugs.map((slug) => {
      const sectorId = sectors.get(slug);
      if (!sectorId) throw new Error(`${business.slug}: unknown sector "${slug}"`);
      return sectorId;
    });
    await db.businessSector.deleteMany({ where: { businessId: id, sectorId: { notIn: sectorIds } } });
    await db.businessSector.createMany({
      data: sectorIds.map((sectorId) => ({ businessId: id, sectorId })),
      skipDuplicates: true,
    });
    ids.set(business.slug, id);
  }
  return ids;
}

interface IntroductionSeed {
  from: string;
  to: string;
  /** Who asked for it: a staff member on behalf of a company without an account, or the owner. */
  requestedBy: "admin" | "business";
  message: string;
  status: IntroductionStatus;
  createdDaysAgo: number;
  respondedDaysAgo?: number;
}

const INTRODUCTIONS: IntroductionSeed[] = [
  {
    from: "kazan-textile-machinery-works",
    to: "clocktower-denim-mills",
    requestedBy: "admin",
    message:
      "Kazan Textile Machinery Works met our team at the Center and would like to present their rapier looms and spare-parts service to Clocktower Denim. They can visit Faisalabad next month.",
    status: IntroductionStatus.PENDING,
    createdDaysAgo: 2,
  },
  {
    from: "clocktower-denim-mills",
    to: "arbat-apparel-retail",
    requestedBy: "business",
    message:
      "Assalam-o-Alaikum! We produce 8–14 oz denim and bed linen in Faisalabad and would be glad to send swatches for your private-label collections. Could we arrange a video call?",
    status: IntroductionStatus.ACCEPTED,
    createdDaysAgo: 9,
    respondedDaysAgo: 6,
  },
];

/** Creates each demo introduction once (no natural key: matched on the ordered pair). */
export async function seedIntroductions(
  db: SeedDb,
  businesses: Map<string, string>,
  users: { admin: string; business: string },
  now: Date,
): Promise<void> {
  for (const intro of INTRODUCTIONS) {
    const fromBusinessId = businesses.get(intro.from);
    const toBusinessId = businesses.get(intro.to);
    if (!fromBusinessId || !toBusinessId) throw new Error(`Introduction ${intro.from} → ${intro.to}: unknown business`);
    const exists = await db.introduction.findFirst({ where: { fromBusinessId, toBusinessId }, select: { id: true } });
    if (exists) continue;
    await db.introduction.create({
      data: {
        fromBusinessId,
        toBusinessId,
        requestedById: users[intro.requestedBy],
        message: intro.message,
        status: intro.status,
        createdAt: addDays(now, -intro.createdDaysAgo),
        respondedAt: intro.respondedDaysAgo === undefined ? null : addDays(now, -intro.respondedDaysAgo),
      },
    });
  }
}

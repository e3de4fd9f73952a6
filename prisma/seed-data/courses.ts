// Russian language courses (CEFR A1–C2) with sections taught by the demo teacher.
import { Audience, CefrLevel } from "../../lib/generated/prisma/enums";
import type { Locale } from "../../lib/i18n/locales";
import type { CourseTextField } from "../../lib/courses/content";
import {
  addDays,
  atCenterTime,
  minutesOf,
  onOrAfterWeekday,
  type CenterDay,
  type SeedDb,
  type Translations,
} from "./util";

interface MeetingSeed {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  start: string;
  end: string;
}

interface SectionSeed {
  code: string;
  /** The term starts on the Monday on or after today + this many weeks. */
  startsInWeeks: number;
  /** A room slug, or null for an online section. */
  room: string | null;
  capacity: number;
  feePkr: number;
  /** The language the teacher explains in (a portal locale). */
  instructionLanguage: Locale;
  meetings: MeetingSeed[];
}

interface CourseSeed {
  slug: string;
  title: string;
  description: string;
  translations: Translations<CourseTextField>;
  level: CefrLevel;
  audience: Audience;
  sections: SectionSeed[];
}

export const TERM_WEEKS = 12;

// One teacher (the demo teacher) takes every section, so the weekly grid below has no clashes
// for her or for any room:
//   Mon/Wed  16:30 A2 teens (Tolstoy) · 18:30 A1 adults (Tolstoy)
//   Tue/Thu  16:00 A1 kids (Tolstoy) · 18:00 B1 business (Pushkin) · 20:00 A1 adults (online)
//   Fri      16:00 A1 adults in Farsi (Tereshkova) · 18:30 C1 literature (Tolstoy)
//   Sat      09:30 A1 kids (Tereshkova) · 11:30 B2 TORFL (Tolstoy) · 15:00 A2 teens (online)
//   Sun      10:00 B2 TORFL (online) · 15:00 C2 translation (online)

export const COURSES: CourseSeed[] = [
  {
    slug: "russian-for-kids-a1",
    title: "Russian for Kids A1 (ages 7–10)",
    description:
      "A playful first course in Russian for children aged 7 to 10: the Cyrillic alphabet, greetings, numbers, colours, family and animals, learnt through songs, games, cartoons and crafts. No homework beyond short practice sheets; parents receive a weekly note on what was covered.",
    translations: {
      ru: {
        title: "Русский для детей A1 (7–10 лет)",
        description:
          "Весёлый первый курс русского языка для детей от 7 до 10 лет: кириллица, приветствия, числа, цвета, семья и животные — через песни, игры, мультфильмы и поделки. Домашних заданий нет, кроме коротких листов с упражнениями; каждую неделю родители получают записку о пройденном материале.",
      },
      ur: {
        title: "بچوں کے لیے روسی زبان A1 (عمر 7 تا 10 سال)",
        description:
          "7 سے 10 سال کے بچوں کے لیے روسی زبان کا ایک دلچسپ اور کھیل بھرا پہلا کورس: سیریلک حروفِ تہجی، سلام دعا، گنتی، رنگ، خاندان اور جانور، یہ سب گیتوں، کھیلوں، کارٹونوں اور دستکاری کے ذریعے سکھائے جاتے ہیں۔ مختصر مشقی پرچوں کے سوا کوئی ہوم ورک نہیں؛ والدین کو ہر ہفتے ایک نوٹ ملتا ہے کہ کیا پڑھایا گیا۔",
      },
      zh: {
        title: "少儿俄语 A1（7–10岁）",
        description:
          "为7至10岁儿童设计的趣味俄语入门课程：通过歌曲、游戏、动画片和手工，学习西里尔字母、问候语、数字、颜色、家庭和动物。除简短的练习单外没有其他家庭作业；家长每周会收到一份学习内容简报。",
      },
      fa: {
        title: "روسی برای کودکان A1 (۷ تا ۱۰ سال)",
        description:
          "نخستین دوره‌ای شاد و بازی‌محور در زبان روسی برای کودکان ۷ تا ۱۰ ساله: الفبای سیریلیک، احوالپرسی، اعداد، رنگ‌ها، خانواده و حیوانات، که با ترانه، بازی، کارتون و کاردستی آموخته می‌شوند. جز چند برگه تمرین کوتاه تکلیفی در کار نیست و والدین هر هفته یادداشتی درباره مطالب درس دریافت می‌کنند.",
      },
    },
    level: CefrLevel.A1,
    audience: Audience.CHILDREN,
    sections: [
      {
        code: "RUS-A1-K-01",
        startsInWeeks: 2,
        room: "tereshkova-studio",
        capacity: 14,
        feePkr: 18000,
        instructionLanguage: "ur",
        meetings: [{ weekday: 6, start: "09:30", end: "11:00" }],
      },
      {
        code: "RUS-A1-K-02",
        startsInWeeks: 2,
        room: "tolstoy-seminar-room",
        capacity: 14,
        feePkr: 18000,
        instructionLanguage: "en",
        meetings: [
          { weekday: 2, start: "16:00", end: "17:00" },
          { weekday: 4, start: "16:00", end: "17:00" },
        ],
      },
    ],
  },
  {
    slug: "teen-russian-a2",
    title: "Teen Russian A2",
    description:
      "For teenagers aged 12 to 16 who know the alphabet and basic phrases. Students learn to talk about school, hobbies, travel and daily routines, read short adapted stories and write messages, with project work on Russian music, films and sport.",
    translations: {
      ru: {
        title: "Русский для подростков A2",
        description:
          "Для подростков 12–16 лет, которые уже знают алфавит и простые фразы. Ученики учатся рассказывать о школе, увлечениях, путешествиях и распорядке дня, читают короткие адаптированные рассказы и пишут сообщения, а в проектах знакомятся с русской музыкой, кино и спортом.",
      },
      ur: {
        title: "نوجوانوں کے لیے روسی زبان A2",
        description:
          "12 سے 16 سال کے اُن نوجوانوں کے لیے جو حروفِ تہجی اور بنیادی جملے جانتے ہیں۔ طلبہ اسکول، مشاغل، سفر اور روزمرہ معمولات کے بارے میں بات کرنا، مختصر آسان کہانیاں پڑھنا اور پیغامات لکھنا سیکھتے ہیں، اور روسی موسیقی، فلموں اور کھیلوں پر پروجیکٹ بھی کرتے ہیں۔",
      },
      zh: {
        title: "青少年俄语 A2",
        description:
          "面向已掌握字母和基本短语的12至16岁青少年。学生将学习谈论学校、爱好、旅行和日常生活，阅读简短的改编故事并撰写短信，还将围绕俄罗斯音乐、电影和体育开展项目活动。",
      },
      fa: {
        title: "روسی برای نوجوانان A2",
        description:
          "برای نوجوانان ۱۲ تا ۱۶ ساله‌ای که الفبا و جمله‌های ساده را می‌دانند. زبان‌آموزان یاد می‌گیرند درباره مدرسه، سرگرمی‌ها، سفر و کارهای روزانه صحبت کنند، داستان‌های کوتاه ساده‌شده بخوانند و پیام بنویسند، و پروژه‌هایی درباره موسیقی، سینما و ورزش روسیه انجام می‌دهند.",
      },
    },
    level: CefrLevel.A2,
    audience: Audience.TEENS,
    sections: [
      {
        code: "RUS-A2-T-01",
        startsInWeeks: 3,
        room: "tolstoy-seminar-room",
        capacity: 16,
        feePkr: 22000,
        instructionLanguage: "ur",
        meetings: [
          { weekday: 1, start: "16:30", end: "18:00" },
          { weekday: 3, start: "16:30", end: "18:00" },
        ],
      },
      {
        code: "RUS-A2-T-02",
        startsInWeeks: 3,
        room: null,
        capacity: 16,
        feePkr: 20000,
        instructionLanguage: "en",
        meetings: [{ weekday: 6, start: "15:00", end: "17:00" }],
      },
    ],
  },
  {
    slug: "adult-russian-a1-evening",
    title: "Adult Russian A1 Evening",
    description:
      "A beginners' course for working adults. In twelve weeks you will read Cyrillic, introduce yourself, order food, ask for directions, shop and talk about your work and family, with a strong focus on speaking and pronunciation.",
    translations: {
      ru: {
        title: "Русский для взрослых A1, вечерняя группа",
        description:
          "Курс для начинающих для работающих взрослых. За двенадцать недель вы научитесь читать кириллицу, представляться, заказывать еду, спрашивать дорогу, делать покупки и рассказывать о своей работе и семье; особое внимание уделяется разговорной речи и произношению.",
      },
      ur: {
        title: "بالغوں کے لیے روسی زبان A1 (شام کی کلاس)",
        description:
          "ملازمت پیشہ بالغوں کے لیے ابتدائی کورس۔ بارہ ہفتوں میں آپ سیریلک پڑھنا، اپنا تعارف کرانا، کھانا منگوانا، راستہ پوچھنا، خریداری کرنا اور اپنے کام اور خاندان کے بارے میں بات کرنا سیکھیں گے؛ بول چال اور تلفظ پر خاص توجہ دی جاتی ہے۔",
      },
      zh: {
        title: "成人俄语 A1 晚间班",
        description:
          "面向在职成人的零基础课程。在十二周内，你将学会认读西里尔字母、自我介绍、点餐、问路、购物，并谈论自己的工作和家庭，课程特别注重口语和发音。",
      },
      fa: {
        title: "روسی برای بزرگسالان A1، دوره عصرگاهی",
        description:
          "دوره‌ای مقدماتی برای بزرگسالان شاغل. در دوازده هفته خواندن خط سیریلیک، معرفی خود، سفارش غذا، پرسیدن نشانی، خرید و صحبت درباره کار و خانواده‌تان را یاد می‌گیرید و تمرکز اصلی بر مکالمه و تلفظ است.",
      },
    },
    level: CefrLevel.A1,
    audience: Audience.ADULTS,
    sections: [
      {
        code: "RUS-A1-A-01",
        startsInWeeks: 2,
        room: "tolstoy-seminar-room",
        capacity: 20,
        feePkr: 25000,
        instructionLanguage: "en",
        meetings: [
          { weekday: 1, start: "18:30", end: "20:00" },
          { weekday: 3, start: "18:30", end: "20:00" },
        ],
      },
      {
        code: "RUS-A1-A-02",
        startsInWeeks: 4,
        room: null,
        capacity: 18,
        feePkr: 22000,
        instructionLanguage: "zh",
        meetings: [
          { weekday: 2, start: "20:00", end: "21:30" },
          { weekday: 4, start: "20:00", end: "21:30" },
        ],
      },
      {
        // A small group explained in Farsi, full from the start (registrations.ts enrolls two
        // learners): the catalogue shows "full — waitlist open" and the waitlist journey has a target.
        code: "RUS-A1-A-03",
        startsInWeeks: 2,
        room: "tereshkova-studio",
        capacity: 2,
        feePkr: 25000,
        instructionLanguage: "fa",
        meetings: [{ weekday: 5, start: "16:00", end: "17:30" }],
      },
    ],
  },
  {
    slug: "business-russian-b1",
    title: "Business Russian B1",
    description:
      "For professionals who already speak everyday Russian and deal with Russian partners. Covers business correspondence, phone calls, presentations, negotiations, contracts and trade-fair small talk, with case studies from Russian–Pakistani trade.",
    translations: {
      ru: {
        title: "Деловой русский язык B1",
        description:
          "Для специалистов, которые уже говорят на бытовом русском и работают с российскими партнёрами. Деловая переписка, телефонные разговоры, презентации, переговоры, договоры и непринуждённое общение на выставках, а также разбор реальных случаев из российско-пакистанской торговли.",
      },
      ur: {
        title: "کاروباری روسی زبان B1",
        description:
          "اُن پیشہ ور افراد کے لیے جو روزمرہ کی روسی بول لیتے ہیں اور روسی شراکت داروں کے ساتھ کام کرتے ہیں۔ اس کورس میں کاروباری خط و کتابت، فون کالز، پریزنٹیشنز، مذاکرات، معاہدے اور تجارتی میلوں میں ہلکی پھلکی گفتگو شامل ہیں، نیز روس اور پاکستان کی تجارت سے لی گئی عملی مثالیں بھی۔",
      },
      zh: {
        title: "商务俄语 B1",
        description:
          "面向已能用俄语进行日常交流、并与俄罗斯伙伴打交道的职场人士。课程涵盖商务信函、电话沟通、演示汇报、谈判、合同以及展会上的寒暄交流，并结合俄巴贸易中的案例进行分析。",
      },
      fa: {
        title: "روسی تجاری B1",
        description:
          "برای متخصصانی که روسی روزمره را می‌دانند و با شرکای روس سروکار دارند. مکاتبات تجاری، تماس تلفنی، ارائه، مذاکره، قرارداد و گفت‌وگوهای کوتاه در نمایشگاه‌های تجاری، همراه با بررسی نمونه‌هایی از تجارت روسیه و پاکستان.",
      },
    },
    level: CefrLevel.B1,
    audience: Audience.ADULTS,
    sections: [
      {
        code: "RUS-B1-BIZ-01",
        startsInWeeks: 3,
        room: "pushkin-boardroom",
        capacity: 12,
        feePkr: 38000,
        instructionLanguage: "en",
        meetings: [
          { weekday: 2, start: "18:00", end: "19:30" },
          { weekday: 4, start: "18:00", end: "19:30" },
        ],
      },
    ],
  },
  {
    slug: "torfl-2-exam-preparation-b2",
    title: "TORFL-2 Exam Preparation (B2)",
    description:
      "Intensive preparation for the Test of Russian as a Foreign Language, level 2 (TRKI-2), which corresponds to B2. Each week covers one part of the exam — vocabulary and grammar, reading, listening, writing and speaking — and the course ends with a full timed mock exam.",
    translations: {
      ru: {
        title: "Подготовка к ТРКИ-2 (B2)",
        description:
          "Интенсивная подготовка к Тесту по русскому языку как иностранному второго уровня (ТРКИ-2), который соответствует уровню B2. Каждую неделю разбирается одна часть экзамена — лексика и грамматика, чтение, аудирование, письмо и говорение, — а завершается курс полным пробным экзаменом на время.",
      },
      ur: {
        title: "ٹی او آر ایف ایل-2 امتحان کی تیاری (B2)",
        description:
          "غیر ملکیوں کے لیے روسی زبان کے امتحان، سطح 2 (TRKI-2) کی بھرپور تیاری، جو B2 کے برابر ہے۔ ہر ہفتے امتحان کا ایک حصہ لیا جاتا ہے — ذخیرۂ الفاظ اور گرامر، پڑھنا، سننا، لکھنا اور بولنا — اور کورس کے آخر میں مقررہ وقت کے ساتھ مکمل نمونہ امتحان ہوتا ہے۔",
      },
      zh: {
        title: "俄语等级考试 TORFL-2 备考班（B2）",
        description:
          "针对对外俄语等级考试二级（TRKI-2，相当于B2水平）的强化备考课程。每周讲练考试的一个部分——词汇与语法、阅读、听力、写作和口语——课程最后进行一次严格计时的全真模拟考试。",
      },
      fa: {
        title: "آمادگی آزمون TORFL-2 (B2)",
        description:
          "آمادگی فشرده برای آزمون زبان روسی به‌عنوان زبان خارجی، سطح ۲ (TRKI-2)، که با سطح B2 برابر است. هر هفته به یکی از بخش‌های آزمون می‌پردازد — واژگان و دستور زبان، خواندن، شنیدن، نوشتن و صحبت کردن — و دوره با یک آزمون آزمایشی کامل و زمان‌دار به پایان می‌رسد.",
      },
    },
    level: CefrLevel.B2,
    audience: Audience.ADULTS,
    sections: [
      {
        code: "RUS-B2-TORFL-01",
        startsInWeeks: 4,
        room: "tolstoy-seminar-room",
        capacity: 15,
        feePkr: 42000,
        instructionLanguage: "ru",
        meetings: [{ weekday: 6, start: "11:30", end: "14:30" }],
      },
      {
        code: "RUS-B2-TORFL-02",
        startsInWeeks: 4,
        room: null,
        capacity: 15,
        feePkr: 40000,
        instructionLanguage: "ru",
        meetings: [{ weekday: 7, start: "10:00", end: "13:00" }],
      },
    ],
  },
  {
    slug: "advanced-russian-c1-literature-media",
    title: "Advanced Russian C1: Literature & Media",
    description:
      "Close reading of short prose by Pushkin, Chekhov, Bulgakov and contemporary authors alongside current Russian newspapers, podcasts and television. Students discuss, debate and write essays, refining style and register.",
    translations: {
      ru: {
        title: "Продвинутый русский C1: литература и СМИ",
        description:
          "Вдумчивое чтение малой прозы Пушкина, Чехова, Булгакова и современных авторов наряду со свежими российскими газетами, подкастами и телепередачами. Слушатели обсуждают, спорят и пишут эссе, оттачивая стиль и владение регистрами речи.",
      },
      ur: {
        title: "اعلیٰ روسی زبان C1: ادب اور میڈیا",
        description:
          "پشکن، چیخوف، بلگاکوف اور عصرِ حاضر کے ادیبوں کی مختصر نثر کا باریک بینی سے مطالعہ، ساتھ ساتھ روس کے تازہ اخبارات، پوڈکاسٹس اور ٹیلی وژن۔ طلبہ بحث و مباحثہ کرتے اور مضامین لکھتے ہیں، اور اپنے اسلوب اور موقع محل کے مطابق زبان کے استعمال کو نکھارتے ہیں۔",
      },
      zh: {
        title: "高级俄语 C1：文学与媒体",
        description:
          "精读普希金、契诃夫、布尔加科夫及当代作家的短篇散文，同时研读当下的俄罗斯报纸、播客和电视节目。学员通过讨论、辩论和撰写文章，打磨文风，提升语体运用能力。",
      },
      fa: {
        title: "روسی پیشرفته C1: ادبیات و رسانه",
        description:
          "خوانش دقیق نثرهای کوتاه پوشکین، چخوف، بولگاکف و نویسندگان معاصر در کنار روزنامه‌ها، پادکست‌ها و برنامه‌های تلویزیونی امروز روسیه. زبان‌آموزان بحث و مناظره می‌کنند و جستار می‌نویسند و سبک نوشتار و سطح زبانی خود را پخته‌تر می‌کنند.",
      },
    },
    level: CefrLevel.C1,
    audience: Audience.ADULTS,
    sections: [
      {
        code: "RUS-C1-LIT-01",
        startsInWeeks: 5,
        room: "tolstoy-seminar-room",
        capacity: 12,
        feePkr: 40000,
        instructionLanguage: "ru",
        meetings: [{ weekday: 5, start: "18:30", end: "20:30" }],
      },
    ],
  },
  {
    slug: "mastery-russian-c2-translation",
    title: "Mastery Russian C2: Translation & Interpreting",
    description:
      "For near-native speakers who work between Russian, English and Urdu. Practice in consecutive interpreting, sight translation and the translation of business, legal and technical texts, with feedback on accuracy and style.",
    translations: {
      ru: {
        title: "Русский язык C2: письменный и устный перевод",
        description:
          "Для тех, кто владеет русским почти на уровне носителя и работает с русским, английским и урду. Практика последовательного перевода, перевода с листа и письменного перевода деловых, юридических и технических текстов с разбором точности и стиля.",
      },
      ur: {
        title: "روسی زبان میں مہارت C2: ترجمہ اور ترجمانی",
        description:
          "اُن افراد کے لیے جو روسی تقریباً اہلِ زبان کی طرح جانتے ہیں اور روسی، انگریزی اور اردو کے درمیان کام کرتے ہیں۔ تسلسل وار (کنسیکیوٹو) ترجمانی، دیکھ کر فوری ترجمے (سائٹ ٹرانسلیشن) اور کاروباری، قانونی اور تکنیکی متون کے ترجمے کی مشق، درستی اور اسلوب پر رہنمائی کے ساتھ۔",
      },
      zh: {
        title: "精通俄语 C2：笔译与口译",
        description:
          "面向俄语水平接近母语、在俄语、英语和乌尔都语之间工作的学员。练习交替传译、视译以及商务、法律和技术文本的笔译，并就准确性和文风给予反馈。",
      },
      fa: {
        title: "تسلط بر زبان روسی C2: ترجمه کتبی و شفاهی",
        description:
          "برای کسانی که روسی را تقریباً در حد زبان مادری می‌دانند و میان روسی، انگلیسی و اردو کار می‌کنند. تمرین ترجمه شفاهی پیاپی، ترجمه دیداری و ترجمه متون تجاری، حقوقی و فنی، همراه با بازخورد درباره دقت و سبک.",
      },
    },
    level: CefrLevel.C2,
    audience: Audience.ADULTS,
    sections: [
      {
        code: "RUS-C2-TR-01",
        startsInWeeks: 5,
        room: null,
        capacity: 12,
        feePkr: 45000,
        instructionLanguage: "ru",
        meetings: [{ weekday: 7, start: "15:00", end: "18:00" }],
      },
    ],
  },
];

/** Upserts courses by slug and sections by code; returns section code → id. */
export async function seedCourses(
  db: SeedDb,
  today: CenterDay,
  teacherId: string,
  rooms: Map<string, string>,
): Promise<Map<string, string>> {
  const sectionIds = new Map<string, string>();
  for (const { sections, ...course } of COURSES) {
    const { id: courseId } = await db.course.upsert({
      where: { slug: course.slug },
      create: course,
      update: course,
      select: { id: true },
    });
    for (const { code, startsInWeeks, room, meetings, ...section } of sections) {
      const roomId = room ? rooms.get(room) : null;
      if (roomId === undefined) throw new Error(`${code}: unknown room "${room}"`);
      const termStart = onOrAfterWeekday(addDays(today, startsInWeeks * 7), 1);
      const fields = {
        ...section,
        courseId,
        teacherId,
        roomId,
        online: room === null,
        termStart,
        termEnd: addDays(termStart, TERM_WEEKS * 7 - 1),
        // Enrollment closes at 18:00 Center time on the Friday before the term starts.
        enrollmentDeadline: atCenterTime(addDays(termStart, -3), 18),
      };
      // A demo database people have used may hold more enrollments than the seed's capacity (staff
      // raised it): never lower capacity below the places taken, which the database refuses anyway.
      const taken = (await db.courseSection.findUnique({ where: { code }, select: { enrolledCount: true } }))?.enrolledCount ?? 0;
      const { id } = await db.courseSection.upsert({
        where: { code },
        create: { code, ...fields },
        update: { ...fields, capacity: Math.max(fields.capacity, taken) },
        select: { id: true },
      });
      await syncMeetings(db, id, meetings);
      sectionIds.set(code, id);
    }
  }
  return sectionIds;
}

/** Rewrites a section's weekly meetings only when they differ from the seed, so ids stay stable. */
async function syncMeetings(db: SeedDb, sectionId: string, meetings: MeetingSeed[]) {
  const wanted = meetings.map((m) => ({ weekday: m.weekday, startMinute: minutesOf(m.start), endMinute: minutesOf(m.end) }));
  const key = (m: { weekday: number; startMinute: number; endMinute: number }) => `${m.weekday}/${m.startMinute}/${m.endMinute}`;
  const existing = await db.sectionMeeting.findMany({ where: { sectionId } });
  const same =
    existing.length === wanted.length &&
    existing.map(key).sort().join() === wanted.map(key).sort().join();
  if (same) return;
  await db.sectionMeeting.deleteMany({ where: { sectionId } });
  await db.sectionMeeting.createMany({ data: wanted.map((m) => ({ ...m, sectionId })) });
}

// Cultural events: a programme of films, concerts, lectures and workshops placed relative to today,
// plus calendar holidays that fall within the next two months.
import { EventCategory } from "../../lib/generated/prisma/enums";
import type { EventTextField } from "../../lib/events/content";
import { ROOMS } from "./rooms";
import {
  addDays,
  addMinutes,
  atCenterTime,
  minutesOf,
  onOrAfterWeekday,
  type CenterDay,
  type SeedDb,
  type Translations,
} from "./util";

interface EventFields {
  category: EventCategory;
  title: string;
  description: string;
  /** Every translated text but the venue, which comes with the venue below. */
  translations: Translations<Exclude<EventTextField, "venue">>;
  venue: VenueSeed;
  /** Start time, Center time. */
  start: string;
  durationMinutes: number;
  capacity: number;
  maxSeatsPerPerson: number;
  pricePkr: number;
}

/** An event on the first `weekday` (ISO, 1 = Monday) on or after today + `fromDay`. */
interface ProgrammeEvent extends EventFields {
  slug: string;
  fromDay: number;
  weekday: number;
}

/** A yearly event; its slug gets the year appended (e.g. tatiana-day-2027). */
interface HolidayEvent extends EventFields {
  key: string;
  /** Month (1–12) and day, or a function giving the date in a year (movable feasts). */
  date: { month: number; day: number } | ((year: number) => CenterDay);
}

/** Holidays are seeded when they fall within this many days from today. */
export const HOLIDAY_WINDOW_DAYS = 61;

/** Where an event takes place, as readers see it in every language. */
interface VenueSeed {
  venue: string;
  translations: Translations<"venue">;
}

/** A room as a venue: its name in each language is the room's own, so the two never disagree. */
function roomVenue(slug: string): VenueSeed {
  const room = ROOMS.find((r) => r.slug === slug);
  if (!room) throw new Error(`Venue: unknown room "${slug}"`);
  const { ru, ur, zh, fa } = room.translations;
  return { venue: room.name, translations: { ru: { venue: ru.name }, ur: { venue: ur.name }, zh: { venue: zh.name }, fa: { venue: fa.name } } };
}

const GAGARIN_HALL = roomVenue("gagarin-hall");
const TOLSTOY_ROOM = roomVenue("tolstoy-seminar-room");
const TERESHKOVA_STUDIO = roomVenue("tereshkova-studio");
const MENDELEEV_LAB = roomVenue("mendeleev-lab");
const COURTYARD: VenueSeed = {
  venue: "Center courtyard",
  translations: {
    ru: { venue: "Внутренний двор Центра" },
    ur: { venue: "مرکز کا صحن" },
    zh: { venue: "中心庭院" },
    fa: { venue: "حیاط مرکز" },
  },
};

/** An event's texts as stored: English in the columns, every other language (venue included) in `translations`. */
export function eventContent({ title, description, translations, venue }: Pick<EventFields, "title" | "description" | "translations" | "venue">) {
  const merged = (locale: keyof Translations<EventTextField>) => ({ ...translations[locale], ...venue.translations[locale] });
  const all: Translations<EventTextField> = { ru: merged("ru"), ur: merged("ur"), zh: merged("zh"), fa: merged("fa") };
  return { title, description, venue: venue.venue, translations: all };
}

export const PROGRAMME: ProgrammeEvent[] = [
  {
    slug: "film-night-solaris",
    fromDay: 3,
    weekday: 5,
    category: EventCategory.FILM,
    title: "Film Night: Solaris (Andrei Tarkovsky, 1972)",
    description:
      "Tarkovsky's philosophical science-fiction classic, based on the novel by Stanisław Lem: a psychologist is sent to a space station orbiting a mysterious ocean planet. Winner of the Grand Prix at Cannes in 1972. In Russian with English subtitles, introduced by the Center's film club.",
    translations: {
      ru: {
        title: "Киновечер: «Солярис» (Андрей Тарковский, 1972)",
        description:
          "Философская фантастическая классика Тарковского по роману Станислава Лема: психолога отправляют на космическую станцию, которая вращается вокруг загадочной планеты-океана. Лауреат Гран-при Каннского кинофестиваля 1972 года. На русском языке с английскими субтитрами, со вступительным словом киноклуба Центра.",
      },
      ur: {
        title: "فلم نائٹ: سولارس (آندرے تارکوفسکی، 1972)",
        description:
          "تارکوفسکی کی فلسفیانہ سائنس فکشن کلاسک، جو اسٹانسلاو لیم کے ناول پر مبنی ہے: ایک ماہرِ نفسیات کو ایک پراسرار سمندری سیارے کے گرد گردش کرتے خلائی اسٹیشن پر بھیجا جاتا ہے۔ 1972 میں کانز فلم فیسٹیول کا گراں پری جیتنے والی فلم۔ روسی زبان میں، انگریزی سب ٹائٹلز کے ساتھ؛ تعارف مرکز کا فلم کلب پیش کرے گا۔",
      },
      zh: {
        title: "电影之夜：《索拉里斯星》（安德烈·塔可夫斯基，1972）",
        description:
          "塔可夫斯基根据斯坦尼斯瓦夫·莱姆小说改编的哲理科幻经典：一位心理学家被派往一座环绕神秘海洋星球运行的空间站。本片荣获1972年戛纳电影节评审团大奖。俄语原声，配英文字幕，由中心电影俱乐部进行映前导赏。",
      },
      fa: {
        title: "شب فیلم: «سولاریس» (آندری تارکوفسکی، ۱۹۷۲)",
        description:
          "اثر کلاسیک و فلسفی علمی‌تخیلی تارکوفسکی بر اساس رمان استانیسواف لم: روان‌شناسی به ایستگاهی فضایی فرستاده می‌شود که به دور سیاره‌ای اقیانوسی و رازآلود می‌گردد. برنده جایزه بزرگ جشنواره کن در سال ۱۹۷۲. به زبان روسی با زیرنویس انگلیسی، با معرفی باشگاه فیلم مرکز.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 180,
    capacity: 110,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    slug: "opening-russian-empire-in-colour",
    fromDay: 5,
    weekday: 2,
    category: EventCategory.EXHIBITION_OPENING,
    title: "Exhibition Opening: The Russian Empire in Colour — Photographs by Sergey Prokudin-Gorsky",
    description:
      "Large prints of Prokudin-Gorsky's colour photographs from 1905–1915, made from his original glass plates held by the US Library of Congress: Samarkand, the Caucasus, the Urals and the people he met on the way. The opening includes a short talk on how his three-filter camera worked.",
    translations: {
      ru: {
        title: "Открытие выставки: Российская империя в цвете — фотографии Сергея Прокудина-Горского",
        description:
          "Крупноформатные отпечатки цветных фотографий Прокудина-Горского 1905–1915 годов, сделанные с его подлинных стеклянных негативов из собрания Библиотеки Конгресса США: Самарканд, Кавказ, Урал и люди, которых он встретил в пути. На открытии — короткий рассказ о том, как работала его трёхфильтровая камера.",
      },
      ur: {
        title: "نمائش کا افتتاح: رنگوں میں روسی سلطنت — سرگئی پروکودن گورسکی کی تصاویر",
        description:
          "1905 سے 1915 کے دوران کھینچی گئی پروکودن گورسکی کی رنگین تصاویر کے بڑے پرنٹس، جو امریکی لائبریری آف کانگریس میں محفوظ اُن کی اصل شیشے کی پلیٹوں سے تیار کیے گئے ہیں: سمرقند، قفقاز، یورال اور وہ لوگ جن سے وہ راستے میں ملے۔ افتتاح میں ایک مختصر گفتگو بھی ہوگی کہ اُن کا تین فلٹر والا کیمرہ کیسے کام کرتا تھا۔",
      },
      zh: {
        title: "展览开幕：彩色的俄罗斯帝国——谢尔盖·普罗库金-戈尔斯基摄影作品",
        description:
          "大幅展出普罗库金-戈尔斯基1905至1915年间拍摄的彩色照片，均以美国国会图书馆收藏的原始玻璃底片制作：撒马尔罕、高加索、乌拉尔，以及他沿途遇到的人们。开幕式上还将简要介绍他的三色滤镜相机的工作原理。",
      },
      fa: {
        title: "افتتاح نمایشگاه: امپراتوری روسیه به رنگ — عکس‌های سرگئی پروکودین-گورسکی",
        description:
          "چاپ‌های بزرگ از عکس‌های رنگی پروکودین-گورسکی در سال‌های ۱۹۰۵ تا ۱۹۱۵، تهیه‌شده از صفحه‌های شیشه‌ای اصلی او که در کتابخانه کنگره آمریکا نگهداری می‌شود: سمرقند، قفقاز، اورال و مردمی که در راه دید. در مراسم افتتاح، سخنرانی کوتاهی درباره طرز کار دوربین سه‌فیلتری او ارائه می‌شود.",
      },
    },
    venue: GAGARIN_HALL,
    start: "11:00",
    durationMinutes: 120,
    capacity: 100,
    maxSeatsPerPerson: 2,
    pricePkr: 0,
  },
  {
    slug: "russian-conversation-club",
    fromDay: 6,
    weekday: 4,
    category: EventCategory.WORKSHOP,
    title: "Russian Conversation Club",
    description:
      "An informal evening of conversation in Russian with the Center's teachers and native speakers, in small groups by level (A2 and above). This week's topic: winter in Russia and in Pakistan's northern areas.",
    translations: {
      ru: {
        title: "Разговорный клуб русского языка",
        description:
          "Неформальный вечер общения на русском языке с преподавателями Центра и носителями языка, в небольших группах по уровням (от A2 и выше). Тема этой недели: зима в России и на севере Пакистана.",
      },
      ur: {
        title: "روسی گفتگو کلب",
        description:
          "مرکز کے اساتذہ اور اہلِ زبان کے ساتھ روسی زبان میں گفتگو کی ایک غیر رسمی شام، سطح کے لحاظ سے چھوٹے گروپوں میں (A2 اور اس سے اوپر)۔ اس ہفتے کا موضوع: روس اور پاکستان کے شمالی علاقوں میں سردیاں۔",
      },
      zh: {
        title: "俄语会话俱乐部",
        description:
          "与中心教师和俄语母语者一起用俄语轻松交谈的夜晚，按水平分成小组（A2及以上）。本周话题：俄罗斯和巴基斯坦北部地区的冬天。",
      },
      fa: {
        title: "باشگاه گفت‌وگوی روسی",
        description:
          "شبی غیررسمی برای گفت‌وگو به زبان روسی با معلمان مرکز و روسی‌زبانان، در گروه‌های کوچک بر اساس سطح (A2 و بالاتر). موضوع این هفته: زمستان در روسیه و در مناطق شمالی پاکستان.",
      },
    },
    venue: TOLSTOY_ROOM,
    start: "17:00",
    durationMinutes: 90,
    capacity: 20,
    maxSeatsPerPerson: 1,
    pricePkr: 0,
  },
  {
    slug: "lecture-gagarins-108-minutes",
    fromDay: 8,
    weekday: 3,
    category: EventCategory.LECTURE,
    title: "Gagarin's 108 Minutes: How Vostok 1 Flew",
    description:
      "A minute-by-minute account of the first human spaceflight on 12 April 1961: the Vostok spacecraft and its launcher, the training of the first cosmonauts, the single orbit and the landing near the Volga. With archive film and a Q&A; suitable for ages 12 and up.",
    translations: {
      ru: {
        title: "108 минут Гагарина: как летал «Восток-1»",
        description:
          "Поминутный рассказ о первом полёте человека в космос 12 апреля 1961 года: корабль «Восток» и его ракета-носитель, подготовка первых космонавтов, единственный виток вокруг Земли и приземление у Волги. С архивной кинохроникой и ответами на вопросы; для зрителей от 12 лет.",
      },
      ur: {
        title: "گاگارین کے 108 منٹ: ووستوک 1 نے کیسے پرواز کی",
        description:
          "12 اپریل 1961 کو انسان کی پہلی خلائی پرواز کی منٹ بہ منٹ روداد: ووستوک خلائی جہاز اور اسے لے جانے والا راکٹ، پہلے خلابازوں کی تربیت، زمین کے گرد واحد چکر اور دریائے وولگا کے قریب لینڈنگ۔ آرکائیو فلموں اور سوال و جواب کے ساتھ؛ 12 سال اور اس سے زائد عمر کے لیے موزوں۔",
      },
      zh: {
        title: "加加林的108分钟：东方1号的飞行历程",
        description:
          "逐分钟回顾1961年4月12日人类首次太空飞行：东方号飞船及其运载火箭、首批宇航员的训练、仅绕地球一圈的飞行，以及在伏尔加河附近的着陆。现场放映档案影像并设问答环节，适合12岁及以上观众。",
      },
      fa: {
        title: "۱۰۸ دقیقه گاگارین: پرواز وستوک ۱ چگونه انجام شد",
        description:
          "روایت دقیقه‌به‌دقیقه نخستین پرواز فضایی انسان در ۱۲ آوریل ۱۹۶۱: فضاپیمای وستوک و موشک حامل آن، آموزش نخستین کیهان‌نوردان، تنها دور گردش به دور زمین و فرود در نزدیکی رود ولگا. همراه با فیلم‌های آرشیوی و پرسش و پاسخ؛ مناسب برای ۱۲ سال به بالا.",
      },
    },
    venue: GAGARIN_HALL,
    start: "17:30",
    durationMinutes: 90,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    slug: "concert-tchaikovsky-rachmaninoff",
    fromDay: 10,
    weekday: 6,
    category: EventCategory.CONCERT,
    title: "Tchaikovsky & Rachmaninoff: A Piano Evening",
    description:
      "Pianists of the Center's music circle perform Tchaikovsky's 'The Seasons' and a selection of Rachmaninoff's preludes, including the famous Prelude in C-sharp minor. Tickets include a programme with notes in English and Urdu.",
    translations: {
      ru: {
        title: "Чайковский и Рахманинов: фортепианный вечер",
        description:
          "Пианисты музыкального кружка Центра исполнят «Времена года» Чайковского и избранные прелюдии Рахманинова, в том числе знаменитую прелюдию до-диез минор. В стоимость билета входит программка с пояснениями на английском и урду.",
      },
      ur: {
        title: "چائیکوفسکی اور رخمانینوف: پیانو کی ایک شام",
        description:
          "مرکز کے موسیقی حلقے کے پیانو نواز چائیکوفسکی کا پیانو سلسلہ دی سیزنز (سال کے موسم) اور رخمانینوف کے منتخب پریلیوڈز پیش کریں گے، جن میں سی شارپ مائنر کا مشہور پریلیوڈ بھی شامل ہے۔ ٹکٹ کے ساتھ انگریزی اور اردو میں وضاحتوں والا پروگرام کتابچہ ملے گا۔",
      },
      zh: {
        title: "柴可夫斯基与拉赫玛尼诺夫钢琴之夜",
        description:
          "中心音乐小组的钢琴家们将演奏柴可夫斯基的《四季》以及拉赫玛尼诺夫的前奏曲选段，其中包括著名的《升C小调前奏曲》。门票附赠英语和乌尔都语解说的节目单。",
      },
      fa: {
        title: "چایکوفسکی و راخمانینوف: شبی با پیانو",
        description:
          "پیانیست‌های محفل موسیقی مرکز «فصل‌ها»ی چایکوفسکی و گزیده‌ای از پرلودهای راخمانینوف، از جمله پرلود مشهور در دو دیز مینور، را اجرا می‌کنند. همراه بلیت، بروشور برنامه با توضیحاتی به انگلیسی و اردو ارائه می‌شود.",
      },
    },
    venue: GAGARIN_HALL,
    start: "19:00",
    durationMinutes: 120,
    capacity: 110,
    maxSeatsPerPerson: 4,
    pricePkr: 1500,
  },
  {
    slug: "matryoshka-painting-workshop",
    fromDay: 13,
    weekday: 7,
    category: EventCategory.WORKSHOP,
    title: "Matryoshka Painting Workshop for Children",
    description:
      "Children aged 6–12 paint their own wooden nesting doll and learn the story of the first Russian matryoshka, carved and painted in the 1890s. All materials are provided; one accompanying adult per family, please.",
    translations: {
      ru: {
        title: "Мастер-класс по росписи матрёшки для детей",
        description:
          "Дети от 6 до 12 лет распишут собственную деревянную матрёшку и узнают историю первой русской матрёшки, выточенной и расписанной в 1890-х годах. Все материалы предоставляются; просим приходить с одним сопровождающим взрослым от семьи.",
      },
      ur: {
        title: "بچوں کے لیے ماتریوشکا گڑیا پینٹنگ ورکشاپ",
        description:
          "6 سے 12 سال کے بچے لکڑی کی اپنی ماتریوشکا گڑیا خود رنگیں گے اور پہلی روسی ماتریوشکا کی کہانی جانیں گے، جو 1890 کی دہائی میں تراشی اور رنگی گئی تھی۔ تمام سامان فراہم کیا جائے گا؛ براہِ کرم ہر خاندان سے ایک بالغ ساتھ آئے۔",
      },
      zh: {
        title: "儿童套娃彩绘工作坊",
        description:
          "6至12岁的孩子将亲手彩绘属于自己的木制套娃，并了解19世纪90年代雕刻彩绘的第一个俄罗斯套娃的故事。所有材料均由主办方提供；每个家庭请由一位成人陪同。",
      },
      fa: {
        title: "کارگاه نقاشی ماتریوشکا برای کودکان",
        description:
          "کودکان ۶ تا ۱۲ ساله عروسک چوبی تودرتوی خودشان را نقاشی می‌کنند و با داستان نخستین ماتریوشکای روسی آشنا می‌شوند که در دهه ۱۸۹۰ تراشیده و نقاشی شد. همه وسایل فراهم است؛ لطفاً از هر خانواده فقط یک بزرگسال همراه باشد.",
      },
    },
    venue: TERESHKOVA_STUDIO,
    start: "11:00",
    durationMinutes: 120,
    capacity: 24,
    maxSeatsPerPerson: 3,
    pricePkr: 1000,
  },
  {
    slug: "chess-simultaneous-exhibition",
    fromDay: 20,
    weekday: 7,
    category: EventCategory.WORKSHOP,
    title: "Chess Simultaneous Exhibition: One Master, 25 Boards",
    description:
      "A visiting FIDE-titled player takes on 25 opponents at once, walking from board to board. Open to players of every level from 10 years up; bring a scoresheet if you would like to record your game.",
    translations: {
      ru: {
        title: "Сеанс одновременной игры в шахматы: один мастер, 25 досок",
        description:
          "Приглашённый шахматист со званием ФИДЕ сыграет одновременно с 25 соперниками, переходя от доски к доске. Участвовать могут игроки любого уровня от 10 лет; если хотите записать свою партию, возьмите с собой бланк для записи.",
      },
      ur: {
        title: "شطرنج کا بیک وقت مقابلہ: ایک ماسٹر، 25 بساطیں",
        description:
          "فیڈے ٹائٹل یافتہ ایک مہمان کھلاڑی بیک وقت 25 حریفوں کا مقابلہ کرے گا اور ایک بساط سے دوسری بساط تک جائے گا۔ 10 سال اور اس سے زائد عمر کے ہر سطح کے کھلاڑی شرکت کر سکتے ہیں؛ اگر آپ اپنی بازی کی چالیں لکھنا چاہیں تو اسکور شیٹ ساتھ لائیں۔",
      },
      zh: {
        title: "国际象棋车轮战：一位大师对弈25盘",
        description:
          "一位拥有国际棋联称号的特邀棋手将同时迎战25名对手，在各棋盘间轮流走子。欢迎10岁以上各水平棋手参加；如想记录自己的对局，请自带记谱纸。",
      },
      fa: {
        title: "مسابقه سیموولتانه شطرنج: یک استاد، ۲۵ صفحه",
        description:
          "یک شطرنج‌باز مهمان دارای عنوان فیده به‌طور همزمان با ۲۵ حریف بازی می‌کند و از صفحه‌ای به صفحه دیگر می‌رود. شرکت برای بازیکنان همه سطوح از ۱۰ سال به بالا آزاد است؛ اگر می‌خواهید حرکات بازی خود را ثبت کنید، برگه ثبت حرکات همراه بیاورید.",
      },
    },
    venue: TERESHKOVA_STUDIO,
    start: "14:00",
    durationMinutes: 180,
    capacity: 25,
    maxSeatsPerPerson: 1,
    pricePkr: 0,
  },
  {
    slug: "film-night-moscow-does-not-believe-in-tears",
    fromDay: 24,
    weekday: 5,
    category: EventCategory.FILM,
    title: "Film Night: Moscow Does Not Believe in Tears (Vladimir Menshov, 1980)",
    description:
      "Three young women arrive in Moscow in the late 1950s to find work, study and love; twenty years later we see where their paths have led. The film won the 1981 Academy Award for Best Foreign Language Film. In Russian with English subtitles.",
    translations: {
      ru: {
        title: "Киновечер: «Москва слезам не верит» (Владимир Меньшов, 1980)",
        description:
          "Три молодые женщины приезжают в Москву в конце 1950-х в поисках работы, учёбы и любви; двадцать лет спустя мы видим, куда привели их судьбы. Фильм получил «Оскар» 1981 года как лучший фильм на иностранном языке. На русском языке с английскими субтитрами.",
      },
      ur: {
        title: "فلم نائٹ: ماسکو آنسوؤں پر یقین نہیں کرتا (ولادیمیر مینشوف، 1980)",
        description:
          "1950 کی دہائی کے آخر میں تین نوجوان خواتین کام، تعلیم اور محبت کی تلاش میں ماسکو آتی ہیں؛ بیس سال بعد ہم دیکھتے ہیں کہ زندگی انہیں کہاں لے گئی۔ اس فلم نے 1981 میں بہترین غیر ملکی زبان کی فلم کا آسکر ایوارڈ جیتا۔ روسی زبان میں، انگریزی سب ٹائٹلز کے ساتھ۔",
      },
      zh: {
        title: "电影之夜：《莫斯科不相信眼泪》（弗拉基米尔·缅绍夫，1980）",
        description:
          "20世纪50年代末，三位年轻女子来到莫斯科，寻找工作、求学和爱情；二十年后，我们看到她们各自走上了怎样的人生道路。该片荣获1981年奥斯卡最佳外语片奖。俄语原声，配英文字幕。",
      },
      fa: {
        title: "شب فیلم: «مسکو اشک‌ها را باور نمی‌کند» (ولادیمیر منشوف، ۱۹۸۰)",
        description:
          "سه زن جوان در اواخر دهه ۱۹۵۰ برای یافتن کار، تحصیل و عشق به مسکو می‌آیند؛ بیست سال بعد می‌بینیم راهشان به کجا رسیده است. این فیلم در سال ۱۹۸۱ برنده جایزه اسکار بهترین فیلم خارجی‌زبان شد. به زبان روسی با زیرنویس انگلیسی.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 165,
    capacity: 110,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    slug: "pakistan-russia-business-forum",
    fromDay: 30,
    weekday: 2,
    category: EventCategory.LECTURE,
    title: "Pakistan–Russia Business Forum: Textiles, Machinery and Logistics",
    description:
      "A one-day forum for companies in the Center's business registry: panels on textile machinery and cotton, food exports, and the road and rail routes linking Pakistan, Central Asia and Russia, followed by pre-arranged one-to-one meetings. Simultaneous interpretation English–Russian–Urdu.",
    translations: {
      ru: {
        title: "Пакистано-российский бизнес-форум: текстиль, машиностроение и логистика",
        description:
          "Однодневный форум для компаний из бизнес-реестра Центра: панельные дискуссии о текстильном оборудовании и хлопке, экспорте продовольствия, автомобильных и железнодорожных маршрутах между Пакистаном, Центральной Азией и Россией, а затем заранее согласованные встречи один на один. Синхронный перевод: английский, русский, урду.",
      },
      ur: {
        title: "پاکستان روس بزنس فورم: ٹیکسٹائل، مشینری اور لاجسٹکس",
        description:
          "مرکز کی کاروباری رجسٹری میں شامل کمپنیوں کے لیے ایک روزہ فورم: ٹیکسٹائل مشینری اور کپاس، خوراک کی برآمدات، اور پاکستان، وسطی ایشیا اور روس کو ملانے والے سڑک اور ریل کے راستوں پر مباحثے، جن کے بعد پہلے سے طے شدہ ون ٹو ون ملاقاتیں ہوں گی۔ انگریزی، روسی اور اردو میں بیک وقت ترجمانی۔",
      },
      zh: {
        title: "巴基斯坦—俄罗斯商务论坛：纺织、机械与物流",
        description:
          "面向中心企业名录中企业的一日论坛：围绕纺织机械与棉花、食品出口以及连接巴基斯坦、中亚和俄罗斯的公路与铁路通道举行专题讨论，随后进行预先安排的一对一洽谈。提供英语、俄语、乌尔都语同声传译。",
      },
      fa: {
        title: "همایش تجاری پاکستان و روسیه: نساجی، ماشین‌آلات و لجستیک",
        description:
          "همایشی یک‌روزه برای شرکت‌های ثبت‌شده در فهرست تجاری مرکز: نشست‌های تخصصی درباره ماشین‌آلات نساجی و پنبه، صادرات مواد غذایی و مسیرهای جاده‌ای و ریلی که پاکستان، آسیای مرکزی و روسیه را به هم پیوند می‌دهند، و پس از آن دیدارهای دونفره از پیش هماهنگ‌شده. ترجمه همزمان انگلیسی، روسی و اردو.",
      },
    },
    venue: GAGARIN_HALL,
    start: "10:00",
    durationMinutes: 360,
    capacity: 120,
    maxSeatsPerPerson: 2,
    pricePkr: 0,
  },
  {
    slug: "pushkin-and-iqbal-poetry-evening",
    fromDay: 38,
    weekday: 4,
    category: EventCategory.LECTURE,
    title: "Pushkin and Iqbal: An Urdu–Russian Poetry Evening",
    description:
      "Poems by Alexander Pushkin and Allama Muhammad Iqbal read in the original and in translation by students of the language school and guest poets, with a conversation on what the two national poets share: the prophet-poet, freedom and the power of the word.",
    translations: {
      ru: {
        title: "Пушкин и Икбал: вечер русской поэзии и поэзии урду",
        description:
          "Слушатели языковой школы и приглашённые поэты читают стихи Александра Пушкина и Алламы Мухаммада Икбала в оригинале и в переводе, а затем беседуют о том, что объединяет двух национальных поэтов: образ поэта-пророка, свобода и сила слова.",
      },
      ur: {
        title: "پشکن اور اقبال: اردو روسی شعری شام",
        description:
          "زبان اسکول کے طلبہ اور مہمان شعرا الیگزینڈر پشکن اور علامہ محمد اقبال کی نظمیں اصل زبان میں اور ترجمے میں پڑھیں گے، اور پھر اس پر گفتگو ہوگی کہ دونوں قومی شاعروں میں کیا قدرِ مشترک ہے: شاعر بطور پیغمبرانہ آواز، آزادی اور لفظ کی طاقت۔",
      },
      zh: {
        title: "普希金与伊克巴尔：乌尔都语—俄语诗歌之夜",
        description:
          "语言学校的学员和特邀诗人将用原文和译文朗诵亚历山大·普希金和阿拉玛·穆罕默德·伊克巴尔的诗作，并围绕两位民族诗人的共同之处展开对谈：先知般的诗人、自由以及语言的力量。",
      },
      fa: {
        title: "پوشکین و اقبال: شب شعر اردو و روسی",
        description:
          "زبان‌آموزان آموزشگاه زبان و شاعران مهمان شعرهایی از الکساندر پوشکین و علامه محمد اقبال را به زبان اصلی و در ترجمه می‌خوانند و سپس گفت‌وگویی درباره اشتراکات این دو شاعر ملی برگزار می‌شود: شاعرِ پیامبرگونه، آزادی و قدرت کلام.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 120,
    capacity: 100,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    slug: "science-saturday-build-a-theremin",
    fromDay: 45,
    weekday: 6,
    category: EventCategory.WORKSHOP,
    title: "Science Saturday: Build Your Own Theremin",
    description:
      "Teenagers aged 13–18 build a simple theremin from an electronics kit and learn how Lev Termen's 1920 instrument turns the distance of a hand into sound. Kits are included in the fee and can be taken home.",
    translations: {
      ru: {
        title: "Научная суббота: собери свой терменвокс",
        description:
          "Подростки 13–18 лет соберут простой терменвокс из электронного конструктора и узнают, как инструмент Льва Термена 1920 года превращает расстояние до руки в звук. Наборы входят в стоимость, их можно забрать домой.",
      },
      ur: {
        title: "سائنس ورکشاپ: اپنا تھیرمن خود بنائیں",
        description:
          "13 سے 18 سال کے نوجوان الیکٹرانکس کٹ سے ایک سادہ تھیرمن بنائیں گے اور جانیں گے کہ لیو ترمین کا 1920 کا بنایا ہوا یہ ساز ہاتھ کے فاصلے کو آواز میں کیسے بدلتا ہے۔ کٹ فیس میں شامل ہے اور اسے گھر لے جایا جا سکتا ہے۔",
      },
      zh: {
        title: "科学星期六：亲手制作特雷门琴",
        description:
          "13至18岁的青少年将用电子套件组装一台简易特雷门琴，了解列夫·特尔缅于1920年发明的这件乐器如何把手的远近变成声音。套件费用已含在报名费中，可带回家。",
      },
      fa: {
        title: "شنبه علمی: ترمین خودتان را بسازید",
        description:
          "نوجوانان ۱۳ تا ۱۸ ساله با یک کیت الکترونیکی ترمینی ساده می‌سازند و یاد می‌گیرند ساز لو ترمن، ساخته سال ۱۹۲۰، چگونه فاصله دست را به صدا تبدیل می‌کند. هزینه کیت در مبلغ ثبت‌نام گنجانده شده و می‌توان آن را به خانه برد.",
      },
    },
    venue: MENDELEEV_LAB,
    start: "14:00",
    durationMinutes: 120,
    capacity: 16,
    maxSeatsPerPerson: 2,
    pricePkr: 2000,
  },
];

/** Orthodox Easter (Gregorian date) by the Meeus Julian algorithm; valid 1900–2099. */
export function orthodoxEaster(year: number): CenterDay {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays(new Date(Date.UTC(year, month - 1, day)), 13);
}

export const HOLIDAYS: HolidayEvent[] = [
  {
    key: "quaid-e-azam-day",
    date: { month: 12, day: 25 },
    category: EventCategory.HOLIDAY,
    title: "Quaid-e-Azam Day: Student Essay and Poster Awards",
    description:
      "Marking the birthday of Muhammad Ali Jinnah, students from Islamabad schools present essays and posters on his motto 'Unity, Faith, Discipline', followed by awards and national songs.",
    translations: {
      ru: {
        title: "День Каид-и-Азама: награждение победителей конкурса эссе и плакатов",
        description:
          "В день рождения Мухаммада Али Джинны школьники Исламабада представляют эссе и плакаты на тему его девиза «Единство, вера, дисциплина», после чего проходят награждение и звучат патриотические песни.",
      },
      ur: {
        title: "یومِ قائداعظم: طلبہ کے مضمون نویسی اور پوسٹر مقابلے کی تقسیمِ انعامات",
        description:
          "محمد علی جناح کی سالگرہ کے موقع پر اسلام آباد کے اسکولوں کے طلبہ اُن کے قول “اتحاد، ایمان، تنظیم” پر مضامین اور پوسٹر پیش کریں گے، جس کے بعد انعامات تقسیم ہوں گے اور ملی نغمے گائے جائیں گے۔",
      },
      zh: {
        title: "真纳纪念日：学生征文与海报比赛颁奖",
        description:
          "为纪念穆罕默德·阿里·真纳诞辰，伊斯兰堡各校学生将围绕他的箴言“团结、信念、纪律”展示征文和海报，随后举行颁奖并演唱爱国歌曲。",
      },
      fa: {
        title: "روز قائداعظم: اهدای جوایز مسابقه مقاله و پوستر دانش‌آموزی",
        description:
          "به مناسبت زادروز محمدعلی جناح، دانش‌آموزان مدرسه‌های اسلام‌آباد مقاله‌ها و پوسترهایی درباره شعار او «اتحاد، ایمان، انضباط» ارائه می‌کنند و پس از آن جوایز اهدا و سرودهای ملی اجرا می‌شود.",
      },
    },
    venue: GAGARIN_HALL,
    start: "10:00",
    durationMinutes: 120,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "new-year-yolka",
    date: { month: 12, day: 27 },
    category: EventCategory.HOLIDAY,
    title: "New Year Yolka for Children",
    description:
      "A Russian New Year party for children aged 4–10 around a decorated fir tree, the yolka, with Ded Moroz and Snegurochka, a puppet show, songs, round dances and small gifts. Costumes welcome.",
    translations: {
      ru: {
        title: "Новогодняя ёлка для детей",
        description:
          "Русский новогодний праздник для детей 4–10 лет у наряженной ёлки — с Дедом Морозом и Снегурочкой, кукольным спектаклем, песнями, хороводами и небольшими подарками. Приходите в карнавальных костюмах!",
      },
      ur: {
        title: "بچوں کے لیے نئے سال کی یولکا تقریب",
        description:
          "4 سے 10 سال کے بچوں کے لیے نئے سال کی روسی تقریب، سجے ہوئے صنوبر کے درخت یعنی یولکا کے گرد: دید موروز (روسی بابا سردی) اور سنیگوروچکا، کٹھ پتلی تماشا، گیت، دائرے میں رقص اور چھوٹے تحفے۔ بچے فینسی ڈریس میں آئیں تو اور بھی اچھا۔",
      },
      zh: {
        title: "儿童新年枞树联欢会",
        description:
          "为4至10岁儿童举办的俄罗斯新年联欢会，大家围着装饰一新的新年枞树（俄语称“yolka”）欢聚：严寒老人和雪姑娘登场，还有木偶戏、歌曲、圆圈舞和小礼物。欢迎穿着节日服装参加。",
      },
      fa: {
        title: "جشن درخت سال نو (یولکا) برای کودکان",
        description:
          "جشن سال نو به رسم روسی برای کودکان ۴ تا ۱۰ ساله، دور درخت کاج آراسته یا «یولکا»، با پدربزرگ سرما (دد موروز) و دختر برفی (اسنگوروچکا)، نمایش عروسکی، ترانه، رقص‌های دایره‌ای و هدیه‌های کوچک. کودکان می‌توانند با لباس‌های جشن و نمایشی بیایند.",
      },
    },
    venue: GAGARIN_HALL,
    start: "11:00",
    durationMinutes: 150,
    capacity: 100,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "tatiana-day",
    date: { month: 1, day: 25 },
    category: EventCategory.HOLIDAY,
    title: "Tatiana Day: Russian Students' Day",
    description:
      "On 25 January 1755 Empress Elizabeth signed the decree founding Moscow University, and the day became the holiday of Russian students. Alumni of Russian universities, language-school students and anyone thinking of studying in Russia meet for a quiz, student songs and tea with bliny.",
    translations: {
      ru: {
        title: "Татьянин день — День российского студенчества",
        description:
          "25 января 1755 года императрица Елизавета подписала указ об основании Московского университета, и этот день стал праздником российских студентов. Выпускники российских вузов, слушатели языковой школы и все, кто думает об учёбе в России, собираются на викторину, студенческие песни и чай с блинами.",
      },
      ur: {
        title: "تاتیانا ڈے: روسی طلبہ کا دن",
        description:
          "25 جنوری 1755 کو ملکہ یلیزاویتا نے ماسکو یونیورسٹی کے قیام کے فرمان پر دستخط کیے، اور یہ دن روسی طلبہ کا تہوار بن گیا۔ روسی جامعات کے سابق طلبہ، زبان اسکول کے طلبہ اور روس میں تعلیم کا ارادہ رکھنے والے سب لوگ کوئز، طلبہ کے گیتوں اور بلینی (روسی پین کیک) کے ساتھ چائے کے لیے جمع ہوں گے۔",
      },
      zh: {
        title: "塔季扬娜日：俄罗斯大学生节",
        description:
          "1755年1月25日，伊丽莎白女皇签署了创办莫斯科大学的诏令，这一天从此成为俄罗斯大学生的节日。俄罗斯高校校友、语言学校学员以及有意赴俄留学的朋友齐聚一堂，参加知识竞赛、演唱校园歌曲，品尝俄式薄饼配茶。",
      },
      fa: {
        title: "روز تاتیانا: روز دانشجویان روسیه",
        description:
          "در ۲۵ ژانویه ۱۷۵۵ امپراتریس الیزابت فرمان تأسیس دانشگاه مسکو را امضا کرد و این روز جشن دانشجویان روسیه شد. دانش‌آموختگان دانشگاه‌های روسیه، زبان‌آموزان آموزشگاه زبان و همه کسانی که به تحصیل در روسیه فکر می‌کنند، برای مسابقه اطلاعات عمومی، ترانه‌های دانشجویی و چای با بلینی (کلوچه روسی) گرد هم می‌آیند.",
      },
    },
    venue: TERESHKOVA_STUDIO,
    start: "17:00",
    durationMinutes: 150,
    capacity: 30,
    maxSeatsPerPerson: 2,
    pricePkr: 0,
  },
  {
    key: "mother-language-day",
    date: { month: 2, day: 21 },
    category: EventCategory.HOLIDAY,
    title: "International Mother Language Day: Voices of Russia and Pakistan",
    description:
      "For UNESCO's International Mother Language Day, members of the Center's community read poems and sing songs in Russian, Tatar, Urdu, Punjabi, Sindhi, Pashto, Balochi, Saraiki and other languages they grew up with.",
    translations: {
      ru: {
        title: "Международный день родного языка: голоса России и Пакистана",
        description:
          "В Международный день родного языка, учреждённый ЮНЕСКО, участники сообщества Центра читают стихи и поют песни на русском, татарском, урду, панджаби, синдхи, пушту, белуджском, сараики и других языках, с которыми они выросли.",
      },
      ur: {
        title: "مادری زبانوں کا عالمی دن: روس اور پاکستان کی آوازیں",
        description:
          "یونیسکو کے مادری زبانوں کے عالمی دن پر مرکز سے وابستہ افراد روسی، تاتاری، اردو، پنجابی، سندھی، پشتو، بلوچی، سرائیکی اور دیگر اُن زبانوں میں نظمیں پڑھیں گے اور گیت گائیں گے جن کے ساتھ وہ پلے بڑھے ہیں۔",
      },
      zh: {
        title: "国际母语日：俄罗斯与巴基斯坦之声",
        description:
          "在联合国教科文组织设立的国际母语日，中心社区的成员们用俄语、鞑靼语、乌尔都语、旁遮普语、信德语、普什图语、俾路支语、萨莱基语以及其他伴随他们成长的语言朗诵诗歌、演唱歌曲。",
      },
      fa: {
        title: "روز جهانی زبان مادری: صداهای روسیه و پاکستان",
        description:
          "به مناسبت روز جهانی زبان مادری یونسکو، اعضای جامعه مرکز به زبان‌های روسی، تاتاری، اردو، پنجابی، سندی، پشتو، بلوچی، سرائیکی و دیگر زبان‌هایی که با آن‌ها بزرگ شده‌اند شعر می‌خوانند و آواز سر می‌دهند.",
      },
    },
    venue: GAGARIN_HALL,
    start: "16:00",
    durationMinutes: 120,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "maslenitsa",
    // Forgiveness Sunday, the last day of Maslenitsa week: seven weeks before Orthodox Easter.
    date: (year) => addDays(orthodoxEaster(year), -49),
    category: EventCategory.HOLIDAY,
    title: "Maslenitsa: Farewell to Winter",
    description:
      "The Russian festival that sees off winter: bliny with honey and jam, folk games, a tug of war, songs and the burning of a straw Lady Maslenitsa figure in the courtyard.",
    translations: {
      ru: {
        title: "Масленица: проводы зимы",
        description:
          "Русский праздник проводов зимы: блины с мёдом и вареньем, народные игры, перетягивание каната, песни и сожжение соломенного чучела Масленицы во дворе.",
      },
      ur: {
        title: "ماسلینتسا: سردیوں کو الوداع",
        description:
          "سردیوں کو رخصت کرنے کا روسی تہوار: شہد اور جیم کے ساتھ بلینی، لوک کھیل، رسہ کشی، گیت، اور صحن میں بھوسے سے بنے ماسلینتسا کے پتلے کو جلانا۔",
      },
      zh: {
        title: "谢肉节：送别冬天",
        description:
          "俄罗斯送别冬天的节日：配蜂蜜和果酱的俄式薄饼、民间游戏、拔河、歌曲，以及在庭院里焚烧谢肉节稻草人偶。",
      },
      fa: {
        title: "ماسلنیتسا: بدرود با زمستان",
        description:
          "جشن روسی بدرقه زمستان: بلینی با عسل و مربا، بازی‌های محلی، طناب‌کشی، ترانه و سوزاندن عروسک کاهی «بانو ماسلنیتسا» در حیاط.",
      },
    },
    venue: COURTYARD,
    start: "12:00",
    durationMinutes: 240,
    capacity: 300,
    maxSeatsPerPerson: 6,
    pricePkr: 0,
  },
  {
    key: "pakistan-day",
    date: { month: 3, day: 23 },
    category: EventCategory.HOLIDAY,
    title: "Pakistan Day: Songs of Pakistan and Russia",
    description:
      "Commemorating the Lahore Resolution of 23 March 1940, the Center's choir and guest musicians perform national and folk songs of Pakistan alongside Russian folk songs.",
    translations: {
      ru: {
        title: "День Пакистана: песни Пакистана и России",
        description:
          "В память о Лахорской резолюции 23 марта 1940 года хор Центра и приглашённые музыканты исполнят патриотические и народные песни Пакистана вместе с русскими народными песнями.",
      },
      ur: {
        title: "یومِ پاکستان: پاکستان اور روس کے نغمے",
        description:
          "23 مارچ 1940 کی قراردادِ لاہور کی یاد میں مرکز کا کوائر اور مہمان موسیقار پاکستان کے ملی نغمے اور لوک گیت، روسی لوک گیتوں کے ساتھ پیش کریں گے۔",
      },
      zh: {
        title: "巴基斯坦日：巴基斯坦与俄罗斯歌曲之夜",
        description:
          "为纪念1940年3月23日通过的《拉合尔决议》，中心合唱团和特邀音乐人将演唱巴基斯坦的爱国歌曲和民歌，以及俄罗斯民歌。",
      },
      fa: {
        title: "روز پاکستان: ترانه‌های پاکستان و روسیه",
        description:
          "به یاد قطعنامه لاهور در ۲۳ مارس ۱۹۴۰، گروه کر مرکز و نوازندگان مهمان سرودهای ملی و ترانه‌های محلی پاکستان را در کنار ترانه‌های محلی روسی اجرا می‌کنند.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 120,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "cosmonautics-day",
    date: { month: 4, day: 12 },
    category: EventCategory.HOLIDAY,
    title: "Cosmonautics Day: Yuri's Night",
    description:
      "Celebrating the anniversary of Yuri Gagarin's flight on 12 April 1961 with a quiz on the space age, water-rocket launches for children and, if the sky is clear, telescope views of the Moon.",
    translations: {
      ru: {
        title: "День космонавтики: Юрина ночь",
        description:
          "Отмечаем годовщину полёта Юрия Гагарина 12 апреля 1961 года: викторина о космической эре, запуски водяных ракет для детей и, если небо будет ясным, наблюдение Луны в телескоп.",
      },
      ur: {
        title: "یومِ خلابازی: یوری کی رات",
        description:
          "12 اپریل 1961 کو یوری گاگارین کی پرواز کی سالگرہ کا جشن: خلائی دور پر کوئز، بچوں کے لیے پانی کے راکٹ اڑانا، اور آسمان صاف ہو تو دوربین سے چاند کا نظارہ۔",
      },
      zh: {
        title: "航天节：尤里之夜",
        description:
          "庆祝尤里·加加林1961年4月12日飞行周年：太空时代知识竞赛、儿童水火箭发射，天气晴朗时还可用望远镜观赏月球。",
      },
      fa: {
        title: "روز کیهان‌نوردی: شب یوری",
        description:
          "جشن سالگرد پرواز یوری گاگارین در ۱۲ آوریل ۱۹۶۱ با مسابقه اطلاعات عمومی درباره عصر فضا، پرتاب موشک آبی برای کودکان و، اگر آسمان صاف باشد، تماشای ماه با تلسکوپ.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 180,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "victory-day",
    date: { month: 5, day: 9 },
    category: EventCategory.HOLIDAY,
    title: "Victory Day: A Concert of Remembrance",
    description:
      "Songs and music of the war years remembering the end of the Second World War in Europe in May 1945, with readings of letters written from the front.",
    translations: {
      ru: {
        title: "День Победы: концерт памяти",
        description:
          "Песни и музыка военных лет в память об окончании Второй мировой войны в Европе в мае 1945 года и чтение писем с фронта.",
      },
      ur: {
        title: "یومِ فتح: یادگاری محفلِ موسیقی",
        description:
          "مئی 1945 میں یورپ میں دوسری عالمی جنگ کے خاتمے کی یاد میں جنگ کے برسوں کے گیت اور موسیقی، اور محاذِ جنگ سے لکھے گئے خطوط پڑھ کر سنائے جائیں گے۔",
      },
      zh: {
        title: "胜利日：纪念音乐会",
        description:
          "以战争年代的歌曲和音乐纪念1945年5月第二次世界大战在欧洲结束，并朗读从前线寄出的书信。",
      },
      fa: {
        title: "روز پیروزی: کنسرت یادبود",
        description:
          "ترانه‌ها و موسیقی سال‌های جنگ به یاد پایان جنگ جهانی دوم در اروپا در ماه مه ۱۹۴۵، همراه با خواندن نامه‌هایی که از جبهه نوشته شده‌اند.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 120,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "russian-language-day",
    date: { month: 6, day: 6 },
    category: EventCategory.HOLIDAY,
    title: "Russian Language Day: Pushkin's Birthday",
    description:
      "Alexander Pushkin was born on 6 June 1799, and the United Nations marks the date as Russian Language Day. Students of the language school recite his poems and fairy tales; the best readers receive prizes.",
    translations: {
      ru: {
        title: "День русского языка: день рождения Пушкина",
        description:
          "Александр Пушкин родился 6 июня 1799 года, и ООН отмечает эту дату как День русского языка. Слушатели языковой школы читают наизусть его стихи и сказки; лучшие чтецы получают призы.",
      },
      ur: {
        title: "روسی زبان کا دن: پشکن کی سالگرہ",
        description:
          "الیگزینڈر پشکن 6 جون 1799 کو پیدا ہوئے، اور اقوامِ متحدہ اس تاریخ کو روسی زبان کے دن کے طور پر مناتی ہے۔ زبان اسکول کے طلبہ اُن کی نظمیں اور پریوں کی کہانیاں سنائیں گے؛ بہترین پڑھنے والوں کو انعامات ملیں گے۔",
      },
      zh: {
        title: "俄语日：普希金诞辰",
        description:
          "亚历山大·普希金生于1799年6月6日，联合国将这一天定为俄语日。语言学校的学员将背诵他的诗歌和童话，朗诵最出色者将获得奖品。",
      },
      fa: {
        title: "روز زبان روسی: زادروز پوشکین",
        description:
          "الکساندر پوشکین در ۶ ژوئن ۱۷۹۹ به دنیا آمد و سازمان ملل متحد این روز را روز زبان روسی نامیده است. زبان‌آموزان آموزشگاه زبان شعرها و قصه‌های او را از بر می‌خوانند و بهترین خوانندگان جایزه می‌گیرند.",
      },
    },
    venue: TERESHKOVA_STUDIO,
    start: "17:00",
    durationMinutes: 120,
    capacity: 30,
    maxSeatsPerPerson: 2,
    pricePkr: 0,
  },
  {
    key: "russia-day",
    date: { month: 6, day: 12 },
    category: EventCategory.HOLIDAY,
    title: "Russia Day: Folk Music Concert",
    description:
      "Russia's national holiday, marking the Declaration of State Sovereignty of 12 June 1990, celebrated with balalaika and accordion music, folk dance and Russian tea.",
    translations: {
      ru: {
        title: "День России: концерт народной музыки",
        description:
          "Государственный праздник России в честь принятия Декларации о государственном суверенитете 12 июня 1990 года: музыка балалайки и баяна, народные танцы и русское чаепитие.",
      },
      ur: {
        title: "یومِ روس: لوک موسیقی کا پروگرام",
        description:
          "روس کا قومی دن، جو 12 جون 1990 کے اعلانِ ریاستی خودمختاری کی یاد میں منایا جاتا ہے؛ بالالائیکا اور ایکارڈین کی موسیقی، لوک رقص اور روسی چائے کے ساتھ۔",
      },
      zh: {
        title: "俄罗斯日：民族音乐会",
        description:
          "俄罗斯国庆节，纪念1990年6月12日通过的《国家主权宣言》，届时将有巴拉莱卡琴和手风琴演奏、民间舞蹈以及俄式茶会。",
      },
      fa: {
        title: "روز روسیه: کنسرت موسیقی محلی",
        description:
          "جشن ملی روسیه به یاد اعلامیه حاکمیت دولتی در ۱۲ ژوئن ۱۹۹۰، با موسیقی بالالایکا و آکاردئون، رقص محلی و چای روسی.",
      },
    },
    venue: GAGARIN_HALL,
    start: "18:00",
    durationMinutes: 120,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "pakistan-independence-day",
    date: { month: 8, day: 14 },
    category: EventCategory.HOLIDAY,
    title: "Independence Day of Pakistan: Flag Ceremony and Cultural Programme",
    description:
      "Celebrating 14 August 1947 with a flag-raising ceremony, national songs performed by students of the Center's courses and a photo exhibition on Pakistani–Russian friendship.",
    translations: {
      ru: {
        title: "День независимости Пакистана: поднятие флага и культурная программа",
        description:
          "Празднуем 14 августа 1947 года: церемония поднятия флага, патриотические песни в исполнении слушателей курсов Центра и фотовыставка о пакистано-российской дружбе.",
      },
      ur: {
        title: "یومِ آزادیٔ پاکستان: پرچم کشائی اور ثقافتی پروگرام",
        description:
          "14 اگست 1947 کی یاد میں جشن: پرچم کشائی کی تقریب، مرکز کے کورسز کے طلبہ کی جانب سے ملی نغمے، اور پاک روس دوستی پر تصویری نمائش۔",
      },
      zh: {
        title: "巴基斯坦独立日：升旗仪式与文艺演出",
        description:
          "庆祝1947年8月14日：举行升旗仪式，中心课程学员演唱爱国歌曲，并举办巴俄友谊主题图片展。",
      },
      fa: {
        title: "روز استقلال پاکستان: مراسم برافراشتن پرچم و برنامه فرهنگی",
        description:
          "جشن ۱۴ اوت ۱۹۴۷ با مراسم برافراشتن پرچم، اجرای سرودهای ملی توسط زبان‌آموزان دوره‌های مرکز و نمایشگاه عکس درباره دوستی پاکستان و روسیه.",
      },
    },
    venue: COURTYARD,
    start: "10:00",
    durationMinutes: 180,
    capacity: 300,
    maxSeatsPerPerson: 6,
    pricePkr: 0,
  },
  {
    key: "world-teachers-day",
    date: { month: 10, day: 5 },
    category: EventCategory.HOLIDAY,
    title: "World Teachers' Day: A Tribute to Teachers",
    description:
      "UNESCO's World Teachers' Day, also Teachers' Day in Russia: students thank their teachers with a concert and open lessons, and schools that visited the Center's exhibitions share their projects.",
    translations: {
      ru: {
        title: "Всемирный день учителя: праздник в честь учителей",
        description:
          "Всемирный день учителя ЮНЕСКО, который и в России отмечают как День учителя: ученики благодарят своих учителей концертом и открытыми уроками, а школы, побывавшие на выставках Центра, представляют свои проекты.",
      },
      ur: {
        title: "عالمی یومِ اساتذہ: اساتذہ کو خراجِ تحسین",
        description:
          "یونیسکو کا عالمی یومِ اساتذہ، جو روس میں بھی یومِ اساتذہ کے طور پر منایا جاتا ہے: طلبہ ایک کنسرٹ اور کھلی کلاسوں کے ذریعے اپنے اساتذہ کا شکریہ ادا کریں گے، اور مرکز کی نمائشیں دیکھنے والے اسکول اپنے پروجیکٹ پیش کریں گے۔",
      },
      zh: {
        title: "世界教师日：向教师致敬",
        description:
          "联合国教科文组织设立的世界教师日，也是俄罗斯的教师节：学生们以音乐会和公开课向老师表达感谢，参观过中心展览的学校还将展示他们的项目成果。",
      },
      fa: {
        title: "روز جهانی معلم: بزرگداشت معلمان",
        description:
          "روز جهانی معلم یونسکو که در روسیه نیز روز معلم است: دانش‌آموزان با یک کنسرت و کلاس‌های باز از معلمانشان قدردانی می‌کنند و مدرسه‌هایی که از نمایشگاه‌های مرکز بازدید کرده‌اند پروژه‌های خود را ارائه می‌دهند.",
      },
    },
    venue: GAGARIN_HALL,
    start: "16:00",
    durationMinutes: 120,
    capacity: 120,
    maxSeatsPerPerson: 4,
    pricePkr: 0,
  },
  {
    key: "national-unity-day",
    date: { month: 11, day: 4 },
    category: EventCategory.HOLIDAY,
    title: "National Unity Day: Russian Folk Crafts Fair",
    description:
      "Russia's National Unity Day, recalling the liberation of Moscow in 1612, with a fair of Russian folk crafts — Gzhel porcelain, Khokhloma woodwork, Pavlovo Posad shawls and matryoshka dolls — and demonstrations by craftspeople.",
    translations: {
      ru: {
        title: "День народного единства: ярмарка народных промыслов",
        description:
          "День народного единства в память об освобождении Москвы в 1612 году: ярмарка русских народных промыслов — гжельский фарфор, хохломская роспись по дереву, павловопосадские платки и матрёшки — и показы мастеров.",
      },
      ur: {
        title: "قومی اتحاد کا دن: روسی لوک دستکاری میلہ",
        description:
          "روس کا قومی اتحاد کا دن، جو 1612 میں ماسکو کی آزادی کی یاد دلاتا ہے: روسی لوک دستکاری کا میلہ — گژیل کے چینی کے برتن، خوخلوما کا لکڑی کا کام، پاولووو پوساد کی شالیں اور ماتریوشکا گڑیاں — اور کاریگروں کے عملی مظاہرے۔",
      },
      zh: {
        title: "民族团结日：俄罗斯民间工艺集市",
        description:
          "俄罗斯民族团结日，纪念1612年莫斯科的解放。届时将举办俄罗斯民间工艺集市——格热利瓷器、霍赫洛马木器、巴甫洛夫斯基波萨德披肩和套娃——并有手工艺人现场演示。",
      },
      fa: {
        title: "روز وحدت ملی: بازارچه صنایع دستی روسی",
        description:
          "روز وحدت ملی روسیه، به یاد آزادی مسکو در سال ۱۶۱۲، با بازارچه‌ای از صنایع دستی روسی — چینی گژل، ظروف چوبی خوخلوما، شال‌های پاولوو پوساد و عروسک‌های ماتریوشکا — و نمایش کار استادکاران.",
      },
    },
    venue: COURTYARD,
    start: "11:00",
    durationMinutes: 300,
    capacity: 300,
    maxSeatsPerPerson: 6,
    pricePkr: 0,
  },
  {
    key: "iqbal-day",
    date: { month: 11, day: 9 },
    category: EventCategory.HOLIDAY,
    title: "Iqbal Day: The Poet of the East in Russian",
    description:
      "Marking the birthday of Allama Muhammad Iqbal (9 November 1877), readers present his Urdu and Persian verse side by side with Russian translations, followed by a talk on Iqbal's readers in Russia.",
    translations: {
      ru: {
        title: "День Икбала: «поэт Востока» на русском языке",
        description:
          "В день рождения Алламы Мухаммада Икбала (9 ноября 1877 года) чтецы представят его стихи на урду и персидском рядом с русскими переводами, а затем прозвучит рассказ о читателях Икбала в России.",
      },
      ur: {
        title: "یومِ اقبال: شاعرِ مشرق روسی زبان میں",
        description:
          "علامہ محمد اقبال کی سالگرہ (9 نومبر 1877) کے موقع پر اُن کا اردو اور فارسی کلام روسی تراجم کے ساتھ ساتھ پیش کیا جائے گا، جس کے بعد روس میں اقبال کے قارئین پر گفتگو ہوگی۔",
      },
      zh: {
        title: "伊克巴尔日：俄语中的东方诗人",
        description:
          "为纪念阿拉玛·穆罕默德·伊克巴尔诞辰（1877年11月9日），朗诵者将把他的乌尔都语和波斯语诗作与俄语译本对照朗读，随后举行讲座，介绍伊克巴尔在俄罗斯的读者。",
      },
      fa: {
        title: "روز اقبال: شاعر مشرق به زبان روسی",
        description:
          "به مناسبت زادروز علامه محمد اقبال (۹ نوامبر ۱۸۷۷)، شعرهای اردو و فارسی او در کنار ترجمه‌های روسی‌شان خوانده می‌شود و پس از آن گفت‌وگویی درباره خوانندگان اقبال در روسیه برگزار می‌شود.",
      },
    },
    venue: TOLSTOY_ROOM,
    start: "17:00",
    durationMinutes: 120,
    capacity: 24,
    maxSeatsPerPerson: 2,
    pricePkr: 0,
  },
];

/** The next date (after today) of a holiday, or null when it is beyond the window. */
function nextOccurrence(date: HolidayEvent["date"], today: CenterDay): CenterDay | null {
  for (const year of [today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
    const day = typeof date === "function" ? date(year) : new Date(Date.UTC(year, date.month - 1, date.day));
    if (day > today) return day <= addDays(today, HOLIDAY_WINDOW_DAYS) ? day : null;
  }
  return null;
}

/** Every event to seed for `today`: the programme plus holidays within the window, in date order. */
export function eventsFor(today: CenterDay) {
  const dated: { slug: string; day: CenterDay; fields: EventFields }[] = [];
  for (const { slug, fromDay, weekday, ...fields } of PROGRAMME) {
    dated.push({ slug, day: onOrAfterWeekday(addDays(today, fromDay), weekday), fields });
  }
  for (const { key, date, ...fields } of HOLIDAYS) {
    const day = nextOccurrence(date, today);
    if (day) dated.push({ slug: `${key}-${day.getUTCFullYear()}`, day, fields });
  }
  return dated
    .map(({ slug, day, fields: { start, durationMinutes, title, description, translations, venue, ...rest } }) => {
      const startsAt = atCenterTime(day, Math.floor(minutesOf(start) / 60), minutesOf(start) % 60);
      return { slug, ...rest, ...eventContent({ title, description, translations, venue }), startsAt, endsAt: addMinutes(startsAt, durationMinutes) };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Upserts the events by slug (registeredSeats is left to the registrations); returns slug → id. */
export async function seedEvents(db: SeedDb, today: CenterDay): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { slug, ...event } of eventsFor(today)) {
    const { id } = await db.event.upsert({
      where: { slug },
      create: { slug, ...event },
      update: event,
      select: { id: true },
    });
    ids.set(slug, id);
  }
  return ids;
}

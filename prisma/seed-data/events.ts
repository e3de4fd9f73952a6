// Cultural events: a programme of films, concerts, lectures and workshops placed relative to today,
// plus calendar holidays that fall within the next two months.
import { EventCategory } from "../../lib/generated/prisma/enums";
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
  translations: Translations<"title">;
  venue: string;
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

const GAGARIN_HALL = "Gagarin Hall";
const TOLSTOY_ROOM = "Tolstoy Seminar Room";
const TERESHKOVA_STUDIO = "Tereshkova Studio";
const MENDELEEV_LAB = "Mendeleev Lab";
const COURTYARD = "Center courtyard";

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
      ru: { title: "Киновечер: «Солярис» (Андрей Тарковский, 1972)" },
      ur: { title: "فلم نائٹ: سولارس (آندرے تارکوفسکی، 1972)" },
      zh: { title: "电影之夜：《索拉里斯星》（安德烈·塔可夫斯基，1972）" },
      fa: { title: "شب فیلم: «سولاریس» (آندری تارکوفسکی، ۱۹۷۲)" },
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
      ru: { title: "Открытие выставки: Российская империя в цвете — фотографии Сергея Прокудина-Горского" },
      ur: { title: "نمائش کا افتتاح: رنگوں میں روسی سلطنت — سرگئی پروکودن گورسکی کی تصاویر" },
      zh: { title: "展览开幕：彩色的俄罗斯帝国——谢尔盖·普罗库金-戈尔斯基摄影作品" },
      fa: { title: "افتتاح نمایشگاه: امپراتوری روسیه به رنگ — عکس‌های سرگئی پروکودین-گورسکی" },
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
      ru: { title: "Разговорный клуб русского языка" },
      ur: { title: "روسی گفتگو کلب" },
      zh: { title: "俄语会话俱乐部" },
      fa: { title: "باشگاه گفت‌وگوی روسی" },
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
      ru: { title: "108 минут Гагарина: как летал «Восток-1»" },
      ur: { title: "گاگارین کے 108 منٹ: ووستوک 1 نے کیسے پرواز کی" },
      zh: { title: "加加林的108分钟：东方1号的飞行历程" },
      fa: { title: "۱۰۸ دقیقه گاگارین: پرواز وستوک ۱ چگونه انجام شد" },
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
      ru: { title: "Чайковский и Рахманинов: фортепианный вечер" },
      ur: { title: "چائیکوفسکی اور رخمانینوف: پیانو کی ایک شام" },
      zh: { title: "柴可夫斯基与拉赫玛尼诺夫钢琴之夜" },
      fa: { title: "چایکوفسکی و راخمانینوف: شبی با پیانو" },
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
      ru: { title: "Мастер-класс по росписи матрёшки для детей" },
      ur: { title: "بچوں کے لیے ماتریوشکا گڑیا پینٹنگ ورکشاپ" },
      zh: { title: "儿童套娃彩绘工作坊" },
      fa: { title: "کارگاه نقاشی ماتریوشکا برای کودکان" },
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
      ru: { title: "Сеанс одновременной игры в шахматы: один мастер, 25 досок" },
      ur: { title: "شطرنج کا بیک وقت مقابلہ: ایک ماسٹر، 25 بساطیں" },
      zh: { title: "国际象棋车轮战：一位大师对弈25盘" },
      fa: { title: "مسابقه سیموولتانه شطرنج: یک استاد، ۲۵ صفحه" },
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
      ru: { title: "Киновечер: «Москва слезам не верит» (Владимир Меньшов, 1980)" },
      ur: { title: "فلم نائٹ: ماسکو آنسوؤں پر یقین نہیں کرتا (ولادیمیر مینشوف، 1980)" },
      zh: { title: "电影之夜：《莫斯科不相信眼泪》（弗拉基米尔·缅绍夫，1980）" },
      fa: { title: "شب فیلم: «مسکو اشک‌ها را باور نمی‌کند» (ولادیمیر منشوف، ۱۹۸۰)" },
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
      ru: { title: "Пакистано-российский бизнес-форум: текстиль, машиностроение и логистика" },
      ur: { title: "پاکستان روس بزنس فورم: ٹیکسٹائل، مشینری اور لاجسٹکس" },
      zh: { title: "巴基斯坦—俄罗斯商务论坛：纺织、机械与物流" },
      fa: { title: "همایش تجاری پاکستان و روسیه: نساجی، ماشین‌آلات و لجستیک" },
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
      ru: { title: "Пушкин и Икбал: вечер русской поэзии и поэзии урду" },
      ur: { title: "پشکن اور اقبال: اردو روسی شعری شام" },
      zh: { title: "普希金与伊克巴尔：乌尔都语—俄语诗歌之夜" },
      fa: { title: "پوشکین و اقبال: شب شعر اردو و روسی" },
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
      ru: { title: "Научная суббота: собери свой терменвокс" },
      ur: { title: "سائنس ورکشاپ: اپنا تھیرمن خود بنائیں" },
      zh: { title: "科学星期六：亲手制作特雷门琴" },
      fa: { title: "شنبه علمی: ترمین خودتان را بسازید" },
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
      ru: { title: "День Каид-и-Азама: награждение победителей конкурса эссе и плакатов" },
      ur: { title: "یومِ قائداعظم: طلبہ کے مضمون نویسی اور پوسٹر مقابلے کی تقسیمِ انعامات" },
      zh: { title: "真纳纪念日：学生征文与海报比赛颁奖" },
      fa: { title: "روز قائداعظم: اهدای جوایز مسابقه مقاله و پوستر دانش‌آموزی" },
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
      ru: { title: "Новогодняя ёлка для детей" },
      ur: { title: "بچوں کے لیے نئے سال کی یولکا تقریب" },
      zh: { title: "儿童新年枞树联欢会" },
      fa: { title: "جشن درخت سال نو (یولکا) برای کودکان" },
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
      ru: { title: "Татьянин день — День российского студенчества" },
      ur: { title: "تاتیانا ڈے: روسی طلبہ کا دن" },
      zh: { title: "塔季扬娜日：俄罗斯大学生节" },
      fa: { title: "روز تاتیانا: روز دانشجویان روسیه" },
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
      ru: { title: "Международный день родного языка: голоса России и Пакистана" },
      ur: { title: "مادری زبانوں کا عالمی دن: روس اور پاکستان کی آوازیں" },
      zh: { title: "国际母语日：俄罗斯与巴基斯坦之声" },
      fa: { title: "روز جهانی زبان مادری: صداهای روسیه و پاکستان" },
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
      ru: { title: "Масленица: проводы зимы" },
      ur: { title: "ماسلینتسا: سردیوں کو الوداع" },
      zh: { title: "谢肉节：送别冬天" },
      fa: { title: "ماسلنیتسا: بدرود با زمستان" },
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
      ru: { title: "День Пакистана: песни Пакистана и России" },
      ur: { title: "یومِ پاکستان: پاکستان اور روس کے نغمے" },
      zh: { title: "巴基斯坦日：巴基斯坦与俄罗斯歌曲之夜" },
      fa: { title: "روز پاکستان: ترانه‌های پاکستان و روسیه" },
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
      ru: { title: "День космонавтики: Юрина ночь" },
      ur: { title: "یومِ خلابازی: یوری کی رات" },
      zh: { title: "航天节：尤里之夜" },
      fa: { title: "روز کیهان‌نوردی: شب یوری" },
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
      ru: { title: "День Победы: концерт памяти" },
      ur: { title: "یومِ فتح: یادگاری محفلِ موسیقی" },
      zh: { title: "胜利日：纪念音乐会" },
      fa: { title: "روز پیروزی: کنسرت یادبود" },
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
      ru: { title: "День русского языка: день рождения Пушкина" },
      ur: { title: "روسی زبان کا دن: پشکن کی سالگرہ" },
      zh: { title: "俄语日：普希金诞辰" },
      fa: { title: "روز زبان روسی: زادروز پوشکین" },
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
      ru: { title: "День России: концерт народной музыки" },
      ur: { title: "یومِ روس: لوک موسیقی کا پروگرام" },
      zh: { title: "俄罗斯日：民族音乐会" },
      fa: { title: "روز روسیه: کنسرت موسیقی محلی" },
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
      ru: { title: "День независимости Пакистана: поднятие флага и культурная программа" },
      ur: { title: "یومِ آزادیٔ پاکستان: پرچم کشائی اور ثقافتی پروگرام" },
      zh: { title: "巴基斯坦独立日：升旗仪式与文艺演出" },
      fa: { title: "روز استقلال پاکستان: مراسم برافراشتن پرچم و برنامه فرهنگی" },
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
      ru: { title: "Всемирный день учителя: праздник в честь учителей" },
      ur: { title: "عالمی یومِ اساتذہ: اساتذہ کو خراجِ تحسین" },
      zh: { title: "世界教师日：向教师致敬" },
      fa: { title: "روز جهانی معلم: بزرگداشت معلمان" },
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
      ru: { title: "День народного единства: ярмарка народных промыслов" },
      ur: { title: "قومی اتحاد کا دن: روسی لوک دستکاری میلہ" },
      zh: { title: "民族团结日：俄罗斯民间工艺集市" },
      fa: { title: "روز وحدت ملی: بازارچه صنایع دستی روسی" },
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
      ru: { title: "День Икбала: «поэт Востока» на русском языке" },
      ur: { title: "یومِ اقبال: شاعرِ مشرق روسی زبان میں" },
      zh: { title: "伊克巴尔日：俄语中的东方诗人" },
      fa: { title: "روز اقبال: شاعر مشرق به زبان روسی" },
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
    .map(({ slug, day, fields: { start, durationMinutes, ...rest } }) => {
      const startsAt = atCenterTime(day, Math.floor(minutesOf(start) / 60), minutesOf(start) % 60);
      return { slug, ...rest, startsAt, endsAt: addMinutes(startsAt, durationMinutes) };
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

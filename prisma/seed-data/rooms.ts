// Conference rooms of the Center, named after Russian cultural and space figures.
import type { RoomTextField } from "../../lib/rooms/content";
import type { SeedDb, Translations } from "./util";

export interface RoomSeed {
  slug: string;
  name: string;
  description: string;
  translations: Translations<RoomTextField>;
  capacity: number;
  equipment: string[];
  opensAtMinute: number;
  closesAtMinute: number;
  hourlyRatePkr: number;
  bufferMinutes: number;
  requiresApproval: boolean;
}

export const ROOMS: RoomSeed[] = [
  {
    slug: "gagarin-hall",
    name: "Gagarin Hall",
    description:
      "The Center's main auditorium on the ground floor, with raked seating, a stage and two interpretation booths for conferences, film screenings and concerts.",
    translations: {
      ru: {
        name: "Зал имени Гагарина",
        description:
          "Главный зрительный зал Центра на первом этаже: амфитеатр, сцена и две кабины синхронного перевода для конференций, кинопоказов и концертов.",
      },
      ur: {
        name: "گاگارین ہال",
        description:
          "گراؤنڈ فلور پر مرکز کا مرکزی آڈیٹوریم، جس میں ڈھلوان دار نشستیں، اسٹیج اور ترجمانی کے دو بوتھ ہیں؛ کانفرنسوں، فلموں کی نمائش اور کنسرٹس کے لیے۔",
      },
      zh: {
        name: "加加林大厅",
        description:
          "中心位于一楼的主礼堂，设有阶梯式座位、舞台和两个同声传译间，适用于会议、电影放映和音乐会。",
      },
      fa: {
        name: "تالار گاگارین",
        description:
          "سالن اصلی مرکز در طبقه همکف، با صندلی‌های پلکانی، صحنه و دو اتاقک ترجمه همزمان برای همایش‌ها، نمایش فیلم و کنسرت.",
      },
    },
    capacity: 120,
    equipment: [
      "Laser projector with 6 m screen",
      "Simultaneous interpretation booths (2) with 120 receivers",
      "Wireless microphones (4)",
      "Stage with lectern",
      "Concert grand piano",
      "Video-conferencing system",
      "Hearing loop",
    ],
    opensAtMinute: 9 * 60,
    closesAtMinute: 22 * 60,
    hourlyRatePkr: 25000,
    bufferMinutes: 30,
    requiresApproval: true,
  },
  {
    slug: "tolstoy-seminar-room",
    name: "Tolstoy Seminar Room",
    description:
      "A bright seminar room for workshops, training sessions and language classes, with tables that can be set in a U-shape or in rows.",
    translations: {
      ru: {
        name: "Семинарская комната имени Толстого",
        description:
          "Светлая семинарская комната для мастер-классов, тренингов и языковых занятий; столы можно расставить буквой «П» или рядами.",
      },
      ur: {
        name: "ٹالسٹائی سیمینار روم",
        description:
          "ورکشاپس، تربیتی نشستوں اور زبان کی کلاسوں کے لیے ایک روشن سیمینار روم، جس کی میزیں U کی شکل میں یا قطاروں میں لگائی جا سکتی ہیں۔",
      },
      zh: {
        name: "托尔斯泰研讨室",
        description:
          "明亮的研讨室，适合工作坊、培训和语言课程，桌子可摆成U形或成排摆放。",
      },
      fa: {
        name: "اتاق سمینار تولستوی",
        description:
          "اتاق سمیناری روشن برای کارگاه‌ها، دوره‌های آموزشی و کلاس‌های زبان، با میزهایی که می‌توان آن‌ها را به شکل U یا ردیفی چید.",
      },
    },
    capacity: 24,
    equipment: ["Interactive whiteboard", "Projector", "Video-conferencing camera", "Flip charts (2)", "Wi-Fi"],
    opensAtMinute: 8 * 60,
    closesAtMinute: 21 * 60,
    hourlyRatePkr: 6000,
    bufferMinutes: 15,
    requiresApproval: false,
  },
  {
    slug: "pushkin-boardroom",
    name: "Pushkin Boardroom",
    description:
      "A quiet boardroom with one long table for business meetings, negotiations and small delegations, next to the Center's reception.",
    translations: {
      ru: {
        name: "Переговорная имени Пушкина",
        description:
          "Тихая переговорная с одним длинным столом для деловых встреч, переговоров и небольших делегаций, рядом со стойкой администратора Центра.",
      },
      ur: {
        name: "پشکن بورڈ روم",
        description:
          "مرکز کے استقبالیہ کے ساتھ ایک پُرسکون بورڈ روم، جس میں ایک لمبی میز ہے؛ کاروباری ملاقاتوں، مذاکرات اور چھوٹے وفود کے لیے۔",
      },
      zh: {
        name: "普希金会议室",
        description:
          "安静的会议室，配有一张长桌，适合商务会谈、谈判和接待小型代表团，紧邻中心前台。",
      },
      fa: {
        name: "اتاق هیئت‌مدیره پوشکین",
        description:
          "اتاق جلسه‌ای آرام با یک میز بلند برای جلسات کاری، مذاکرات و هیئت‌های کوچک، در کنار پذیرش مرکز.",
      },
    },
    capacity: 14,
    equipment: ["65-inch display", "Video-conferencing system", "Conference speakerphone", "Tea and coffee service"],
    opensAtMinute: 8 * 60,
    closesAtMinute: 20 * 60,
    hourlyRatePkr: 8000,
    bufferMinutes: 15,
    requiresApproval: true,
  },
  {
    slug: "tereshkova-studio",
    name: "Tereshkova Studio",
    description:
      "A flexible studio with movable furniture and a washable floor for children's classes, art workshops, rehearsals and chess tournaments.",
    translations: {
      ru: {
        name: "Студия имени Терешковой",
        description:
          "Универсальная студия с передвижной мебелью и моющимся полом для детских занятий, художественных мастер-классов, репетиций и шахматных турниров.",
      },
      ur: {
        name: "تریشکووا اسٹوڈیو",
        description:
          "ایک کشادہ اور ہمہ مقصد اسٹوڈیو، جس کا فرنیچر ہٹایا جا سکتا ہے اور فرش دھویا جا سکتا ہے؛ بچوں کی کلاسوں، آرٹ ورکشاپس، ریہرسلوں اور شطرنج کے ٹورنامنٹس کے لیے۔",
      },
      zh: {
        name: "捷列什科娃工作室",
        description:
          "多功能工作室，家具可移动，地面可清洗，适合儿童课程、美术工作坊、排练和国际象棋比赛。",
      },
      fa: {
        name: "استودیو ترشکووا",
        description:
          "استودیویی چندمنظوره با مبلمان جابه‌جاشدنی و کفپوش قابل شست‌وشو برای کلاس‌های کودکان، کارگاه‌های هنری، تمرین‌های اجرا و مسابقات شطرنج.",
      },
    },
    capacity: 30,
    equipment: ["Movable tables and chairs", "Projector", "Sound system", "Sink and art-supplies cabinet", "Upright piano"],
    opensAtMinute: 9 * 60,
    closesAtMinute: 21 * 60,
    hourlyRatePkr: 7000,
    bufferMinutes: 30,
    requiresApproval: true,
  },
  {
    slug: "mendeleev-lab",
    name: "Mendeleev Lab",
    description:
      "A hands-on science classroom beside the exhibition galleries, used for school workshops and STEM clubs.",
    translations: {
      ru: {
        name: "Лаборатория имени Менделеева",
        description:
          "Учебная лаборатория для практических занятий по естественным наукам рядом с выставочными залами; здесь проходят школьные мастер-классы и научно-технические кружки.",
      },
      ur: {
        name: "مینڈیلیف لیب",
        description:
          "نمائشی گیلریوں کے ساتھ سائنس کا عملی کلاس روم، جو اسکولوں کی ورکشاپس اور STEM کلبوں کے لیے استعمال ہوتا ہے۔",
      },
      zh: {
        name: "门捷列夫实验室",
        description:
          "位于展厅旁的科学实践教室，用于学校工作坊和STEM兴趣小组活动。",
      },
      fa: {
        name: "آزمایشگاه مندلیف",
        description:
          "کلاس علوم عملی در کنار تالارهای نمایشگاه که برای کارگاه‌های مدرسه‌ای و باشگاه‌های STEM به کار می‌رود.",
      },
    },
    capacity: 20,
    equipment: ["Lab benches (10)", "Digital microscopes (10)", "Interactive display", "Safety shower and eyewash"],
    opensAtMinute: 8 * 60,
    closesAtMinute: 18 * 60,
    hourlyRatePkr: 9000,
    bufferMinutes: 30,
    requiresApproval: true,
  },
];

/** Upserts every room by slug and returns slug → id. */
export async function seedRooms(db: SeedDb): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const room of ROOMS) {
    const { id } = await db.room.upsert({
      where: { slug: room.slug },
      create: room,
      update: room,
      select: { id: true },
    });
    ids.set(room.slug, id);
  }
  return ids;
}

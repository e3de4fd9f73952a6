// Russian language courses (CEFR A1–C2) with sections taught by the demo teacher.
import { Audience, CefrLevel } from "../../lib/generated/prisma/enums";
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
  meetings: MeetingSeed[];
}

interface CourseSeed {
  slug: string;
  title: string;
  description: string;
  translations: Translations<"title">;
  level: CefrLevel;
  audience: Audience;
  sections: SectionSeed[];
}

export const TERM_WEEKS = 12;

// One teacher (the demo teacher) takes every section, so the weekly grid below has no clashes
// for her or for any room:
//   Mon/Wed  16:30 A2 teens (Tolstoy) · 18:30 A1 adults (Tolstoy)
//   Tue/Thu  16:00 A1 kids (Tolstoy) · 18:00 B1 business (Pushkin) · 20:00 A1 adults (online)
//   Fri      18:30 C1 literature (Tolstoy)
//   Sat      09:30 A1 kids (Tereshkova) · 11:30 B2 TORFL (Tolstoy) · 15:00 A2 teens (online)
//   Sun      10:00 B2 TORFL (online) · 15:00 C2 translation (online)

export const COURSES: CourseSeed[] = [
  {
    slug: "russian-for-kids-a1",
    title: "Russian for Kids A1 (ages 7–10)",
    description:
      "A playful first course in Russian for children aged 7 to 10: the Cyrillic alphabet, greetings, numbers, colours, family and animals, learnt through songs, games, cartoons and crafts. No homework beyond short practice sheets; parents receive a weekly note on what was covered.",
    translations: {
      ru: { title: "Русский для детей A1 (7–10 лет)" },
      ur: { title: "بچوں کے لیے روسی زبان A1 (عمر 7 تا 10 سال)" },
      zh: { title: "少儿俄语 A1（7–10岁）" },
      fa: { title: "روسی برای کودکان A1 (۷ تا ۱۰ سال)" },
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
        meetings: [{ weekday: 6, start: "09:30", end: "11:00" }],
      },
      {
        code: "RUS-A1-K-02",
        startsInWeeks: 2,
        room: "tolstoy-seminar-room",
        capacity: 14,
        feePkr: 18000,
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
      ru: { title: "Русский для подростков A2" },
      ur: { title: "نوجوانوں کے لیے روسی زبان A2" },
      zh: { title: "青少年俄语 A2" },
      fa: { title: "روسی برای نوجوانان A2" },
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
      ru: { title: "Русский для взрослых A1, вечерняя группа" },
      ur: { title: "بالغوں کے لیے روسی زبان A1 (شام کی کلاس)" },
      zh: { title: "成人俄语 A1 晚间班" },
      fa: { title: "روسی برای بزرگسالان A1، دوره عصرگاهی" },
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
        meetings: [
          { weekday: 2, start: "20:00", end: "21:30" },
          { weekday: 4, start: "20:00", end: "21:30" },
        ],
      },
    ],
  },
  {
    slug: "business-russian-b1",
    title: "Business Russian B1",
    description:
      "For professionals who already speak everyday Russian and deal with Russian partners. Covers business correspondence, phone calls, presentations, negotiations, contracts and trade-fair small talk, with case studies from Russian–Pakistani trade.",
    translations: {
      ru: { title: "Деловой русский язык B1" },
      ur: { title: "کاروباری روسی زبان B1" },
      zh: { title: "商务俄语 B1" },
      fa: { title: "روسی تجاری B1" },
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
      ru: { title: "Подготовка к ТРКИ-2 (B2)" },
      ur: { title: "ٹی او آر ایف ایل-2 امتحان کی تیاری (B2)" },
      zh: { title: "俄语等级考试 TORFL-2 备考班（B2）" },
      fa: { title: "آمادگی آزمون TORFL-2 (B2)" },
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
        meetings: [{ weekday: 6, start: "11:30", end: "14:30" }],
      },
      {
        code: "RUS-B2-TORFL-02",
        startsInWeeks: 4,
        room: null,
        capacity: 15,
        feePkr: 40000,
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
      ru: { title: "Продвинутый русский C1: литература и СМИ" },
      ur: { title: "اعلیٰ روسی زبان C1: ادب اور میڈیا" },
      zh: { title: "高级俄语 C1：文学与媒体" },
      fa: { title: "روسی پیشرفته C1: ادبیات و رسانه" },
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
      ru: { title: "Русский язык C2: письменный и устный перевод" },
      ur: { title: "روسی زبان میں مہارت C2: ترجمہ اور ترجمانی" },
      zh: { title: "精通俄语 C2：笔译与口译" },
      fa: { title: "تسلط بر زبان روسی C2: ترجمه کتبی و شفاهی" },
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
      const { id } = await db.courseSection.upsert({
        where: { code },
        create: { code, ...fields },
        update: fields,
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

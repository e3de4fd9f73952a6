// Conference rooms of the Center, named after Russian cultural and space figures.
import type { SeedDb, Translations } from "./util";

export interface RoomSeed {
  slug: string;
  name: string;
  description: string;
  translations: Translations<"name">;
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
      ru: { name: "Зал имени Гагарина" },
      ur: { name: "گاگارین ہال" },
      zh: { name: "加加林大厅" },
      fa: { name: "تالار گاگارین" },
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
      ru: { name: "Семинарская комната имени Толстого" },
      ur: { name: "ٹالسٹائی سیمینار روم" },
      zh: { name: "托尔斯泰研讨室" },
      fa: { name: "اتاق سمینار تولستوی" },
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
      ru: { name: "Переговорная имени Пушкина" },
      ur: { name: "پشکن بورڈ روم" },
      zh: { name: "普希金会议室" },
      fa: { name: "اتاق هیئت‌مدیره پوشکین" },
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
      ru: { name: "Студия имени Терешковой" },
      ur: { name: "تریشکووا اسٹوڈیو" },
      zh: { name: "捷列什科娃工作室" },
      fa: { name: "استودیو ترشکووا" },
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
      ru: { name: "Лаборатория имени Менделеева" },
      ur: { name: "مینڈیلیف لیب" },
      zh: { name: "门捷列夫实验室" },
      fa: { name: "آزمایشگاه مندلیف" },
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

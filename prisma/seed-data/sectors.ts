// Business sectors: a two-level tree (commercial / industrial / services, then finer sectors).
import type { SectorTextField } from "../../lib/businesses/content";
import type { SeedDb, Translations } from "./util";

export interface SectorSeed {
  slug: string;
  name: string;
  translations: Translations<SectorTextField>;
  children?: SectorSeed[];
}

const t = (ru: string, ur: string, zh: string, fa: string): Translations<SectorTextField> => ({
  ru: { name: ru },
  ur: { name: ur },
  zh: { name: zh },
  fa: { name: fa },
});

export const SECTORS: SectorSeed[] = [
  {
    slug: "commercial",
    name: "Commercial",
    translations: t("Торговля", "تجارت", "商业", "بازرگانی"),
    children: [
      {
        slug: "trade-distribution",
        name: "Trade & distribution",
        translations: t("Оптовая торговля и дистрибуция", "تجارت اور تقسیم کاری", "贸易与分销", "تجارت و توزیع"),
      },
      { slug: "retail", name: "Retail", translations: t("Розничная торговля", "خوردہ فروشی", "零售", "خرده‌فروشی") },
      {
        slug: "import-export",
        name: "Import & export",
        translations: t("Импорт и экспорт", "درآمد و برآمد", "进出口", "واردات و صادرات"),
      },
    ],
  },
  {
    slug: "industrial",
    name: "Industrial",
    translations: t("Промышленность", "صنعت", "工业", "صنعت"),
    children: [
      { slug: "energy", name: "Energy", translations: t("Энергетика", "توانائی", "能源", "انرژی") },
      { slug: "textiles", name: "Textiles & apparel", translations: t("Текстиль и одежда", "ٹیکسٹائل اور ملبوسات", "纺织与服装", "نساجی و پوشاک") },
      { slug: "machinery", name: "Machinery & equipment", translations: t("Машиностроение и оборудование", "مشینری اور آلات", "机械与设备", "ماشین‌آلات و تجهیزات") },
      { slug: "chemicals", name: "Chemicals & plastics", translations: t("Химия и пластмассы", "کیمیکلز اور پلاسٹک", "化工与塑料", "مواد شیمیایی و پلاستیک") },
      {
        slug: "agri-food",
        name: "Agriculture & food processing",
        translations: t("Сельское хозяйство и пищевая промышленность", "زراعت اور فوڈ پروسیسنگ", "农业与食品加工", "کشاورزی و فرآوری مواد غذایی"),
      },
      {
        slug: "construction-materials",
        name: "Construction materials",
        translations: t("Строительные материалы", "تعمیراتی سامان", "建筑材料", "مصالح ساختمانی"),
      },
      { slug: "automotive", name: "Automotive", translations: t("Автомобилестроение", "آٹوموٹیو", "汽车", "خودروسازی") },
      { slug: "metals", name: "Metals & metalworking", translations: t("Металлургия и металлообработка", "دھاتیں اور دھات کاری", "冶金与金属加工", "فلزات و فلزکاری") },
      {
        slug: "pharma-medical",
        name: "Pharmaceuticals & medical devices",
        translations: t("Фармацевтика и медицинские изделия", "ادویہ سازی اور طبی آلات", "制药与医疗器械", "داروسازی و تجهیزات پزشکی"),
      },
    ],
  },
  {
    slug: "services",
    name: "Services",
    translations: t("Услуги", "خدمات", "服务业", "خدمات"),
    children: [
      { slug: "it-software", name: "IT & software", translations: t("ИТ и программное обеспечение", "آئی ٹی اور سافٹ ویئر", "信息技术与软件", "فناوری اطلاعات و نرم‌افزار") },
      {
        slug: "logistics-transport",
        name: "Logistics & transport",
        translations: t("Логистика и транспорт", "لاجسٹکس اور نقل و حمل", "物流与运输", "لجستیک و حمل‌ونقل"),
      },
      { slug: "education", name: "Education", translations: t("Образование", "تعلیم", "教育", "آموزش") },
      { slug: "healthcare", name: "Healthcare", translations: t("Здравоохранение", "صحت کی دیکھ بھال", "医疗卫生", "بهداشت و درمان") },
      { slug: "tourism", name: "Tourism & hospitality", translations: t("Туризм и гостеприимство", "سیاحت اور مہمان نوازی", "旅游与酒店", "گردشگری و هتلداری") },
      { slug: "finance", name: "Finance & insurance", translations: t("Финансы и страхование", "مالیات اور بیمہ", "金融与保险", "مالی و بیمه") },
      {
        slug: "engineering-consulting",
        name: "Engineering & consulting",
        translations: t("Инжиниринг и консалтинг", "انجینئرنگ اور مشاورت", "工程与咨询", "مهندسی و مشاوره"),
      },
    ],
  },
];

/** Upserts the tree by slug, parents first; returns slug → id for every sector. */
export async function seedSectors(db: SeedDb): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const upsert = async ({ slug, name, translations }: SectorSeed, parentId: string | null) => {
    const { id } = await db.sector.upsert({
      where: { slug },
      create: { slug, name, translations, parentId },
      update: { name, translations, parentId },
      select: { id: true },
    });
    ids.set(slug, id);
    return id;
  };
  for (const top of SECTORS) {
    const parentId = await upsert(top, null);
    for (const child of top.children ?? []) await upsert(child, parentId);
  }
  return ids;
}

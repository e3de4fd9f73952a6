// Imperial Russia: two exhibitions with their exhibits, in five languages.
import { Era } from "../../../lib/generated/prisma/enums";
import type { ExhibitionSeed } from "./types";

export const IMPERIAL_EXHIBITIONS: ExhibitionSeed[] = [
  {
    slug: "electric-empire",
    era: Era.IMPERIAL,
    title: "The Electric Empire: Light, Motors, Radio and Steel Lace",
    summary:
      "How Russian engineers of the late 1800s lit city streets, powered factories, sent signals through the air and built towers of steel lace.",
    description:
      "Walk through the decades when electricity changed everyday life. Visitors switch on a replica arc lamp, listen for distant 'lightning' on a coherer receiver and build a hyperboloid tower out of straight sticks. Hands-on stations make it suitable for younger groups as well as senior students.",
    translations: {
      ru: {
        title: "Электрическая империя: свет, двигатели, радио и стальное кружево",
        summary:
          "Как русские инженеры конца XIX века осветили городские улицы, дали энергию заводам, передали сигналы по воздуху и построили башни из стального кружева.",
      },
      ur: {
        title: "برقی سلطنت: روشنی، موٹریں، ریڈیو اور فولادی جالی",
        summary:
          "انیسویں صدی کے آخر میں روسی انجینئروں نے کس طرح شہروں کی سڑکیں روشن کیں، کارخانوں کو بجلی دی، ہوا کے ذریعے سگنل بھیجے اور فولادی جالی کے مینار بنائے۔",
      },
      zh: {
        title: "电气帝国：电灯、电机、无线电与钢铁花边",
        summary: "19世纪末的俄国工程师如何点亮城市街道、为工厂提供动力、通过空气传递信号，并建造钢铁花边般的高塔。",
      },
      fa: {
        title: "امپراتوری برق: روشنایی، موتور، رادیو و توری فولادی",
        summary:
          "مهندسان روس در اواخر سده نوزدهم چگونه خیابان‌های شهر را روشن کردند، به کارخانه‌ها نیرو دادند، علائم را از راه هوا فرستادند و برج‌هایی از توری فولادی ساختند.",
      },
    },
    ageMin: 8,
    ageMax: 18,
    durationMinutes: 75,
    tourLanguages: ["en", "ur", "ru", "zh"],
    minGroupSize: 5,
    maxGroupSize: 60,
    exhibits: [
      {
        invention: "Electric candle (arc lamp)",
        inventor: "Pavel Yablochkov",
        year: 1876,
        story:
          "Pavel Yablochkov placed two carbon rods side by side, separated by a layer of kaolin clay, so that an electric arc burned steadily at the tip like a candle flame. He patented the design in Paris in 1876. In 1878 his candles lit the Avenue de l'Opéra, and Parisians called the new street lighting 'la lumière russe' — the Russian light.",
      },
      {
        invention: "Carbon-rod incandescent lamp",
        inventor: "Alexander Lodygin",
        year: 1874,
        story:
          "Alexander Lodygin made a lamp in which a thin carbon rod glowed inside a glass bulb instead of burning in the open air. He demonstrated electric lighting in St Petersburg in 1873 and received a Russian patent in 1874, together with the Academy of Sciences' Lomonosov Prize. He later experimented with filaments of refractory metals such as tungsten, the material of most incandescent bulbs made since.",
      },
      {
        invention: "Three-phase induction motor",
        inventor: "Mikhail Dolivo-Dobrovolsky",
        year: 1889,
        story:
          "Working at AEG in Berlin, Mikhail Dolivo-Dobrovolsky built a simple, robust three-phase motor with a 'squirrel-cage' rotor in 1889. In 1891 he helped show that three-phase power could be sent about 175 kilometres, from Lauffen to the electrical exhibition in Frankfurt. Most motors in today's pumps, fans and factory machines still follow his design.",
      },
      {
        invention: "Radio receiver and lightning detector",
        inventor: "Alexander Popov",
        year: 1895,
        story:
          "On 7 May 1895 Alexander Popov showed the Russian Physical-Chemical Society in St Petersburg a receiver that detected electromagnetic waves with a coherer and rang a bell. Connected to a tall antenna it also registered distant thunderstorms, so it was used as a lightning detector. Russia celebrates 7 May as Radio Day in his honour.",
      },
      {
        invention: "Hyperboloid lattice tower",
        inventor: "Vladimir Shukhov",
        year: 1896,
        story:
          "Vladimir Shukhov realised that a curved, net-like tower could be built entirely from straight steel beams set at an angle. His first hyperboloid water tower stood at the All-Russian Exhibition in Nizhny Novgorod in 1896. The light and strong shape was later used for his Shabolovka radio tower in Moscow, completed in 1922, and still inspires architects.",
      },
    ],
  },
  {
    slug: "pioneers-of-flight-and-discovery",
    era: Era.IMPERIAL,
    title: "Pioneers of Flight and Discovery",
    summary:
      "From the periodic table to the first four-engine aeroplane: discoveries of the Russian Empire that changed science and travel.",
    description:
      "Meet the chemist who predicted elements before they were found, the teacher who calculated how rockets could reach space, the photographer who captured the empire in colour and the engineers who took people into the sky and brought them safely down. Groups test parachute models, combine colour images from three filters and play a periodic-table card game.",
    translations: {
      ru: {
        title: "Первопроходцы полёта и открытий",
        summary:
          "От периодической таблицы до первого четырёхмоторного самолёта: открытия Российской империи, изменившие науку и путешествия.",
      },
      ur: {
        title: "پرواز اور دریافت کے بانی",
        summary:
          "پیریاڈک ٹیبل سے لے کر پہلے چار انجن والے ہوائی جہاز تک: روسی سلطنت کی وہ دریافتیں جنہوں نے سائنس اور سفر کو بدل دیا۔",
      },
      zh: {
        title: "飞行与发现的先驱",
        summary: "从元素周期表到世界上第一架四引擎飞机：改变了科学与旅行的俄罗斯帝国时期的发现。",
      },
      fa: {
        title: "پیشگامان پرواز و کشف",
        summary: "از جدول تناوبی تا نخستین هواپیمای چهارموتوره: کشف‌هایی از دوران امپراتوری روسیه که علم و سفر را دگرگون کردند.",
      },
    },
    ageMin: 10,
    ageMax: 18,
    durationMinutes: 90,
    tourLanguages: ["en", "ur", "ru", "fa"],
    minGroupSize: 5,
    maxGroupSize: 50,
    exhibits: [
      {
        invention: "Periodic table of the elements",
        inventor: "Dmitri Mendeleev",
        year: 1869,
        story:
          "In 1869 Dmitri Mendeleev arranged the 63 elements then known by atomic weight and saw that their properties repeated in a regular pattern. He boldly left gaps and predicted the properties of elements nobody had yet found. When gallium (1875), scandium (1879) and germanium (1886) were discovered and matched his predictions, his table was accepted around the world.",
      },
      {
        invention: "The rocket equation",
        inventor: "Konstantin Tsiolkovsky",
        year: 1903,
        story:
          "Konstantin Tsiolkovsky, a largely self-taught schoolteacher in Kaluga who had lost most of his hearing as a child, published 'The Exploration of Cosmic Space by Means of Reaction Devices' in 1903. In it he derived the rocket equation, which links a rocket's final speed to its exhaust speed and the share of its mass that is fuel, and proposed liquid hydrogen and oxygen as propellants. Half a century later Soviet engineers built on his ideas to reach space.",
      },
      {
        invention: "Three-colour photography of the Russian Empire",
        inventor: "Sergey Prokudin-Gorsky",
        year: 1909,
        story:
          "Sergey Prokudin-Gorsky photographed each scene three times through red, green and blue filters on one glass plate, then projected the three images together to recreate full colour. With the support of Tsar Nicholas II from 1909, he travelled in a specially equipped railway carriage to record the people, buildings and landscapes of the empire. His glass plates were bought by the US Library of Congress in 1948 and can now be viewed online by anyone.",
      },
      {
        invention: "Knapsack parachute RK-1",
        inventor: "Gleb Kotelnikov",
        year: 1911,
        story:
          "After seeing the pilot Lev Matsievich fall to his death at an air show in St Petersburg in 1910, Gleb Kotelnikov designed a compact parachute packed into a knapsack that opened when the wearer pulled a ring. He built his RK-1 in 1911. In one test he opened a parachute from a speeding car, which was dragged to a stop — an early hint of the brake parachutes later used by aircraft.",
      },
      {
        invention: "Russky Vityaz, the first four-engine aeroplane",
        inventor: "Igor Sikorsky",
        year: 1913,
        story:
          "In 1913 Igor Sikorsky flew the Russky Vityaz in St Petersburg: the world's first aeroplane with four engines, with an enclosed cabin where passengers could walk about. Its successor, the Ilya Muromets, made record long-distance flights with passengers. Sikorsky later emigrated to the United States, where in 1939 he flew the VS-300, the first practical single-rotor helicopter.",
      },
    ],
  },

];

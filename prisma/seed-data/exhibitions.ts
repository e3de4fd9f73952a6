// Science & technology exhibitions that schools visit on field trips, two per era.
import { Era } from "../../lib/generated/prisma/enums";
import type { SeedDb, Translations } from "./util";

export interface ExhibitSeed {
  invention: string;
  inventor: string;
  year: number;
  story: string;
}

export interface ExhibitionSeed {
  slug: string;
  era: Era;
  title: string;
  summary: string;
  description: string;
  translations: Translations<"title" | "summary">;
  ageMin: number;
  ageMax: number;
  durationMinutes: number;
  tourLanguages: string[];
  minGroupSize: number;
  maxGroupSize: number;
  /** Exhibits in gallery order (position = index + 1). */
  exhibits: ExhibitSeed[];
}

export const EXHIBITIONS: ExhibitionSeed[] = [
  // ─────────────── Imperial Russia ───────────────
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

  // ─────────────── Soviet Union ───────────────
  {
    slug: "road-to-the-stars",
    era: Era.SOVIET,
    title: "Road to the Stars: The Soviet Space Age",
    summary: "Follow the journey from the first artificial satellite to a space station that stayed in orbit for fifteen years.",
    description:
      "Hear Sputnik's famous 'beep-beep', sit in a full-size model of Gagarin's Vostok capsule and steer a model rover across a lunar landscape. The exhibition tells the story of the scientists, engineers and cosmonauts who opened the space age, including the first woman in space.",
    translations: {
      ru: {
        title: "Дорога к звёздам: советская космическая эра",
        summary: "Путь от первого искусственного спутника до космической станции, проработавшей на орбите пятнадцать лет.",
      },
      ur: {
        title: "ستاروں کی راہ: سوویت خلائی دور",
        summary: "پہلے مصنوعی سیارے سے لے کر اُس خلائی اسٹیشن تک کا سفر جو پندرہ برس تک مدار میں رہا۔",
      },
      zh: {
        title: "通往星空之路：苏联太空时代",
        summary: "追随从第一颗人造卫星到在轨运行十五年的空间站的探索历程。",
      },
      fa: {
        title: "راه ستارگان: عصر فضایی شوروی",
        summary: "سفری از نخستین ماهواره مصنوعی تا ایستگاه فضایی‌ای که پانزده سال در مدار ماند.",
      },
    },
    ageMin: 6,
    ageMax: 18,
    durationMinutes: 90,
    tourLanguages: ["en", "ur", "ru", "zh", "fa"],
    minGroupSize: 5,
    maxGroupSize: 60,
    exhibits: [
      {
        invention: "Sputnik 1, the first artificial satellite",
        inventor: "Sergei Korolev and the OKB-1 design bureau",
        year: 1957,
        story:
          "On 4 October 1957 the Soviet Union launched Sputnik 1, the first artificial satellite, from the Baikonur Cosmodrome. The polished 58-centimetre sphere carried four long antennas and a radio transmitter whose 'beep-beep' signal radio amateurs all over the world could hear. It circled the Earth about every 96 minutes until it burned up in the atmosphere in January 1958.",
      },
      {
        invention: "Vostok 1, the first human spaceflight",
        inventor: "Sergei Korolev (chief designer); cosmonaut Yuri Gagarin",
        year: 1961,
        story:
          "On 12 April 1961 Yuri Gagarin became the first person in space, orbiting the Earth once aboard Vostok 1 in 108 minutes. As the rocket lifted off he said 'Poyekhali!' — 'Let's go!'. He ejected from the capsule at about seven kilometres and landed by parachute near the Volga River, where a farmer and her granddaughter were the first people to greet him.",
      },
      {
        invention: "Vostok 6, the first woman in space",
        inventor: "Cosmonaut Valentina Tereshkova",
        year: 1963,
        story:
          "On 16 June 1963 Valentina Tereshkova, a former textile-factory worker and amateur parachutist, became the first woman to fly in space. Aboard Vostok 6 she orbited the Earth 48 times in almost three days, longer than all American astronauts' flights up to then put together. Her radio call sign was 'Chaika' — Seagull.",
      },
      {
        invention: "Lunokhod 1, the first rover on another world",
        inventor: "Georgy Babakin's Lavochkin design bureau",
        year: 1970,
        story:
          "Lunokhod 1 was landed on the Moon by the Luna 17 spacecraft on 17 November 1970, the first remote-controlled rover to explore another world. A crew on Earth drove it by watching television pictures from its cameras, with a delay of several seconds. Powered by solar panels during the lunar day, it worked for about ten months and travelled more than 10 kilometres across the Sea of Rains.",
      },
      {
        invention: "Mir, the first modular space station",
        inventor: "NPO Energia",
        year: 1986,
        story:
          "The core module of Mir was launched on 20 February 1986, and new modules were added over the next ten years to build the first long-term modular space station. Cosmonauts and astronauts from many countries lived aboard; physician Valeri Polyakov stayed for 437 days in 1994–1995, still the record for a single spaceflight. Mir was brought down safely into the Pacific Ocean in 2001.",
      },
    ],
  },
  {
    slug: "science-for-everyday-life",
    era: Era.SOVIET,
    title: "Science for Everyday Life: Soviet Breakthroughs",
    summary:
      "Music played without touching, the first nuclear power plant, a frame that heals broken bones and the most famous puzzle game ever made.",
    description:
      "This exhibition shows how Soviet physicists, doctors and programmers turned laboratory ideas into things that changed people's lives. Students play a theremin, model how a tokamak holds hot plasma with magnets and compete at Tetris in its original text-mode version.",
    translations: {
      ru: {
        title: "Наука для жизни: советские прорывы",
        summary:
          "Музыка без прикосновений, первая атомная электростанция, аппарат, сращивающий сломанные кости, и самая знаменитая игра-головоломка в истории.",
      },
      ur: {
        title: "روزمرہ زندگی کے لیے سائنس: سوویت کامیابیاں",
        summary:
          "چھوئے بغیر بجنے والی موسیقی، دنیا کا پہلا جوہری بجلی گھر، ٹوٹی ہڈیاں جوڑنے والا فریم اور تاریخ کا سب سے مشہور پزل گیم۔",
      },
      zh: {
        title: "服务生活的科学：苏联的突破",
        summary: "无需触碰就能演奏的音乐、第一座核电站、治愈骨折的外固定架，以及史上最著名的益智游戏。",
      },
      fa: {
        title: "علم در خدمت زندگی: دستاوردهای شوروی",
        summary:
          "موسیقی‌ای که بی‌لمس نواخته می‌شود، نخستین نیروگاه هسته‌ای، قابی که استخوان شکسته را درمان می‌کند و مشهورترین بازی پازل تاریخ.",
      },
    },
    ageMin: 10,
    ageMax: 18,
    durationMinutes: 90,
    tourLanguages: ["en", "ur", "ru"],
    minGroupSize: 5,
    maxGroupSize: 50,
    exhibits: [
      {
        invention: "Theremin",
        inventor: "Lev Termen (Léon Theremin)",
        year: 1920,
        story:
          "While working on sensors at a physics institute in Petrograd, Lev Termen noticed that the pitch of a circuit changed as he moved his hand near it. In 1920 he turned this into the theremin, played by moving the hands near two antennas without touching anything. He demonstrated it to Vladimir Lenin in 1922, and its eerie sound later became famous in film music.",
      },
      {
        invention: "Ilizarov apparatus",
        inventor: "Gavriil Ilizarov",
        year: 1951,
        story:
          "Working as a surgeon in the town of Kurgan, Gavriil Ilizarov designed a frame of steel rings joined by rods and tensioned wires that holds the pieces of a broken bone in place. He found that bone pulled apart very slowly, about a millimetre a day, grows new tissue in the gap, so the frame can even lengthen limbs. Patients came to his clinic from all over the world, among them the Olympic high-jump champion Valery Brumel.",
      },
      {
        invention: "Obninsk Nuclear Power Plant",
        inventor: "Igor Kurchatov's programme; scientific lead Dmitry Blokhintsev",
        year: 1954,
        story:
          "On 27 June 1954 the AM-1 reactor at Obninsk, south-west of Moscow, began supplying electricity to the grid — the first nuclear power plant in the world to do so. It produced 5 megawatts, and for decades it also served as a centre for research and training. It was shut down in 2002 and is now a museum.",
      },
      {
        invention: "Tokamak fusion device",
        inventor: "Igor Tamm and Andrei Sakharov; built at the Kurchatov Institute",
        year: 1958,
        story:
          "In the early 1950s physicists Igor Tamm and Andrei Sakharov proposed holding a plasma hotter than the core of the Sun inside a ring-shaped magnetic 'bottle'. The first tokamak, T-1, was built at the Kurchatov Institute in Moscow in 1958; the name is a Russian abbreviation for 'toroidal chamber with magnetic coils'. The international ITER fusion project in France, in which Russia takes part, is a tokamak too.",
      },
      {
        invention: "Tetris",
        inventor: "Alexey Pajitnov",
        year: 1984,
        story:
          "In 1984 Alexey Pajitnov, a researcher at the Computing Centre of the USSR Academy of Sciences in Moscow, wrote a puzzle game on an Elektronika 60 computer. He named it Tetris, joining 'tetra' — every piece is made of four squares — and tennis, his favourite sport. Versions for personal computers and the Game Boy made it one of the best-selling video games of all time.",
      },
    ],
  },

  // ─────────────── Modern Russia ───────────────
  {
    slug: "code-and-connection",
    era: Era.MODERN,
    title: "Code and Connection: Russia in the Digital Age",
    summary:
      "Meet the Russian programmers behind software used by hundreds of millions of people: text recognition, search, antivirus, web servers and messaging.",
    description:
      "From a student start-up that taught computers to read to the web server behind a large part of the internet, this exhibition explores software created in modern Russia. Students scan and recognise their own handwriting, follow a search query on its journey and learn to spot phishing messages.",
    translations: {
      ru: {
        title: "Код и связь: Россия в цифровую эпоху",
        summary:
          "Российские программисты, создавшие программы, которыми пользуются сотни миллионов людей: распознавание текста, поиск, антивирус, веб-серверы и мессенджеры.",
      },
      ur: {
        title: "کوڈ اور رابطہ: ڈیجیٹل دور میں روس",
        summary:
          "اُن روسی پروگرامرز سے ملیے جن کے سافٹ ویئر کروڑوں لوگ استعمال کرتے ہیں: متن کی شناخت، سرچ، اینٹی وائرس، ویب سرور اور میسجنگ۔",
      },
      zh: {
        title: "代码与连接：数字时代的俄罗斯",
        summary: "认识那些开发出数亿人使用的软件的俄罗斯程序员：文字识别、搜索引擎、杀毒软件、网络服务器和即时通讯。",
      },
      fa: {
        title: "کد و ارتباط: روسیه در عصر دیجیتال",
        summary:
          "با برنامه‌نویسان روسی آشنا شوید که نرم‌افزارهایشان را صدها میلیون نفر به کار می‌برند: تشخیص متن، جست‌وجو، ضدویروس، وب‌سرور و پیام‌رسان.",
      },
    },
    ageMin: 12,
    ageMax: 18,
    durationMinutes: 75,
    tourLanguages: ["en", "ur", "ru", "zh"],
    minGroupSize: 5,
    maxGroupSize: 40,
    exhibits: [
      {
        invention: "ABBYY FineReader text recognition",
        inventor: "David Yang and the ABBYY team",
        year: 1993,
        story:
          "David Yang founded the company that became ABBYY in 1989, while still a student at the Moscow Institute of Physics and Technology; its first product was the Lingvo electronic dictionary. In 1993 it released FineReader, optical character recognition software that turns scanned pages into editable text. FineReader went on to recognise text in nearly 200 languages.",
      },
      {
        invention: "Yandex search engine",
        inventor: "Arkady Volozh and Ilya Segalovich",
        year: 1997,
        story:
          "Arkady Volozh and Ilya Segalovich built a search engine that understood the rich grammar of Russian, in which one word can take many different endings. Yandex.ru opened to the public on 23 September 1997; the name stands for 'Yet Another iNDEXer'. It became Russia's most popular search engine and grew into a company offering maps, taxis and machine translation.",
      },
      {
        invention: "Kaspersky Anti-Virus",
        inventor: "Eugene Kaspersky",
        year: 1997,
        story:
          "Eugene Kaspersky began studying computer viruses in 1989, after his own computer was infected by the Cascade virus. His collection of virus signatures grew into the AntiViral Toolkit Pro, and in 1997 he co-founded Kaspersky Lab in Moscow. The company became known worldwide for its research into major cyber-threats.",
      },
      {
        invention: "nginx web server",
        inventor: "Igor Sysoev",
        year: 2004,
        story:
          "Igor Sysoev, a system administrator in Moscow, wrote nginx (pronounced 'engine-x') so that a single server could handle tens of thousands of simultaneous connections. He released it as free, open-source software in October 2004. Today nginx serves a large share of the world's busiest websites.",
      },
      {
        invention: "Telegram messenger",
        inventor: "Pavel and Nikolai Durov",
        year: 2013,
        story:
          "Brothers Pavel and Nikolai Durov, who had earlier created the VKontakte social network, launched the Telegram messenger in 2013. Nikolai designed its MTProto encryption protocol, and fast cloud synchronisation across devices made the app popular around the world. By 2024 it had more than 900 million monthly users.",
      },
    ],
  },
  {
    slug: "frontiers-of-modern-science",
    era: Era.MODERN,
    title: "Frontiers of Modern Russian Science",
    summary:
      "A new element, a wonder material, an X-ray map of the sky, a floating power plant and a vaccine: Russian science of the 21st century.",
    description:
      "This exhibition brings together discoveries made since 2000 by scientists and engineers from Russia, at home and abroad. Students peel graphite with sticky tape just as the Nobel laureates did, explore the newest row of the periodic table and fly through an X-ray map of the whole sky.",
    translations: {
      ru: {
        title: "Рубежи современной российской науки",
        summary:
          "Новый химический элемент, чудо-материал, рентгеновская карта неба, плавучая электростанция и вакцина: российская наука XXI века.",
      },
      ur: {
        title: "جدید روسی سائنس کی سرحدیں",
        summary:
          "ایک نیا عنصر، ایک کرشماتی مادّہ، آسمان کا ایکس رے نقشہ، تیرتا ہوا بجلی گھر اور ایک ویکسین: اکیسویں صدی کی روسی سائنس۔",
      },
      zh: {
        title: "当代俄罗斯科学前沿",
        summary: "一种新元素、一种神奇材料、一幅天空X射线地图、一座浮动核电站和一种疫苗：21世纪的俄罗斯科学。",
      },
      fa: {
        title: "مرزهای علم نوین روسیه",
        summary:
          "یک عنصر تازه، یک ماده شگفت‌انگیز، نقشه پرتو ایکس آسمان، نیروگاهی شناور و یک واکسن: علم روسیه در سده بیست‌ویکم.",
      },
    },
    ageMin: 12,
    ageMax: 18,
    durationMinutes: 90,
    tourLanguages: ["en", "ur", "ru", "zh", "fa"],
    minGroupSize: 5,
    maxGroupSize: 40,
    exhibits: [
      {
        invention: "Oganesson, element 118",
        inventor: "Yuri Oganessian and the Joint Institute for Nuclear Research, Dubna",
        year: 2002,
        story:
          "At the Joint Institute for Nuclear Research in Dubna, near Moscow, a team led by Yuri Oganessian worked with American colleagues from Livermore to create the heaviest element known, with 118 protons; the first atoms were made in 2002 and reported in 2006. In 2016 it was named oganesson, only the second element ever named after a living scientist. Dubna itself gave its name to element 105, dubnium.",
      },
      {
        invention: "Graphene",
        inventor: "Andre Geim and Konstantin Novoselov",
        year: 2004,
        story:
          "Andre Geim and Konstantin Novoselov, both graduates of the Moscow Institute of Physics and Technology, isolated graphene — a sheet of carbon just one atom thick — at the University of Manchester in 2004. They did it by peeling graphite again and again with sticky tape. Graphene is extremely strong and conducts electricity very well, and its discovery won them the 2010 Nobel Prize in Physics.",
      },
      {
        invention: "Spektr-RG X-ray observatory",
        inventor: "Space Research Institute of the Russian Academy of Sciences, with Germany's Max Planck Institute for Extraterrestrial Physics",
        year: 2019,
        story:
          "Launched from Baikonur on 13 July 2019, Spektr-RG carries two X-ray telescopes: Russia's ART-XC and Germany's eROSITA. From a vantage point about 1.5 million kilometres from Earth it scanned the entire sky, mapping hot gas in galaxy clusters, growing black holes and hundreds of thousands of other X-ray sources. 'RG' stands for Roentgen and gamma, the kinds of radiation it was built to study.",
      },
      {
        invention: "Akademik Lomonosov floating nuclear power plant",
        inventor: "Rosatom; built at the Baltic Shipyard, St Petersburg",
        year: 2019,
        story:
          "Akademik Lomonosov is a power plant built on a barge at the Baltic Shipyard in St Petersburg, with two small KLT-40S reactors of the kind used in icebreakers. In 2019 it was towed along the Northern Sea Route to Pevek in Chukotka, one of Russia's most remote towns, and began supplying it with electricity and heat. It is the first floating nuclear power plant of modern times.",
      },
      {
        invention: "Sputnik V (Gam-COVID-Vac) vaccine",
        inventor: "Gamaleya National Research Centre for Epidemiology and Microbiology",
        year: 2020,
        story:
          "Scientists at the Gamaleya Centre in Moscow developed a COVID-19 vaccine that uses two different harmless adenovirus carriers for the first and second doses, to strengthen the immune response. It was registered in Russia in August 2020 as Gam-COVID-Vac and became known as Sputnik V. The centre is named after Nikolai Gamaleya, a pioneer of microbiology and vaccination in the 19th century.",
      },
    ],
  },
];

export interface SeededExhibition {
  id: string;
  durationMinutes: number;
}

/** Upserts exhibitions by slug and their exhibits by (exhibition, position); returns slug → id/duration. */
export async function seedExhibitions(db: SeedDb): Promise<Map<string, SeededExhibition>> {
  const result = new Map<string, SeededExhibition>();
  for (const { exhibits, ...exhibition } of EXHIBITIONS) {
    const { id } = await db.exhibition.upsert({
      where: { slug: exhibition.slug },
      create: exhibition,
      update: exhibition,
      select: { id: true },
    });
    for (const [index, exhibit] of exhibits.entries()) {
      const position = index + 1;
      await db.exhibit.upsert({
        where: { exhibitionId_position: { exhibitionId: id, position } },
        create: { ...exhibit, exhibitionId: id, position },
        update: exhibit,
      });
    }
    result.set(exhibition.slug, { id, durationMinutes: exhibition.durationMinutes });
  }
  return result;
}

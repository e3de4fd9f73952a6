// The Soviet Union: two exhibitions with their exhibits, in five languages.
import { Era } from "../../../lib/generated/prisma/enums";
import type { ExhibitionSeed } from "./types";

export const SOVIET_EXHIBITIONS: ExhibitionSeed[] = [
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

];

// Modern Russia: two exhibitions with their exhibits, in five languages.
import { Era } from "../../../lib/generated/prisma/enums";
import type { ExhibitionSeed } from "./types";

export const MODERN_EXHIBITIONS: ExhibitionSeed[] = [
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

"""Person names, second part of the culture table:
polish, czech, hungarian, greek, greek_script, portuguese, brazilian, mexican, spanish, italian,
irish, scottish, dutch, german, french, hawaiian, maori, korean, korean_hangul, chinese,
chinese_hanzi, japanese, japanese_kanji, russian, russian_cyrillic, english_wordnames, english,
african_american.
"""

from .name_table import registry

C, _c = registry()

_c(
    "polish",
    "Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Dorota, Ewelina, Grażyna",
    "Krzysztof, Łukasz, Paweł, Grzegorz, Wojciech, Tomasz, Jarosław, Bartłomiej",
    "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, Lewandowski/Lewandowska, "
    "Zieliński/Zielińska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Brzęczyszczykiewicz",
    nick={"Małgorzata": "Gosia", "Katarzyna": "Kasia", "Krzysztof": "Krzysiek", "Łukasz": "Łukasz"},
)
_c(
    "czech",
    "Jana, Tereza, Lucie, Markéta, Petra, Kateřina, Zdeňka, Hana",
    "Jiří, Petr, Tomáš, Jan, Ondřej, Vojtěch, Miroslav, Lukáš",
    "Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, "
    "Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Růžička/Růžičková",
)
_c(
    "hungarian",
    "Eszter, Zsófia, Katalin, Réka, Ildikó, Krisztina, Erzsébet, Noémi",
    "László, Gábor, Zoltán, Tamás, Bence, Attila, György, Levente",
    "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Szűcs",
    order="mixed",
)
_c(
    "greek",
    "Eleni, Katerina, Georgia, Dimitra, Vasiliki, Sofia, Anastasia, Paraskevi",
    "Giorgos, Dimitrios, Konstantinos, Nikolaos, Panagiotis, Christos, Vasilis, Spyros",
    "Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Konstantinidis/Konstantinidou, Vlachos/Vlachou, "
    "Oikonomou, Christodoulou, Alexiou",
    nick={"Konstantinos": "Kostas", "Panagiotis": "Takis", "Dimitrios": "Mitsos", "Vasiliki": "Vicky"},
)
_c(
    "greek_script",
    "Ελένη|Eleni, Κατερίνα|Katerina, Σοφία|Sofia, Δήμητρα|Dimitra",
    "Γιώργος|Giorgos, Δημήτρης|Dimitris, Νίκος|Nikos, Χρήστος|Christos",
    "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos, Γεωργίου|Georgiou, Οικονόμου|Oikonomou, Βλάχος/Βλάχου|Vlachos",
    script=True,
)
_c(
    "portuguese",
    "Inês, Beatriz, Mariana, Joana, Catarina, Leonor, Conceição, Filipa",
    "João, Tiago, Duarte, Rui, Gonçalo, Nuno, Afonso, Sérgio",
    (
        "Ferreira, Carvalho da Silva, Gonçalves, Rodrigues, Magalhães, Fonseca, Teixeira, Lopes de Almeida, Sampaio, "
        "Baptista"
    ),
    titles={"m": ["Sr.", "Dr."], "f": ["Sra.", "D.", "Dra."]},
)
_c(
    "brazilian",
    "Ana Clara, Thaís, Luana, Gabriela, Fernanda, Juliana, Raíssa, Francisca",
    "Thiago, Luiz Fernando, Caio, Gustavo, Rafael, Wellington, Cleiton, Vinícius",
    (
        "da Silva Santos, Oliveira, Souza, Lima, Pereira, Nascimento, Cavalcanti, Albuquerque, dos Santos, Araújo, "
        "Barbosa, Ribeiro"
    ),
    titles={"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]},
)
_c(
    "mexican",
    "María Guadalupe, Ximena, Itzel, Yesenia, Araceli, Xóchitl, Fernanda, Lucero",
    "José Luis, Juan Carlos, Jesús, Alejandro, Eduardo, Rodrigo, Cuauhtémoc, Francisco",
    "García López, Hernández, Martínez Ruiz, González, Ramírez, Flores, Sánchez Vega, Cruz, Morales, Ortiz de la Garza",
    nick={"Francisco": "Paco", "María Guadalupe": "Lupita", "José Luis": "Pepe", "Jesús": "Chuy"},
    titles={"m": ["Sr.", "Lic.", "Ing."], "f": ["Sra.", "Srita.", "Lic."]},
)
_c(
    "spanish",
    "Lucía, Carmen, Pilar, Montserrat, Nuria, Rocío, Begoña, Inmaculada",
    "Javier, Íñigo, Jordi, Álvaro, Sergio, Rubén, Xabier, Ignacio",
    "Fernández Ruiz, Martín, Sánchez-Gil, Pérez de Ayala, Gómez, Iglesias, Navarro, Etxeberria, Puig, Vidal, Castillo",
    nick={"Inmaculada": "Inma", "Ignacio": "Nacho", "Montserrat": "Montse"},
    titles={"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]},
)
_c(
    "italian",
    "Giulia, Chiara, Francesca, Alessandra, Giuseppina, Federica, Martina, Rosaria",
    "Giuseppe, Alessandro, Lorenzo, Matteo, Gianluca, Salvatore, Pierpaolo, Davide",
    "Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Conti, De Luca, D'Angelo, Lo Presti, Di Stefano",
    nick={"Giuseppe": "Peppe", "Salvatore": "Totò", "Giuseppina": "Pina"},
    titles={"m": ["Sig.", "Dott.", "Mr"], "f": ["Sig.ra", "Dott.ssa", "Ms"]},
)
_c(
    "irish",
    "Siobhán, Aoife, Niamh, Caoimhe, Saoirse, Gráinne, Róisín, Orla",
    "Seán, Cian, Ciarán, Pádraig, Darragh, Eoin, Oisín, Tadhg",
    (
        "O'Neill, Ó Briain, Murphy, O'Sullivan, Mac Giolla Phádraig, McCarthy, Kavanagh, Fitzgerald, O'Donoghue, Ó "
        "Ceallaigh, Byrne"
    ),
    nick={"Pádraig": "Paddy"},
)
_c(
    "scottish",
    "Morag, Eilidh, Kirsty, Isla, Catriona, Fiona, Ailsa, Mhairi",
    "Hamish, Angus, Callum, Euan, Ruaridh, Fraser, Alasdair, Lachlan",
    "MacLeod, McKenzie, Campbell, MacDonald, Stewart, Robertson, Mackintosh, Buchanan, Sinclair, MacGregor, Cameron",
    nick={"Alasdair": "Ali", "Catriona": "Cat"},
)
_c(
    "dutch",
    "Sanne, Femke, Anouk, Marieke, Lotte, Inge, Willemijn, Fleur",
    "Joost, Pieter, Bram, Sjoerd, Maarten, Ruud, Thijs, Gerrit",
    (
        "van der Berg, de Vries, van Dijk, Bakker, Jansen, van der Linden, de Jong, Visser, van den Broek, Mulder, van "
        "'t Hof, de Boer"
    ),
)
_c(
    "german",
    "Anja, Katrin, Sabine, Ute, Jutta, Henrike, Friederike, Lea",
    "Jürgen, Matthias, Dirk, Stefan, Klaus-Peter, Wolfgang, Jörg, Lukas",
    (
        "Müller, Schmidt, von Bredow, Schäfer, Weiß, Köhler, von der Heyde, Hoffmann, Zimmermann, Groß, Schröder, "
        "Meyer-Lindenberg"
    ),
    titles={"m": ["Herr", "Dr.", "Mr"], "f": ["Frau", "Dr.", "Ms"]},
)
_c(
    "french",
    "Amélie, Hélène, Solène, Margaux, Océane, Brigitte, Anne-Laure, Maëlle",
    "Jean-Luc, Benoît, François, Théo, Gaëtan, Hervé, Loïc, Jean-Baptiste",
    "de la Fontaine, Dubois, Lefèvre, Moreau, Girard, Rousseau, Bernard, Lemaître, Faure, de la Croix, Mercier",
    titles={"m": ["M.", "Mr"], "f": ["Mme", "Mlle", "Ms"]},
)
_c(
    "hawaiian",
    "Leilani, Keʻalohilani, Malia, Noelani, Pualani, Kalena, Haunani",
    "Kalani, Keoni, Makoa, Kainoa, Nāinoa, Koa, Ikaika, Kekoa",
    "Kahananui, Kealoha, Kamakau, Kahale, Akana, Kapaona, Nāone, Makekau, Keliʻihoʻomalu",
)
_c(
    "maori",
    "Aroha, Mere, Hine, Ngaire, Kiri, Awhina, Moana, Tui",
    "Wiremu, Tane, Rawiri, Hemi, Tamati, Nikau, Manaia, Rangi",
    "Te Rangi, Ngata, Tawhiri, Parata, Te Whare, Tipene, Horomona, Te Kani, Kereama, Pōmare",
)
_c(
    "korean",
    "Ji-woo, Seo-yeon, Min-ji, Hye-jin, Eun-ji, Soo-ah, Yuna, Da-eun",
    "Min-jun, Seung-hoon, Ji-hoon, Dong-hyun, Jae-won, Hyun-woo, Sung-min, Tae-yang",
    "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin",
    order="mixed",
)
_c(
    "korean_hangul",
    "지우|jiwoo, 서연|seoyeon, 민지|minji, 혜진|hyejin",
    "민준|minjun, 현우|hyunwoo, 지훈|jihoon, 성민|sungmin",
    "김|kim, 이|lee, 박|park, 최|choi, 정|jung",
    order="e",
    script=True,
    sep="",
)
_c(
    "chinese",
    "Fang, Xiaoling, Meiling, Jing, Yuxin, Hui, Lijuan, Xinyi",
    "Wei, Jian, Zhiqiang, Haoran, Yifan, Jun, Zihao, Guoqiang",
    "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Ouyang",
    order="mixed",
)
_c(
    "chinese_hanzi",
    "芳|fang, 秀英|xiuying, 静|jing, 丽娟|lijuan",
    "伟|wei, 建国|jianguo, 浩然|haoran, 志强|zhiqiang",
    "王|wang, 李|li, 张|zhang, 刘|liu, 陈|chen, 欧阳|ouyang",
    order="e",
    script=True,
    sep="",
)
_c(
    "japanese",
    "Misaki, Yui, Haruka, Aoi, Naoko, Keiko, Sakura, Ayaka",
    "Hiroshi, Takeshi, Kenta, Daisuke, Shōta, Yuto, Kazuki, Ryōsuke",
    "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, Katō, Yoshida",
    order="mixed",
    titles={"m": ["-san", "Mr"], "f": ["-san", "Ms"]},
)
_c(
    "japanese_kanji",
    "美咲|misaki, 陽菜|hina, 直子|naoko, 恵子|keiko",
    "大輔|daisuke, 健太|kenta, 翔太|shota, 浩|hiroshi",
    "佐藤|sato, 鈴木|suzuki, 高橋|takahashi, 田中|tanaka, 渡辺|watanabe",
    order="e",
    script=True,
)
_c(
    "russian",
    "Natalya, Yekaterina, Svetlana, Olga, Anastasia, Irina, Lyudmila, Tatiana",
    "Dmitry, Sergei, Alexei, Vladimir, Mikhail, Andrei, Yevgeny, Nikolai",
    "Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Sokolov/Sokolova, Popov/Popova, Volkov/Volkova, "
    "Morozov/Morozova, Fyodorov/Fyodorova, Lebedev/Lebedeva",
    nick={
        "Dmitry": "Dima",
        "Yekaterina": "Katya",
        "Natalya": "Natasha",
        "Svetlana": "Sveta",
        "Mikhail": "Misha",
        "Nikolai": "Kolya",
        "Sergei": "Seryozha",
    },
)
_c(
    "russian_cyrillic",
    "Наталья|natalya, Екатерина|ekaterina, Ольга|olga, Ирина|irina",
    "Дмитрий|dmitry, Сергей|sergey, Алексей|alexey, Михаил|mikhail",
    "Соколов/Соколова|sokolov, Иванов/Иванова|ivanov, Кузнецов/Кузнецова|kuznetsov, Волков/Волкова|volkov",
    script=True,
)
_c(
    "english_wordnames",
    "Hope, Grace, Rose, Joy, Faith, Summer, Amber, Dawn, April, June, Ruby, Crystal, Autumn, Holly, Ivy, Pearl",
    "Will, Mark, Bill, Jack, Frank, Guy, Rusty, Art, Chase, Hunter, Gene, Don, Pat, Drew, Sonny, Rich",
    "Young, Black, Brown, Green, Rice, Baker, Cook, Fox, Hunter, Wolf, King, Rich, White, Bird, Bell, Stone, Day, "
    "Price, Long, Little, Hill, May, Sweet, Frost, Lamb, Church, Glass, Sharp, Moody, Wise",
)
_c(
    "english",
    "Elizabeth, Katherine, Margaret, Jennifer, Patricia, Deborah, Rebecca, Victoria, Charlotte, Abigail",
    "Robert, William, Richard, James, Christopher, Anthony, Thomas, Edward, Jonathan, Matthew",
    (
        "Thompson, Hughes, Whitfield, Ashworth, Pemberton, Harrington, Collins, Fletcher, Barrett, Chambers, Holloway, "
        "Ainsworth-Gray"
    ),
    nick={
        "Robert": "Bobby",
        "William": "Billy",
        "Richard": "Rick",
        "James": "Jim",
        "Christopher": "Chris",
        "Anthony": "Tony",
        "Thomas": "Tom",
        "Edward": "Ted",
        "Jonathan": "Jon",
        "Matthew": "Matt",
        "Elizabeth": "Liz",
        "Katherine": "Kate",
        "Margaret": "Peggy",
        "Jennifer": "Jen",
        "Patricia": "Trish",
        "Deborah": "Debbie",
        "Rebecca": "Becky",
        "Victoria": "Vicky",
        "Charlotte": "Lottie",
        "Abigail": "Abby",
    },
)
_c(
    "african_american",
    "LaToya, Keisha, Aaliyah, Shanice, Tamika, Ebony, Jasmine, DeShawna",
    "DeShawn, Jamal, Tyrone, Darnell, Marquis, Terrell, Andre, Jalen",
    "Washington, Jefferson, Jackson, Robinson, Harris, Coleman, Banks, Gaines, Booker, Freeman",
    nick={"Tyrone": "Ty", "Marquis": "Quis", "DeShawn": "Shawn"},
)

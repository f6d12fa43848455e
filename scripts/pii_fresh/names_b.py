"""Hand-written name lists, part two: Europe, East/South-East Asia, Americas, Pacific, Arctic."""

CULTURES_B = {
    "vietnamese": {
        "country": "VN",
        "order": "fg",
        "given": "Thị Lan:f|Văn Minh:m|Thu Trang:f|Quốc Bảo:m|Hữu Phước:m|Ngọc Anh:f|Thanh Hương:f|Đức Huy:m",
        "family": "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Võ|Đặng",
    },
    "thai": {
        "country": "TH",
        "given": "Somchai:m:Chai|Suda:f:Nok|Kittipong:m:Golf|Nattaya:f:Ploy|Anan:m|Pimchanok:f:Bee|Chaiwat:m|Wanida:f",
        "family": "Saetang|Thongchai|Boonmee|Phromma|Kaewmanee|Sukprasert|Srisawat|Wongsuwan",
        "title": ("pre", "Khun ", "Khun ", "Khun "),
        "addr_first": True,
        "native": [("Somchai", "Boonmee", "m", "สมชาย", "บุญมี", " "), ("Suda", "Kaewmanee", "f", "สุดา", "แก้วมณี", " ")],
    },
    "filipino": {
        "country": "PH",
        "given": "Rowena:f:Weng|Jericho:m:Jek|Marites:f:Tess|Jonel:m|Lovely:f|Mark Anthony:m:Tonton|Divina:f|Jose:m:Pepe",
        "family": "dela Cruz|Santos|Reyes|Bautista|Villanueva|Macaraeg|Dimaculangan|Pangilinan",
    },
    "indonesian": {
        "country": "ID",
        "given": "Budi:m|Siti:f|Agus:m|Dewi:f|Wahyu:m|Rina:f|Eko:m|Putri:f",
        "family": "Santoso|Wijaya|Hartono|Setiawan|Kusuma|Nugroho|Pratama|Siregar",
        "title": ("pre", "Pak ", "Bu ", "Pak "),
        "addr_first": True,
    },
    "malay": {
        "country": "MY",
        "given": "Ahmad Faizal:m|Nurul Aini:f|Muhammad Hafiz:m|Siti Aishah:f|Azlan:m|Farah Nadia:f",
        "family": "bin Abdullah/binti Abdullah|bin Ismail/binti Ismail|bin Osman/binti Osman|bin Yusof/binti Yusof",
        "title": ("pre", "Encik ", "Puan ", "Encik "),
        "addr_first": True,
    },
    "korean": {
        "country": "KR",
        "order": "fg",
        "given": "Min-jun:m|Seo-yeon:f|Ji-hoon:m|Ha-eun:f|Dong-hyun:m|Soo-ah:f|Jae-won:m|Yu-na:f",
        "family": "Kim|Park|Lee|Choi|Jung|Kang|Yoon|Han",
        "native": [
            ("Min-jun", "Kim", "m", "민준", "김", ""),
            ("Seo-yeon", "Park", "f", "서연", "박", ""),
            ("Ji-hoon", "Lee", "m", "지훈", "이", ""),
            ("Ha-eun", "Choi", "f", "하은", "최", ""),
            ("Yu-na", "Han", "f", "유나", "한", ""),
        ],
    },
    "japanese": {
        "country": "JP",
        "order": "fg",
        "given": "Haruto:m|Yui:f|Sota:m|Aoi:x|Ren:m|Hina:f|Kenji:m|Akiko:f",
        "family": "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura",
        "title": ("suf", "-san", "-san", "-san"),
        "native": [
            ("Kenji", "Sato", "m", "健二", "佐藤", ""),
            ("Yui", "Suzuki", "f", "結衣", "鈴木", ""),
            ("Sota", "Takahashi", "m", "蒼太", "高橋", ""),
            ("Hina", "Tanaka", "f", "陽菜", "田中", ""),
            ("Akiko", "Nakamura", "f", "明子", "中村", ""),
        ],
    },
    "chinese": {
        "country": "CN",
        "order": "fg",
        "given": "Wei:m|Li Na:f|Jian:m|Hao:m|Meiling:f|Zhiqiang:m|Xiuying:f|Yan:f",
        "family": "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao",
        "native": [
            ("Wei", "Wang", "m", "伟", "王", ""),
            ("Li Na", "Li", "f", "娜", "李", ""),
            ("Meiling", "Chen", "f", "美玲", "陈", ""),
            ("Zhiqiang", "Huang", "m", "志强", "黄", ""),
        ],
    },
    "cantonese": {
        "country": "HK",
        "order": "fg",
        "given": "Tai Man:m|Siu Ming:m|Ka Yan:f|Wing Sze:f|Chi Keung:m",
        "family": "Chan|Wong|Cheung|Leung|Lau|Ho",
    },
    "russian": {
        "country": "RU",
        "given": "Aleksandr:m:Sasha|Yekaterina:f:Katya|Dmitry:m:Dima|Olga:f|"
        "Sergei:m:Seryozha|Natalia:f:Natasha|Alexei:m:Lyosha|Tatiana:f:Tanya",
        "family": "Ivanov/Ivanova|Smirnov/Smirnova|Kuznetsov/Kuznetsova|Popov/Popova|Sokolov/Sokolova|Volkov/Volkova",
        "native": [
            ("Aleksandr", "Smirnov", "m", "Александр", "Смирнов", " "),
            ("Yekaterina", "Ivanova", "f", "Екатерина", "Иванова", " "),
            ("Dmitry", "Kuznetsov", "m", "Дмитрий", "Кузнецов", " "),
        ],
    },
    "ukrainian": {
        "country": "UA",
        "given": "Oleksandr:m:Sasha|Oksana:f|Taras:m|Iryna:f|Bohdan:m|Halyna:f:Halia|Mykola:m|Yulia:f",
        "family": "Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Hrytsenko|Savchuk",
        "native": [
            ("Oksana", "Kovalenko", "f", "Оксана", "Коваленко", " "),
            ("Bohdan", "Melnyk", "m", "Богдан", "Мельник", " "),
        ],
    },
    "greek": {
        "country": "GR",
        "given": "Konstantinos:m:Kostas|Eleni:f|Dimitrios:m:Dimitris|Katerina:f|"
        "Nikolaos:m:Nikos|Vasiliki:f:Vicky|Panagiotis:m:Takis|Georgia:f",
        "family": "Papadopoulos/Papadopoulou|Georgiou|Nikolaidis/Nikolaidou|Karagiannis/Karagianni|"
        "Oikonomou|Christodoulou|Vlachos/Vlachou",
        "native": [
            ("Eleni", "Papadopoulou", "f", "Ελένη", "Παπαδοπούλου", " "),
            ("Konstantinos", "Georgiou", "m", "Κωνσταντίνος", "Γεωργίου", " "),
        ],
    },
    "albanian": {
        "country": "AL",
        "given": "Arben:m|Drita:f|Besnik:m|Elira:f|Gentian:m|Mirela:f|Ilir:m|Valbona:f",
        "family": "Hoxha|Krasniqi|Berisha|Gashi|Shehu|Leka|Dervishi|Kelmendi",
    },
    "romanian": {
        "country": "RO",
        "given": "Alexandru:m:Alex|Ionuț:m|Mădălina:f|Bogdan:m|Raluca:f|Ștefan:m|Ioana:f|Andreea:f",
        "family": "Popescu|Ionescu|Dumitrescu|Stănescu|Constantinescu|Munteanu|Ciobanu|Vasilescu",
    },
    "hungarian": {
        "country": "HU",
        "order": "fg",
        "given": "László:m|Zsófia:f:Zsófi|Gábor:m|Erzsébet:f:Erzsi|Bence:m|Katalin:f:Kati|Zoltán:m|Réka:f",
        "family": "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár",
    },
    "finnish": {
        "country": "FI",
        "given": "Juha:m|Aino:f|Mikko:m|Liisa:f|Tuomas:m|Satu:f|Jukka:m|Hannele:f",
        "family": "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen",
    },
    "icelandic": {
        "country": "IS",
        "given": "Guðrún:f|Sigurður:m:Siggi|Þórdís:f|Jón:m|Ragnheiður:f:Ragga|Halldór:m|Kristín:f|Einar:m",
        "family": "Jóns+|Sigurðar+|Magnús+|Gunnars+|Ólafs+|Stefáns+",
        "addr_first": True,
    },
    "irish": {
        "country": "IE",
        "given": "Siobhán:f|Pádraig:m|Aoife:f|Cian:m|Niamh:f|Oisín:m|Gráinne:f|Tadhg:m",
        "family": "Ó Briain/Ní Bhriain|Ó Conaill/Ní Chonaill|Mac Carthaigh/Nic Carthaigh|"
        "O'Sullivan|Murphy|Walsh|Brennan|Ó Súilleabháin/Ní Shúilleabháin",
    },
    "welsh": {
        "country": "GB",
        "given": "Rhys:m|Carys:f|Dafydd:m:Dai|Siân:f|Gethin:m|Angharad:f|Iwan:m|Ffion:f",
        "family": "Llewellyn|Pritchard|Price|Griffiths|Bowen|Vaughan|Pugh|ap Dafydd",
    },
    "scots_gaelic": {
        "country": "GB",
        "given": "Eilidh:f|Calum:m|Màiri:f|Ruairidh:m:Roddy|Seonaid:f|Iain:m|Catriona:f:Cat|Lachlan:m:Lachie",
        "family": "MacLeod|MacDonald|Macaulay|MacKinnon|Morrison|MacNeil|MacIntyre|Campbell",
    },
    "dutch": {
        "country": "NL",
        "given": "Sanne:f|Joost:m|Femke:f|Bram:m|Lieke:f|Ruud:m|Marloes:f|Wouter:m",
        "family": "van der Berg|de Vries|van Dijk|Bakker|Jansen|de Jong|van den Heuvel|Visser",
    },
    "portuguese": {
        "country": "PT",
        "given": "João:m|Inês:f|Tiago:m|Beatriz:f|Rui:m|Mariana:f|Gonçalo:m|Leonor:f",
        "family": "da Silva|Ferreira|Pereira|dos Santos|Costa|Rodrigues|de Sousa|Carvalho",
        "title": ("pre", "Sr. ", "Sra. ", "Sr. "),
    },
    "brazilian": {
        "country": "BR",
        "given": "Lucas:m|Juliana:f:Ju|Rafael:m:Rafa|Fernanda:f:Nanda|Gabriel:m:Biel|Larissa:f|Matheus:m|Camila:f",
        "family": "Oliveira|Souza|Lima|Almeida|Nascimento de Araújo|Ribeiro|Barbosa|Costa e Silva",
        "title": ("pre", "Sr. ", "Sra. ", "Sr. "),
    },
    "mexican": {
        "country": "MX",
        "given": "José Luis:m:Pepe|Guadalupe:f:Lupe|Jesús:m:Chuy|María Fernanda:f:Marifer|"
        "Francisco:m:Paco|Xóchitl:f|Alejandro:m:Alex|Rocío:f",
        "family": "García Hernández|López Martínez|Ramírez Torres|Sánchez Cruz|Flores Morales|"
        "Hernández de la Cruz|Gutiérrez|Méndez Ortega",
        "title": ("pre", "Sr. ", "Sra. ", "Sr. "),
    },
    "andean": {
        "country": "PE",
        "given": "Nilda:f|Edwin:m|Yesenia:f|Wilfredo:m|Killa:f|Inti:m|Maribel:f|Fredy:m",
        "family": "Quispe|Mamani|Condori|Huamán|Choque|Ccama|Apaza|Yupanqui",
        "title": ("pre", "Sr. ", "Sra. ", "Sr. "),
    },
    "haitian": {
        "country": "HT",
        "given": "Wideline:f|Jean-Robert:m|Fabiola:f|Wilner:m|Marie-Carmel:f|Dieuseul:m|Nadège:f|Frantz:m",
        "family": "Pierre-Louis|Joseph|Jean-Baptiste|Desrosiers|Charles|Toussaint|Estimé|Dorvil",
    },
    "samoan": {
        "country": "WS",
        "given": "Sione:m|Malia:f|Tavita:m|Losa:f|Iosefa:m:Sefo|Salote:f|Fetu:x|Lagi:f",
        "family": "Tuiasosopo|Faleolo|Leota|Fa'amausili|Sapolu|Aumua|Seiuli|Tauiliili",
    },
    "maori": {
        "country": "NZ",
        "given": "Aroha:f|Wiremu:m:Wi|Mere:f|Tama:m|Hinemoa:f|Rawiri:m|Ngaire:f|Hēmi:m",
        "family": "Ngata|Te Rangi|Parata|Tipene|Rangihau|Te Kani|Waaka|Pōmare",
    },
    "inuit": {
        "country": "CA",
        "given": "Piita:m|Elisapee:f|Jaypeetee:m:JP|Ningiuk:f|Lucassie:m|Akeeshoo:f|Qajaq:m|Uqsuralik:f",
        "family": "Kunuk|Arnaquq|Ishulutak|Ipeelee|Qaqqasiq|Nakashuk|Angnakak|Akpaliapik",
    },
    "anglo": {
        "country": "US",
        "given": "Hope:f|Joy:f|Richard:m:Rich|William:m:Bill|Summer:f|Sunny:x|Royal:m|"
        "Grace:f|Faith:f|Hunter:m|Rose:f|Will:m",
        "family": "Baker|Fisher|Young|Little|Rich|Bell|Wood|Green|King|Moss|Hall|Sterling",
    },
}

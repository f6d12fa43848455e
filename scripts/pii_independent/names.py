"""People: names of 39 cultures, nicknames, particles, and the Person a record is about."""

# ruff: noqa: RUF001  (the data holds other scripts and en dashes; its hand-written sentences stay whole)

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

# --------------------------------------------------------------------------------------------- names
# Per culture: given names (m, f: comma-separated), family names (fam; ff = female forms, same order),
# optional middle names, name order, and a few names in their own script with a romanisation.
CULTURES: dict[str, dict] = {
    "english": {
        "m": "James, William, Robert, Thomas, Oliver, Edward",
        "f": "Margaret, Sarah, Elizabeth, Hannah, Charlotte, Abigail",
        "fam": "Whitfield, Thornton, Ashworth, Pennington, Holloway, Smith-Jones, Barker",
        "mid": "Robert, Anne, James, Louise, Henry",
    },
    "irish": {
        "m": "Ciarán, Pádraig, Seán, Cormac, Eoin",
        "f": "Siobhán, Aoife, Niamh, Gráinne, Orla",
        "fam": "O'Sullivan, McCarthy, O'Brien, Fitzgerald, MacNamara, O'Connell",
    },
    "scottish": {
        "m": "Callum, Alasdair, Euan, Hamish, Ruaridh",
        "f": "Morag, Isla, Catriona, Eilidh, Kirsty",
        "fam": "MacLeod, McIntyre, Fraser, Sinclair, MacKenzie, Drummond",
    },
    "german": {
        "m": "Jürgen, Matthias, Lukas, Klaus-Dieter, Florian",
        "f": "Katrin, Sabine, Annegret, Jana, Ulrike",
        "fam": "Müller, Schäfer, Großmann, Becker-Hoffmann, von Bredow, Weiß",
    },
    "french": {
        "m": "François, Jean-Luc, Benoît, Théo, Gaëtan",
        "f": "Amélie, Hélène, Céline, Marie-Claire, Océane",
        "fam": "Lefèvre, Dubois, de la Roche, Mercier, Girard, Le Goff",
    },
    "dutch": {
        "m": "Joost, Maarten, Bram, Sjoerd, Thijs",
        "f": "Sanne, Femke, Lotte, Anouk, Marieke",
        "fam": "van der Berg, de Vries, van Dijk, Jansen, van den Heuvel, Bakker",
    },
    "flemish": {
        "m": "Wouter, Pieter, Jens, Koen",
        "f": "Lien, Griet, Elke, Hanne",
        "fam": "Vandenbroucke, De Smet, Van Damme, Claes, Peeters, Van Acker",
    },
    "portuguese_brazilian": {
        "m": "João, Thiago, Gonçalo, Rodrigo, Luiz Carlos",
        "f": "Ana Paula, Luíza, Fernanda, Conceição, Mariana",
        "fam": "da Silva, dos Santos, Ferreira, de Oliveira, Araújo, Rocha Pereira",
    },
    "spanish": {
        "m": "Alejandro, Javier, Francisco, José Luis, Íñigo",
        "f": "María José, Lucía, Inmaculada, Begoña, Pilar",
        "fam": "García López, Fernández Ruiz, Martínez de la Fuente, Sánchez-Vidal, Núñez Ortega, Iglesias Romero",
    },
    "italian": {
        "m": "Giuseppe, Alessandro, Giovanni, Lorenzo, Salvatore",
        "f": "Chiara, Francesca, Ilaria, Giulia, Rosaria",
        "fam": "Esposito, Russo, De Luca, Bianchi, Ferraro, D'Angelo",
    },
    "polish": {
        "m": "Tomasz, Paweł, Wojciech, Krzysztof, Łukasz",
        "f": "Katarzyna, Agnieszka, Małgorzata, Zofia, Dorota",
        "fam": "Kowalczyk, Nowak, Wójcik, Grzegorczyk, Dąbrowski, Zieliński",
        "ff": "Kowalczyk, Nowak, Wójcik, Grzegorczyk, Dąbrowska, Zielińska",
    },
    "czech": {
        "m": "Jiří, Tomáš, Přemysl, Ondřej, Lukáš",
        "f": "Lenka, Zuzana, Markéta, Kateřina, Božena",
        "fam": "Dvořák, Novák, Černý, Procházka, Kučera, Šťastný",
        "ff": "Dvořáková, Nováková, Černá, Procházková, Kučerová, Šťastná",
    },
    "russian": {
        "m": "Dmitri, Aleksandr, Sergei, Nikolai, Mikhail",
        "f": "Yekaterina, Olga, Natalia, Svetlana, Anastasia",
        "fam": "Ivanov, Smirnov, Kuznetsov, Sokolov, Volkov",
        "ff": "Ivanova, Smirnova, Kuznetsova, Sokolova, Volkova",
        "native": [("Иван", "Петров", "Ivan", "Petrov", "m"), ("Анна", "Соколова", "Anna", "Sokolova", "f")],
    },
    "ukrainian": {
        "m": "Oleksandr, Taras, Bohdan, Andriy, Yurii",
        "f": "Oksana, Iryna, Halyna, Nataliia, Solomiia",
        "fam": "Shevchenko, Kovalenko, Bondarenko, Tkachuk, Melnyk, Hrytsenko",
        "native": [
            ("Олександр", "Коваленко", "Oleksandr", "Kovalenko", "m"),
            ("Оксана", "Мельник", "Oksana", "Melnyk", "f"),
        ],
    },
    "greek": {
        "m": "Giorgos, Konstantinos, Nikos, Dimitrios, Stavros",
        "f": "Eleni, Dimitra, Vasiliki, Katerina, Despina",
        "fam": "Papadopoulos, Georgiou, Nikolaidis, Vlachos, Antoniou",
        "ff": "Papadopoulou, Georgiou, Nikolaidou, Vlachou, Antoniou",
        "native": [
            ("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "m"),
            ("Ελένη", "Νικολαΐδου", "Eleni", "Nikolaidou", "f"),
        ],
    },
    "hungarian": {
        "m": "Zoltán, László, Gábor, Ferenc, Attila",
        "f": "Erzsébet, Katalin, Ágnes, Zsófia, Réka",
        "fam": "Nagy, Kovács, Szabó, Tóth, Horváth, Varga",
        "order": "either",
    },
    "finnish": {
        "m": "Juhani, Mikko, Eero, Jarkko, Tapio",
        "f": "Aino, Satu, Päivi, Tuuli, Riikka",
        "fam": "Virtanen, Korhonen, Mäkinen, Nieminen, Hämäläinen, Järvinen",
    },
    "swedish": {
        "m": "Björn, Lars, Sven, Henrik, Måns",
        "f": "Ingrid, Åsa, Linnéa, Karin, Ebba",
        "fam": "Lindqvist, Andersson, Åberg, Sjöberg, Bergström, Holm",
    },
    "turkish": {
        "m": "Mehmet, Emre, Gökhan, Oğuz, Burak",
        "f": "Ayşe, Zeynep, Şule, Elif, Gülşen",
        "fam": "Yılmaz, Öztürk, Kaya, Çelik, Şahin, Doğan",
    },
    "persian": {
        "m": "Dariush, Kourosh, Babak, Reza, Arash",
        "f": "Shirin, Maryam, Nasrin, Parisa, Golnaz",
        "fam": "Tehrani, Hosseini, Rahimzadeh, Karimi, Moradi-Nejad, Farahani",
    },
    "arabic": {
        "m": "Mohammed, Khalid, Youssef, Omar, Tariq",
        "f": "Fatima, Layla, Nour, Mariam, Huda",
        "fam": "Al-Hassan, El-Masri, Haddad, bin Saleh, Al Nuaimi, Abdelrahman",
        "native": [("محمد", "الحسن", "Mohammed", "Alhassan", "m"), ("ليلى", "حداد", "Layla", "Haddad", "f")],
    },
    "hebrew": {
        "m": "Yonatan, Eitan, Avraham, Ariel, Yosef",
        "f": "Noa, Tamar, Shira, Michal, Yael",
        "fam": "Cohen, Levi, Mizrahi, Peretz, Ben-David, Friedman",
        "native": [("נועה", "כהן", "Noa", "Cohen", "f"), ("איתן", "לוי", "Eitan", "Levi", "m")],
    },
    "hindi": {
        "m": "Rahul, Vikram, Arjun, Sanjay, Amit",
        "f": "Priya, Ananya, Sunita, Kavita, Pooja",
        "fam": "Sharma, Verma, Gupta, Agarwal, Srivastava, Chaturvedi",
        "native": [("प्रिया", "शर्मा", "Priya", "Sharma", "f")],
    },
    "tamil": {
        "m": "Karthik, Senthil, Murugan, Arun, Balaji",
        "f": "Lakshmi, Meenakshi, Divya, Kavitha, Revathi",
        "fam": "Subramanian, Ramasamy, Krishnan, Venkatesan, Natarajan, Pillai",
    },
    "bengali": {
        "m": "Sourav, Arnab, Debashish, Anirban, Partha",
        "f": "Moumita, Tanusree, Rupa, Sharmila, Ishita",
        "fam": "Chatterjee, Bandyopadhyay, Mukherjee, Ghosh, Sen, Chowdhury",
        "native": [("অর্ণব", "ঘোষ", "Arnab", "Ghosh", "m")],
    },
    "vietnamese": {
        "m": "Tuấn, Dũng, Khoa, Hùng, Minh",
        "f": "Lan, Hương, Thảo, Ngọc Anh, Phương",
        "fam": "Nguyễn, Trần, Lê, Phạm, Hoàng, Đặng",
        "mid": "Văn, Thị, Đức, Quang, Thanh",
        "order": "family_first",
    },
    "korean": {
        "m": "Min-jun, Ji-hoon, Do-yun, Sung-ho, Hyun-woo",
        "f": "Seo-yeon, Ha-eun, Soo-ah, Ji-woo, Eun-ji",
        "fam": "Kim, Lee, Park, Choi, Jung, Kang",
        "order": "family_first",
        "native": [
            ("민준", "김", "Minjun", "Kim", "m"),
            ("서연", "이", "Seoyeon", "Lee", "f"),
            ("지훈", "박", "Jihoon", "Park", "m"),
        ],
        "sep": "",
    },
    "chinese": {
        "m": "Wei, Jianguo, Hao, Zhiwei, Jun",
        "f": "Fang, Xiuying, Yuting, Li Na, Mei",
        "fam": "Wang, Zhang, Liu, Chen, Huang, Zhou",
        "order": "family_first",
        "native": [
            ("芳", "王", "Fang", "Wang", "f"),
            ("伟", "张", "Wei", "Zhang", "m"),
            ("雨婷", "陈", "Yuting", "Chen", "f"),
        ],
        "sep": "",
    },
    "japanese": {
        "m": "Haruto, Takeshi, Kenji, Daisuke, Ren",
        "f": "Yui, Aiko, Sakura, Hanako, Misaki",
        "fam": "Sato, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi",
        "native": [("花子", "佐藤", "Hanako", "Sato", "f"), ("健二", "山本", "Kenji", "Yamamoto", "m")],
        "sep": " ",
        "native_order": "family_first",
    },
    "thai": {
        "m": "Somchai, Anan, Prasert, Thanawat, Kittisak",
        "f": "Siriporn, Kanya, Nattaya, Pimchanok, Wanida",
        "fam": "Jaidee, Srisuk, Wongsakul, Chaiyaporn, Boonmee, Thongchai",
        "native": [("สมชาย", "ใจดี", "Somchai", "Jaidee", "m")],
    },
    "filipino": {
        "m": "Jose Miguel, Rodel, Jun, Ramil, Paolo",
        "f": "Maria Cristina, Rhea, Marites, Joy, Kristine",
        "fam": "dela Cruz, Santos, Reyes, Bautista, Villanueva, de los Reyes",
    },
    "indonesian": {
        "m": "Sutrisno, Budiono, Slamet, Agus Setiawan, Hendra",
        "f": "Sukarti, Suharti, Wati, Putri Rahayu, Sri Wahyuni",
        "fam": "",
    },
    "maori": {
        "m": "Wiremu, Tane, Hemi, Rawiri, Manaia",
        "f": "Aroha, Mere, Ngaio, Hine, Kahurangi",
        "fam": "Ngata, Parata, Tipene, Te Rangi, Hēnare, Te Whata",
    },
    "samoan": {
        "m": "Sione, Tavita, Ioane, Fetu, Malaki",
        "f": "Malia, Losa, Sefo, Lagi, Teuila",
        "fam": "Faleolo, Leota, Sapolu, Tuiasosopo, Fa'alogo, Aumua",
    },
    "swahili": {
        "m": "Baraka, Juma, Amani, Hamisi, Kipchumba",
        "f": "Zawadi, Neema, Rehema, Wanjiru, Imani",
        "fam": "Mwangi, Otieno, Kamau, Njoroge, Mohamed, Wafula",
    },
    "zulu": {
        "m": "Sipho, Bongani, Nkosinathi, Themba, Sibusiso",
        "f": "Nomvula, Thandeka, Lindiwe, Zanele, Nokuthula",
        "fam": "Dlamini, Nkosi, Ndlovu, Mthembu, Zulu, Khumalo",
    },
    "yoruba": {
        "m": "Oluwaseun, Adebayo, Olumide, Babajide, Oluwafemi",
        "f": "Folasade, Yetunde, Temitope, Omolara, Adunni",
        "fam": "Adeyemi, Ogunleye, Adebisi, Olaniyan, Akinola, Oyelaran",
        "mid": "Oluwatobi, Ayodele, Kehinde",
    },
    "igbo": {
        "m": "Chidiebere, Obinna, Ikechukwu, Emeka, Chukwudi",
        "f": "Ngozi, Chiamaka, Adaeze, Nneka, Uchenna",
        "fam": "Okafor, Nwosu, Eze, Okonkwo, Obi, Nwachukwu",
        "mid": "Chinedu, Chukwuma, Ifeanyi, Rose",
    },
    "amharic": {
        "m": "Tesfaye, Dawit, Yonas, Bereket, Solomon",
        "f": "Selamawit, Meron, Hirut, Tigist, Liya",
        "fam": "Gebremedhin, Tadesse, Alemu, Haile, Bekele, Woldemariam",
        "native": [("ተስፋዬ", "ገብሩ", "Tesfaye", "Gebru", "m"), ("መሮን", "ታደሰ", "Meron", "Tadesse", "f")],
    },
}
NICKNAMES = {
    "William": "Bill",
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Thomas": "Tom",
    "Edward": "Ted",
    "Abigail": "Abby",
    "Chidiebere": "Chidi",
    "Oluwaseun": "Seun",
    "Adebayo": "Bayo",
    "Folasade": "Sade",
    "Temitope": "Temi",
    "Ikechukwu": "Ike",
    "Adaeze": "Ada",
    "Aleksandr": "Sasha",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Tomasz": "Tomek",
    "Francisco": "Paco",
    "José Luis": "Pepe",
    "Giuseppe": "Beppe",
    "Alejandro": "Álex",
    "Mohammed": "Mo",
    "Dmitri": "Dima",
    "Yekaterina": "Katya",
    "Oleksandr": "Sashko",
    "Nkosinathi": "Nathi",
    "Konstantinos": "Kostas",
    "Jose Miguel": "Migs",
    "Maria Cristina": "Tin",
    "Somchai": "Chai",
    "Siriporn": "Ploy",
    "Babajide": "Jide",
    "Inmaculada": "Inma",
    "Salvatore": "Totò",
    "Stavros": "Stav",
    "Oluwafemi": "Femi",
    "Ruaridh": "Rory",
}
PARTICLES = {
    "van",
    "von",
    "de",
    "da",
    "dos",
    "der",
    "den",
    "del",
    "della",
    "dela",
    "di",
    "le",
    "la",
    "bin",
    "al",
    "el",
    "te",
}


@dataclass
class Person:
    pid: str
    culture: str
    gender: str
    given: str
    family: str
    middle: str = ""
    nick: str = ""
    order: str = "western"
    native: tuple[str, str] | None = None
    dob: date = date(1980, 1, 1)
    addr: str = "GB"  # a key of COUNTRIES: where the person lives
    cc: str = "GB"  # that country's code

    def full(self) -> str:
        parts = (
            [self.family, self.middle, self.given]
            if self.order == "family_first"
            else [self.given, self.middle, self.family]
        )
        return " ".join(x for x in parts if x)

    def title(self, rng: random.Random) -> str:
        if rng.random() < 0.12:
            return rng.choice(["Dr", "Dr."])
        return rng.choice(["Mr", "Mr."]) if self.gender == "m" else rng.choice(["Ms", "Mrs", "Ms.", "Mrs."])

    def pronoun(self) -> str:
        return "he" if self.gender == "m" else "she"


def split_names(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def make_person(rng: random.Random, pid: str, culture: str) -> Person:
    spec = CULTURES[culture]
    born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 67))
    order = spec.get("order", "western")
    if order == "either":
        order = rng.choice(["western", "western", "family_first"])
    if spec.get("native") and rng.random() < 0.3:
        ng, nf, lg, lf, gender = rng.choice(spec["native"])
        return Person(pid, culture, gender, lg, lf, order=order, native=(ng, nf), dob=born, nick=NICKNAMES.get(lg, ""))
    gender = rng.choice("mf")
    given = rng.choice(split_names(spec[gender]))
    families = split_names(spec["fam"])
    index = rng.randrange(len(families)) if families else 0
    family = ""
    if families:
        family = split_names(spec["ff"])[index] if gender == "f" and "ff" in spec else families[index]
    middle = rng.choice(split_names(spec["mid"])) if "mid" in spec and rng.random() < 0.35 else ""
    return Person(pid, culture, gender, given, family, middle, NICKNAMES.get(given, ""), order, dob=born)


def plain(text: str) -> str:
    """ASCII-folded, lower-case, no spaces or apostrophes: the stuff of e-mail handles."""
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    folded = folded.replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return re.sub(r"[^a-z0-9-]", "", "".join(c for c in folded if not unicodedata.combining(c)).lower())

"""Hand-written person name lists for many cultures and person builders."""

# culture: (male first names, female first names, surnames); "|" separated
CULTURES = {
    "english": (
        "Oliver|Harry|George|Callum",
        "Amelia|Sophie|Harriet|Chloe",
        "Whitfield|Ashworth|Pemberton|Hughes|Barlow",
    ),
    "irish": (
        "Cian|Oisín|Pádraig|Declan",
        "Siobhán|Aoife|Niamh|Gráinne",
        "O'Sullivan|Ní Bhriain|McCarthy|Ó Súilleabháin|Byrne",
    ),
    "scottish": ("Hamish|Euan|Fraser|Angus", "Isla|Morag|Kirsty|Eilidh", "MacLeod|Farquharson|Dalgleish|McTavish"),
    "american": (
        "Tyrone|Brayden|DeShawn|Cody",
        "Kayleigh|LaToya|Brittany|Madison",
        "Washington|Kowalczyk|Delgado|Jefferson|Schultz",
    ),
    "german": (
        "Jürgen|Lukas|Wolfgang|Maximilian",
        "Jutta|Annegret|Lena|Ursula",
        "Müller-Lüdenscheidt|Schröder|von Brandt|Weißmann|Kühne",
    ),
    "austrian": (
        "Florian|Johann|Sepp|Ferdinand",
        "Theresia|Resi|Magdalena|Kathi",
        "Hinterberger|Pichler|Gruber|Moosbrugger",
    ),
    "swiss": ("Urs|Beat|Reto|Ueli", "Vreni|Regula|Nadja|Seraina", "Zürcher|Gisler|Baumgartner|Ammann"),
    "dutch": ("Daan|Sjoerd|Joost|Bram", "Femke|Anouk|Marieke|Sanne", "van der Berg|de Vries|van Dijk|Bakker|ter Horst"),
    "flemish": ("Wouter|Pieter-Jan|Koen|Bert", "Lieve|Griet|An-Sofie|Els", "Vandenbroucke|De Smet|Van Damme|Claes"),
    "french": (
        "Jean-Baptiste|Théo|Étienne|Loïc",
        "Élodie|Margaux|Anaïs|Céline",
        "Lefèvre|Dubois-Marchand|Garnier|Rousseau|Béranger",
    ),
    "italian": (
        "Giuseppe|Lorenzo|Gianluca|Salvatore",
        "Chiara|Giulia|Francesca|Rosaria",
        "Esposito|De Luca|Bianchi|D'Angelo|Ferraro",
    ),
    "spanish": (
        "José Luis|Íñigo|Álvaro|Javier",
        "María José|Lucía|Nerea|Begoña",
        "García Núñez|de la Fuente|Iglesias|Muñoz|Oyarzábal",
    ),
    "catalan": ("Jordi|Pau|Oriol|Quim", "Montserrat|Núria|Laia|Mireia", "Puigdemont|Vilaseca|Casals|Ferrer"),
    "portuguese": ("João|Tiago|Rui|Gonçalo", "Inês|Conceição|Beatriz|Joana", "Gonçalves|Magalhães|Sousa|Pereira"),
    "brazilian": (
        "Thiago|Caio|Luiz Henrique|Wellington",
        "Thaís|Luana|Ana Clara|Jéssica",
        "dos Santos|Nascimento|Carvalho|Araújo",
    ),
    "mexican": (
        "Juan Pablo|Chuy|Guadalupe|Ximeno",
        "Xóchitl|Guadalupe|Itzel|Marisol",
        "Hernández López|Cuauhtémoc|Zavala|Ochoa",
    ),
    "argentine": (
        "Facundo|Matías|Nahuel|Agustín",
        "Florencia|Agustina|Milagros|Rocío",
        "Fernández|Gutiérrez|Bianchetti|Sosa",
    ),
    "chilean": (
        "Benjamín|Vicente|Cristóbal|Ignacio",
        "Catalina|Javiera|Constanza|Trinidad",
        "Riquelme|Araya|Contreras|Sepúlveda",
    ),
    "colombian": (
        "Andrés Felipe|Jhon Jairo|Camilo|Yeison",
        "Luz Dary|Yuliana|Valentina|Ángela",
        "Restrepo|Ospina|Cardona|Valencia",
    ),
    "peruvian": ("Wilmer|Percy|Renzo|Ruperto", "Yesenia|Rosa Elvira|Kusi|Nayeli", "Quispe|Mamani|Huamán|Condori"),
    "polish": (
        "Grzegorz|Krzysztof|Wojciech|Łukasz",
        "Małgorzata|Agnieszka|Zofia|Katarzyna",
        "Wiśniewski|Zieliński|Szczepańska|Dąbrowski",
    ),
    "czech": ("Jiří|Tomáš|Vojtěch|Ondřej", "Kateřina|Markéta|Zdeňka|Lucie", "Dvořák|Novotná|Procházka|Černý"),
    "hungarian": ("Zoltán|Gábor|Bence|László", "Zsófia|Erzsébet|Réka|Ildikó", "Nagy|Kovács|Szőke|Tóth"),
    "romanian": ("Ionuț|Mihai|Bogdan|Florin", "Ioana|Andreea|Mădălina|Roxana", "Popescu|Ionescu|Dumitrescu|Stănescu"),
    "greek": (
        "Giorgos|Dimitris|Konstantinos|Stavros",
        "Eleni|Katerina|Vasiliki|Despina",
        "Papadopoulos|Karamanlis|Theodorou|Georgiou",
    ),
    "turkish": ("Mehmet|Emre|Oğuz|Hüseyin", "Ayşe|Elif|Gülşen|Zeynep", "Yılmaz|Öztürk|Çelik|Şahin"),  # noqa: RUF001
    "russian": (
        "Dmitry|Aleksandr|Sergei|Vyacheslav",
        "Svetlana|Yekaterina|Olga|Nadezhda",
        "Kuznetsov|Smirnova|Volkov|Lebedeva",
    ),
    "ukrainian": (
        "Taras|Bohdan|Oleksandr|Mykola",
        "Oksana|Olena|Iryna|Khrystyna",
        "Shevchenko|Kovalenko|Bondarenko|Tkachuk",
    ),
    "swedish": ("Björn|Anders|Lars-Erik|Nils", "Ingrid|Åsa|Linnéa|Karin", "Lindqvist|Johansson|Sjöberg|Åkesson"),
    "norwegian": (
        "Øyvind|Håkon|Sindre|Torbjørn",
        "Solveig|Ingvild|Ragnhild|Kari",
        "Haugen|Bjørnstad|Løvås|Kristiansen",
    ),
    "danish": ("Søren|Mads|Rasmus|Jesper", "Mette|Signe|Birgitte|Freja", "Mortensen|Kjærgaard|Østergaard|Nielsen"),
    "finnish": ("Jukka|Matti|Eero|Teemu", "Aino|Päivi|Tuulikki|Hanna-Leena", "Virtanen|Mäkinen|Häkkinen|Korhonen"),
    "japanese": ("Hiroshi|Takuya|Kenji|Shōta", "Yuki|Aiko|Haruka|Emiko", "Tanaka|Watanabe|Yamaguchi|Kobayashi|Saitō"),
    "korean": ("Min-jun|Ji-hoon|Seo-jun|Dong-hyun", "Ji-woo|Seo-yeon|Hye-jin|Eun-ji", "Kim|Park|Choi|Jung|Yoon"),
    "chinese": ("Wei|Haoran|Zhiqiang|Jianguo", "Xiaoling|Meiling|Yuxin|Lihua", "Wang|Zhang|Liu|Chen|Ouyang"),
    "vietnamese": ("Minh Tuấn|Văn Hùng|Quang|Đức Anh", "Thị Lan|Ngọc Ánh|Thu Hà|Phương Linh", "Nguyễn|Trần|Lê|Phạm|Võ"),
    "thai": ("Somchai|Anan|Kittisak|Prasert", "Siriporn|Nattaya|Malee|Kanya", "Srisuwan|Chaiyaporn|Wongsawat|Boonmee"),
    "malay": (
        "Ahmad|Muhammad Hafiz|Azlan|Faizal",
        "Nurul Aina|Siti Hajar|Farah|Zaitun",
        "Ismail|Abdullah|Hassan|Rahman",
    ),
    "indonesian": ("Budi|Agus|Joko|Slamet", "Sri Wahyuni|Dewi|Ratna|Suharti", "Santoso|Wijaya|Hidayat|Kusumawati|"),
    "filipino": (
        "Jose Rizal|Bong|Rodel|Jun-Jun",
        "Maricel|Rowena|Lovely|Ma. Cristina",
        "dela Cruz|Bautista|Macaraeg|Villanueva",
    ),
    "hindi": ("Rajesh|Amit|Vikram|Sanjay", "Priya|Sunita|Anjali|Kavita", "Sharma|Agarwal|Chaturvedi|Srivastava"),
    "tamil": (
        "Karthik|Senthil|Murugan|Arvind",
        "Lakshmi|Meenakshi|Kavya|Revathi",
        "Subramanian|Krishnamurthy|Ramasamy|Pillai",
    ),
    "bengali": (
        "Arindam|Sourav|Tanvir|Rafiqul",
        "Moushumi|Nusrat|Tahmina|Rituparna",
        "Chowdhury|Bhattacharya|Hossain|Mukherjee",
    ),
    "pakistani": ("Imran|Bilal|Usman|Zeeshan", "Ayesha|Sana|Mehwish|Rabia", "Qureshi|Malik|Chaudhry|Butt"),
    "arabic_gulf": (
        "Khalid|Abdulaziz|Saud|Faisal",
        "Noura|Maha|Latifa|Reem",
        "al-Harbi|Al Mansouri|ibn Saleh|Al-Otaibi",
    ),
    "egyptian": ("Mahmoud|Tarek|Amr|Mostafa", "Mona|Heba|Yasmin|Dina", "El-Sayed|Abdel Rahman|Farouk|Shehata"),
    "persian": ("Dariush|Reza|Kourosh|Arash", "Shirin|Parisa|Golnaz|Maryam", "Tehrani|Ahmadinejad-Rad|Moradi|Karimi"),
    "hebrew": ("Yosef|Avi|Eitan|Moshe", "Tamar|Noa|Shira|Yael", "Ben-David|Rosenfeld|Shapira|Mizrahi"),
    "yoruba": (
        "Oluwaseun|Babatunde|Ayodele|Femi",
        "Adebimpe|Folasade|Titilayo|Yewande",
        "Adeyemi|Ogunleye|Balogun|Akinola",
    ),
    "igbo": ("Chukwuemeka|Obinna|Ikenna|Nnamdi", "Ngozi|Chiamaka|Adaeze|Ifeoma", "Okafor|Nwachukwu|Eze|Okonkwo"),
    "kikuyu": ("Kamau|Njoroge|Mwangi|Kariuki", "Wanjiru|Nyambura|Wairimu|Njeri", "Kinyanjui|Gathoni|Muriuki|Waweru"),
    "zulu": ("Sipho|Thabo|Mandla|Bongani", "Nomvula|Thandeka|Zanele|Lindiwe", "Dlamini|Ndlovu|Khumalo|Mthembu"),
    "afrikaans": ("Pieter|Johannes|Riaan|Gerrit", "Annelize|Marietjie|Elsabé|Lize", "van Wyk|Botha|du Plessis|Venter"),
}

SURNAME_FIRST = {"hungarian", "japanese", "korean", "chinese", "vietnamese"}
NICKS = {
    "Maximilian": "Maxi",
    "Aleksandr": "Sasha",
    "Yekaterina": "Katya",
    "Giuseppe": "Peppe",
    "Babatunde": "Tunde",
    "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka",
    "Francesca": "Fra",
    "Guadalupe": "Lupe",
    "Krzysztof": "Krzysiek",
    "Elizabeth": "Liz",
    "Abdulaziz": "Aziz",
    "Harriet": "Hattie",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
}
TITLES = {"m": ("Mr", "Herr", "Sr.", "M.", "Dr"), "f": ("Mrs", "Ms", "Frau", "Sra.", "Mme", "Dr")}
CULTURE_ORDER = list(CULTURES)


def split(field):
    """Split a '|' list."""
    return field.split("|")


def make_person(rng, culture):
    """Build one person dict for a culture."""
    males, females, lasts = (split(f) for f in CULTURES[culture])
    gender = rng.choice("mf")
    first = rng.choice(males if gender == "m" else females)
    last = rng.choice(lasts)
    if culture == "malay":
        last = ("bin " if gender == "m" else "binti ") + last
    return {"culture": culture, "first": first, "last": last, "gender": gender}


def full_name(p):
    """Full name in the culture's usual order."""
    if not p["last"]:
        return p["first"]
    if p["culture"] in SURNAME_FIRST:
        return f"{p['last']} {p['first']}"
    return f"{p['first']} {p['last']}"


def surname(p):
    """Surname, or the given name for single-name persons."""
    return p["last"] or p["first"]


def short_name(p):
    """Given name or a nickname."""
    return NICKS.get(p["first"], p["first"])


def initials(p):
    """Initials like J.R. for sign-offs."""
    parts = full_name(p).replace("-", " ").split()
    return "".join(w[0].upper() for w in parts if w[0].isalpha())


def title(p, rng):
    """A title fitting the gender."""
    return rng.choice(TITLES[p["gender"]])


def spelled(word):
    """Spell a name letter by letter: M-U-E-L-L-E-R."""
    return "-".join(ch.upper() for ch in word if ch.isalpha())

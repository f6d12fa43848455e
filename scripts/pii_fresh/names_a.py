"""Hand-written name lists, part one: Africa, South/Central Asia, Middle East, Caucasus."""

# given: "Name:gender[:nickname]|..."; family: "Name|Male/Female|Stem+" (+ = Icelandic -son/-dóttir)
# native: (given_roman, family_roman, gender, given_native, family_native, separator)
CULTURES_A = {
    "igbo": {
        "country": "NG",
        "given": "Chinedu:m:Nedu|Ngozi:f|Obinna:m:Obi|Adaeze:f:Ada|Chiamaka:f:Amaka|"
        "Emeka:m|Ifeoma:f:Ify|Uchenna:x:Uche|Nnamdi:m|Chidinma:f:Chidi",
        "family": "Okonkwo|Eze|Nwosu|Okafor|Obi|Nwachukwu|Ibe|Anyanwu|Chukwuma|Onyekachi",
    },
    "akan": {
        "country": "GH",
        "given": "Kwame:m|Akosua:f|Kofi:m|Ama:f|Yaw:m|Abena:f|Kwabena:m:Kobby|Efua:f",
        "family": "Mensah|Asante|Boateng|Owusu|Appiah|Agyeman|Darko|Ofori",
    },
    "zulu": {
        "country": "ZA",
        "given": "Bongani:m:Bo|Thandiwe:f:Thandi|Sipho:m|Nomvula:f|Sibusiso:m:Sbu|Lindiwe:f:Lindi|Mandla:m|Zanele:f",
        "family": "Dlamini|Ndlovu|Mthembu|Khumalo|Nkosi|Mkhize|Shabalala|Cele",
    },
    "shona": {
        "country": "ZW",
        "given": "Gift:m|Precious:f|Blessing:x|Tendai:x|Memory:f|Tatenda:m|Rutendo:f|Farai:x",
        "family": "Moyo|Chiweshe|Mutasa|Makoni|Marufu|Chinembiri|Maphosa|Nyathi",
    },
    "amharic": {
        "country": "ET",
        "given": "Abebe:m|Tigist:f|Selamawit:f:Selam|Dawit:m|Meseret:f|Yohannes:m:Jo|Hirut:f|Bereket:m",
        "family": "Bekele|Tesfaye|Haile|Girma|Alemu|Wondimu|Kebede|Desta",
        "native": [("Abebe", "Bekele", "m", "አበበ", "በቀለ", " "), ("Dawit", "Tesfaye", "m", "ዳዊት", "ተስፋዬ", " ")],
    },
    "tamil": {
        "country": "IN",
        "given": "Karthik:m|Priya:f|Senthil:m|Lakshmi:f|Murugan:m|Kavitha:f|Arun:m|Vijaya:f",
        "family": "Subramanian|Ramasamy|Krishnan|Rajendran|Natarajan|Palanisamy|Annamalai|Venkatesan",
        "native": [("Karthik", "Subramanian", "m", "கார்த்திக்", "சுப்பிரமணியன்", " ")],
    },
    "telugu": {
        "country": "IN",
        "given": "Srinivas:m:Srini|Lavanya:f|Venkata Ramana:m|Sravani:f|Ravi Teja:m|Padma:f|Naga Chaitanya:m|Sirisha:f",
        "family": "Reddy|Naidu|Rao|Kolli|Gaddam|Pendyala|Vemula|Chowdary",
    },
    "bengali": {
        "country": "BD",
        "given": "Arijit:m|Tahmina:f|Sourav:m|Nusrat:f|Rahim:m|Moumita:f|Anisur:m|Shirin:f",
        "family": "Chowdhury|Banerjee|Chatterjee|Hossain|Rahman|Das|Mukherjee|Sarkar",
        "native": [("Rahim", "Chowdhury", "m", "রহিম", "চৌধুরী", " ")],
    },
    "punjabi": {
        "country": "IN",
        "given": "Gurpreet:x|Harjit:m|Manpreet:x|Jaswinder:x|Simran:f|Amrit:x|Baljit:m|Navdeep:x:Nav",
        "family": "Singh|Kaur|Sandhu|Gill|Dhillon|Grewal|Sidhu|Brar",
        "native": [("Gurpreet", "Singh", "m", "ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", " ")],
    },
    "mongolian": {
        "country": "MN",
        "order": "fg",
        "given": "Bat-Erdene:m|Oyunchimeg:f|Gantulga:m|Enkhjargal:f|Temuulen:x|Sarangerel:f|Munkh-Orgil:m",
        "family": "Batbayar|Dorj|Ganbold|Tsogt|Sükhbaatar|Enkhbold",
        "native": [("Bat-Erdene", "Batbayar", "m", "Бат-Эрдэнэ", "Батбаяр", " ")],
    },
    "kazakh": {
        "country": "KZ",
        "given": "Nursultan:m|Aigerim:f|Yerlan:m|Dana:f|Askar:m|Zhanna:f|Daniyar:m|Gulnara:f",
        "family": "Abenov/Abenova|Zhumabaev/Zhumabaeva|Sadykov/Sadykova|Ospanov/Ospanova|"
        "Seitkali|Bekmukhambetov/Bekmukhambetova",
        "native": [("Aigerim", "Zhumabaeva", "f", "Айгерим", "Жумабаева", " ")],
    },
    "georgian": {
        "country": "GE",
        "given": "Giorgi:m:Gio|Nino:f|Levan:m|Tamar:f:Tako|Davit:m|Ketevan:f:Keti|Irakli:m|Mariam:f",
        "family": "Beridze|Kapanadze|Gelashvili|Tsiklauri|Lomidze|Japaridze|Chkheidze|Maisuradze",
        "native": [
            ("Giorgi", "Beridze", "m", "გიორგი", "ბერიძე", " "),
            ("Nino", "Kapanadze", "f", "ნინო", "კაპანაძე", " "),
        ],
    },
    "armenian": {
        "country": "AM",
        "given": "Armen:m|Anahit:f|Tigran:m|Lilit:f|Hovhannes:m|Siranush:f|Narek:m|Gayane:f",
        "family": "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Karapetyan|Avetisyan|Hovhannisyan|Mkrtchyan",
        "native": [
            ("Tigran", "Petrosyan", "m", "Տիգրան", "Պետրոսյան", " "),
            ("Anahit", "Hakobyan", "f", "Անահիտ", "Հակոբյան", " "),
        ],
    },
    "persian": {
        "country": "IR",
        "given": "Dariush:m|Shirin:f|Reza:m|Maryam:f|Kourosh:m|Niloufar:f:Nilou|Babak:m|Parisa:f",
        "family": "Ahmadi|Hosseini|Rezaei|Karimi|Moradi|Tehrani|Jafari|Rostami",
        "native": [("Maryam", "Hosseini", "f", "مریم", "حسینی", " "), ("Reza", "Ahmadi", "m", "رضا", "احمدی", " ")],
    },
    "kurdish": {
        "country": "IQ",
        "given": "Rebin:m|Shilan:f|Karwan:m|Avin:f|Dilshad:x|Nazdar:f|Hemin:m|Berfin:f",
        "family": "Hawrami|Zebari|Khoshnaw|Baban|Jaf|Kurdi|Barzinji|Qadir",
    },
    "arabic_gulf": {
        "country": "AE",
        "given": "Khalid:m|Noura:f|Sultan:m|Mariam:f|Faisal:m|Hessa:f|Rashid:m|Latifa:f",
        "family": "Al Mansoori|Al-Qasimi|Al Hashimi|Al Marzooqi|Al Dhaheri|Al Suwaidi|"
        "bin Saad Al-Otaibi|Al-Ghamdi|bin Khalifa Al Nuaimi",
        "native": [
            ("Khalid", "Al Mansoori", "m", "خالد", "المنصوري", " "),
            ("Noura", "Al Hashimi", "f", "نورة", "الهاشمي", " "),
        ],
    },
    "arabic_levant": {
        "country": "LB",
        "given": "Rami:m|Lina:f|Omar:m|Rania:f|Tarek:m|Hala:f|Ziad:m|Nour:x",
        "family": "Haddad|Khoury|Nasrallah|Saleh|Abu-Zeid|Mansour|Hijazi|Aoun",
        "native": [("Rami", "Haddad", "m", "رامي", "حداد", " "), ("Lina", "Khoury", "f", "لينا", "خوري", " ")],
    },
    "arabic_maghreb": {
        "country": "MA",
        "given": "Youssef:m|Fatima Zahra:f|Mehdi:m|Khadija:f|Karim:m|Amina:f|Hamza:m|Soukaina:f",
        "family": "Benali|El Amrani|Bouzid|Ait Lahcen|Belkacem|Cherkaoui|Ben Salah|Ouali",
    },
    "hebrew": {
        "country": "IL",
        "given": "Yael:f|Noam:x|Avital:f|Eitan:m|Shira:f|Yonatan:m:Yoni|Tamar:f|Ori:m",
        "family": "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Ben-David|Avraham",
        "native": [("Yael", "Cohen", "f", "יעל", "כהן", " "), ("Noam", "Levi", "m", "נועם", "לוי", " ")],
    },
    "turkish": {
        "country": "TR",
        "given": "Mehmet:m|Ayşe:f|Emre:m|Zeynep:f|Burak:m|Elif:f|Oğuz:m|Gülşen:f",
        "family": "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan",
        "title": ("sufg", " Bey", " Hanım", " Bey"),
    },
    "persian_afghan": {
        "country": "AF",
        "given": "Ahmad Shah:m|Freshta:f|Mirwais:m|Zarghona:f|Habib:m|Marzia:f",
        "family": "Noorzai|Popal|Safi|Ahmadzai|Sultani|Rahimi",
    },
}

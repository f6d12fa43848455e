"""Hand-written street, town and landmark tables for personal addresses in 21 countries.

Rows are separated by ";" and the fields of a row by "|".
"""


def _rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(f.strip() for f in row.split("|")) for row in text.split(";") if row.strip()]


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(";") if item.strip()]


GB_CITIES = _rows(
    "Leicester|LE|Leicestershire; Bradford|BD|West Yorkshire; Cardiff|CF|; Swansea|SA|; Glasgow|G|; Luton|LU|Bedfordshire; Peterborough|PE|Cambridgeshire; Slough|SL|Berkshire; Hull|HU|East Yorkshire; Norwich|NR|Norfolk; Southampton|SO|Hampshire; Bristol|BS|; Coventry|CV|West Midlands; Manchester|M|; Birmingham|B|; Belfast|BT|County Antrim; Inverness|IV|Highland; Leeds|LS|; Wolverhampton|WV|; Boston|PE|Lincolnshire; Wisbech|PE|Cambridgeshire; Aberystwyth|SY|Ceredigion"
)
GB_STREETS = _list(
    "Rose Lane; Belgrave Road; Mill Street; Kingsway; Victoria Terrace; Station Road; Church Lane; Albert Street; Clarendon Park Road; Moorland Avenue; Heol y Felin; Brynmawr Crescent; Dumbarton Road; Crown Street; Highfield Close; Ashby Road; Cemetery Road; Stratford Road; Lodge Lane; Queens Drive; Halifax Road; Cavendish Street; Narborough Road; Lime Grove; Ffordd y Capel; Westgate; Parliament Road"
)
GB_BUILDINGS = _list(
    "Rowan Court; Jubilee Heights; Nightingale Court; Canalside Mews; Harbour View; St Anne's House; Wellington Mansions; Larkspur House; Foxglove Court; Osprey Point"
)
HOUSE_NAMES = _list(
    "Hillside Cottage; The Old Forge; Beech House; Ty Gwyn; Fernlea; Orchard View; Mill House; Sunnyside; Holly Lodge; Bryn Awel; The Coach House; Rose Cottage"
)
IE_CITIES = _rows(
    "Ennis|V95|Co. Clare; Galway|H91|Co. Galway; Limerick|V94|Co. Limerick; Cork|T12|Co. Cork; Waterford|X91|Co. Waterford; Sligo|F91|Co. Sligo; Athlone|N37|Co. Westmeath; Letterkenny|F92|Co. Donegal; Kilkenny|R95|Co. Kilkenny; Dublin 8|D08|; Dublin 15|D15|; Dublin 7|D07|"
)
IE_STREETS = _list(
    "Bóthar na Trá; Ballyvaughan Road; Cnoc na Gréine; Oliver Plunkett Street; Sráid an Mhuilinn; Dock Road; Church View; Ard na Gréine; Mary Street; Ashgrove Park; Hazel Lawn"
)
US_CITIES = _rows(
    "Baton Rouge|LA|708; Lafayette|LA|705; Houma|LA|703; Breaux Bridge|LA|705; St. Paul|MN|551; Minneapolis|MN|554; Fresno|CA|937; Sacramento|CA|958; Gallup|NM|873; Chinle|AZ|865; Window Rock|AZ|865; Flagstaff|AZ|860; Columbus|OH|432; Seattle|WA|981; Brooklyn|NY|112; Lowell|MA|018"
)
US_LANDMARKS = _list(
    "2 mi N of the Chapter House; HC 61, 3 mi past the trading post; near the Many Farms junction; behind the Chinle flea market"
)
US_STREETS = _list(
    "Maple Ridge Dr; Bayou Teche Rd; Old Spanish Trl; W University Ave; Rice St; Cedar Ave S; N Blackstone Ave; Navajo Route 7; E Aztec Ave; Sunset Blvd; Elm Street; Magnolia Ln; Pine Hollow Rd; Garfield St NE; Ocean Pkwy"
)
CA_CITIES = _rows(
    "Vancouver|BC|V; Surrey|BC|V; Toronto|ON|M; Mississauga|ON|L; Winnipeg|MB|R; Calgary|AB|T; Montréal|QC|H; Halifax|NS|B"
)
CA_STREETS = _list(
    "Kingsway; Rue Sainte-Catherine; Dundas St W; Portage Ave; Jasper Ave; Gottingen St; Boulevard Saint-Laurent; Hurontario St; King George Blvd; 17 Ave SW"
)
AU_CITIES = _rows(
    "Dandenong|VIC|3175; Footscray|VIC|3011; Blacktown|NSW|2148; Liverpool|NSW|2170; Logan Central|QLD|4114; Inala|QLD|4077; Mount Druitt|NSW|2770; Elizabeth|SA|5112; Mirrabooka|WA|6061"
)
AU_STREETS = _list(
    "Banksia Street; Lonsdale St; Wattle Grove; Jacaranda Ave; Main North Rd; Kingfisher Cres; Boronia Rd; Waratah Pde; Illawarra Rd; Ironbark Way"
)
PL_CITIES = _rows(
    "Warszawa|0; Kraków|3; Łódź|9; Wrocław|5; Poznań|6; Gdańsk|8; Lublin|2; Katowice|4; Rzeszów|3; Białystok|1"
)
PL_STREETS = _list(
    "ul. Kwiatowa; ul. Długa; al. Jerozolimskie; ul. Piotrkowska; os. Tysiąclecia; ul. Mickiewicza; ul. Lipowa; ul. Słowackiego; ul. Grunwaldzka; ul. Żeromskiego; ul. 3 Maja"
)
IT_CITIES = _rows(
    "Palermo|901|PA; Catania|951|CT; Messina|981|ME; Agrigento|921|AG; Napoli|801|NA; Milano|201|MI; Torino|101|TO; Bologna|401|BO; Bari|701|BA; Roma|001|RM"
)
IT_STREETS = _list(
    "Via Garibaldi; Via Roma; Corso Vittorio Emanuele II; Via Etnea; Piazza Marina; Via dei Mille; Via Maqueda; Viale Regina Margherita; Via Libertà; Vicolo San Carlo"
)
SE_CITIES = _rows("Uppsala|75; Kiruna|98; Jokkmokk|96; Göteborg|41; Malmö|21; Stockholm|11; Umeå|90; Örebro|70")
SE_STREETS = _list(
    "Storgatan; Kungsgatan; Drottninggatan; Björkvägen; Lärkstigen; Hjalmar Lundbohmsvägen; Sveavägen; Tallvägen; Åsgränd"
)
NO_CITIES = _rows("Oslo|0; Tromsø|90; Kautokeino|952; Karasjok|973; Bergen|50; Trondheim|70; Alta|95; Drammen|30")
NO_STREETS = _list(
    "Kirkeveien; Storgata; Bjørkeveien; Fjellveien; Sjøgata; Markveien; Bakkeveien; Hánnoluohkká; Tollbugata"
)
DK_CITIES = _rows("København N|22; København NV|24; Aarhus C|80; Odense C|50; Aalborg|90; Esbjerg|67")
DK_STREETS = _list("Nørrebrogade; Frederikssundsvej; Jægergårdsgade; Vestergade; Søndergade; Ågade")
CZ_CITIES = _rows("Praha 2|12; Praha 10|10; Brno|60; Ostrava|70; Plzeň|30; Olomouc|77; Liberec|46")
CZ_STREETS = _list("Vinohradská; Korunní; Cejl; Nádražní; Masarykova; Husova; Palackého; Žižkova")
PT_CITIES = _rows("Porto|40; Lisboa|11; Braga|47; Faro|80; Coimbra|30; Lagos|86; Albufeira|82; Funchal|90")
PT_STREETS = _list(
    "Rua das Flores; Rua de Santa Catarina; Avenida da Liberdade; Rua do Almada; Travessa do Carmo; Rua Cândido dos Reis; Largo do Município; Rua 25 de Abril"
)
ES_CITIES = _rows(
    "Barcelona|080||ca; Girona|170||ca; Donostia|200|Gipuzkoa|eu; Bilbo|480|Bizkaia|eu; Santiago de Compostela|157|A Coruña|gl; Vigo|362|Pontevedra|gl"
)
ES_STREETS = {
    "ca": _list("C/ de Mallorca; C/ de Sants; Carrer de la Riera; Passeig de Sant Joan; C/ del Carme"),
    "eu": _list("Kale Nagusia; Urbieta kalea; Easo kalea; Ibaiondo kalea; Zabalbide kalea"),
    "gl": _list("Rúa do Franco; Rúa da Raíña; Avenida de Vigo; Rúa Nova; Rúa do Príncipe"),
}
KE_CITIES = _rows(
    "Nairobi|00100; Mombasa|80100; Kisumu|40100; Nakuru|20100; Eldoret|30100; Thika|01000; Malindi|80200; Kitengela|00241"
)
KE_ESTATES = _list(
    "Kileleshwa Gardens; Tena Estate; Buruburu Phase 3; Kahawa Sukari; Milimani Court; Nyali Greens; Section 58"
)
KE_ROADS = _list("Othaya Road; Ngong Road; Jogoo Road; Links Road; Oginga Odinga Street; Kenyatta Avenue; Thika Road")
KE_LANDMARKS = _list(
    "opposite Kenol petrol station; behind St Teresa's Catholic Church; near the chief's camp; next to Mama Ngina primary school; off the bypass near the stage"
)
PK_CITIES = _rows(
    "Islamabad|44000||isb; Lahore|54000|Punjab|Block C, Gulberg III; Lahore|54000|Punjab|Allama Iqbal Town; Karachi|75300|Sindh|Block 13-D, Gulshan-e-Iqbal; Rawalpindi|46000|Punjab|Satellite Town; Peshawar|25000|Khyber Pakhtunkhwa|Hayatabad Phase 3; Mardan|23200|Khyber Pakhtunkhwa|Sheikh Maltoon Town; Quetta|87300|Balochistan|Jinnah Town; Mirpur|10250|AJK|Sector F-1"
)
PK_SECTORS = _list("F-8/3; G-9/1; I-10/2; G-11/4; F-10/1")
PK_LANDMARKS = _list("near Jamia Masjid; behind Liberty Market; opposite the girls' college; near the petrol pump")
LK_CITIES = _rows(
    "Dehiwala|10350|Western Province; Kandy|20000|Central Province; Colombo 06|00600|; Jaffna|40000|Northern Province; Galle|80000|; Kurunegala|60000|North Western Province; Batticaloa|30000|"
)
LK_ROADS = _list(
    "Galle Road; Temple Road; Station Road; Hospital Street; Peradeniya Road; Kovil Lane; Vihara Mawatha; Stanley Road"
)
LK_LANDMARKS = _list("behind the Bodhiraja temple; near the Kovil; opposite the bus stand; next to the Sathosa")
SG_ESTATES = _list(
    "Ang Mo Kio Avenue 3; Tampines Street 21; Jurong West Street 52; Bedok North Road; Woodlands Drive 14; Toa Payoh Lorong 1; Yishun Ring Road; Bukit Batok West Avenue 6"
)
SG_CONDOS = _list("Parc Emerald; The Tembusu Residences; Lakeside Grove; Jade Palm Towers")
SG_STREETS = _list("Jalan Mutiara; Lorong Chuan; Flora Drive; Upper Serangoon Road")
MY_CITIES = _rows(
    "Petaling Jaya|473|Selangor; Shah Alam|400|Selangor; Kuala Lumpur|504|Wilayah Persekutuan; George Town|104|Pulau Pinang; Johor Bahru|802|Johor; Ipoh|304|Perak; Kota Kinabalu|884|Sabah; Kota Bharu|150|Kelantan"
)
MY_STREETS = _list(
    "Jalan SS 2/24; Jalan Mawar 3, Taman Melati; Jalan Ampang; Lorong Kenari 7; Jalan Tun Razak; Jalan Bukit Indah 15; Lorong Seri Kembangan 2"
)
MY_BLOCKS = _list("Pangsapuri Seri Melati; Residensi Bayu; Flat PKNS Blok C; Vista Angkasa")
JM_CITIES = _rows(
    "Kingston 6|St. Andrew; Kingston 10|St. Andrew; Mandeville|Manchester; Spanish Town|St. Catherine; Greater Portmore|St. Catherine; May Pen|Clarendon; Montego Bay|St. James; Ocho Rios|St. Ann"
)
JM_STREETS = _list(
    "Hope Road; Constant Spring Road; Manchester Road; Red Hills Road; Brumalia Road; Barnett Street; Old Harbour Road"
)
JM_LANDMARKS = _list("near the Anglican church; behind the square; by the old police station; next to the Chinese shop")
TR_CITIES = _rows(
    "Kadıköy|İstanbul|347; Esenler|İstanbul|342; Çankaya|Ankara|066; Bornova|İzmir|350; Osmangazi|Bursa|160; Şahinbey|Gaziantep|270"
)
TR_STREETS = _list(
    "Caferağa Mah. Moda Cad.; Atatürk Cad.; Çiçek Sok.; Cumhuriyet Mah. Gül Sok.; Kızılay Mah. Meşrutiyet Cad.; Fevzi Çakmak Mah. 1453 Sok."
)
NG_CITIES = _rows(
    "Lagos|Lagos State|101; Ibadan|Oyo State|200; Kano|Kano State|700; Abuja|FCT|900; Abeokuta|Ogun State|110; Zaria|Kaduna State|810"
)
NG_LANDMARKS = _list(
    "opposite First Baptist Church; behind the Shoprite; near Oja Oba market; off the old airport road"
)
NG_STREETS = _list(
    "Adeola Odeku Street; Zoo Road; Aminu Kano Crescent; Ring Road; Awolowo Avenue; Bompai Road; Allen Avenue"
)
FJ_CITIES = _rows("Suva|Nabua; Nadi|Namaka; Lautoka|Drasa; Nausori|Davuilevu; Labasa|Siberia")
FJ_STREETS = _list("Ratu Mara Road; Queens Road; Vatuwaqa Road; Fulaga Street; Namaka Lane")
LANDMARKS = {
    "IE": _list("beside the GAA pitch; opposite Mulcahy's pub; past the creamery; near the national school"),
    "MY": _list("near Masjid Al-Falah; opposite the pasar malam site; behind Petronas Taman Melati"),
    "TR": _list("Migros karşısı; camii yanı; eski PTT arkası"),
    "FJ": _list("behind the Methodist church; near the Nabua market; opposite the FSC depot"),
    "GB": _list("opposite the Co-op; next to the village hall; behind the Red Lion"),
}

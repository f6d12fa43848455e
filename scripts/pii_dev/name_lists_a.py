"""Person names, first part of the culture table:
yoruba, igbo, hausa, swahili, zulu, afrikaans, tamil, telugu, bengali, punjabi, hindi_devanagari,
vietnamese, thai, filipino, indonesian, turkish, persian, arabic, arabic_script.
"""

from .name_table import registry

C, _c = registry()

_c(
    "yoruba",
    "Adebola, Funmilayo, Folake, Yetunde, Titilayo, Oluwaseun, Morenike, Abimbola, Omolara, Temitope, Bukola, Damilola",
    "Adewale, Babatunde, Olumide, Oluwatobi, Ayodele, Kayode, Olusegun, Femi, Gbenga, Adekunle, Ayomide, Tunde",
    (
        "Adeyemi, Ogunleye, Balogun, Adebayo, Olawale, Ogundipe, Oyelaran, Akinola, Adesanya, Bankole, Ajayi, "
        "Adeleke-Coker"
    ),
    nick={"Babatunde": "Tunde", "Oluwaseun": "Seun", "Oluwatobi": "Tobi", "Olumide": "Mide"},
    titles={"m": ["Mr", "Chief", "Dr"], "f": ["Mrs", "Ms", "Dr"]},
)
_c(
    "igbo",
    "Chiamaka, Ngozi, Adaeze, Nneka, Chinwe, Ifeoma, Obioma, Amarachi, Chidinma, Ebere, Uchenna, Kelechi",
    "Chinedu, Emeka, Obinna, Ikechukwu, Chukwuemeka, Nnamdi, Ifeanyi, Kenechukwu, Chibuike, Okechukwu, Tochukwu, Uche",
    "Okafor, Okonkwo, Eze, Nwosu, Obi, Chukwu, Okeke, Nwachukwu, Anyanwu, Ibe, Ezeoke, Nwankwo-Obi",
    nick={"Chukwuemeka": "Emeka", "Ikechukwu": "Ike", "Chiamaka": "Amaka"},
)
_c(
    "hausa",
    "Aisha, Hadiza, Zainab, Maryam, Hauwa, Amina, Rahama, Khadija, Bilkisu",
    "Abubakar, Musa, Ibrahim, Sani, Usman, Bashir, Aminu, Yakubu, Lawal",
    "Bello, Abdullahi, Garba, Danjuma, Shehu, Yusuf, Suleiman, Tanko, Mohammed, Sadiq",
    titles={"m": ["Mr", "Alhaji"], "f": ["Mrs", "Hajiya"]},
)
_c(
    "swahili",
    "Wanjiru, Achieng, Njeri, Atieno, Wambui, Akinyi, Nyokabi, Zawadi",
    "Kamau, Otieno, Mwangi, Kiprono, Onyango, Wekesa, Baraka, Juma",
    "Ochieng, Njoroge, Kiptoo, Wanjala, Mutua, Kariuki, Omondi, Chebet, Wafula, Kimani",
)
_c(
    "zulu",
    "Nomvula, Thandiwe, Nokuthula, Zanele, Lindiwe, Ayanda, Nandi, Palesa, Busisiwe",
    "Sipho, Thabo, Mandla, Bongani, Sibusiso, Lwazi, Themba, Lungelo, Sizwe",
    "Dlamini, Nkosi, Ndlovu, Mthembu, Khumalo, Zulu, Mokoena, Cele, Ngcobo, Mahlangu, Nxumalo",
)
_c(
    "afrikaans",
    "Annelie, Marietjie, Elmarie, Riana, Karin, Sunette, Liezl",
    "Pieter, Johan, Jaco, Francois, Hennie, Gerrit, Wessel",
    "van der Merwe, Botha, Pretorius, du Plessis, Steyn, Coetzee, Venter, Nel, le Roux, Jansen van Rensburg",
)
_c(
    "tamil",
    "Lakshmi, Kavitha, Meenakshi, Priya, Deepa, Anitha, Revathi, Janani, Vaishnavi, Thenmozhi",
    "Senthil, Karthik, Murugan, Arun, Vignesh, Saravanan, Balaji, Suresh, Dinesh, Senthil Kumar",
    (
        "Subramanian, Ramasamy, Krishnan, Natarajan, Venkatesan, Pillai, Rajendran, Sundaram, Arumugam, "
        "Chandrasekaran, Iyer"
    ),
)
_c(
    "telugu",
    "Sravani, Lavanya, Sirisha, Padmavathi, Haritha, Sai Priya, Bhavani, Swathi",
    "Venkata Ramana, Srinivas, Naveen, Chaitanya, Ravi Teja, Mahesh, Prasad, Sai Kiran",
    "Reddy, Naidu, Rao, Chowdary, Gorantla, Yarlagadda, Kommineni, Bandaru, Vemulapalli, Pothineni",
)
_c(
    "bengali",
    "Ananya, Rituparna, Moumita, Sharmila, Tahmina, Nusrat, Farzana, Debjani, Sumana",
    "Arindam, Sourav, Debashis, Tanvir, Rafiq, Anirban, Subhajit, Imran, Partha",
    "Chatterjee, Banerjee, Mukherjee, Bhattacharya, Das, Chowdhury, Hossain, Rahman, Sen Gupta, Ghosh, Dutta",
    nick={"Debashis": "Debu", "Rituparna": "Ritu", "Subhajit": "Subho"},
)
_c(
    "punjabi",
    "Harpreet, Gurpreet, Manpreet, Simran, Jasleen, Navneet, Kiranjit, Rupinder",
    "Gurdeep, Harjit, Jaswinder, Sukhwinder, Balwinder, Ranjit, Manjit, Parminder, Kuldeep",
    "Singh, Kaur, Sandhu, Gill, Dhillon, Sidhu, Grewal, Brar, Bains, Randhawa, Johal, Sekhon",
)
_c(
    "hindi_devanagari",
    "प्रिया|Priya, सुनीता|Sunita, अंजलि|Anjali, पूजा|Pooja",
    "राहुल|Rahul, अमित|Amit, विकास|Vikas, संजय|Sanjay",
    "शर्मा|Sharma, वर्मा|Verma, गुप्ता|Gupta, यादव|Yadav, मिश्रा|Mishra",
    script=True,
)
_c(
    "vietnamese",
    "Lan, Mai, Hương, Thảo, Linh, Trang, Phương, Ngân",
    "Minh, Huy, Dũng, Tuấn, Quang, Bảo, Khoa, Long",
    "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ",
    order="e",
    mid={"f": "Thị, Ngọc, Thu, Thanh", "m": "Văn, Quốc, Đức, Hữu"},
)
_c(
    "thai",
    "Siriporn, Kanokwan, Nattaya, Pimchanok, Sasithorn, Wanida, Ploypailin, Kulap",
    "Somchai, Anurak, Thanawat, Kittisak, Prasert, Chaiwat, Wichai, Narongrit",
    "Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Sukprasert, Thongchai, Kaewmanee, Boonyarat, Saetang, Jitpakdee",
    nick={"*f": "Nok, Ploy, Pim, Aom, Mint, Fon", "*m": "Toon, Bank, Ice, Golf, Beer, Tong"},
)
_c(
    "filipino",
    "Maria Cristina, Rowena, Marites, Jocelyn, Lorna, Divina, Jhoanna, Maricel",
    "Jose Mari, Rodrigo, Ramil, Jomar, Reynaldo, Efren, Mark Anthony, Jun",
    (
        "dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Dimaculangan, Macaraeg, Pangilinan, Magbanua, De "
        "Guzman, Ocampo"
    ),
    nick={"Maria Cristina": "Tina", "Mark Anthony": "Macky", "Jun": "Jun-Jun", "Rodrigo": "Digong", "Lorna": "Len-Len"},
)
_c(
    "indonesian",
    "Siti, Dewi, Ratna, Putri, Wulan, Ayu, Indah, Sri, Kartika",
    "Budi, Agus, Bambang, Rizky, Eko, Joko, Dedi, Hendra, Wahyu",
    "Santoso, Wijaya, Kusuma, Pratama, Hidayat, Saputra, Nugroho, Setiawan, Halim, Gunawan",
    mono=0.3,
    titles={"m": ["Pak", "Bapak", "Mr"], "f": ["Bu", "Ibu", "Ms"]},
)
_c(
    "turkish",
    "Ayşe, Elif, Zeynep, Gülşen, Şebnem, Özlem, Hülya, Büşra",
    "Mehmet, Mustafa, Emre, Oğuz, Çağlar, Hüseyin, Barış, İsmail",
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Güneş, Koç",
)
_c(
    "persian",
    "Shirin, Maryam, Parisa, Nasrin, Golnaz, Leila, Fereshteh, Niloufar, Azadeh",
    "Mohammad-Reza, Ali-Akbar, Behrouz, Dariush, Kourosh, Farhad, Arash, Siavash, Babak",
    "Tehrani, Hosseini, Rahimi, Karimi, Moradi, Jafari, Ghorbani, Rostami, Sadeghi, Mousavi, Zand-Vakili",
)
_c(
    "arabic",
    "Fatima, Noor, Layla, Mariam, Huda, Rania, Salma, Aaliyah, Yasmin, Amal",
    "Mohammed, Omar, Khalid, Yousef, Tariq, Hamza, Abdul Rahman, Faisal, Ahmed, Saif",
    "Al-Mansouri, Al-Farsi, Haddad, Khoury, El-Sayed, Abu-Hamdan, Nasser, Al-Amin, Saleh, Hamdan, Al-Rashid, bin Saeed",
)
_c(
    "arabic_script",
    "فاطمة|Fatima, ليلى|Layla, نور|Noor, مريم|Mariam",
    "محمد|Mohammed, عمر|Omar, خالد|Khalid, يوسف|Yousef",
    "الحداد|Alhaddad, العلي|Alali, الخوري|Khoury, المنصوري|Almansouri",
    script=True,
)

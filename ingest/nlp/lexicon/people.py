"""Nationalities of people who hold or held high office, for articles that name them without one.

"Chancellor Angela Merkel", "Prime Minister Nawaz Sharif", "Macron": the article often gives no
demonym, yet a participant's country decides whether a meeting is domestic, which country an unnamed
party ("the French president") stands for and which named person it is. A nationality does not change
with the office, so the list holds full names only (a surname alone is ambiguous: Johnson, Kim, Singh)
and is used only where the article says nothing. General knowledge: heads of state and government,
foreign and defence ministers and envoys frequent in the news since 2013, and leaders of the past whom retrospectives name. People best known for an
international post (von der Leyen, Mogherini) are left out: as officials of the EU or NATO they meet their own
country's leaders; Rutte and Tusk, who led their countries before and after their international posts, are listed.
Keys are folded (no diacritics, lower case); spelling variants are listed as they are written.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_BY_COUNTRY = {
    "US": "Barack Obama; Joe Biden; Donald Trump; Kamala Harris; Mike Pence; John Kerry; Hillary Clinton; Rex Tillerson; "
          "Mike Pompeo; Antony Blinken; Marco Rubio; Chuck Hagel; Ash Carter; Jim Mattis; Mark Esper; Lloyd Austin; "
          "Pete Hegseth; Susan Rice; John Bolton; H.R. McMaster; Robert O'Brien; Jake Sullivan; Michael Flynn; "
          "Mike Waltz; Jared Kushner; Steve Witkoff; Steven Witkoff; Keith Kellogg; Wendy Sherman; Victoria Nuland; "
          "Samantha Power; Nikki Haley; Linda Thomas-Greenfield; Janet Yellen; Steven Mnuchin; Robert Lighthizer; "
          "Katherine Tai; Gina Raimondo; William Burns; Bill Burns; Zalmay Khalilzad; Brett McGurk; Amos Hochstein; "
          "Stephen Biegun; Sung Kim; Tom Barrack; Scott Bessent; Howard Lutnick; J.D. Vance; JD Vance; Mark Milley; "
          "Joseph Dunford; Charles Q. Brown; John Ratcliffe; Avril Haines; Tulsi Gabbard; Jerome Powell; Ben Bernanke; "
          "Christopher Cavoli; Tod Wolters; Jamieson Greer",
    "RU": "Vladimir Putin; Dmitry Medvedev; Sergei Lavrov; Sergey Lavrov; Sergey Viktorovich Lavrov; Sergei Shoigu; "
          "Sergey Shoigu; Andrei Belousov; Andrey Belousov; Mikhail Mishustin; Dmitry Peskov; Yuri Ushakov; "
          "Sergei Ryabkov; Sergey Ryabkov; Mikhail Bogdanov; Maria Zakharova; Vassily Nebenzia; Vitaly Churkin; "
          "Kirill Dmitriev; Valery Gerasimov; Nikolai Patrushev; Alexander Lavrentiev; Sergei Kislyak; Anatoly Antonov; "
          "Sergei Naryshkin; Sergey Naryshkin; Alexander Bortnikov; Vladimir Medinsky",
    "CN": "Xi Jinping; Li Keqiang; Li Qiang; Wang Yi; Qin Gang; Yang Jiechi; Wang Qishan; Han Zheng; Hu Chunhua; "
          "Liu He; He Lifeng; Wei Fenghe; Li Shangfu; Dong Jun; Chang Wanquan; Hua Chunying; Zhao Lijian; "
          "Wang Wenbin; Mao Ning; Lin Jian; Cui Tiankai; Wang Huning; Zhao Leji; Cai Qi; Ding Xuexiang; Pan Gongsheng; "
          "Yi Gang; Zhou Xiaochuan; Wang Wentao; Xie Feng; Sun Weidong; Ma Zhaoxu; Liu Jianchao",
    "GB": "David Cameron; Theresa May; Boris Johnson; Liz Truss; Rishi Sunak; Keir Starmer; William Hague; "
          "Philip Hammond; Jeremy Hunt; Dominic Raab; James Cleverly; David Lammy; Ben Wallace; Grant Shapps; "
          "John Healey; Jonathan Powell; Yvette Cooper; Michael Fallon; Gavin Williamson; Penny Mordaunt",
    "FR": "Francois Hollande; Emmanuel Macron; Laurent Fabius; Jean-Marc Ayrault; Jean-Yves Le Drian; "
          "Catherine Colonna; Stephane Sejourne; Jean-Noel Barrot; Florence Parly; Sebastien Lecornu; "
          "Edouard Philippe; Jean Castex; Elisabeth Borne; Gabriel Attal; Michel Barnier; Francois Bayrou; Manuel Valls",
    "DE": "Angela Merkel; Olaf Scholz; Friedrich Merz; Frank-Walter Steinmeier; Sigmar Gabriel; Heiko Maas; "
          "Annalena Baerbock; Johann Wadephul; Boris Pistorius; Christine Lambrecht; "
          "Annegret Kramp-Karrenbauer; Wolfgang Schaeuble; Wolfgang Schauble; Christian Lindner",
    "IT": "Matteo Renzi; Paolo Gentiloni; Giuseppe Conte; Mario Draghi; Giorgia Meloni; Sergio Mattarella; "
          "Luigi Di Maio; Antonio Tajani; Angelino Alfano; Enzo Moavero Milanesi",
    "JP": "Shinzo Abe; Yoshihide Suga; Fumio Kishida; Shigeru Ishiba; Sanae Takaichi; Taro Kono; "
          "Toshimitsu Motegi; Yoshimasa Hayashi; Yoko Kamikawa; Takeshi Iwaya; Nobuo Kishi; Yasukazu Hamada; "
          "Minoru Kihara; Gen Nakatani",
    "IN": "Narendra Modi; Manmohan Singh; Sushma Swaraj; Subrahmanyam Jaishankar; S. Jaishankar; Ajit Doval; "
          "Rajnath Singh; Nirmala Sitharaman; Droupadi Murmu; Ram Nath Kovind; Pranab Mukherjee",
    "PK": "Nawaz Sharif; Shehbaz Sharif; Imran Khan; Sartaj Aziz; Shah Mahmood Qureshi; Bilawal Bhutto Zardari; "
          "Ishaq Dar; Asif Ali Zardari; Arif Alvi; Raheel Sharif; Qamar Javed Bajwa; Asim Munir",
    "UA": "Volodymyr Zelensky; Volodymyr Zelenskiy; Volodymyr Zelenskyy; Petro Poroshenko; Pavlo Klimkin; "
          "Dmytro Kuleba; Andrii Sybiha; Andriy Sybiha; Andriy Yermak; Andrii Yermak; Rustem Umerov; Oleksii Reznikov; "
          "Oleksiy Reznikov; Denys Shmyhal; Yulia Svyrydenko; Arseniy Yatsenyuk",
    "TR": "Recep Tayyip Erdogan; Tayyip Erdogan; Ahmet Davutoglu; Binali Yildirim; Mevlut Cavusoglu; Hakan Fidan; "
          "Ibrahim Kalin; Hulusi Akar; Yasar Guler",
    "IR": "Hassan Rouhani; Ebrahim Raisi; Masoud Pezeshkian; Ali Khamenei; Mohammad Javad Zarif; Javad Zarif; "
          "Hossein Amir-Abdollahian; Hossein Amirabdollahian; Abbas Araghchi; Abbas Araqchi; Ali Bagheri Kani; Ali Larijani; "
          "Ali Shamkhani",
    "SA": "Mohammed bin Salman; Salman bin Abdulaziz; King Salman; Adel al-Jubeir; Adel Al-Jubeir; Faisal bin Farhan; "
          "Prince Faisal bin Farhan",
    "IL": "Benjamin Netanyahu; Naftali Bennett; Yair Lapid; Isaac Herzog; Reuven Rivlin; Benny Gantz; Yoav Gallant; "
          "Israel Katz; Gideon Saar; Gideon Sa'ar; Eli Cohen; Ron Dermer; Avigdor Lieberman; Tzachi Hanegbi; David Barnea",
    "PS": "Mahmoud Abbas; Riyad al-Maliki; Riyad Al-Maliki; Mohammad Shtayyeh; Mohammad Mustafa; Rami Hamdallah",
    "SY": "Bashar al-Assad; Bashar Assad; Walid al-Moallem; Walid Muallem; Faisal Mekdad; Ahmed al-Sharaa; "
          "Asaad al-Shaibani",
    "EG": "Abdel Fattah al-Sisi; Abdel Fattah el-Sisi; Abdel-Fattah el-Sissi; Sameh Shoukry; Badr Abdelatty; Abbas Kamel; Hassan Rashad",
    "QA": "Tamim bin Hamad Al Thani; Tamim bin Hamad al-Thani; Mohammed bin Abdulrahman Al Thani; "
          "Mohammed bin Abdulrahman al-Thani; Khalid bin Mohammad Al Attiyah",
    "AE": "Mohamed bin Zayed; Mohammed bin Zayed; Abdullah bin Zayed; Anwar Gargash",
    "JO": "King Abdullah II; Ayman Safadi; Nasser Judeh",
    "KP": "Kim Jong Un; Kim Jong-un; Kim Yo Jong; Kim Yong Chol; Ri Yong Ho; Ri Yong-ho; Choe Son Hui; Choe Son-hui",
    "KR": "Park Geun-hye; Moon Jae-in; Yoon Suk Yeol; Yoon Suk-yeol; Lee Jae-myung; Kang Kyung-wha; Chung Eui-yong; "
          "Park Jin; Cho Tae-yul; Yun Byung-se",
    "AU": "Tony Abbott; Malcolm Turnbull; Scott Morrison; Anthony Albanese; Julie Bishop; Marise Payne; Penny Wong; Richard Marles",
    "CA": "Stephen Harper; Justin Trudeau; Mark Carney; Chrystia Freeland; Melanie Joly; Stephane Dion; Anita Anand",
    "BR": "Dilma Rousseff; Michel Temer; Jair Bolsonaro; Luiz Inacio Lula da Silva; Mauro Vieira; Celso Amorim; "
          "Ernesto Araujo",
    "MX": "Enrique Pena Nieto; Andres Manuel Lopez Obrador; Claudia Sheinbaum; Marcelo Ebrard; Luis Videgaray",
    "AR": "Mauricio Macri; Alberto Fernandez; Javier Milei; Cristina Fernandez de Kirchner",
    "ZA": "Jacob Zuma; Cyril Ramaphosa; Naledi Pandor; Ronald Lamola",
    "ID": "Joko Widodo; Prabowo Subianto; Retno Marsudi; Sugiono",
    "VN": "Nguyen Phu Trong; Nguyen Xuan Phuc; Pham Minh Chinh; Vo Van Thuong; To Lam; Bui Thanh Son; Pham Binh Minh",
    "PH": "Rodrigo Duterte; Ferdinand Marcos Jr.; Bongbong Marcos; Benigno Aquino; Teodoro Locsin; Enrique Manalo",
    "AF": "Ashraf Ghani; Hamid Karzai; Abdullah Abdullah; Amir Khan Muttaqi; Hibatullah Akhundzada",
    "IQ": "Haider al-Abadi; Mustafa al-Kadhimi; Mohammed Shia al-Sudani; Ibrahim al-Jaafari; Fuad Hussein",
    "VE": "Nicolas Maduro; Juan Guaido; Delcy Rodriguez",
    "BY": "Alexander Lukashenko; Aleksandr Lukashenko",
    "HU": "Viktor Orban; Peter Szijjarto",
    "PL": "Andrzej Duda; Mateusz Morawiecki; Radoslaw Sikorski; Zbigniew Rau; Karol Nawrocki; Donald Tusk",
    "NL": "Dick Schoof; Mark Rutte",
    "ES": "Mariano Rajoy; Pedro Sanchez; Jose Manuel Albares",
    "KZ": "Nursultan Nazarbayev; Kassym-Jomart Tokayev", "UZ": "Shavkat Mirziyoyev", "KG": "Sadyr Japarov",
    "TJ": "Emomali Rahmon", "TM": "Serdar Berdimuhamedov; Gurbanguly Berdimuhamedov", "MN": "Ukhnaagiin Khurelsukh",
    "NZ": "Jacinda Ardern; Chris Hipkins; Christopher Luxon; Winston Peters", "CL": "Sebastian Pinera; Gabriel Boric",
    "TD": "Mahamat Idriss Deby; Idriss Deby",
    "AZ": "Ilham Aliyev; Jeyhun Bayramov",
    "AM": "Nikol Pashinyan; Ararat Mirzoyan",
    "GR": "Alexis Tsipras; Kyriakos Mitsotakis",
    "RS": "Aleksandar Vucic",
    "ET": "Abiy Ahmed",
    "NG": "Muhammadu Buhari; Bola Tinubu",
    "KE": "Uhuru Kenyatta; William Ruto",
    "SG": "Lee Hsien Loong; Lawrence Wong; Vivian Balakrishnan",
    "MY": "Najib Razak; Mahathir Mohamad; Anwar Ibrahim",
    "TH": "Prayut Chan-o-cha; Srettha Thavisin; Paetongtarn Shinawatra",
    "MM": "Aung San Suu Kyi; Min Aung Hlaing",
    "CU": "Raul Castro; Miguel Diaz-Canel",
    "CO": "Juan Manuel Santos; Ivan Duque; Gustavo Petro",
    "LB": "Saad Hariri; Michel Aoun; Najib Mikati; Joseph Aoun; Nawaf Salam; Nabih Berri",
    "OM": "Sultan Qaboos; Haitham bin Tariq; Badr Albusaidi; Yusuf bin Alawi",
    "KW": "Sabah Al-Ahmad Al-Jaber Al-Sabah",
    "LY": "Fayez al-Sarraj; Khalifa Haftar",
    "SE": "Stefan Lofven; Ulf Kristersson",
    "FI": "Sauli Niinisto; Alexander Stubb",
    "NO": "Erna Solberg; Jonas Gahr Store",
    "AT": "Sebastian Kurz",
    "CH": "Ignazio Cassis; Didier Burkhalter",
    "VA": "Pope Francis; Pope Leo XIV; Pietro Parolin",
    # Africa, Latin America, South and Southeast Asia, the Pacific, the Caucasus and the Balkans: heads of state and
    # government and foreign ministers whom regional copy names with no demonym ("Congo's President Felix Tshisekedi":
    # Reuters' "Congo" is the Democratic Republic)
    "CD": "Felix Tshisekedi; Joseph Kabila; Therese Kayikwamba Wagner; Christophe Lutundula",
    "CG": "Denis Sassou Nguesso", "GA": "Ali Bongo Ondimba; Ali Bongo; Brice Oligui Nguema", "TG": "Faure Gnassingbé; Faure Gnassingbe",
    "RW": "Paul Kagame; Olivier Nduhungirehe; Vincent Biruta",
    "AO": "Joao Lourenco; Jose Eduardo dos Santos; Tete Antonio",
    "UG": "Yoweri Museveni", "TZ": "Samia Suluhu Hassan; John Magufuli", "ZW": "Emmerson Mnangagwa; Robert Mugabe",
    "MZ": "Filipe Nyusi; Daniel Chapo", "ZM": "Hakainde Hichilema", "SN": "Macky Sall; Bassirou Diomaye Faye",
    "GH": "Nana Akufo-Addo; John Mahama", "CI": "Alassane Ouattara", "ML": "Assimi Goita", "BF": "Ibrahim Traore",
    "NE": "Abdourahamane Tiani; Mohamed Bazoum", "SD": "Abdel Fattah al-Burhan; Mohamed Hamdan Dagalo; Abdalla Hamdok",
    "SS": "Salva Kiir; Riek Machar", "ER": "Isaias Afwerki; Osman Saleh", "SO": "Hassan Sheikh Mohamud",
    "DJ": "Ismail Omar Guelleh", "BI": "Evariste Ndayishimiye", "CF": "Faustin-Archange Touadera", "CM": "Paul Biya",
    "NA": "Hage Geingob; Netumbo Nandi-Ndaitwah", "BW": "Mokgweetsi Masisi; Duma Boko", "MW": "Lazarus Chakwera",
    "DZ": "Abdelmadjid Tebboune; Ahmed Attaf", "MA": "Mohammed VI; Nasser Bourita", "TN": "Kais Saied",
    "PE": "Dina Boluarte; Pedro Castillo", "EC": "Daniel Noboa; Guillermo Lasso", "BO": "Luis Arce; Evo Morales",
    "PY": "Santiago Pena; Mario Abdo Benitez", "UY": "Luis Lacalle Pou; Yamandu Orsi", "PA": "Jose Raul Mulino",
    "GT": "Bernardo Arevalo", "SV": "Nayib Bukele", "NI": "Daniel Ortega", "HT": "Ariel Henry",
    "GY": "Irfaan Ali", "VC": "Ralph Gonsalves", "BB": "Mia Mottley",
    "BD": "Sheikh Hasina; Muhammad Yunus", "LK": "Ranil Wickremesinghe; Anura Kumara Dissanayake; Vijitha Herath",
    "NP": "Pushpa Kamal Dahal; KP Sharma Oli", "KH": "Hun Sen; Hun Manet", "LA": "Saleumxay Kommasith",
    "FJ": "Sitiveni Rabuka; Frank Bainimarama", "PG": "James Marape", "SB": "Manasseh Sogavare; Jeremiah Manele",
    "TO": "Siaosi Sovaleni", "WS": "Fiame Naomi Mata'afa", "TV": "Kausea Natano; Enele Sopoaga", "MV": "Mohamed Muizzu",
    "GE": "Irakli Kobakhidze; Salome Zourabichvili", "XK": "Albin Kurti; Avdullah Hoti; Vjosa Osmani; Hashim Thaci",
    "BA": "Milorad Dodik", "ME": "Milo Djukanovic", "MK": "Hristijan Mickoski", "AL": "Edi Rama",
}
# leaders and ministers of the past, whom anniversaries, obituaries and "the first summit since ..." name without a
# country ("Forty years ago, Ronald Reagan and Mikhail Gorbachev met in Geneva"); Soviet leaders under Russia, whose
# seat in the world's bodies it holds
_FORMER = {
    "US": "George Bush; Christopher Hill; Christopher R. Hill; Ronald Reagan; George H. W. Bush; George H.W. Bush; "
          "George W. Bush; Bill Clinton; Jimmy Carter; Richard Nixon; Gerald Ford; John F. Kennedy; "
          "Dwight Eisenhower; Dwight D. Eisenhower; Lyndon Johnson; Harry Truman; Franklin D. Roosevelt; "
          "Franklin Roosevelt; Henry Kissinger; James Baker; George Shultz; Madeleine Albright; Colin Powell; "
          "Condoleezza Rice; Warren Christopher; Cyrus Vance; Zbigniew Brzezinski; Dick Cheney; Al Gore; "
          "Robert Gates; Donald Rumsfeld",
    "RU": "Sergei Ivanov; Sergey Ivanov; Mikhail Gorbachev; Boris Yeltsin; Leonid Brezhnev; Nikita Khrushchev; "
          "Joseph Stalin; Eduard Shevardnadze; Andrei Gromyko; Yevgeny Primakov; Igor Ivanov; Alexei Kosygin; "
          "Nikolai Bulganin; Yuri Andropov; Konstantin Chernenko; Vyacheslav Molotov",
    "CN": "Mao Zedong; Mao Tse-tung; Zhou Enlai; Deng Xiaoping; Jiang Zemin; Hu Jintao; Li Peng; Zhu Rongji; "
          "Wen Jiabao; Qian Qichen; Tang Jiaxuan",
    "GB": "Jack Straw; David Miliband; Margaret Beckett; Robin Cook; Margaret Thatcher; Winston Churchill; "
          "Tony Blair; John Major; Gordon Brown; Harold Macmillan; Clement Attlee; Anthony Eden",
    "FR": "Dominique de Villepin; Bernard Kouchner; Hubert Vedrine; Charles de Gaulle; François Mitterrand; "
          "Jacques Chirac; Nicolas Sarkozy; Valéry Giscard d'Estaing; Georges Pompidou",
    "DE": "Gerhard Schroeder; Joschka Fischer; Helmut Kohl; Willy Brandt; Gerhard Schröder; Helmut Schmidt; "
          "Konrad Adenauer; Hans-Dietrich Genscher",
    "JP": "Yasuo Fukuda; Taro Aso; Junichiro Koizumi; Yasuhiro Nakasone; Kakuei Tanaka",
    "KP": "Kim Kye-gwan; Kim Kye Gwan; Kim Il Sung; Kim Il-sung; Kim Jong Il; Kim Jong-il",
    "KR": "Kim Dae-jung; Roh Moo-hyun; Lee Myung-bak; Park Chung-hee",
    "IL": "Tzipi Livni; Silvan Shalom; Yitzhak Rabin; Shimon Peres; Ariel Sharon; Ehud Barak; Menachem Begin; "
          "Golda Meir; Ehud Olmert",
    "EG": "Anwar Sadat; Anwar el-Sadat; Hosni Mubarak; Gamal Abdel Nasser; Mohamed Morsi",
    "PS": "Salam Fayyad; Ahmed Qurei; Saeb Erekat; Yasser Arafat",
    "IQ": "Nouri al-Maliki; Hoshyar Zebari; Saddam Hussein",
    "CU": "Fidel Castro",
    "LY": "Muammar Gaddafi; Muammar al-Gaddafi",
    "SY": "Hafez al-Assad",
    "IN": "Indira Gandhi; Rajiv Gandhi; Atal Bihari Vajpayee; Jawaharlal Nehru",
    "PK": "Pervez Musharraf; Benazir Bhutto; Zulfikar Ali Bhutto",
    "ZA": "Thabo Mbeki; Nelson Mandela",
    "IR": "Manouchehr Mottaki; Kamal Kharrazi; Saeed Jalili; Hassan Rowhani; Mahmoud Ahmadinejad; Mohammad Khatami; "
          "Ruhollah Khomeini",
    "RS": "Slobodan Milosevic",
    "VE": "Hugo Chavez; Hugo Chávez",
    "SA": "Saud al-Faisal; Prince Saud al-Faisal",
    "IT": "Silvio Berlusconi; Romano Prodi; Massimo D'Alema",
    "ES": "Jose Maria Aznar; José María Aznar; Jose Luis Rodriguez Zapatero; José Luis Rodríguez Zapatero; "
          "Miguel Angel Moratinos",
    "GE": "Mikheil Saakashvili",
    "UA": "Viktor Yushchenko; Viktor Yanukovych; Yulia Tymoshenko",
    "TR": "Abdullah Gul; Abdullah Gül; Ali Babacan",
    "NG": "Olusegun Obasanjo",
    "AU": "John Howard; Kevin Rudd; Alexander Downer",
}
# heads of state by the name they reign under, often written without a country ("Emperor Naruhito welcomed Trump")
_SOVEREIGNS = {
    "GB": "King Charles; Charles III; King Charles III; Queen Elizabeth; Queen Elizabeth II; Elizabeth II",
    "NL": "Willem-Alexander; King Willem-Alexander", "ES": "Felipe VI; King Felipe; King Felipe VI",
    "MA": "Mohammed VI; King Mohammed VI", "DK": "Frederik X; King Frederik; Margrethe II; Queen Margrethe",
    "NO": "Harald V; King Harald", "SE": "Carl XVI Gustaf; King Carl XVI Gustaf", "BE": "King Philippe",
    "JP": "Naruhito; Emperor Naruhito; Akihito; Emperor Akihito", "JO": "Abdullah II", "TH": "Maha Vajiralongkorn",
    "VA": "Leo XIV; Benedict XVI; Pope Benedict XVI", "BH": "Hamad bin Isa Al Khalifa", "BN": "Hassanal Bolkiah",
    "OM": "Haitham bin Tarik", "PA": "Jose Raul Mulino", "SV": "Nayib Bukele",
}
# surnames distinctive enough to stand alone ("Macron, who met Putin"): no common English word or surname
_DISTINCTIVE = frozenset({
    "Obama", "Biden", "Trump", "Kerry", "Tillerson", "Pompeo", "Blinken", "Putin", "Medvedev", "Lavrov",
    "Shoigu", "Peskov", "Ryabkov", "Zakharova", "Nebenzia", "Merkel", "Scholz", "Merz", "Steinmeier",
    "Baerbock", "Macron", "Hollande", "Fabius", "Barnier", "Cameron", "Sunak", "Starmer", "Lammy", "Meloni",
    "Draghi", "Renzi", "Gentiloni", "Mattarella", "Kishida", "Ishiba", "Modi", "Jaishankar", "Erdogan",
    "Davutoglu", "Cavusoglu", "Rouhani", "Raisi", "Pezeshkian", "Zarif", "Araghchi", "Khamenei", "Netanyahu",
    "Lapid", "Herzog", "Gantz", "Assad", "Sisi", "Sissi", "Zelensky", "Zelenskiy", "Zelenskyy", "Poroshenko", "Kuleba",
    "Yermak", "Sybiha", "Lukashenko", "Orban", "Szijjarto", "Duterte", "Maduro", "Guaido", "Bolsonaro",
    "Trudeau", "Ramaphosa", "Widodo", "Aliyev", "Pashinyan", "Tokayev", "Nazarbayev", "Mitsotakis", "Tsipras",
    "Vucic", "Karzai", "Ghani", "Kenyatta", "Buhari", "Mahathir", "Morawiecki", "Obrador", "Sheinbaum", "Xi",
    "Milei", "Macri", "Lula", "Turnbull", "Yatsenyuk", "Shmyhal", "Umerov", "Reznikov", "Haftar", "Sharif",
    "Witkoff", "Rubio", "Kellogg", "Fidan", "Ushakov", "Dmitriev", "Milley", "Gerasimov", "Naryshkin", "Medinsky", "Abdelatty", "Shoukry", "Jubeir", "Safadi",
})


def _fold(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(".", " ").split())


def surname_country(word: str) -> str:
    """The one country of every listed person whose name has this word ("Clinton" -> US), else "": for a surname with a
    title ("President Clinton"), which says it is a person's name (a bare word may be anyone's, or a town's)."""
    _table()
    ccs = _SURNAMES.get(_fold(word), set())
    return next(iter(ccs)) if len(ccs) == 1 else ""


_SURNAMES: dict[str, set[str]] = {}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (_BY_COUNTRY, _FORMER, _SOVEREIGNS):
        for cc, names in table.items():
            for name in names.split(";"):
                out[_fold(name)] = cc
    surnames = _SURNAMES
    surnames.clear()
    for full, cc in list(out.items()):
        for word in full.replace("-", " ").split():  # "Sisi" of "Abdel Fattah al-Sisi", "Lula" of "Lula da Silva"
            surnames.setdefault(word, set()).add(cc)
    for word in _DISTINCTIVE:
        ccs = surnames.get(_fold(word), set())
        if len(ccs) == 1:  # a listed surname that names people of one country only
            out[_fold(word)] = next(iter(ccs))
    return out


# People best known for an international post, with that post, for articles that name them without a title: as the
# officials of their organisation they meet anyone's leaders ("Orban met Ursula von der Leyen in Brussels")
_INTERNATIONAL = {
    "Commission President": "Ursula von der Leyen; Jean-Claude Juncker",
    "Council President": "Charles Michel; Antonio Costa",
    "Secretary-General": "Antonio Guterres; Ban Ki-moon; Kofi Annan; Boutros Boutros-Ghali; Jens Stoltenberg; Ahmed Aboul Gheit; Hissein Brahim Taha; "
                         "Kao Kim Hourn",
    "High Representative": "Josep Borrell; Federica Mogherini; Kaja Kallas; Catherine Ashton",
    "Director-General": "Rafael Grossi; Rafael Mariano Grossi; Yukiya Amano; Tedros Adhanom Ghebreyesus",
    "High Commissioner": "Volker Turk; Filippo Grandi; Michelle Bachelet",
    "Special Envoy": "Staffan de Mistura; Geir Pedersen; Martin Griffiths; Hans Grundberg",
    "Chairperson": "Moussa Faki Mahamat; Mahmoud Ali Youssouf",
    "Commissioner": "Maros Sefcovic; Valdis Dombrovskis; Margrethe Vestager; Thierry Breton; Frans Timmermans",
    "Managing Director": "Kristalina Georgieva; Christine Lagarde",
}


# the organisation each of them serves, for telling two officials of one organisation (no meeting between parties of
# two organisations) from two organisations' officials
_ORGANISATIONS = {
    "EU": "Ursula von der Leyen; Jean-Claude Juncker; Charles Michel; Antonio Costa; Josep Borrell; Federica Mogherini; "
          "Kaja Kallas; Catherine Ashton; Maros Sefcovic; Valdis Dombrovskis; Margrethe Vestager; Thierry Breton; "
          "Frans Timmermans",
    "UN": "Antonio Guterres; Ban Ki-moon; Kofi Annan; Boutros Boutros-Ghali; Volker Turk; Filippo Grandi; Michelle Bachelet; Staffan de Mistura; Geir Pedersen; "
          "Martin Griffiths; Hans Grundberg",
    "NATO": "Jens Stoltenberg",
    "IAEA": "Rafael Grossi; Rafael Mariano Grossi; Yukiya Amano",
    "WHO": "Tedros Adhanom Ghebreyesus",
    "ARAB LEAGUE": "Ahmed Aboul Gheit",
    "OIC": "Hissein Brahim Taha",
    "ASEAN": "Kao Kim Hourn",
    "AU": "Moussa Faki Mahamat; Mahmoud Ali Youssouf",
    "IMF": "Kristalina Georgieva",
}


@lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    return {_fold(name): org for org, names in _ORGANISATIONS.items() for name in names.split(";")}


def known_organisation(name: str) -> str:
    """The international organisation a person the list knows by this full name serves ("Kaja Kallas" -> "EU"), else ""."""
    return _organisations().get(_fold(name or ""), "")


@lru_cache(maxsize=1)
def _offices() -> dict[str, str]:
    return {_fold(name): office for office, names in _INTERNATIONAL.items() for name in names.split(";")}


def known_office(name: str) -> str:
    """The international post of a person the list knows by this full name ("Ursula von der Leyen" -> "Commission
    President"), else ""."""
    return _offices().get(_fold(name or ""), "")


# words of address before a name, not part of it ("Sheikh Tamim bin Hamad Al Thani", "Prince Faisal")
NAME_HONORIFICS = frozenset({"sheikh", "sheikha", "shaikh", "sayyid", "sayed", "prince", "princess", "highness", "excellency",
                             # Malaysian titles written before the name ("Datuk Seri Anwar Ibrahim")
                             "datuk", "dato", "dato'", "seri", "tun", "tunku", "tengku", "datin",
                             # Samoan ones ("Afioga Fiame Naomi Mata'afa", "Susuga ...")
                             "afioga", "susuga"})
_HONORIFICS = tuple(f"{w} " for w in sorted(NAME_HONORIFICS | {"king", "queen", "emir"}))


@lru_cache(maxsize=8192)  # called for every capitalised word of every article
def known_country(name: str) -> str:
    """The country of a person the list knows by this full name ("Angela Merkel" -> "DE"), also after an honorific
    ("Sheikh Tamim bin Hamad Al Thani"), or distinctive surname ("Macron" -> "FR"), else ""."""
    key = _fold(name or "")
    found = _table().get(key, "")
    bare = key
    while not found and bare.startswith(_HONORIFICS):
        bare = bare.split(" ", 1)[1]  # (one or several: "Datuk Seri Anwar Ibrahim")
        found = _table().get(bare, "")
    if not found and (" bin " in f" {key} " or " bint " in f" {key} "):
        # "Mohamed bin Zayed Al Nahyan": a ruling family's name says the country
        found = next((cc for family, cc in _RULING_FAMILIES.items() if key.endswith(f" {family}")), "")
    if not found and "." in name:
        # "Antony J. Blinken", "George H. W. Bush": the name without its middle initials
        words = key.split()
        bare = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and len(w) == 1)]
        if 2 <= len(bare) < len(words):
            found = _table().get(" ".join(bare), "")
    if not found and len(words := key.split()) >= 3 and words[-1].isalpha():
        # "Claudia Sheinbaum Pardo", "Gustavo Petro Urrego": the name the list knows with the mother's surname after it
        found = _table().get(" ".join(words[:-1]), "")
    if not found and len(words := key.split()) >= 2:
        # a surname transliterated otherwise ("Mikhail Gorbachov", the Times's; "Volodymyr Zelenskiy", Reuters's)
        last = words[-1]
        for a, b in _TRANSLITERATED_ENDINGS:
            if last.endswith(a) and (found := _table().get(" ".join([*words[:-1], last[: -len(a)] + b]), "")):
                break
    return found


# surname endings one transliteration from Russian or Ukrainian writes for another's
_TRANSLITERATED_ENDINGS = (("ov", "ev"), ("ev", "ov"), ("yov", "yev"), ("iy", "y"), ("yy", "y"), ("y", "iy"), ("i", "y"))


# the ruling families of the Gulf monarchies, as the last words of a patronymic name
_RULING_FAMILIES = {"al nahyan": "AE", "al maktoum": "AE", "al qasimi": "AE", "al nuaimi": "AE", "al thani": "QA", "al saud": "SA",
                    "al sabah": "KW", "al-sabah": "KW", "al khalifa": "BH", "al said": "OM", "al-nahyan": "AE", "al-maktoum": "AE",
                    "al-thani": "QA", "al-saud": "SA", "al-khalifa": "BH", "al-said": "OM"}


# family names written first (Chinese, Korean, Vietnamese): "Wang" alone after "Wang Yi" is that person, however the
# model tags the lone word (not the ones that are English words: "Ban", "Moon", "Long", "Sun")
FAMILY_FIRST = frozenset({
    "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "hu", "zhu", "gao", "lin", "guo",
    "ma", "luo", "liang", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu",
    "shen", "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "du", "dai", "xia", "zhong",
    "tian", "ren", "fang", "shi", "yao", "liao", "zou", "xiong", "jin", "hao", "bai", "cui", "mao",
    "qiu", "qin", "gu", "hou", "shao", "meng", "duan", "lei", "qian", "yin", "xi",
    "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "jang", "lim", "seo", "kwon", "hwang", "ahn",
    "yoo", "chun", "roh",
    # (and as North Korean and older romanisations write them: "Choe Ryong Hae", "Ri Yong Ho", "Pak Pong Ju")
    "choe", "ri", "rhee", "pak", "yi", "yun", "chang", "oh", "shin", "sin", "song", "ryu", "hong", "jeon", "jon", "ko", "moon",
    "mun", "ryang", "son", "bae", "paek", "baek", "heo", "nam", "noh", "kwak", "sung", "cha", "joo", "woo", "min", "chae",
    "won", "bang", "kong", "hyun", "hyon", "pyo", "byun", "kye", "thae",
    "nguyen", "tran", "pham", "hoang", "vu", "vo", "dang", "bui", "ngo", "duong"})


# given names of women in public office the news names (folded), for "she" and "her": of the people before the pronoun,
# those with such a name are its antecedents ("Dilma held a bilateral meeting with Chinese President Xi Jinping ... On
# Friday she also met Putin": Rousseff, not Xi); a name missing here changes nothing (`Resolver.pronoun`)
FEMALE_GIVEN_NAMES = frozenset({
    "amber", "amina", "angela", "anna", "annalena", "anne", "annegret", "antonia", "avril", "beata", "beatrix",
    "benazir", "bidya", "brigitte", "carla", "catherine", "chandrika", "christine", "chrystia", "claudia",
    "condoleezza", "corazon", "cristina", "dalia", "dilma", "dina", "droupadi", "elizabeth", "ellen", "emily", "erna",
    "ewa", "federica", "gabriela", "geun-hye", "gina", "giorgia", "gloria", "golda", "hanna", "hasina", "heidi",
    "helen", "helle", "hillary", "hina", "indira", "ing-wen", "irina", "iryna", "ivana", "jacinda", "jadranka", "jane",
    "janet", "jennifer", "jenny", "jill", "joyce", "julie", "justine", "jutta", "kaja", "kamala", "karin", "katherine",
    "kersti", "khaleda", "kolinda", "kristalina", "kristen", "kristi", "kyung-wha", "leyla", "linda", "liz",
    "madeleine", "magdalena", "maia", "margaret", "margrethe", "marise", "mary", "maryam", "maxima", "megawati",
    "melania", "melanie", "melissa", "mette", "michelle", "naledi", "nancy", "ngozi", "nikki", "nirmala", "nkosazana",
    "olena", "penelope", "penny", "pratibha", "priti", "rachel", "rania", "retno", "roberta", "ruth", "sahle-work",
    "salome", "samantha", "samia", "sanae", "sanna", "sigrid", "simonetta", "sirimavo", "sophie", "suella", "susan",
    "sushma", "tarja", "tatiana", "teresa", "theresa", "tulsi", "tzipi", "ursula", "valentina", "victoria", "vigdis",
    "viola", "wendy", "xiomara", "yingluck", "yoko", "yulia", "yvette", "zuzana"
})

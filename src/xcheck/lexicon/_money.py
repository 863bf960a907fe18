"""Currency words and symbols, with the ISO code each stands for.

Data only: :mod:`xcheck.facts.quantities` builds the currency prefix and suffix patterns from
these tables (``"CNY|JPY"`` is a ¥ whose currency the context decides).
"""

from __future__ import annotations

__all__ = [
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "CURRENCY_CODES",
    "CURRENCY_NAMES",
    "YEN_CONTEXT",
    "YUAN_CONTEXT",
]

#: Currency words after a number, with their ISO code.
CURRENCY_AFTER: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "usd": "USD",
    "krw": "KRW",
    "cny": "CNY",
    "jpy": "JPY",
    "eur": "EUR",
    "gbp": "GBP",
    "hkd": "HKD",
    "hong kong dollars": "HKD",
    "twd": "TWD",
    "new taiwan dollars": "TWD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "美元": "USD",
    "美金": "USD",
    "韩元": "KRW",
    "韓元": "KRW",
    "日元": "JPY",
    "日圆": "JPY",
    "日圓": "JPY",
    "欧元": "EUR",
    "歐元": "EUR",
    "英镑": "GBP",
    "英鎊": "GBP",
    "人民币": "CNY",
    "人民幣": "CNY",
    "元人民币": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "元": "CNY",
    "圆": "CNY",
    "円": "JPY",
    "달러": "USD",
    "달라": "USD",  # a frequent misspelling of 달러 in Korean news (갤런 당 3.034달라)
    "미국 달러": "USD",
    "위안": "CNY",
    "엔": "JPY",
    "유로": "EUR",
    "파운드": "GBP",
    "원": "KRW",
    "euro(s)": "EUR",
}

#: Currency symbols and codes before a number.
CURRENCY_BEFORE: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "US $": "USD",
    "U.S.$": "USD",
    "U.S. $": "USD",
    "USD$": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY|JPY",
    "￥": "CNY|JPY",
    "₩": "KRW",
    "₹": "INR",
    "USD": "USD",
    "KRW": "KRW",
    "CNY": "CNY",
    "RMB": "CNY",
    "JPY": "JPY",
    "EUR": "EUR",
    "GBP": "GBP",
    "HKD": "HKD",
    "TWD": "TWD",
}


#: The words a currency is written with in English, Chinese and Korean, by ISO code: what a
#: writer of generated examples (``xcheck.strategies``) renders an amount with.
CURRENCY_NAMES: dict[str, tuple[str, str, str]] = {
    "USD": ("dollars", "美元", "달러"),
    "KRW": ("won", "韩元", "원"),
    "CNY": ("yuan", "元", "위안"),
    "JPY": ("yen", "日元", "엔"),
    "EUR": ("euros", "欧元", "유로"),
    "GBP": ("pounds", "英镑", "파운드"),
}

#: ISO 4217 codes of the currencies news writes most, and common non-ISO ones.
CURRENCY_CODES: frozenset[str] = frozenset(
    """
    USD EUR GBP JPY CNY RMB CNH KRW HKD TWD SGD AUD NZD CAD CHF SEK NOK DKK INR IDR PHP THB VND MYR
    RUB UAH TRY BRL MXN ARS CLP COP ZAR NGN EGP SAR AED QAR ILS PLN CZK HUF KPW PKR BDT
    """.split()
)

#: Words near "¥" that make it yen (Japan) rather than yuan, and the other way round: the yen and
#: the yuan share the sign.
YEN_CONTEXT = ("円", "日元", "日圓", "Japan", "Japanese", "yen", "エン", "日本", "일본", "엔화")
YUAN_CONTEXT = (
    "元",
    "人民币",
    "人民幣",
    "China",
    "Chinese",
    "yuan",
    "RMB",
    "renminbi",
    "中国",
    "中國",
    "중국",
    "위안",
)

#!/usr/bin/env python3
"""
Blind test-data generator for a person-deduplication engine.

Written independently of the engine and of its own generator: every name list,
transliteration table and corruption probability below is the author's own
estimate of what a European anti-trafficking / asylum register looks like.
None of the rates are measured; they are plausible guesses.

Usage
    python3 generate.py --count N --seed S --output persons.csv --truth truth.csv

Output
    persons.csv  id,given_name,family_name,other_names,birth_date,birth_year,sex,citizenship
    truth.csv    id,cluster_id   (records of one real person share a cluster_id)
Deterministic for a given --seed (one random.Random(seed), no hash-order iteration).

POPULATION (share of persons, own estimate)
    Nigeria 15 %  (Yoruba 40 / Igbo 30 / Edo 30; English Christian first names,
                   Yoruba Muslim names, long native names with short forms)
    Romania/Moldova 10 %   Bulgaria 4 % (incl. Turkish-Bulgarian names)
    Ukraine 7 %   Russia 3.5 %  (names held in Cyrillic, romanised at record time)
    Vietnam 8 %   (Nguyen ~38 % of family names, Van/Thi middle names)
    China 7 %     (mainland 85 / Hong Kong 8 / Taiwan 7; Han characters, Pinyin,
                   Wade-Giles, Cantonese; Li/Wang/Zhang ~ 27 % of family names)
    Thailand 4.5 % (Thai script + several romanisations, nicknames)
    Philippines 3.5 % (mother's maiden name as middle name)
    Albania 5 %   (incl. North Macedonian Albanians)
    Arabic-named 12 % (Syria 30, Morocco 28, Iraq 20 incl. Kurds, Sudan 7,
                   Egypt 7, Algeria 5, Tunisia 3, Eritrean Muslims 4)
    Eritrea/Ethiopia 6 % (no family name: father's / grandfather's name)
    Poland/Lithuania 4.5 %   Colombia/Brazil 5.5 % (two family names)
    West/North Europe 3.5 %
    Sex: female share 30-75 % depending on origin (about 54 % overall).
    Birth years: mostly ~N(1991, 9), 10 % 1955-1990, 2 % 1930-1955, clamped to
    1930..2010.  A share of persons (Eritrea 25 %, Arabic 10 %, Nigeria 8 %,
    others 2-5 %) have only an estimated 1 January date as their "true" date.
    Long tail: 20-40 % of names per culture are composed from morphemes (Yoruba
    Ade/Olu/Ogun + suffix, Igbo Chi/Nwa/Eze..., Romanian stem+escu/eanu, Slavic
    stem+ov/enko/chuk, Polish stem+ski/czyk, Thai Pali-Sanskrit morphemes,
    Ethiopian Gebre-/Wolde-/Habte- compounds, Chinese two-character given names,
    Vietnamese middle+given combinations, Arabic Abd al-X compounds, ...).

DUPLICATION
    Records per person: 1: 55 %, 2: 25 %, 3: 11 %, 4: 6 %, 5: 3 %
    (mean 1.77 records/person, ~1.24 true pairs/person, ~0.7 pairs/record).
    Families: 7 % of generated persons come with 1-3 siblings (same family name
    and father, same citizenship, born 1-8 years apart; 10 % of those are twins
    with the same birth date); 0.5 % come with a same-named parent/child born
    20-35 years apart.  Namesakes arise naturally from the head-heavy lists.

CORRUPTION MODEL
    Every record (the first one included) is rendered independently from the
    person's canonical data.  Rates below are base rates for a duplicate record;
    each duplicate record draws a sloppiness factor m uniform in 0.4..1.3
    (mean 0.85) that multiplies the name/sex/citizenship deviation rates
    (birth-date, typo-count, case and diacritics rates have their own fixed
    first/duplicate values); the first record of a person uses m = 0.35, so it
    is usually, but not always, clean.
    Register profile per record: en 44 %, de 22 %, fr 12 %, it 14 %, es 8 %.  It
    selects the Cyrillic romanisation (ICAO 9303 / BGN-like / popular English /
    German Duden / French / Ukrainian national 2010 / Bulgarian 2009), Maghreb
    (French) vs Mashreq (English) Arabic spellings and German umlaut spelling.
    Passport romanisation kept unless a 45 % deviation picks the register style.
    Original script instead of Latin: Han 15 %, Cyrillic 10 %, Thai 8 %,
    Arabic 8 %, Ge'ez 2 %.
    Transliteration / spelling variant of a name token: Arabic 25 % per token
    (article Al-/El-/al-/Al/El/none/sun-letter assimilation 25 %), Ethiopian
    22 %, Thai 20 % per morpheme, Chinese romanisation system switched 12 %,
    syllable joining changed 12 %, Ukrainian record in Russian form 12 %,
    generic spelling variants (Luiz/Luis, Ioan/Ion, Hoxha/Hoxhaj...) 4-10 %.
    Diacritics dropped: 45 % of records (Vietnamese 55 %; first record x0.75),
    on one field only 5 %; Romanian comma-below -> cedilla 25 %.
    Typing errors per record: 0: 84 %, 1: 12.5 %, 2: 3 %, 3: 0.5 % (first record
    94 / 5 / 1 %).  Kinds: keyboard substitution 28, deletion 22, insertion 16,
    transposition 14, OCR confusion (rn/m, cl/d, l/I, e/c, 0/O...) 8,
    phonetic (ph/f, y/i, ks/x, ou/u, doubled letters...) 12.
    Case: all upper 18 %, family upper 6 %, all lower 1.5 % (first 12 / 4 / 1 %).
    Given/family swapped 5 % (Nigeria 8 %, China 9 %, Thailand 6 %, Vietnam 3 %
    plus Vietnamese order in fields 12 % of the 42 % Vietnamese variants);
    whole name in family field 1.5 %, in given field 1 %; given missing 1.5 %,
    family missing 1 %; last given word -> family 1.5 %, first family word ->
    given 1.5 %; alias (another name) in other_names 2 %.
    Culture-specific structure (rate of a non-canonical layout): Vietnamese 42 %
    (middle name dropped/moved/joined, family-first order); Nigerian 40 %
    (both given names, native name only, short form, reversed); Romanian double
    given names 38 %; Hispanic family names 43 % (one dropped, hyphenated, first
    surname into given, second into other_names); Brazilian 60 %; Filipino 40 %
    (middle name added, initial, dropped second given); Arabic 22 % (father's
    name as family, nasab in given) and 20 % for persons without family name;
    Ethiopian/Eritrean 18 % (grandfather's name, both, swapped); Slavic
    patronymic in other_names 25 %, in given 4 %, as family (BG) 3 %; female
    surname in masculine/other form 3-4 %; nickname instead of given 5-12 %
    (Thai 10 %, plus Thai nickname in other_names ~30 %).
    Birth date (duplicate / first record): exact 70 / 80 %, missing 7 / 5 %,
    year only 6 / 4 % (20 % of those +-1), day-month swapped 3.5 / 2 %, one digit
    wrong 3.5 / 2 %, year +-1 2.5 / 1.5 %, 1 January of estimated year (+-0..2)
    4 / 3 %, 1 July 1.5 / 1 %, 1st of month 1.5 / 1 %, a few days off 1 / 0.5 %;
    Eritrea/Ethiopia Ethiopian-calendar year (-7/-8) 1.5 %.
    Sex: missing 8 %, wrong 1 % (both x m).
    Citizenship: missing 10 %, replaced by a neighbouring country 3 %, second
    citizenship added 2 % (all x m); dual citizens (2-12 % of persons by origin,
    Moldova 40 %, Hong Kong 20 %) recorded as both 45 / first 35 / second 20 %.
"""

import argparse
import bisect
import csv
import datetime
import random
import sys
import unicodedata


def NFC(s):
    return unicodedata.normalize('NFC', s)


# ---------------------------------------------------------------------------
# weighted lists
# ---------------------------------------------------------------------------
class W:
    __slots__ = ('items', 'cw', 'tot')

    def __init__(self, items, weights=None):
        self.items = list(items)
        if weights is None:
            weights = [1.0] * len(self.items)
        cw = []
        t = 0.0
        for w in weights:
            t += w
            cw.append(t)
        self.cw = cw
        self.tot = t

    def pick(self, rng):
        i = bisect.bisect_right(self.cw, rng.random() * self.tot)
        if i >= len(self.items):
            i = len(self.items) - 1
        return self.items[i]

    def __len__(self):
        return len(self.items)


def zipf_w(n, s=1.0, k=1.5):
    return [1.0 / ((i + k) ** s) for i in range(n)]


def L(text):
    return [NFC(x.strip()) for x in text.replace('\n', ' ').split(',') if x.strip()]


def ZL(text, s=1.0, k=1.5):
    items = L(text)
    return W(items, zipf_w(len(items), s, k))


def EL(text):
    items, ws = [], []
    for tok in L(text):
        n, w = tok.rsplit('=', 1)
        items.append(n.strip())
        ws.append(float(w))
    return W(items, ws)


def parse_entries(text):
    """'Formal|nick1,nick2|S; ...' -> list of (formal, [nicks], sex)"""
    out = []
    for chunk in text.replace('\n', ' ').split(';'):
        chunk = chunk.strip()
        if not chunk:
            continue
        parts = [x.strip() for x in chunk.split('|')]
        nicks = [NFC(x.strip()) for x in parts[1].split(',') if x.strip()]
        out.append((NFC(parts[0]), nicks, parts[2]))
    return out


def by_sex(entries, sex, s=0.9, k=2.0):
    sel = [e for e in entries if e[2] in (sex, 'N')]
    return W(sel, zipf_w(len(sel), s, k))


# ---------------------------------------------------------------------------
# record context
# ---------------------------------------------------------------------------
class Ctx:
    __slots__ = ('rng', 'm', 'prof', 'first')

    def __init__(self, rng, m, prof, first):
        self.rng = rng
        self.m = m
        self.prof = prof
        self.first = first

    def c(self, p):
        """deviation with base probability p (scaled by sloppiness)"""
        return self.rng.random() < p * self.m

    def alt(self, q, choices):
        if self.rng.random() < q * self.m:
            return choices.pick(self.rng)
        return None


PROF = W(['en', 'de', 'fr', 'it', 'es'], [44, 22, 12, 14, 8])

# ---------------------------------------------------------------------------
# generic string helpers
# ---------------------------------------------------------------------------
def _strip_table():
    tbl = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        d = unicodedata.normalize('NFD', ch)
        base = ''.join(c for c in d if not unicodedata.combining(c))
        if base != ch and base:
            tbl[cp] = base
    extra = {'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae',
             'Æ': 'AE', 'ß': 'ss', 'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'ð': 'd', 'þ': 'th',
             'ħ': 'h', 'ʼ': "'", '’': "'"}
    for k, v in extra.items():
        tbl[ord(k)] = v
    for cp in range(0x300, 0x370):
        tbl[cp] = None
    return tbl


STRIP = _strip_table()
UMLAUT = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue',
                        'ß': 'ss', 'å': 'aa', 'Å': 'Aa', 'ø': 'oe', 'Ø': 'Oe', 'æ': 'ae'})
CEDILLA = str.maketrans({'ș': 'ş', 'ț': 'ţ', 'Ș': 'Ş', 'Ț': 'Ţ'})


def strip_dia(s):
    return s.translate(STRIP)


def is_latin(s):
    for c in s:
        if c.isalpha():
            o = ord(c)
            return o < 0x250 or 0x1E00 <= o < 0x1F00
    return True


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def title_words(s):
    return ' '.join(cap(w) for w in s.split(' '))


VAR = {}


def add_var(text):
    """'A:B/C; D:E' -> VAR[A]=[B,C] (not symmetric unless listed)"""
    for chunk in text.replace('\n', ' ').split(';'):
        chunk = chunk.strip()
        if not chunk:
            continue
        k, v = chunk.split(':')
        VAR[NFC(k.strip())] = [NFC(x.strip()) for x in v.split('/') if x.strip()]


def var(name, ctx, p=0.06):
    if name and name in VAR and ctx.c(p):
        return ctx.rng.choice(VAR[name])
    return name


def var_words(s, ctx, p=0.06):
    if not s:
        return s
    return ' '.join(var(w, ctx, p) for w in s.split(' '))


# ---------------------------------------------------------------------------
# typing errors
# ---------------------------------------------------------------------------
_KB_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
KB_NEI = {}
for _r, _row in enumerate(_KB_ROWS):
    for _i, _c in enumerate(_row):
        _nb = []
        if _i > 0:
            _nb.append(_row[_i - 1])
        if _i < len(_row) - 1:
            _nb.append(_row[_i + 1])
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < 3:
                for _j in (_i - 1, _i):
                    if 0 <= _j < len(_KB_ROWS[_rr]):
                        _nb.append(_KB_ROWS[_rr][_j])
        KB_NEI[_c] = ''.join(_nb)

OCR_PAIRS = [('rn', 'm'), ('m', 'rn'), ('cl', 'd'), ('d', 'cl'), ('li', 'h'), ('vv', 'w'),
             ('w', 'vv'), ('e', 'c'), ('c', 'e'), ('u', 'v'), ('v', 'u'), ('n', 'u'),
             ('a', 'o'), ('o', 'a'), ('l', 'i'), ('i', 'l'), ('I', 'l'), ('l', 'I'),
             ('h', 'b'), ('b', 'h'), ('O', '0'), ('o', '0'), ('S', '5'), ('g', 'q'),
             ('t', 'f'), ('ri', 'n'), ('nn', 'm'), ('E', 'F')]
PHON_PAIRS = [('ph', 'f'), ('f', 'ph'), ('th', 't'), ('kh', 'k'), ('k', 'c'), ('c', 'k'),
              ('ks', 'x'), ('x', 'ks'), ('ou', 'u'), ('u', 'ou'), ('ee', 'i'), ('i', 'ee'),
              ('oo', 'u'), ('w', 'v'), ('v', 'w'), ('j', 'y'), ('y', 'j'), ('y', 'i'),
              ('i', 'y'), ('sh', 'ch'), ('ch', 'sh'), ('dj', 'j'), ('j', 'dj'), ('ie', 'i'),
              ('ss', 's'), ('s', 'ss'), ('ll', 'l'), ('l', 'll'), ('tt', 't'), ('nn', 'n'),
              ('n', 'nn'), ('mm', 'm'), ('e', 'a'), ('a', 'e'), ('h', ''), ('z', 's'),
              ('s', 'z'), ('g', 'gh'), ('gh', 'g'), ('q', 'k'), ('ck', 'k'), ('o', 'u')]
TYPO_KINDS = W(['sub', 'del', 'ins', 'swap', 'ocr', 'phon'], [28, 22, 16, 14, 8, 12])


def _alpha_positions(s):
    return [i for i, c in enumerate(s) if c.isalpha()]


def _replace_pattern(s, pairs, rng, tries=8):
    low = s.lower()
    for _ in range(tries):
        a, b = pairs[rng.randrange(len(pairs))]
        al = a.lower()
        i = low.find(al)
        if i < 0:
            continue
        # occasionally take a later occurrence
        j = low.find(al, i + 1)
        if j >= 0 and rng.random() < 0.5:
            i = j
        orig = s[i:i + len(a)]
        if a != al and orig != a:   # case-sensitive pattern (I, O, S, E)
            continue
        rep = b
        if orig[:1].isupper() and b:
            rep = b[0].upper() + b[1:]
        return s[:i] + rep + s[i + len(a):]
    return None


def typo(s, rng):
    if not s:
        return s
    pos = _alpha_positions(s)
    if len(pos) < 2:
        return s
    latin = is_latin(s)
    kind = TYPO_KINDS.pick(rng)
    if not latin and kind in ('sub', 'ocr', 'phon'):
        kind = rng.choice(('del', 'swap', 'ins'))
    if kind in ('ocr', 'phon'):
        r = _replace_pattern(s, OCR_PAIRS if kind == 'ocr' else PHON_PAIRS, rng)
        if r and r.strip():
            return r
        kind = 'sub'
    i = pos[rng.randrange(len(pos))]
    c = s[i]
    if kind == 'sub':
        base = strip_dia(c).lower()
        nb = KB_NEI.get(base)
        if not nb:
            return s
        n = nb[rng.randrange(len(nb))]
        if c.isupper():
            n = n.upper()
        return s[:i] + n + s[i + 1:]
    if kind == 'del':
        if len(pos) < 3:
            return s
        return s[:i] + s[i + 1:]
    if kind == 'ins':
        if rng.random() < 0.55 or not latin:
            return s[:i + 1] + c.lower() + s[i + 1:]
        base = strip_dia(c).lower()
        nb = KB_NEI.get(base, 'e')
        return s[:i + 1] + nb[rng.randrange(len(nb))] + s[i + 1:]
    if kind == 'swap':
        if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
            a, b = c, s[i + 1]
            if i == 0 or not s[i - 1].isalpha():   # keep word capitalisation
                a2, b2 = (b.upper(), a.lower()) if a.isupper() else (b, a)
                return s[:i] + a2 + b2 + s[i + 2:]
            return s[:i] + b + a + s[i + 2:]
        return s
    return s


# ---------------------------------------------------------------------------
# Cyrillic romanisation
# ---------------------------------------------------------------------------
CYR_BASE = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh',
            'з': 'z', 'и': 'i', 'й': 'i', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o',
            'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts',
            'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': 'ie', 'ы': 'y', 'ь': '', 'э': 'e',
            'ю': 'iu', 'я': 'ia', 'і': 'i', 'ї': 'i', 'є': 'ie', 'ґ': 'g', "'": '', '’': ''}
CYR_VOW = 'аеёиоуыэюяіїє'


def _sch(m=None, init=None, end_iy=None, x=False, ss=False, gu=False, zgh=False, ia_end=False):
    base = dict(CYR_BASE)
    base.update(m or {})
    return dict(m=base, init=init or {}, end_iy=end_iy, x=x, ss=ss, gu=gu, zgh=zgh, ia_end=ia_end)


SCH = {
    ('ru', 'icao'): _sch(),
    ('ru', 'bgn'): _sch({'й': 'y', 'ю': 'yu', 'я': 'ya', 'ъ': ''},
                        {'е': 'ye', 'ё': 'yo', 'ю': 'yu', 'я': 'ya'}),
    ('ru', 'pop'): _sch({'й': 'y', 'ю': 'yu', 'я': 'ya', 'ё': 'yo', 'ъ': ''},
                        {'ю': 'yu', 'я': 'ya', 'ё': 'yo'}, end_iy={'и': 'y', 'ы': 'y'}, x=True),
    ('ru', 'de'): _sch({'в': 'w', 'ж': 'sch', 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z',
                        'ч': 'tsch', 'ш': 'sch', 'щ': 'schtsch', 'ъ': '', 'ю': 'ju', 'я': 'ja',
                        'ё': 'jo'}, {'е': 'je', 'ё': 'jo'}, end_iy={'и': 'i', 'ы': 'y'},
                       x=True, ss=True),
    ('ru', 'fr'): _sch({'ж': 'j', 'й': 'i', 'ч': 'tch', 'ш': 'ch', 'щ': 'chtch', 'у': 'ou',
                        'ю': 'iou', 'я': 'ia', 'ё': 'io', 'ъ': ''}, {},
                       end_iy={'и': 'i', 'ы': 'y'}, ss=True, gu=True, ia_end=True),
    ('uk', 'nat'): _sch({'г': 'h', 'и': 'y'},
                        {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}, zgh=True),
    ('uk', 'icao'): _sch({'г': 'h', 'и': 'y'}),
    ('uk', 'bgn'): _sch({'г': 'h', 'и': 'y', 'ї': 'yi', 'й': 'y', 'є': 'ye', 'ю': 'yu',
                         'я': 'ya'}),
    ('uk', 'de'): _sch({'г': 'h', 'и': 'y', 'ї': 'ji', 'й': 'j', 'є': 'je', 'в': 'w',
                        'ж': 'sch', 'з': 's', 'х': 'ch', 'ц': 'z', 'ч': 'tsch', 'ш': 'sch',
                        'щ': 'schtsch', 'ю': 'ju', 'я': 'ja'}, ss=True),
    ('uk', 'fr'): _sch({'г': 'h', 'и': 'y', 'ї': 'ï', 'й': 'ï', 'ж': 'j', 'ч': 'tch',
                        'ш': 'ch', 'щ': 'chtch', 'у': 'ou', 'ю': 'iou', 'я': 'ia'}, ss=True, ia_end=True),
    ('bg', 'off'): _sch({'ъ': 'a', 'щ': 'sht', 'х': 'h', 'й': 'y', 'ю': 'yu', 'я': 'ya',
                         'ь': 'y'}, ia_end=True),
    ('bg', 'bgn'): _sch({'ъ': 'u', 'щ': 'sht', 'й': 'y', 'ю': 'yu', 'я': 'ya'}),
    ('bg', 'de'): _sch({'в': 'w', 'ж': 'sch', 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z',
                        'ч': 'tsch', 'ш': 'sch', 'щ': 'scht', 'ъ': 'a', 'ю': 'ju', 'я': 'ja'},
                       ss=True),
    ('bg', 'fr'): _sch({'ж': 'j', 'ч': 'tch', 'ш': 'ch', 'щ': 'cht', 'у': 'ou', 'ъ': 'a',
                        'ю': 'iou', 'я': 'ia'}, gu=True),
}

SCH_BY_PROF = {}
for _lang, _tab in (('ru', {'en': (['icao', 'bgn', 'pop'], [45, 25, 30]),
                            'de': (['de', 'icao', 'pop'], [55, 30, 15]),
                            'fr': (['fr', 'icao', 'pop'], [50, 35, 15]),
                            'it': (['icao', 'pop', 'bgn'], [60, 30, 10]),
                            'es': (['icao', 'pop', 'bgn'], [60, 30, 10])}),
                    ('uk', {'en': (['nat', 'icao', 'bgn'], [55, 15, 30]),
                            'de': (['de', 'nat', 'bgn'], [45, 40, 15]),
                            'fr': (['fr', 'nat', 'bgn'], [40, 45, 15]),
                            'it': (['nat', 'bgn'], [70, 30]),
                            'es': (['nat', 'bgn'], [70, 30])}),
                    ('bg', {'en': (['off', 'bgn'], [80, 20]),
                            'de': (['de', 'off'], [45, 55]),
                            'fr': (['fr', 'off'], [40, 60]),
                            'it': (['off', 'bgn'], [90, 10]),
                            'es': (['off', 'bgn'], [90, 10])})):
    for _p, (_i, _w) in _tab.items():
        SCH_BY_PROF[(_lang, _p)] = W(_i, _w)
PASSPORT_SCH = {'ru': W(['icao', 'bgn'], [60, 40]), 'uk': W(['nat', 'bgn'], [70, 30]),
                'bg': W(['off', 'bgn'], [85, 15])}


def cyr2lat(s, sc):
    m = sc['m']
    init = sc['init']
    end_iy = sc['end_iy']
    out = []
    low = s.lower()
    n = len(s)
    i = 0
    prev = ''
    while i < n:
        c = low[i]
        up = s[i] != c
        nx = low[i + 1] if i + 1 < n else ''
        after = low[i + 2] if i + 2 < n else ''
        adv = 1
        r = None
        if end_iy and c in end_iy and nx == 'й' and not after.isalpha():
            r = end_iy[c]
            adv = 2
        elif sc['x'] and c == 'к' and nx == 'с' and prev.isalpha():
            r = 'x'
            adv = 2
        elif sc['zgh'] and c == 'з' and nx == 'г':
            r = 'zgh'
            adv = 2
        elif sc['ia_end'] and c in 'иі' and nx == 'я' and not after.isalpha():
            r = 'ia'
            adv = 2
        elif sc['ss'] and c == 'с' and prev and prev in CYR_VOW and nx and nx in CYR_VOW:
            r = 'ss'
        elif sc['gu'] and c == 'г' and nx and nx in 'еиыэ':
            r = 'gu'
        elif c in init and (not prev.isalpha() or prev in CYR_VOW or prev in 'ьъ'):
            r = init[c]
        else:
            r = m.get(c)
            if r is None:
                r = c
        if up and r:
            r = r[0].upper() + r[1:]
        out.append(r)
        prev = low[i + adv - 1]
        i += adv
    return ''.join(out)


def uk2ru(s):
    return s.replace('і', 'и').replace('І', 'И').replace('ї', 'и').replace('Ї', 'И') \
            .replace('є', 'е').replace('Є', 'Е').replace('ґ', 'г').replace('Ґ', 'Г') \
            .replace("'", 'ь')


def ru_fem(s):
    if s.endswith(('ий', 'ый', 'ой')):
        return s[:-2] + 'ая'
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    return s


def uk_fem(s):
    if s.endswith('ий'):
        return s[:-2] + 'а'
    if s.endswith(('ов', 'ев', 'ін', 'ин', 'їн')):
        return s + 'а'
    return s


def bg_fem(s):
    if s.endswith('ски'):
        return s[:-1] + 'а'
    if s.endswith(('ов', 'ев', 'ин')):
        return s + 'а'
    return s


RU_PATR_SPECIAL = {'Илья': ('Ильич', 'Ильинична'), 'Никита': ('Никитич', 'Никитична'),
                   'Павел': ('Павлович', 'Павловна'), 'Пётр': ('Петрович', 'Петровна'),
                   'Михаил': ('Михайлович', 'Михайловна'), 'Лев': ('Львович', 'Львовна'),
                   'Дмитрий': ('Дмитриевич', 'Дмитриевна'),
                   'Георгий': ('Георгиевич', 'Георгиевна')}


def ru_patr(f, fem):
    if f in RU_PATR_SPECIAL:
        return RU_PATR_SPECIAL[f][1 if fem else 0]
    if f.endswith('ий'):
        return f[:-2] + ('ьевна' if fem else 'ьевич')
    if f.endswith('ей'):
        return f[:-1] + ('евна' if fem else 'евич')
    if f.endswith('ь'):
        return f[:-1] + ('евна' if fem else 'евич')
    if f.endswith('й'):
        return f[:-1] + ('евна' if fem else 'евич')
    return f + ('овна' if fem else 'ович')


def uk_patr(f, fem):
    if f == 'Микола':
        return 'Миколаївна' if fem else 'Миколайович'
    if f.endswith('ій'):
        return f[:-1] + 'ївна' if fem else f + 'ович'
    if f.endswith(('о', 'а')):
        return f[:-1] + ('івна' if fem else 'ович')
    if f.endswith('ь'):
        return f[:-1] + ('івна' if fem else 'ьович')
    return f + ('івна' if fem else 'ович')


def bg_patr(f, fem):
    if f.endswith('ър'):
        b = f[:-2] + 'ров'
    elif f.endswith('й'):
        b = f[:-1] + 'ев'
    elif f.endswith(('и', 'л')):
        b = f + 'ев'
    elif f.endswith(('о', 'а')):
        b = f[:-1] + 'ов'
    else:
        b = f + 'ов'
    return b + 'а' if fem else b


# ===========================================================================
# CULTURE DATA AND RENDERERS
# Each culture: create(rng, sex, sub, fam) -> nm dict ; render(p, ctx) -> (given, family, others)
# fam is a sibling's nm (shared family-level fields) or None.
# ===========================================================================

# ---------------------------------------------------------------------------
# Russia / Ukraine / Bulgaria (names stored in Cyrillic)
# ---------------------------------------------------------------------------
RU_M = ZL("""Александр, Сергей, Дмитрий, Андрей, Алексей, Максим, Евгений, Иван, Михаил,
Николай, Владимир, Артём, Денис, Павел, Роман, Игорь, Олег, Виктор, Юрий, Константин, Никита,
Антон, Илья, Вадим, Кирилл, Руслан, Геннадий, Анатолий, Валерий, Степан, Станислав, Григорий,
Георгий, Борис, Фёдор, Тимур, Егор, Даниил, Леонид, Василий, Виталий, Ярослав, Глеб, Матвей""", 0.9, 2)
RU_F = ZL("""Елена, Ольга, Наталья, Татьяна, Ирина, Светлана, Анна, Мария, Екатерина, Юлия,
Анастасия, Марина, Людмила, Галина, Оксана, Дарья, Ксения, Виктория, Алина, Полина, Валентина,
Надежда, Любовь, Вера, Кристина, Евгения, Алёна, Яна, Елизавета, Лариса, Маргарита, Софья,
Диана, Олеся, Жанна, Инна, Алла, Нина, Зоя, Карина""", 0.9, 2)
RU_NICK = {}
for _k, _v in (('Александр', 'Саша,Шура'), ('Алексей', 'Лёша,Алёша'), ('Дмитрий', 'Дима,Митя'),
               ('Сергей', 'Серёжа'), ('Михаил', 'Миша'), ('Николай', 'Коля'),
               ('Владимир', 'Вова,Володя'), ('Евгений', 'Женя'), ('Иван', 'Ваня'),
               ('Павел', 'Паша'), ('Андрей', 'Андрюша'), ('Юрий', 'Юра'),
               ('Константин', 'Костя'), ('Виктор', 'Витя'), ('Анатолий', 'Толя'),
               ('Валерий', 'Валера'), ('Вячеслав', 'Слава'), ('Станислав', 'Стас'),
               ('Григорий', 'Гриша'), ('Борис', 'Боря'), ('Фёдор', 'Федя'), ('Василий', 'Вася'),
               ('Виталий', 'Виталик'), ('Ярослав', 'Слава'), ('Кирилл', 'Кирюша'),
               ('Елена', 'Лена'), ('Ольга', 'Оля'), ('Наталья', 'Наташа'), ('Татьяна', 'Таня'),
               ('Ирина', 'Ира'), ('Светлана', 'Света'), ('Анна', 'Аня'), ('Мария', 'Маша'),
               ('Екатерина', 'Катя'), ('Юлия', 'Юля'), ('Анастасия', 'Настя'),
               ('Людмила', 'Люда,Мила'), ('Галина', 'Галя'), ('Оксана', 'Ксана'),
               ('Дарья', 'Даша'), ('Ксения', 'Ксюша'), ('Виктория', 'Вика'),
               ('Надежда', 'Надя'), ('Любовь', 'Люба'), ('Валентина', 'Валя'),
               ('Евгения', 'Женя'), ('Елизавета', 'Лиза'), ('Маргарита', 'Рита'),
               ('Софья', 'Соня'), ('Кристина', 'Кристя'), ('Александра', 'Саша'),
               ('Полина', 'Поля')):
    RU_NICK[_k] = _v.split(',')

RU_FAM = ZL("""Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков,
Фёдоров, Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов,
Николаев, Орлов, Андреев, Макаров, Никитин, Захаров, Зайцев, Соловьёв, Борисов, Яковлев,
Григорьев, Романов, Воробьёв, Сергеев, Кузьмин, Фролов, Александров, Дмитриев, Королёв, Гусев,
Киселёв, Ильин, Максимов, Поляков, Сорокин, Виноградов, Ковалёв, Белов, Медведев, Антонов,
Тарасов, Жуков, Баранов, Филиппов, Комаров, Давыдов, Беляев, Герасимов, Богданов, Осипов,
Сидоров, Матвеев, Титов, Марков, Миронов, Крылов, Куликов, Карпов, Власов, Мельников, Денисов,
Гаврилов, Тихонов, Казаков, Афанасьев, Данилов, Савельев, Тимофеев, Фомин, Чернов, Абрамов,
Мартынов, Ефимов, Федотов, Щербаков, Назаров, Калинин, Исаев, Чернышёв, Быков, Маслов,
Родионов, Коновалов, Лазарев, Воронин, Климов, Филатов, Пономарёв, Голубев, Кудрявцев,
Прохоров, Наумов, Потапов, Журавлёв, Овчинников, Трофимов, Леонов, Соболев, Ермаков,
Колесников, Гончаров, Емельянов, Никифоров, Грачёв, Котов, Гришин, Ефремов, Архипов, Громов,
Кириллов, Малышев, Панов, Моисеев, Румянцев, Акимов, Кондратьев, Бирюков, Горбунов, Анисимов,
Ерёмин, Тихомиров, Галкин, Лукьянов, Михеев, Скворцов, Юдин, Белоусов, Нестеров, Симонов,
Прокофьев, Харитонов, Князев, Цветков, Левин, Митрофанов, Воронов, Аксёнов, Мальцев, Логинов,
Горшков, Савин, Краснов, Майоров, Демидов, Елисеев, Рыбаков, Сафонов, Плотников, Хохлов,
Жданов, Щукин, Чайковский, Ковальский, Островский, Толстой, Седых, Белых""", 0.8, 3)

UA_M = W([tuple(x.split('/')) for x in L("""Олександр/Александр, Сергій/Сергей, Андрій/Андрей,
Дмитро/Дмитрий, Володимир/Владимир, Микола/Николай, Іван/Иван, Олег/Олег, Юрій/Юрий,
Віктор/Виктор, Василь/Василий, Петро/Пётр, Михайло/Михаил, Богдан/Богдан, Тарас/Тарас,
Максим/Максим, Артем/Артём, Євген/Евгений, Роман/Роман, Ігор/Игорь, Степан/Степан,
Анатолій/Анатолий, Віталій/Виталий, Ярослав/Ярослав, Денис/Денис, Олексій/Алексей,
Павло/Павел, Валерій/Валерий, Руслан/Руслан, Назар/Назар, Григорій/Григорий,
Владислав/Владислав, Костянтин/Константин, Вадим/Вадим, Остап/Остап, Ілля/Илья""")],
         zipf_w(36, 0.9, 2))
UA_F = W([tuple(x.split('/')) for x in L("""Олена/Елена, Наталія/Наталья, Тетяна/Татьяна,
Оксана/Оксана, Ірина/Ирина, Юлія/Юлия, Світлана/Светлана, Ольга/Ольга, Марія/Мария, Анна/Анна,
Катерина/Екатерина, Людмила/Людмила, Галина/Галина, Вікторія/Виктория, Надія/Надежда,
Валентина/Валентина, Анастасія/Анастасия, Ганна/Анна, Христина/Кристина, Дарина/Дарина,
Софія/София, Олександра/Александра, Любов/Любовь, Лариса/Лариса, Інна/Инна, Алла/Алла,
Яна/Яна, Віра/Вера, Зоряна/Зоряна, Мар'яна/Марьяна, Уляна/Ульяна, Леся/Леся, Аліна/Алина""")],
         zipf_w(33, 0.9, 2))
UA_FAM = ZL("""Мельник, Шевченко, Коваленко, Бондаренко, Бойко, Ткаченко, Кравченко, Ковальчук,
Коваль, Олійник, Шевчук, Поліщук, Іваненко, Ткачук, Савченко, Бондар, Марченко, Руденко,
Мороз, Лисенко, Петренко, Клименко, Павленко, Кравчук, Кузьменко, Пономаренко, Савчук,
Василенко, Левченко, Харченко, Карпенко, Гончаренко, Мельниченко, Литвиненко, Романенко,
Костенко, Гаврилюк, Панченко, Тимошенко, Сидоренко, Зінченко, Власенко, Приходько, Семенко,
Захарченко, Дмитренко, Кириленко, Нестеренко, Гуменюк, Кушнір, Мазур, Бабенко, Яковенко,
Давиденко, Ковтун, Стасюк, Пилипенко, Кучер, Дорошенко, Король, Гнатюк, Ковальський,
Білий, Романюк, Федорів, Мартинюк, Кравець, Сорока, Юрченко, Лук'яненко, Грищенко""", 0.8, 3)

BG_M = ZL("""Георги, Иван, Димитър, Николай, Петър, Христо, Стефан, Йордан, Тодор, Васил,
Александър, Борис, Красимир, Стоян, Атанас, Ангел, Иво, Емил, Асен, Любомир, Валентин, Пламен,
Кирил, Мартин, Цветан, Радослав, Живко, Милен, Росен, Славчо, Методи, Христофор, Здравко""", 0.9, 2)
BG_F = ZL("""Мария, Иванка, Елена, Йорданка, Пенка, Маргарита, Виолета, Десислава, Гергана,
Радка, Стефка, Цветелина, Силвия, Петя, Николина, Анелия, Галина, Ралица, Веселина, Даниела,
Теодора, Кристина, Снежана, Надежда, Росица, Емилия, Антония, Деница, Катя, Милена""", 0.9, 2)
BG_TR_M = ZL("Мехмед, Ахмед, Хасан, Юсеин, Ибрям, Али, Мустафа, Исмаил, Сали, Реджеп, Айдън")
BG_TR_F = ZL("Айше, Фатме, Емине, Зейнеп, Хатидже, Мелек, Сабрие, Гюлсюм, Незиха")
BG_TR_FAM = ZL("Мехмедов, Ахмедов, Хасанов, Юсеинов, Алиев, Ибрямов, Салиев, Османов, Исмаилов, Мустафов")
BG_FAM = ZL("""Иванов, Георгиев, Димитров, Петров, Николов, Христов, Стоянов, Тодоров, Илиев,
Василев, Атанасов, Петков, Ангелов, Йорданов, Колев, Маринов, Стефанов, Попов, Михайлов,
Костов, Кирилов, Асенов, Русев, Методиев, Костадинов, Димов, Стойков, Пеев, Киров, Цветков,
Славов, Янков, Радев, Вълчев, Бонев, Желязков, Минчев, Станчев, Ганчев, Добрев, Кръстев""", 0.8, 3)
BG_NICK = {'Георги': ['Гошо', 'Жоро'], 'Иван': ['Ваньо', 'Ванко'], 'Димитър': ['Митко', 'Димо'],
           'Николай': ['Ники', 'Кольо'], 'Тодор': ['Тошо'], 'Петър': ['Пешо', 'Пепи'],
           'Христо': ['Ицо'], 'Йордан': ['Данчо'], 'Стефан': ['Стефчо'], 'Атанас': ['Наско'],
           'Мария': ['Мими', 'Маша'], 'Иванка': ['Ваня'], 'Елена': ['Ели', 'Лена'],
           'Десислава': ['Деси'], 'Цветелина': ['Цвети'], 'Йорданка': ['Данка'],
           'Маргарита': ['Маги'], 'Гергана': ['Гери'], 'Николина': ['Ники'],
           'Теодора': ['Теди'], 'Даниела': ['Дани'], 'Веселина': ['Веси']}

# tail composition for Slavic surnames
SL_STEMS = L("""Берез, Вороб, Гор, Дуб, Жур, Зим, Калач, Кот, Лап, Лис, Мух, Пес, Сом, Толст,
Шмел, Черн, Сед, Мал, Глух, Коз, Кур, Ряб, Сыч, Хром, Бобр, Волк, Голуб, Жук, Грач, Сокол,
Ворон, Щегл, Карас, Окун, Лещ, Кувшин, Мороз, Снеж, Ветр, Бур, Гром, Камен, Песк, Глин,
Кожемяк, Гончар, Бондар, Ткач, Мельн, Пасеч, Рыбал, Пахар, Чумак, Козак, Писар, Дьяк,
Попад, Кравц, Шевц, Коваль, Стрел, Плот, Лоз, Вишн, Ябл, Груш, Калин, Малин, Рож, Овс""")
RU_SUF = W(['ов', 'ев', 'ин', 'ский', 'овский', 'енков', 'ых', 'цов'], [40, 12, 20, 8, 6, 4, 3, 4])
UA_SUF = W(['енко', 'чук', 'ук', 'юк', 'ишин', 'ко', 'ець', 'ак', 'ський', 'ів'],
           [35, 15, 12, 6, 4, 6, 5, 5, 7, 5])
BG_SUF = W(['ов', 'ев', 'чев', 'ков', 'ски'], [50, 20, 10, 12, 8])


def _sl_tail(rng, lang):
    st = SL_STEMS[rng.randrange(len(SL_STEMS))]
    if lang == 'ru':
        s = RU_SUF.pick(rng)
        if st[-1] in 'чщшж' and s == 'ов':
            s = 'ев'
        return st + s
    st2 = st.replace('ы', 'и').replace('э', 'е')
    if lang == 'uk':
        return st2 + UA_SUF.pick(rng)
    return st2 + BG_SUF.pick(rng)


def create_sl(rng, sex, sub, fam):
    F = sex == 'F'
    nm = {}
    if sub == 'UA':
        g, gru = (UA_F if F else UA_M).pick(rng)
        father = fam['father'] if fam else UA_M.pick(rng)
        base = fam['fam'] if fam else (UA_FAM.pick(rng) if rng.random() > 0.25 else _sl_tail(rng, 'uk'))
        f = uk_fem(base) if F else base
        fru = ru_fem(uk2ru(base)) if F else uk2ru(base)
        nm.update(lang='uk', g=g, gru=gru, fam=base, f=f, fru=fru, fmasc=base,
                  patr=uk_patr(father[0], F), patr_ru=ru_patr(father[1], F), father=father,
                  nick=RU_NICK.get(gru, []), nlang='ru')
    elif sub == 'RU':
        g = (RU_F if F else RU_M).pick(rng)
        father = fam['father'] if fam else RU_M.pick(rng)
        base = fam['fam'] if fam else (RU_FAM.pick(rng) if rng.random() > 0.25 else _sl_tail(rng, 'ru'))
        f = ru_fem(base) if F else base
        nm.update(lang='ru', g=g, gru=g, fam=base, f=f, fru=f, fmasc=base,
                  patr=ru_patr(father, F), patr_ru=ru_patr(father, F), father=father,
                  nick=RU_NICK.get(g, []), nlang='ru')
    else:  # BG
        tr = fam['tr'] if fam else rng.random() < 0.12
        if tr:
            g = (BG_TR_F if F else BG_TR_M).pick(rng)
            father = fam['father'] if fam else BG_TR_M.pick(rng)
            base = fam['fam'] if fam else BG_TR_FAM.pick(rng)
        else:
            g = (BG_F if F else BG_M).pick(rng)
            father = fam['father'] if fam else BG_M.pick(rng)
            base = fam['fam'] if fam else (BG_FAM.pick(rng) if rng.random() > 0.25 else _sl_tail(rng, 'bg'))
        f = bg_fem(base) if F else base
        nm.update(lang='bg', g=g, gru=g, fam=base, f=f, fru=f, fmasc=base, tr=tr,
                  patr=bg_patr(father, F), patr_ru=bg_patr(father, F), father=father,
                  nick=BG_NICK.get(g, []), nlang='bg')
    nm['ps'] = PASSPORT_SCH[nm['lang']].pick(rng)
    # second given name is rare in these cultures; a passport 'ё' written or not
    nm['yo'] = rng.random() < 0.3
    return nm


def _no_yo(s):
    return s.replace('ё', 'е').replace('Ё', 'Е')


def render_sl(p, ctx):
    nm = p.nm
    rng = ctx.rng
    lang = nm['lang']
    g, f, patr = nm['g'], nm['f'], nm['patr']
    glang = flang = lang
    if lang == 'uk' and ctx.c(0.12):
        g, f, patr = nm['gru'], nm['fru'], nm['patr_ru']
        glang = flang = 'ru'
    if p.sex == 'F' and ctx.c(0.03):
        f = nm['fmasc'] if flang == lang else uk2ru(nm['fmasc'])
    others = []
    if nm['nick'] and ctx.c(0.07):
        g = rng.choice(nm['nick'])
        glang = nm['nlang']
    elif nm['nick'] and ctx.c(0.04):
        others.append(('n', rng.choice(nm['nick'])))
    with_patr = rng.random() < 0.25
    patr_in_given = ctx.c(0.04)
    patr_as_fam = lang == 'bg' and ctx.c(0.03)
    if ctx.c(0.10):  # original script
        def tl(s, lg):
            return s if nm['yo'] and rng.random() < 0.3 else _no_yo(s)
    else:
        if ctx.c(0.45):
            sch_main = SCH_BY_PROF[(lang, ctx.prof)].pick(rng)
        else:
            sch_main = nm['ps']
        cache = {lang: sch_main}

        def tl(s, lg):
            if lg not in cache:
                cache[lg] = SCH_BY_PROF[(lg, ctx.prof)].pick(rng)
            return cyr2lat(s, SCH[(lg, cache[lg])])
    G = tl(g, glang)
    Fm = tl(f, flang)
    P = tl(patr, flang)
    oth = []
    for kind, o in others:
        oth.append(tl(o, nm['nlang']))
    if patr_as_fam:
        Fm = P
    elif patr_in_given:
        G = G + ' ' + P
    elif with_patr:
        oth.append(P)
    return G, Fm, oth


# ---------------------------------------------------------------------------
# Romania / Moldova
# ---------------------------------------------------------------------------
RO_M = ZL("""Ion, Gheorghe, Constantin, Vasile, Alexandru, Andrei, Mihai, Ioan, Florin, Marian,
Adrian, Cristian, Daniel, Nicolae, Dumitru, Ștefan, Gabriel, Bogdan, Ionuț, Cătălin, Răzvan,
Marius, Sorin, Ovidiu, Valentin, Lucian, Cosmin, Vlad, Costel, Dorin, Liviu, Viorel, Petru,
Iulian, Sebastian, Florentin, Laurențiu, Claudiu, Emil, Robert, Alin, Georgian, Marinel, Fănel,
Nicușor, Dănuț, Remus, Silviu, Tudor, David, Aurel, Traian, Octavian, Mircea, Emanuel""", 0.9, 2)
RO_F = ZL("""Maria, Elena, Ioana, Andreea, Mihaela, Ana, Cristina, Alexandra, Gabriela, Florentina,
Daniela, Georgiana, Alina, Ramona, Nicoleta, Roxana, Simona, Adriana, Mariana, Loredana, Larisa,
Diana, Bianca, Denisa, Iuliana, Raluca, Oana, Ionela, Cătălina, Violeta, Rodica, Florica,
Geanina, Claudia, Luminița, Corina, Anca, Camelia, Lenuța, Marinela, Sorina, Valentina,
Petronela, Irina, Carmen, Steluța, Margareta, Aurelia, Veronica, Emilia, Paula, Alexia""", 0.9, 2)
MD_EXTRA_M = ZL("Vadim, Serghei, Igor, Oleg, Veaceslav, Ruslan, Vitalie, Iurie, Eugen, Dumitru, Victor")
MD_EXTRA_F = ZL("Natalia, Tatiana, Svetlana, Olga, Galina, Nadejda, Liudmila, Ludmila, Ecaterina, Iulia")
RO_FAM = ZL("""Popa, Popescu, Pop, Radu, Ionescu, Dumitru, Stoica, Stan, Gheorghe, Matei, Ciobanu,
Constantin, Rusu, Munteanu, Marin, Mocanu, Florea, Lazăr, Tudor, Dinu, Ene, Moldovan, Nistor,
Barbu, Stanciu, Toma, Sârbu, Cristea, Ursu, Neagu, Dobre, Lungu, Diaconu, Bălan, Enache, Zamfir,
Vasile, Oprea, Mihai, Dumitrescu, Niculae, Căldăraru, Stănescu, Preda, Iordache, Manea, Anghel,
Sandu, Voicu, Tănase, Grigore, Rădulescu, Roman, Dragomir, Ilie, Nedelcu, Pavel, Andrei,
Cojocaru, Lupu, Ungureanu, Bucur, Coman, Nica, Sima, Gavrilă, Rotaru, Petrescu, Chiriac,
Năstase, Lingurar, Fieraru, Boldea, Ciurar, Spoitoru, Rudaru, Mitrea, Dobrică, Ghiță""", 0.8, 3)
MD_FAM = ZL("""Rusu, Ciobanu, Ceban, Lungu, Cojocaru, Țurcanu, Rotari, Bălan, Munteanu, Sîrbu,
Croitoru, Botnari, Melnic, Guțu, Popa, Railean, Cebotari, Morari, Bejenari, Grosu, Moraru,
Roșca, Istrati, Gheorghiță""", 0.8, 2)
RO_STEMS = L("""Vlăd, Stoi, Mărin, Bădu, Olt, Neacș, Dobr, Ghiț, Pârv, Bogd, Stanc, Cost, Mirc,
Petr, Crăci, Mih, Iord, Nedelc, Zăvo, Bârl, Vasil, Ung, Grig, Sălăj, Moț, Cârst, Dănil, Văc,
Hârl, Păun, Lup, Bran, Tăt, Mănăil, Sav, Crăc, Buz, Ciorb, Frunz, Fier""")
RO_SUF = W(['escu', 'eanu', 'oiu', 'aru', 'ache', 'ea', 'an', 'uț', 'ilă', 'ică', 'u', 'eș'],
           [35, 22, 6, 8, 6, 4, 5, 3, 3, 3, 3, 2])
RO_NICK = {}
for _k, _v in (('Ion', 'Ionel,Nelu,Ionuț'), ('Ioan', 'Ionel,Nelu,Ion'), ('Gheorghe', 'Ghiță,George,Gigel'),
               ('Constantin', 'Costel,Costică,Costi'), ('Vasile', 'Vasilică,Sile'),
               ('Alexandru', 'Alex,Sandu'), ('Dumitru', 'Mitică,Mitel'), ('Nicolae', 'Nicu,Nicușor'),
               ('Mihai', 'Mihăiță'), ('Ștefan', 'Fane,Fănel'), ('Gabriel', 'Gabi'),
               ('Cristian', 'Cristi'), ('Daniel', 'Dani'), ('Marian', 'Marinel'),
               ('Florin', 'Florinel'), ('Valentin', 'Vali'), ('Elena', 'Lenuța,Ileana'),
               ('Maria', 'Mărioara,Mia'), ('Florentina', 'Flori'), ('Gabriela', 'Gabi'),
               ('Daniela', 'Dana'), ('Alexandra', 'Alexa'), ('Nicoleta', 'Nico'),
               ('Mihaela', 'Miha'), ('Georgiana', 'Gina'), ('Andreea', 'Andra'),
               ('Ionela', 'Nela'), ('Serghei', 'Sergiu'), ('Ecaterina', 'Cati'),
               ('Veaceslav', 'Slava'), ('Natalia', 'Natașa')):
    RO_NICK[_k] = _v.split(',')
add_var("""Ioan:Ion; Ion:Ioan; Gheorghe:George; Nicolae:Nicolai/Niculae; Mihai:Mihail; Petru:Petre;
Alexandru:Alexander/Alexandro; Cristian:Christian; Andreea:Andrea; Mihaela:Michaela;
Cristina:Christina; Georgiana:Georgeana; Iulian:Julian; Iuliana:Juliana; Ecaterina:Ekaterina;
Natalia:Natalya; Serghei:Sergiu/Sergei; Iurie:Yuri/Iurii; Vitalie:Vitalii; Liudmila:Ludmila;
Sîrbu:Sârbu; Sârbu:Sîrbu; Ceban:Cebanu; Botnari:Botnaru; Rotari:Rotaru; Cebotari:Cebotaru;
Morari:Moraru; Țurcanu:Turcan; Căldăraru:Caldararu/Calderaru; Lingurar:Lingurariu""")


def create_ro(rng, sex, sub, fam):
    F = sex == 'F'
    md = sub == 'MD'
    lst = RO_F if F else RO_M
    g1 = (MD_EXTRA_F if F else MD_EXTRA_M).pick(rng) if md and rng.random() < 0.3 else lst.pick(rng)
    gl = [g1]
    hy = ' '
    if rng.random() < 0.30:
        if F and g1 == 'Ana' and rng.random() < 0.5:
            g2 = 'Maria'
            hy = '-'
        else:
            g2 = lst.pick(rng)
            hy = '-' if rng.random() < 0.3 else ' '
        if g2 != g1:
            gl.append(g2)
    if fam:
        f = fam['fam']
    elif rng.random() < 0.22:
        f = RO_STEMS[rng.randrange(len(RO_STEMS))] + RO_SUF.pick(rng)
    else:
        f = (MD_FAM if md and rng.random() < 0.6 else RO_FAM).pick(rng)
    maiden = None
    if F and rng.random() < 0.08:
        maiden = RO_FAM.pick(rng)
    return dict(g=gl, hy=hy, fam=f, maiden=maiden)


RO_DBL = W(['joiner', 'first', 'second', 'first_oth'], [6, 18, 8, 6])


def render_ro(p, ctx):
    nm = p.nm
    rng = ctx.rng
    gl = [var(x, ctx, 0.05) for x in nm['g']]
    others = []
    if ctx.c(0.06) and nm['g'][0] in RO_NICK:
        gl[0] = rng.choice(RO_NICK[nm['g'][0]])
    elif nm['g'][0] in RO_NICK and ctx.c(0.03):
        others.append(rng.choice(RO_NICK[nm['g'][0]]))
    if len(gl) == 2:
        a = ctx.alt(0.38, RO_DBL)
        if a == 'joiner':
            j = rng.choice([' ', '-', ''])
            g = gl[0] + j + (gl[1].lower() if j == '' and rng.random() < 0.7 else gl[1])
        elif a == 'first':
            g = gl[0]
        elif a == 'second':
            g = gl[1]
        elif a == 'first_oth':
            g = gl[0]
            others.append(gl[1])
        else:
            g = gl[0] + nm['hy'] + gl[1]
    else:
        g = gl[0]
    f = var(nm['fam'], ctx, 0.08)
    if nm['maiden'] and rng.random() < 0.3:
        others.append(nm['maiden'])
    if rng.random() < 0.25 * ctx.m:
        g = g.translate(CEDILLA)
        f = f.translate(CEDILLA)
    return g, f, others


# ---------------------------------------------------------------------------
# Poland / Lithuania
# ---------------------------------------------------------------------------
PL_M = ZL("""Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Jakub, Adam, Łukasz,
Mariusz, Kamil, Dariusz, Grzegorz, Wojciech, Mateusz, Rafał, Robert, Jan, Stanisław, Sebastian,
Damian, Zbigniew, Jerzy, Przemysław, Dawid, Bartosz, Szymon, Artur, Maciej, Sławomir, Janusz""", 0.9, 2)
PL_F = ZL("""Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena,
Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata,
Dorota, Justyna, Paulina, Agata, Sylwia, Iwona, Grażyna, Wioletta, Żaneta, Jadwiga, Halina""", 0.9, 2)
PL_FAM = ZL("""Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski,
Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek,
Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk,
Dudek, Nowicki, Pawlak, Górski, Witkowski, Walczak, Sikora, Baran, Rutkowski, Michalak,
Szewczyk, Ostrowski, Tomaszewski, Pietrzak, Zalewski, Wróblewski, Wasilewski, Chmielewski,
Gajewski, Brzeziński, Sadowski, Czarnecki, Sobczak, Kubiak, Kołodziej, Szczepański""", 0.8, 3)
PL_STEMS = L("""Kowal, Wiśn, Kamin, Lewand, Zielin, Szyman, Dąbr, Kozł, Jank, Kwiat, Grab, Pawl,
Jabłon, Maj, Olsz, Malin, Jawor, Gór, Witk, Rut, Ostr, Zal, Bąk, Sob, Krup, Czarn, Biał, Brzez,
Chmiel, Dud, Gołęb, Kruk, Mróz, Pietr, Sad, Skow, Szczep, Wilcz, Żuk, Kos, Srok, Wrzos, Kalin,
Lip, Dęb, Brzoz, Modrz, Łoz""")
PL_SUF = W(['ski', 'owski', 'ewski', 'icz', 'ak', 'czyk', 'ek', 'iński', 'ecki', 'iak'],
           [18, 22, 10, 8, 8, 7, 6, 6, 8, 7])
PL_NICK = {}
for _k, _v in (('Krzysztof', 'Krzysiek'), ('Aleksandra', 'Ola'), ('Małgorzata', 'Gosia'),
               ('Katarzyna', 'Kasia'), ('Tomasz', 'Tomek'), ('Piotr', 'Piotrek'),
               ('Jakub', 'Kuba'), ('Agnieszka', 'Aga'), ('Magdalena', 'Magda'),
               ('Joanna', 'Asia'), ('Elżbieta', 'Ela'), ('Stanisław', 'Staszek'),
               ('Wojciech', 'Wojtek'), ('Grzegorz', 'Grzesiek'), ('Mateusz', 'Mati'),
               ('Barbara', 'Basia'), ('Zofia', 'Zosia'), ('Dorota', 'Dorotka')):
    PL_NICK[_k] = _v.split(',')
LT_M = ZL("""Tomas, Mindaugas, Darius, Andrius, Jonas, Marius, Paulius, Vytautas, Mantas,
Giedrius, Saulius, Rimantas, Kęstutis, Algirdas, Linas, Povilas, Justinas, Aurimas, Žydrūnas,
Arūnas, Audrius, Gintaras, Donatas, Evaldas""", 0.9, 2)
LT_F = ZL("""Rūta, Jurgita, Agnė, Kristina, Inga, Laura, Rasa, Vilma, Asta, Lina, Aušra, Eglė,
Giedrė, Ieva, Simona, Indrė, Jolanta, Daiva, Ramunė, Neringa, Gintarė, Renata""", 0.9, 2)
LT_FAM = ZL("""Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus,
Paulauskas, Urbonas, Kavaliauskas, Navickas, Ramanauskas, Baranauskas, Savickas, Rimkus,
Sakalauskas, Žilinskas, Adomaitis, Mockus, Lukoševičius, Kairys, Balčiūnas, Jonaitis,
Šimkus, Bagdonas, Vaitkus""", 0.8, 3)
LT_STEMS = L("Kazl, Petr, Vasili, Žuk, Paul, Kavali, Raman, Baran, Sakal, Mick, Jurg, Gaid, Vilk, Liep, Šerm, Ąžuol")
LT_SUF = W(['auskas', 'evičius', 'aitis', 'ūnas', 'onis', 'ėnas', 'ulis', 'as'], [35, 15, 15, 8, 8, 6, 6, 7])
add_var("""Paweł:Pawel/Pavel; Michał:Michal/Michael; Łukasz:Lukas/Lucas; Jerzy:Jerzi; Krzysztof:Krzystof/Christoph;
Wojciech:Wojciek; Katarzyna:Katarina/Katharina; Małgorzata:Malgosia; Agnieszka:Agneszka;
Tomas:Tomasz; Jonas:Jonas; Justyna:Justina; Wioletta:Violetta/Wioleta; Żaneta:Zaneta/Janetta;
Sylwia:Silvia/Sylvia; Iwona:Ivona; Ewa:Eva; Przemysław:Przemyslaw; Szymański:Schimanski/Szymanski""")


def _lt_fem(base, married):
    if married:
        for suf, rep in (('auskas', 'auskienė'), ('ius', 'ienė'), ('is', 'ienė'),
                         ('as', 'ienė'), ('us', 'ienė'), ('ys', 'ienė')):
            if base.endswith(suf):
                return base[:-len(suf)] + rep
        return base
    for suf, rep in (('ius', 'iūtė'), ('is', 'ytė'), ('ys', 'ytė'), ('as', 'aitė'),
                     ('us', 'ūtė')):
        if base.endswith(suf):
            return base[:-len(suf)] + rep
    return base


def _pl_fem(base):
    if base.endswith('ski') or base.endswith('cki') or base.endswith('dzki'):
        return base[:-1] + 'a'
    return base


def create_pl(rng, sex, sub, fam):
    F = sex == 'F'
    if sub == 'LT':
        g = (LT_F if F else LT_M).pick(rng)
        base = fam['fam'] if fam else (LT_FAM.pick(rng) if rng.random() > 0.25 else
                                      LT_STEMS[rng.randrange(len(LT_STEMS))] + LT_SUF.pick(rng))
        married = F and rng.random() < 0.5
        f = _lt_fem(base, married) if F else base
        falt = _lt_fem(base, not married) if F else base
        g2 = None
    else:
        g = (PL_F if F else PL_M).pick(rng)
        g2 = (PL_F if F else PL_M).pick(rng) if rng.random() < 0.2 else None
        if g2 == g:
            g2 = None
        base = fam['fam'] if fam else (PL_FAM.pick(rng) if rng.random() > 0.25 else
                                      PL_STEMS[rng.randrange(len(PL_STEMS))] + PL_SUF.pick(rng))
        f = _pl_fem(base) if F else base
        falt = base
    return dict(sub=sub, g=g, g2=g2, fam=base, f=f, falt=falt)


def render_pl(p, ctx):
    nm = p.nm
    rng = ctx.rng
    g = var(nm['g'], ctx, 0.06)
    others = []
    if nm['g'] in PL_NICK and ctx.c(0.05):
        g = rng.choice(PL_NICK[nm['g']])
    if nm['g2']:
        if ctx.c(0.3):
            if rng.random() < 0.5:
                others.append(nm['g2'])
        else:
            g = g + ' ' + nm['g2']
    f = nm['f']
    if p.sex == 'F' and ctx.c(0.04):
        f = nm['falt']
    f = var(f, ctx, 0.05)
    if ctx.prof == 'de' and ctx.c(0.1):
        f = f.replace('sz', 'sch').replace('cz', 'tsch').replace('w', 'w')
    return g, f, others


# ---------------------------------------------------------------------------
# Albania (and North Macedonia)
# ---------------------------------------------------------------------------
AL_M = ZL("""Arben, Artan, Besnik, Bledar, Dritan, Elton, Ermal, Fatmir, Gentian, Ilir, Klodian,
Leonard, Altin, Endrit, Erion, Fation, Gëzim, Kujtim, Agron, Luan, Shpëtim, Sokol, Ylli, Blerim,
Edmond, Eduart, Arjan, Erjon, Florian, Genci, Jetmir, Kastriot, Mergim, Arber, Valon, Driton,
Fisnik, Armand, Olsi, Ardit, Redon, Klajdi, Alban, Bujar, Petrit, Skënder, Xhevdet, Qemal""", 0.9, 2)
AL_F = ZL("""Anila, Blerina, Brunilda, Elona, Entela, Ermira, Etleva, Fatjona, Klodiana, Mirela,
Rovena, Jonida, Lindita, Majlinda, Alketa, Arta, Besa, Drita, Edlira, Ervisa, Fjorela, Gerta,
Dorina, Valbona, Xhoana, Zamira, Teuta, Aurela, Elda, Flutura, Mimoza, Shqipe, Vjollca, Lirie,
Manjola, Orjeta, Klea, Sara, Ambra, Kejsi, Anxhela, Erisa""", 0.9, 2)
AL_FAM = ZL("""Hoxha, Shehu, Kola, Gjoka, Dervishi, Leka, Prifti, Marku, Çela, Krasniqi, Berisha,
Gashi, Hysa, Basha, Meta, Brahimi, Duka, Xhafa, Mema, Koçi, Lika, Hasani, Bajrami, Rama, Tafa,
Shkurti, Zeneli, Muça, Lleshi, Gjeçi, Kuka, Doçi, Pllumi, Halili, Dibra, Selimi, Murati,
Rexhepi, Sula, Deda, Gjini, Malaj, Ndreca, Vata, Tahiri, Kurti, Beqiri, Hajdari, Bushati""", 0.8, 3)
AL_STEMS = L("""Hox, Kol, Gjok, Lek, Mark, Prend, Ded, Gjon, Pal, Ndoc, Kuq, Bardh, Zez, Mal, Dibr,
Shkodr, Kurt, Sul, Mus, Xhaf, Bajr, Hys, Rexh, Sel, Ram, Murat, Halil, Zenel, Lul, Dem, Ism,
Nik, Gjergj, Tom, Pjet, Mhill, Kastr, Bek, Qer, Haxh""")
AL_SUF = W(['aj', 'i', 'a', 'ollari', 'ja', 'llari', 'ushi', 'ani', 'eri', 'aku'],
           [30, 25, 10, 4, 6, 3, 4, 8, 5, 5])
add_var("""Hoxha:Hoxhaj/Hodja/Hoxa; Kola:Kolaj/Koli; Gjoka:Gjokaj; Marku:Markaj; Lleshi:Lleshaj;
Leka:Lekaj; Deda:Dedaj; Çela:Cela/Chela; Koçi:Koci/Kochi; Gjeçi:Gjeci; Muça:Muca; Doçi:Doci;
Xhafa:Djafa/Xhafaj; Shehu:Sheu; Rexhepi:Rexhep/Redzepi/Rexhepaj; Krasniqi:Krasnici/Krasniqaj;
Gëzim:Gezim/Gezimi; Shpëtim:Shpetim/Shpetimi; Skënder:Skender/Skenderi; Ylli:Yll/Ilir;
Ermal:Ermali; Arben:Arbeni; Ilir:Iliri; Artan:Artani; Besnik:Besniku; Dritan:Dritani;
Klodian:Klodjan; Klodiana:Klodjana; Xhoana:Joana/Xhoanna; Anxhela:Angela/Anxela; Vjollca:Viollca/Vjolca;
Fatjona:Fationa; Kejsi:Kejsy/Keisi""")


def create_al(rng, sex, sub, fam):
    F = sex == 'F'
    g = (AL_F if F else AL_M).pick(rng)
    if fam:
        f, father = fam['fam'], fam['father']
    else:
        f = AL_FAM.pick(rng) if rng.random() > 0.25 else AL_STEMS[rng.randrange(len(AL_STEMS))] + AL_SUF.pick(rng)
        father = AL_M.pick(rng)
    return dict(g=g, fam=f, father=father)


def render_al(p, ctx):
    nm = p.nm
    rng = ctx.rng
    g = var(nm['g'], ctx, 0.10)
    f = var(nm['fam'], ctx, 0.10)
    others = []
    if rng.random() < 0.12:
        others.append(nm['father'])
    if ctx.c(0.02):
        g = g + ' ' + nm['father']
    return g, f, others


# ---------------------------------------------------------------------------
# West / North Europe
# ---------------------------------------------------------------------------
WE_DATA = {
    'DE': (L("Thomas, Michael, Stefan, Andreas, Markus, Christian, Daniel, Jan, Lukas, Tobias, Jürgen, Klaus, Uwe, Sven, Matthias, Jörg"),
           L("Sabine, Anna, Julia, Laura, Katharina, Lena, Petra, Monika, Jessica, Sarah, Jana, Sandra, Ursula, Birgit"),
           L("""Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer,
Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann,
Hartmann, Lange, Werner, Krause, Köhler, Jäger, Groß, Möller, Günther, Vogel, Böhm""")),
    'FR': (L("Pierre, Jean, Nicolas, Laurent, Julien, Thomas, Mathieu, Sébastien, François, Antoine, Jean-Pierre, Jean-Luc, Olivier, Stéphane"),
           L("Marie, Claire, Sophie, Camille, Julie, Céline, Nathalie, Isabelle, Élodie, Manon, Marie-Claire, Anne-Sophie, Aurélie, Hélène"),
           L("""Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Girard, Lefebvre, Mercier, Dupont,
Lambert, Bonnet, François, Fontaine, Chevalier""")),
    'NL': (L("Jan, Pieter, Johannes, Willem, Hendrik, Sander, Bram, Daan, Thijs, Ruud, Joost, Maarten"),
           L("Anna, Emma, Sanne, Lotte, Eva, Fleur, Anouk, Marloes, Ingrid, Femke, Joke"),
           L("""de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer,
de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, van der Meer, de Wit""")),
    'GB': (L("James, John, David, Paul, Mark, Daniel, Michael, Thomas, Christopher, Sean, Patrick, Liam, Gareth, Connor"),
           L("Sarah, Emma, Laura, Rebecca, Claire, Emily, Charlotte, Siobhan, Aoife, Niamh, Kelly, Gemma"),
           L("""Smith, Jones, Williams, Brown, Taylor, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Walker,
Murphy, O'Brien, Kelly, O'Sullivan, Byrne, Ryan, O'Connor, McCarthy, MacDonald, McLaughlin""")),
    'SE': (L("Lars, Erik, Johan, Anders, Mikael, Jonas, Magnus, Nils, Per, Ole, Søren, Bjørn"),
           L("Anna, Maria, Karin, Ingrid, Sara, Emma, Linnea, Sofie, Maja, Åsa, Kirsten, Mette"),
           L("""Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Hansen, Jensen, Nielsen,
Pedersen, Olsen, Johansen, Berg, Lindqvist, Sørensen, Kristiansen, Halvorsen, Holm, Lindström,
Bergström, Åberg, Sjöberg""")),
}
WE_SUB_CIT = {'DE': W(['DE', 'AT', 'CH'], [80, 12, 8]), 'FR': W(['FR', 'BE', 'CH'], [80, 12, 8]),
              'NL': W(['NL', 'BE'], [85, 15]), 'GB': W(['GB', 'IE'], [75, 25]),
              'SE': W(['SE', 'NO', 'DK'], [45, 25, 30])}
WE_W = {}
for _k, (_m, _f, _fa) in WE_DATA.items():
    WE_W[_k] = (W(_m, zipf_w(len(_m), 0.8, 2)), W(_f, zipf_w(len(_f), 0.8, 2)),
                W(_fa, zipf_w(len(_fa), 0.8, 2)))
add_var("""Christopher:Christoph/Kristopher; Sean:Shaun/Shawn; Siobhan:Shivaun; Aoife:Eva;
Niamh:Neve; MacDonald:McDonald/Macdonald; McCarthy:Mccarthy/MacCarthy; Lefèvre:Lefebvre;
Lefebvre:Lefèvre; Meyer:Meier/Mayer; Schmidt:Schmitt/Schmid; Hoffmann:Hofmann/Hoffman; Hofmann:Hoffmann;
Janssen:Jansen; Jansen:Janssen; Andersson:Anderson/Andersen; Johansson:Johanson;
Nielsen:Nielson; Mikael:Michael; Johan:Johann/Johannes; Philippe:Philip""")


def create_we(rng, sex, sub, fam):
    F = sex == 'F'
    m, f, fa = WE_W[sub]
    g = (f if F else m).pick(rng)
    g2 = (f if F else m).pick(rng) if rng.random() < 0.15 else None
    if g2 == g or (g2 and '-' in g2):
        g2 = None
    return dict(g=g, g2=g2, fam=fam['fam'] if fam else fa.pick(rng))


def render_we(p, ctx):
    nm = p.nm
    rng = ctx.rng
    g = var(nm['g'], ctx, 0.05)
    if '-' in g and ctx.c(0.3):
        g = rng.choice([g.replace('-', ' '), g.split('-')[0], g.replace('-', '')])
    if nm['g2'] and not ctx.c(0.35):
        g = g + ' ' + nm['g2']
    f = var(nm['fam'], ctx, 0.06)
    if ' ' in f:  # particles
        a = ctx.alt(0.4, W(['cap', 'join', 'drop', 'Cap'], [4, 2, 2, 2]))
        if a == 'cap':
            f = cap(f)
        elif a == 'Cap':
            f = title_words(f)
        elif a == 'join':
            f = cap(f.replace(' ', ''))
        elif a == 'drop':
            f = f.split(' ')[-1]
    if "'" in f and ctx.c(0.4):
        f = rng.choice([f.replace("'", ''), f.replace("'", ' '), f.replace("'", '’')])
    if ctx.prof in ('de', 'en') and ctx.c(0.25):
        g = g.translate(UMLAUT)
        f = f.translate(UMLAUT)
    return g, f, []


# ---------------------------------------------------------------------------
# Colombia / Brazil (two family names)
# ---------------------------------------------------------------------------
CO_M = ZL("""Juan Carlos, Luis Fernando, Carlos Andrés, Jorge Luis, José Luis, Andrés Felipe,
Juan David, Diego, Jhon, Jhonatan, Yeison, Brayan, Edwin, Juan Pablo, Carlos, Luis, Jorge, José,
Juan, Andrés, Camilo, Sebastián, Julián, Fabián, Óscar, Wilson, Jairo, Alexander, Duván,
Jhon Fredy, Cristian, Santiago, Alejandro, Mauricio, Hernán, Rubén""", 0.9, 2)
CO_F = ZL("""María Fernanda, Luz Marina, Diana Marcela, Paola Andrea, Sandra Milena, Leidy Johana,
Yuliana, Natalia, Angie, Carolina, Claudia Patricia, Luisa Fernanda, Martha Lucía, Yesenia,
María José, Laura, Valentina, Daniela, Paula Andrea, Luz Dary, Yuri, Erika, Lina María,
Ana María, Juliana, Kelly Johana, Dayana, Jessica, Lorena, Viviana, Marcela, Adriana, Gloria""", 0.9, 2)
CO_FAM = ZL("""Rodríguez, Gómez, González, Martínez, García, López, Hernández, Sánchez, Ramírez,
Pérez, Díaz, Muñoz, Rojas, Moreno, Jiménez, Vargas, Castro, Gutiérrez, Álvarez, Ruiz, Ortiz,
Torres, Suárez, Romero, Herrera, Valencia, Quintero, Restrepo, Cardona, Ospina, Giraldo,
Osorio, Henao, Zapata, Montoya, Arango, Mejía, Agudelo, Correa, Salazar, Ríos, Marín, Morales,
Palacios, Mosquera, Rentería, Cuesta, Benítez, Cárdenas, Bermúdez, Londoño, Vásquez, Orozco""", 0.7, 3)
BR_M = ZL("""José, João, Antônio, Francisco, Carlos, Paulo, Pedro, Lucas, Luiz, Marcos, Luís,
Gabriel, Rafael, Daniel, Marcelo, Bruno, Eduardo, Felipe, Rodrigo, Manoel, Thiago, Wellington,
Anderson, João Pedro, Luiz Fernando, José Carlos, Carlos Eduardo, Matheus, Leandro, Diego,
Fábio, Márcio, Sérgio, Raimundo, Sebastião, Edson, Cícero""", 0.9, 2)
BR_F = ZL("""Maria, Ana, Francisca, Antônia, Adriana, Juliana, Márcia, Fernanda, Patrícia, Aline,
Jéssica, Camila, Amanda, Bruna, Letícia, Larissa, Vanessa, Gabriela, Tatiane, Daniela,
Maria José, Ana Paula, Maria Eduarda, Maria Aparecida, Ana Clara, Luana, Raquel, Sandra,
Cláudia, Kelly, Simone, Rosângela, Thaís, Priscila, Débora, Natália""", 0.9, 2)
BR_FAM = ZL("""Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes,
Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha,
Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos,
Gonçalves, Santana, Teixeira, Araújo, Cavalcanti, Monteiro, Moura, Correia, Batista, Pinto""", 0.8, 2)
BR_PART = {'Silva': 'da', 'Santos': 'dos', 'Souza': 'de', 'Oliveira': 'de', 'Costa': 'da',
           'Conceição': 'da', 'Jesus': 'de', 'Nascimento': 'do', 'Paula': 'de', 'Almeida': 'de',
           'Lima': 'de', 'Moura': 'de', 'Freitas': 'de', 'Andrade': 'de', 'Carvalho': 'de',
           'Araújo': 'de', 'Assis': 'de', 'Rocha': 'da', 'Cruz': 'da'}
add_var("""Luiz:Luis/Luís; Luís:Luis/Luiz; Thiago:Tiago; Jhon:John/Jon; Jhonatan:Jonathan/Jhonathan/Yonatan;
Yeison:Jeison/Yeisson; Brayan:Bryan/Brian; Óscar:Oscar; Souza:Sousa; Sousa:Souza; Manoel:Manuel;
Matheus:Mateus; Antônio:António/Antonio; Antônia:Antonia; Yuliana:Juliana; Yesenia:Jesenia;
Jéssica:Jessica/Jesica; Tatiane:Tatiana/Tatyane; Thaís:Tais; Kelly:Keli/Kely; Leidy:Lady/Leydi;
Vásquez:Vasquez/Vázquez; Gonçalves:Goncalves/Gonsalves; Rodríguez:Rodrigues; Gómez:Gomes;
Hernández:Fernandez; Duván:Duvan/Doovan""")


def create_lat(rng, sex, sub, fam):
    F = sex == 'F'
    if sub in ('CO', 'VE'):
        g = (CO_F if F else CO_M).pick(rng)
        if fam:
            f1, f2 = fam['f1'], fam['f2']
        else:
            f1 = CO_FAM.pick(rng)
            f2 = CO_FAM.pick(rng)
            while f2 == f1:
                f2 = CO_FAM.pick(rng)
        return dict(kind='co', g=g, f1=f1, f2=f2)
    g = (BR_F if F else BR_M).pick(rng)
    if fam:
        f1, f2 = fam['f1'], fam['f2']
    else:
        f1 = BR_FAM.pick(rng)  # mother's
        f2 = BR_FAM.pick(rng)  # father's (last, primary)
        if f1 == f2 or rng.random() < 0.25:
            f1 = None
    parts = []
    for s in (f1, f2):
        if s:
            pt = BR_PART.get(s)
            parts.append((pt if pt and rng.random() < 0.5 else None, s))
    if fam:
        parts = fam['parts']
    return dict(kind='br', g=g, f1=f1, f2=f2, parts=parts)


CO_FAM_ALT = W(['f1', 'hyph', 'f2', 'f1_in_given', 'f2_oth', 'join'], [25, 4, 2, 6, 5, 1])
BR_FAM_ALT = W(['last', 'nopart', 'first', 'f1_in_given', 'f1_oth'], [35, 10, 5, 7, 3])


def render_lat(p, ctx):
    nm = p.nm
    rng = ctx.rng
    g = var_words(nm['g'], ctx, 0.06)
    others = []
    if ' ' in g and ctx.c(0.22):
        w = g.split(' ')
        g = w[0] if rng.random() < 0.8 else w[-1]
        if rng.random() < 0.3:
            others.append(' '.join(w[1:]))
    if nm['kind'] == 'co':
        f1 = var(nm['f1'], ctx, 0.04)
        f2 = var(nm['f2'], ctx, 0.04)
        a = ctx.alt(0.43, CO_FAM_ALT)
        if a == 'f1':
            f = f1
        elif a == 'hyph':
            f = f1 + '-' + f2
        elif a == 'f2':
            f = f2
        elif a == 'f1_in_given':
            g = g + ' ' + f1
            f = f2
        elif a == 'f2_oth':
            f = f1
            others.append(f2)
        elif a == 'join':
            f = f1 + f2.lower()
        else:
            f = f1 + ' ' + f2
        return g, f, others
    parts = nm['parts']
    full = ' '.join((pt + ' ' + s) if pt else s for pt, s in parts)
    a = ctx.alt(0.6, BR_FAM_ALT) if len(parts) > 1 or parts[0][0] else None
    if a == 'last':
        f = parts[-1][1]
    elif a == 'nopart':
        f = ' '.join(s for _, s in parts)
    elif a == 'first':
        f = parts[0][1]
    elif a == 'f1_in_given' and len(parts) > 1:
        pt, s = parts[0]
        g = g + ' ' + ((pt + ' ' + s) if pt else s)
        f = parts[-1][1]
    elif a == 'f1_oth' and len(parts) > 1:
        others.append(parts[0][1])
        f = parts[-1][1]
    else:
        f = full
    f = var_words(f, ctx, 0.04)
    return g, f, others


# ---------------------------------------------------------------------------
# Philippines
# ---------------------------------------------------------------------------
PH_M = ZL("""Jose, Juan, Mark, John Paul, Ronaldo, Reynaldo, Edgardo, Romeo, Rogelio, Arnel,
Jayson, Christian, Michael, John Rey, Jerome, Ramil, Rodel, Jomar, Noel, Ariel, Rolando, Danilo,
Ernesto, Eduardo, Renato, Rey, Alvin, Mark Anthony, Jun, Ferdinand, Jericho, Joel, Dennis,
Elmer, Marlon, Wilfredo, Jun Jun, Raymond, Ryan, Rommel""", 0.8, 2)
PH_F = ZL("""Maria, Mary Grace, Jennifer, Maricel, Rowena, Marilou, Jocelyn, Rosalie, Analyn,
Lovely, Princess, Kristine, Michelle, Angelica, Lorna, Marites, Remedios, Teresita, Josefina,
Maria Cristina, Rachelle, Mary Jane, Rosemarie, Jenny, Aileen, Divina, Gemma, Lea, Cherry,
Sheila, Arlene, Evangeline, Leonora, Marivic, Jonalyn, Mylene, Liezl, Rhea, Janet, Grace,
Maria Theresa, Ma Lourdes, Lorelie, Jovelyn, Geraldine""", 0.8, 2)
PH_FAM = ZL("""Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada,
Castillo, Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Salazar, Mercado, Dela Cruz,
Del Rosario, De Leon, De Guzman, Gonzales, Lopez, Aguilar, Pascual, Manalo, Dizon, Macaraeg,
Mangubat, Dimaculangan, Panganiban, Lacson, Tolentino, Soriano, Valdez, Santiago, Fernandez,
Gutierrez, Domingo, Villareal, De los Santos, Magbanua, Samonte, Sison, Cabrera, Dalisay,
Buenaventura, Agustin, Evangelista, Lim, Tan, Co, Sy, Go, Mangahas, Bacani, Dumlao""", 0.7, 3)
PH_PRE = L("Ma, Mag, Pan, Dima, Mana, Lakan, Baga, Sali, Tala, Bata, Luma, Pang, Cala, Bala, Tagu, Maca")
PH_SUF = L("nalo, sayo, bat, culangan, ngilinan, ligaya, ngan, yan, lo, tubig, lang, bayan, raeg, bunga, pili, lino")
PH_NICK = {'Rowena': ['Weng'], 'Maricel': ['Cel'], 'Jocelyn': ['Joy', 'Celyn'], 'Teresita': ['Tess'],
           'Remedios': ['Remy'], 'Rosalie': ['Rose'], 'Mary Grace': ['Grace'], 'Ronaldo': ['Ronnie', 'Ron'],
           'Reynaldo': ['Rey', 'Naldo'], 'Edgardo': ['Edgar', 'Egay'], 'Rogelio': ['Roger', 'Jun'],
           'Arnel': ['Nel'], 'Jayson': ['Jay'], 'Christian': ['Ian', 'Chris'], 'Kristine': ['Tin', 'Tintin'],
           'Michelle': ['Mich'], 'Angelica': ['Angel', 'Gel'], 'Maria': ['Mia', 'Ria'],
           'Josefina': ['Pina', 'Josie'], 'Jose': ['Pepe', 'Joey'], 'Mary Jane': ['MJ', 'Jane'],
           'Jennifer': ['Jen', 'Jenny'], 'Marites': ['Tess'], 'Rosemarie': ['Rose', 'Marie'],
           'Evangeline': ['Vangie'], 'Leonora': ['Nora'], 'Geraldine': ['Dina'], 'Rolando': ['Lando'],
           'Ernesto': ['Nesto', 'Ernie'], 'Eduardo': ['Eddie', 'Edong']}
add_var("Jayson:Jason; Jomar:Jhomar; Liezl:Lieszel/Liesl; Marites:Maritess; Villareal:Villarreal; Gonzales:Gonzalez; Analyn:Annalyn/Anna Lyn")


def create_ph(rng, sex, sub, fam):
    F = sex == 'F'
    g = (PH_F if F else PH_M).pick(rng)
    if fam:
        f, mid = fam['fam'], fam['mid']
    else:
        f = PH_FAM.pick(rng) if rng.random() > 0.15 else PH_PRE[rng.randrange(len(PH_PRE))] + PH_SUF[rng.randrange(len(PH_SUF))]
        mid = PH_FAM.pick(rng)
        if mid == f:
            mid = PH_FAM.pick(rng)
    return dict(g=g, fam=f, mid=mid)


PH_ALT = W(['g_mid', 'initial', 'mid_fam', 'drop2', 'nick'], [12, 10, 3, 8, 5])


def render_ph(p, ctx):
    nm = p.nm
    rng = ctx.rng
    g = var_words(nm['g'], ctx, 0.05)
    f = nm['fam']
    mid = nm['mid']
    others = []
    if g.startswith('Maria ') and ctx.c(0.3):
        g = rng.choice(['Ma. ', 'Ma ', 'Ma.']) + g[6:]
    a = ctx.alt(0.4, PH_ALT)
    if a == 'g_mid':
        g = g + ' ' + mid
    elif a == 'initial':
        g = g + ' ' + mid[0] + ('.' if rng.random() < 0.7 else '')
    elif a == 'mid_fam':
        f = mid + ' ' + f
    elif a == 'drop2' and ' ' in g:
        g = g.split(' ')[0]
    elif a == 'nick' and nm['g'] in PH_NICK:
        g = rng.choice(PH_NICK[nm['g']])
    elif rng.random() < 0.5:
        others.append(mid)
    if ' ' in f and f.split(' ')[0] in ('Dela', 'Del', 'De'):
        b = ctx.alt(0.35, W(['join', 'hyph', 'split'], [5, 1, 2]))
        if b == 'join':
            f = cap(f.replace(' ', '').lower())
        elif b == 'hyph':
            f = f.replace(' ', '-')
        elif b == 'split' and f.startswith('Dela '):
            f = 'De la ' + f[5:]
    if nm['g'] in PH_NICK and ctx.c(0.06):
        others.append(rng.choice(PH_NICK[nm['g']]))
    return g, var_words(f, ctx, 0.05), others


# ---------------------------------------------------------------------------
# Nigeria (Yoruba, Igbo, Edo)
# ---------------------------------------------------------------------------
YO_GIVEN = parse_entries("""Oluwaseun|Seun|N; Adebayo|Bayo|M; Oluwatosin|Tosin|N; Olumide|Mide|M;
Babatunde|Tunde|M; Oluwafemi|Femi|M; Adewale|Wale|M; Oluwadamilare|Dami,Damilare|M;
Ayodele|Dele,Ayo|N; Oluwakemi|Kemi|F; Folasade|Sade,Fola|F; Oluwafunmilayo|Funmi,Funmilayo|F;
Omolara|Lara|F; Temitope|Tope,Temi|N; Abimbola|Bimbo,Bola|F; Oluwabunmi|Bunmi|F; Iyabo||F;
Yetunde|Yetty|F; Titilayo|Titi|F; Olayinka|Yinka|N; Adenike|Nike|F; Bukola|Bukky,Buky|F;
Morenike|Nike|F; Modupe|Dupe|F; Damilola|Dami,Lola|N; Oluwatoyin|Toyin|F; Ayomide|Mide,Ayo|N;
Opeyemi|Ope,Yemi|N; Oluwaseyi|Seyi|N; Kehinde|Kenny|N; Taiwo|Tai|N; Idowu||N; Olakunle|Kunle|M;
Olusegun|Segun|M; Oluwagbenga|Gbenga|M; Babajide|Jide|M; Adetayo|Tayo|M; Olanrewaju|Lanre|M;
Rotimi|Timi|M; Oluwayemisi|Yemisi,Yemi|F; Olabisi|Bisi|F; Olushola|Shola,Sola|N;
Oluwaniyi|Niyi|M; Oladayo|Dayo|M; Oluwawunmi|Wunmi|F; Adeola|Deola|F; Oluwatobi|Tobi|N;
Adebola|Bola|N; Mosunmola|Mosun|F; Oyindamola|Oyin,Dami|F; Folake|Fola|F; Ifeoluwa|Ife|N;
Eniola|Eni|F; Tolulope|Tolu|N; Oluwatimilehin|Timi|M; Adekunle|Kunle|M; Oluwadamilola|Dami,Damilola|F""")
YO_MUS = parse_entries("""Abdulwasiu|Wasiu|M; Kazeem||M; Rasheed||M; Taofeek||M; Azeez||M; Lateef||M;
Ganiyu||M; Saheed||M; Mutiu||M; Fatai||M; Kabiru||M; Ismaila||M; Abdulrasaq|Rasaq|M;
Kafayat||F; Rukayat||F; Mutiat||F; Basirat||F; Sekinat||F; Aminat||F; Alimat||F; Mariam||F;
Fausat||F; Silifat||F; Risikat||F; Halimat||F""")
IG_GIVEN = parse_entries("""Chukwuemeka|Emeka|M; Chinedu|Nedu|M; Chidi||M; Ngozi||F; Nneka||F;
Chiamaka|Amaka|F; Obinna|Obi|M; Ifeanyichukwu|Ifeanyi|M; Uchenna|Uche|N; Chinonso|Nonso|N;
Chioma||F; Adaeze|Ada|F; Chukwuebuka|Ebuka|M; Ikenna|Ike|M; Nnamdi||M; Chinwe||F;
Ifeoma|Ify|F; Kelechi||N; Chidinma|Dinma|F; Onyinyechi|Onyi|F; Oluchi||F; Ogechi|Oge|F;
Somtochukwu|Somto|N; Tochukwu|Tochi|M; Chukwudi||M; Kenechukwu|Kene|N; Nkechi||F;
Amarachi|Amara|F; Chinyere||F; Ebere||F; Obiageli|Geli|F; Uzoma||N; Adanna|Ada|F; Chisom||N;
Chibuike|Chibu|M; Nkem||N; Ugochukwu|Ugo|M; Chigozie|Gozie|M; Chimamanda|Amanda|F;
Ebubechukwu|Ebube|N; Chukwuma||M; Obiora||M; Ejike||M; Ifunanya|Ify|F; Nnenna||F; Chinenye||F""")
ED_GIVEN = parse_entries("""Osasere|Osas|N; Osaro||M; Efosa||M; Osagie||M; Eghosa||N;
Ehigiator|Ehi|M; Uyiosa|Uyi|N; Nosakhare|Nosa|M; Ivie||F; Osayuwamen|Osayuwa|N; Isoken||F;
Imade||F; Esohe||F; Eseosa|Ese|F; Adesuwa|Suwa|F; Obehi||F; Itohan||F; Aisosa||F;
Oghogho||F; Ewere||F; Ekinadose|Eki|F; Uwa||F; Iyobosa||N; Osaretin|Osas|M; Omosede|Sede|F;
Osamudiamen|Osamu|M; Ehimwenma|Ehi|F; Osazee||M; Idemudia||M; Enoma||F; Eseosa|Ese|F;
Ivbiosa||F; Omoruyi||M; Osahon||M; Ekhosuehi||M; Izogie||F""")
NG_ENG_F = ZL("""Blessing, Joy, Mercy, Favour, Precious, Gift, Patience, Faith, Peace, Grace, Esther,
Mary, Juliet, Success, Princess, Loveth, Happiness, Rita, Vivian, Gloria, Stella, Comfort, Glory,
Queen, Victoria, Jennifer, Miracle, Sandra, Rebecca, Deborah, Christiana, Elizabeth, Hope,
Charity, Goodness, Endurance, Cynthia, Evelyn, Osas""", 0.8, 2)
NG_ENG_M = ZL("""John, Emmanuel, Samuel, Daniel, Godwin, Sunday, Monday, Friday, Peter, Michael,
Joseph, David, Victor, Kingsley, Prince, Paul, Stephen, Godspower, Lucky, Innocent, Felix,
Christian, Godswill, Collins, Henry, Solomon, Festus, Augustine, Benjamin, Favour""", 0.8, 2)
YO_FAM = ZL("""Adeyemi, Ogunleye, Adebayo, Adeleke, Ogunbiyi, Olatunji, Oyelaran, Adewale, Akinola,
Babatunde, Bello, Adeniyi, Ajayi, Afolabi, Ogundipe, Oladipo, Ojo, Olawale, Oyewole, Akande,
Salami, Lawal, Adekunle, Oyedepo, Adesina, Fashola, Ogunbanjo, Akinwumi, Olaniyan, Adegoke,
Onifade, Ibrahim, Balogun, Adeyinka, Ayodele, Olanrewaju, Akinyemi, Ogunsanya, Odukoya, Alabi,
Oladele, Okunola, Adebisi, Fagbemi, Oyebanji, Sanni, Raji, Adeoye, Ogunlade, Olowookere""", 0.8, 3)
IG_FAM = ZL("""Okafor, Okonkwo, Eze, Nwosu, Okeke, Obi, Nwankwo, Okoro, Onyeka, Okoye, Chukwu,
Nwachukwu, Ibe, Ugwu, Ani, Agu, Onuoha, Okpara, Nwafor, Obiora, Ogbonna, Anyanwu, Onwuka, Iwu,
Nweke, Udeh, Mbah, Okolie, Ekwueme, Nnaji, Ezeani, Ozoemena, Nwabueze, Ilo, Umeh, Nwogu,
Chukwuma, Okwu, Onyema, Nwoye, Orji, Uzor, Igwe, Ogbu, Ejiofor, Nzeribe, Okafo""", 0.8, 3)
ED_FAM = ZL("""Osagie, Omoregie, Igbinedion, Obaseki, Ogbebor, Aigbe, Edokpayi, Osemwengie,
Igbinosa, Ehigiator, Osaghae, Iyamu, Okundaye, Uwaifo, Eweka, Idahosa, Obasuyi, Aghedo,
Ogiemwonyi, Izevbigie, Iyoha, Ekhator, Imafidon, Omorogbe, Erhabor, Ighodaro, Aideyan,
Osayande, Ogbomo, Omoruyi, Agbonlahor, Eghobamien, Ikponmwosa, Okoh, Usifo, Oronsaye, Ebohon""", 0.8, 3)
YO_GPRE = L("Olu, Oluwa, Ade, Ayo, Ola, Fola, Temi, Ife, Omo, Bami, Oye, Tito, Mo, Tolu, Ire, Ibukun")
YO_GSUF = L("""seun, tosin, femi, tunde, wale, dayo, kemi, funmi, yemi, tope, bunmi, sola, mide, dele,
bayo, kunle, nike, lola, yinka, toyin, sade, ranti, jide, segun, gbenga, niyi, fisayo, bukola,
wunmi, damilare, seyi, tobi, timilehin, ayomide, lade, sayo, pelumi, kanyinsola""")
YO_FPRE = L("Ade, Ola, Ogun, Akin, Oye, Olu, Ayo, Fa, Oni, Ode, Ala, Ojo, Oso, Awo, Ilu, Sango")
YO_FSUF = L("""yemi, leye, bayo, wale, kunle, niyi, tunde, dipo, sina, goke, wumi, yinka, lanre,
banjo, biyi, sanya, dele, fade, tayo, mola, jobi, ola, ade, nuga, kanmi, lusi, gbade, toye, sola,
muyiwa, koya, bode, runbi, tola, yomi""")
IG_GPRE = L("Chi, Chukwu, Ifeanyi, Uche, Nne, Ada, Obi, Ugo, Ike, Ngo, Ebere, Onye, Kosi, Eze, Ama")
IG_GSUF = L("""nedu, dinma, oma, amaka, buike, bueze, ka, kelu, mma, nna, nwendu, ebuka, emeka, somto,
dera, zaram, nonso, lotam, gozie, diebube, ma, chi, kwu, nweike, ebube""")
IG_FPRE = L("Okon, Nwa, Eze, Oko, Ony, Ugo, Obi, Nna, Ibe, Chukwu, Ogbu, Ani, Ume, Oke, Ude, Anye")
IG_FSUF = L("""kwo, nkwo, chukwu, for, ke, ro, ye, ani, oha, bueze, ora, nna, jiaku, ama, eme, gwu, zie,
nwa, ji, eke, uba, dike, abuchi, nta, kpa, gbo""")
ED_GPRE = L("Osa, Ose, Osaro, Ehi, Eghosa, Ivie, Uyi, Omo, Ede, Nosa, Iro, Ito, Ese, Isi, Ada, Oro")
ED_GSUF = L("""sere, gie, mwen, kpen, gbai, osa, mwonyi, yande, ghae, wenre, yuwa, don, han, ghe,
ken, mare, retin, hon, zee, kpolor""")
ED_FPRE = L("Osa, Igbin, Omo, Ogie, Ehi, Uwa, Idah, Izev, Agbon, Aigbo, Ekh, Iye, Ose, Eno, Ogbe, Ogu")
ED_FSUF = L("""gie, osa, regie, mwonyi, dion, ator, wengie, rogbe, bor, kpayi, ghae, mwanta, yande,
hosa, fo, ifo, bigie, kpolor, wekah, gbe, huwa, ruyi, nde""")
add_var("""Favour:Favor; Loveth:Lovet/Lovette; Christiana:Christianah/Cristiana; Eze:Ezeh; Ezeh:Eze;
Udeh:Ude; Okoh:Oko; Taofeek:Taofik/Taofeeq/Taofiq; Kazeem:Kazim/Kazeemm; Rasheed:Rashid/Rashidi;
Azeez:Aziz/Abdulazeez; Lateef:Latif/Abdullateef; Saheed:Said/Saeed; Aminat:Aminah/Amina;
Rukayat:Rukayyah/Ruqayat; Kafayat:Kafayah; Mariam:Mariyam/Maryam; Osemwengie:Osemwegie;
Ikponmwosa:Ikponmwonsa; Nwosu:Nwosuh; Chukwu:Chuku; Okafor:Okaforr; Ogbonna:Ogbona;
Olanrewaju:Olarewaju; Oluwaseun:Oluseun; Oluwatosin:Olutosin; Oluwafemi:Olufemi;
Oluwakemi:Olukemi; Oluwabunmi:Olubunmi; Oluwaseyi:Oluseyi; Oluwatobi:Olutobi;
Oluwafunmilayo:Olufunmilayo/Funmilayo; Oluwatoyin:Olutoyin; Oluwayemisi:Oluyemisi;
Ifeanyichukwu:Ifeanyi; Chukwuebuka:Chukwuebuka; Osasere:Osaserre; Omoregie:Omoreggie;
Godswill:Godwill; Deborah:Debora; Rebecca:Rebekah; Juliet:Juliette; Esther:Ester""")


def _ng_tail_given(rng, sub):
    if sub == 'yo':
        return YO_GPRE[rng.randrange(len(YO_GPRE))] + YO_GSUF[rng.randrange(len(YO_GSUF))]
    if sub == 'ig':
        return IG_GPRE[rng.randrange(len(IG_GPRE))] + IG_GSUF[rng.randrange(len(IG_GSUF))]
    return ED_GPRE[rng.randrange(len(ED_GPRE))] + ED_GSUF[rng.randrange(len(ED_GSUF))]


def _ng_tail_fam(rng, sub):
    if sub == 'yo':
        return YO_FPRE[rng.randrange(len(YO_FPRE))] + YO_FSUF[rng.randrange(len(YO_FSUF))]
    if sub == 'ig':
        return IG_FPRE[rng.randrange(len(IG_FPRE))] + IG_FSUF[rng.randrange(len(IG_FSUF))]
    return ED_FPRE[rng.randrange(len(ED_FPRE))] + ED_FSUF[rng.randrange(len(ED_FSUF))]


NG_NAT_W = {}
for _sub, _ent in (('yo', YO_GIVEN), ('ig', IG_GIVEN), ('ed', ED_GIVEN), ('mus', YO_MUS)):
    for _s in 'MF':
        NG_NAT_W[(_sub, _s)] = by_sex(_ent, _s)


def create_ng(rng, sex, sub, fam):
    if fam:
        sub, mus = fam['sub'], fam['mus']
    else:
        sub = W(['yo', 'ig', 'ed'], [4, 3, 3]).pick(rng)
        mus = sub == 'yo' and rng.random() < 0.18

    def nat():
        if rng.random() < 0.2 and not mus:
            return (_ng_tail_given(rng, sub), [])
        e = NG_NAT_W[('mus' if mus else sub, sex)].pick(rng)
        return (e[0], e[1])
    n1 = nat()
    eng = None
    if rng.random() < (0.25 if mus else 0.6):
        eng = (NG_ENG_F if sex == 'F' else NG_ENG_M).pick(rng)
    n2 = nat() if rng.random() < 0.25 else None
    if n2 and n2[0] == n1[0]:
        n2 = None
    if eng:
        g1, g2 = eng, n1[0]
    else:
        g1, g2 = n1[0], (n2[0] if n2 else None)
    nicks = list(n1[1])
    if fam:
        f = fam['fam']
    elif rng.random() < 0.28:
        f = _ng_tail_fam(rng, sub)
    else:
        f = (YO_FAM if sub == 'yo' else IG_FAM if sub == 'ig' else ED_FAM).pick(rng)
    return dict(sub=sub, mus=mus, g1=g1, g2=g2, nick=nicks, fam=f)


NG_GALT = W(['both', 'second', 'nick', 'rev'], [20, 9, 7, 4])


def render_ng(p, ctx):
    nm = p.nm
    rng = ctx.rng
    g1 = var(nm['g1'], ctx, 0.07)
    g2 = var(nm['g2'], ctx, 0.07) if nm['g2'] else None
    f = var(nm['fam'], ctx, 0.06)
    others = []
    a = ctx.alt(0.40, NG_GALT)
    if a == 'both' and g2:
        g = g1 + ' ' + g2
    elif a == 'second' and g2:
        g = g2
        if rng.random() < 0.4:
            others.append(g1)
    elif a == 'nick' and nm['nick']:
        g = rng.choice(nm['nick'])
    elif a == 'rev' and g2:
        g = g2 + ' ' + g1
    else:
        g = g1
    if g2 and g2 not in g and rng.random() < 0.35:
        others.append(g2)
    if nm['nick'] and ctx.c(0.06):
        others.append(rng.choice(nm['nick']))
    return g, f, others


# ---------------------------------------------------------------------------
# Vietnam
# ---------------------------------------------------------------------------
VN_FAM = EL("""Nguyễn=38, Trần=11, Lê=9.5, Phạm=7, Hoàng=3, Huỳnh=2.5, Phan=4.5, Vũ=3, Võ=2.5,
Đặng=2, Bùi=2, Đỗ=1.5, Hồ=1.3, Ngô=1.3, Dương=1, Lý=0.5, Đinh=0.8, Trương=0.8, Lâm=0.5, Mai=0.5,
Tô=0.3, Hà=0.5, Đoàn=0.6, Lương=0.5, Trịnh=0.5, Cao=0.4, Quách=0.2, Tạ=0.3, Thái=0.2,
Vương=0.2, Châu=0.2, Lưu=0.3, Kiều=0.2, Triệu=0.2, Phùng=0.2, Tăng=0.1, La=0.1, Hứa=0.1,
Khúc=0.05, Mạc=0.05, Ông=0.05, Âu=0.05, Chu=0.2, Nông=0.2, Lục=0.05, Giáp=0.05, Diệp=0.05,
Lạc=0.05, Văn=0.05, Doãn=0.05, Tống=0.1, Lã=0.05, Thân=0.05""")
VN_MID_M = EL("""Văn=45, Đức=8, Minh=8, Hữu=6, Quang=6, Công=5, Thanh=5, Xuân=4, Đình=4, Ngọc=3,
Hoàng=3, Trọng=3, Mạnh=2, Tiến=2, Quốc=3, Anh=2, Duy=2, Huy=1, Bá=1, Thế=1, Khắc=1, Tuấn=1, Việt=1""")
VN_MID_F = EL("""Thị=55, Ngọc=8, Thu=5, Thanh=6, Kim=5, Minh=3, Mỹ=3, Bích=3, Hồng=3, Phương=3,
Thùy=2, Hoài=1, Khánh=1, Diệu=1, Quỳnh=1, Bảo=1, Hải=1, Tuyết=1, Lan=1, Xuân=2""")
VN_GIV_M = ZL("""Anh, Dũng, Hùng, Tuấn, Hải, Long, Nam, Sơn, Thắng, Trung, Cường, Hiếu, Huy, Khoa,
Minh, Phong, Quân, Tài, Thành, Tùng, Việt, Vinh, Bình, Đạt, Hoàng, Khánh, Lâm, Lộc, Nghĩa, Phúc,
Quang, Tâm, Thiện, Toàn, Trí, Tú, Hiển, Duy, Hưng, Kiên, Thái, Tiến, Thịnh, Phát, Hòa, Hậu,
Chiến, Công, Đức, Giang, Hào, Hiệp, Khải, Lực, Mạnh, Nhân, Quý, Sang, Tân, Thuận, Trường, Tuệ,
Vũ, Bảo, Định, Hoan, Kỳ, Luân, Lượng, Quyết, Sỹ, Thạch, Thông, Toản, Uy, Vượng, Xuyên""", 0.8, 3)
VN_GIV_F = ZL("""Anh, Hoa, Hương, Lan, Linh, Mai, Ngọc, Nhung, Thảo, Trang, Hằng, Hạnh, Hà, Huyền,
Loan, Lý, My, Nga, Nhi, Oanh, Phương, Quyên, Quỳnh, Tâm, Thu, Thủy, Thúy, Trinh, Tuyết, Uyên,
Vân, Vy, Xuân, Yến, Diệp, Dung, Giang, Hiền, Hồng, Liên, Nhàn, Châu, Diễm, Hậu, Hoài, Kiều, Lệ,
Ly, Mơ, Nguyệt, Nương, Phượng, Sương, Tiên, Trâm, Vi, Xuyến, Ánh, Bích, Cúc, Đào, Hảo, Khuê,
Lài, Mến, Ngân, Thắm, Thơm, Thư, Tú, Uyển, Vàng, Hòa""", 0.8, 3)


def create_vn(rng, sex, sub, fam):
    F = sex == 'F'
    f = fam['fam'] if fam else VN_FAM.pick(rng)
    mids = []
    r = rng.random()
    if r > 0.03:
        mids.append((VN_MID_F if F else VN_MID_M).pick(rng))
        if rng.random() < (0.12 if F else 0.05):
            m2 = (VN_MID_F if F else VN_MID_M).pick(rng)
            if m2 not in mids and m2 not in ('Thị', 'Văn'):
                mids.append(m2)
    g = (VN_GIV_F if F else VN_GIV_M).pick(rng)
    if rng.random() < 0.12:   # two-syllable given name
        g2 = (VN_GIV_F if F else VN_GIV_M).pick(rng)
        if g2 != g:
            g = g2 + ' ' + g
    return dict(fam=f, mids=mids, g=g)


VN_ALT = W(['nomid', 'midfam', 'vo', 'vo2', 'joined', 'onefield', 'hyph', 'thi_only'],
           [20, 7, 8, 4, 4, 3, 3, 3])


def render_vn(p, ctx):
    nm = p.nm
    rng = ctx.rng
    f = nm['fam']
    mids = nm['mids']
    giv = nm['g']
    mid = ' '.join(mids)
    others = []
    a = ctx.alt(0.42, VN_ALT)
    if a == 'nomid' and mids:
        g = giv
        if rng.random() < 0.4:
            others.append(mid)
    elif a == 'thi_only' and mids and mids[0] in ('Thị', 'Văn') and len(mids) > 1:
        g = ' '.join(mids[1:] + [giv])
    elif a == 'midfam' and mids:
        g = giv
        f = f + ' ' + mid
    elif a == 'vo':
        g = f
        f = (mid + ' ' + giv).strip()
    elif a == 'vo2' and mids:
        g = f + ' ' + mid
        f = giv
    elif a == 'joined' and mids:
        g = cap((mid + giv).replace(' ', '').lower())
    elif a == 'onefield':
        f = (f + ' ' + mid + ' ' + giv).replace('  ', ' ')
        g = ''
    elif a == 'hyph' and mids:
        g = (mid + ' ' + giv).replace(' ', '-')
    else:
        g = (mid + ' ' + giv).strip()
    if ctx.c(0.015):
        others.append(rng.choice(['Bé', 'Tí', 'Út', 'Hai', 'Ba']))
    if ctx.c(0.05):  # partial diacritics: one syllable unaccented (typing without all marks)
        ws = g.split(' ')
        if ws and ws[0]:
            k = rng.randrange(len(ws))
            ws[k] = strip_dia(ws[k])
            g = ' '.join(ws)
    return g, f, others


# ---------------------------------------------------------------------------
# China (mainland, Hong Kong, Taiwan)
# ---------------------------------------------------------------------------
# char  pinyin  Wade-Giles  Cantonese(HK)  weight  [traditional]
CN_FAM_TXT = """李 Li Li Lee 7.4
王 Wang Wang Wong 7.2
张 Zhang Chang Cheung 6.8 張
刘 Liu Liu Lau 5.4 劉
陈 Chen Ch'en Chan 4.6 陳
杨 Yang Yang Yeung 3.1 楊
黄 Huang Huang Wong 2.2 黃
赵 Zhao Chao Chiu 2.0 趙
吴 Wu Wu Ng 2.0 吳
周 Zhou Chou Chow 1.9
徐 Xu Hsü Tsui 1.3
孙 Sun Sun Suen 1.3 孫
马 Ma Ma Ma 1.2 馬
朱 Zhu Chu Chu 1.2
胡 Hu Hu Wu 1.1
郭 Guo Kuo Kwok 1.1
何 He Ho Ho 1.0
林 Lin Lin Lam 1.6
高 Gao Kao Ko 1.0
罗 Luo Lo Law 0.9 羅
郑 Zheng Cheng Cheng 0.9 鄭
梁 Liang Liang Leung 0.9
谢 Xie Hsieh Tse 0.7 謝
宋 Song Sung Sung 0.7
唐 Tang T'ang Tong 0.7
许 Xu Hsü Hui 0.6 許
韩 Han Han Hon 0.6 韓
冯 Feng Feng Fung 0.6 馮
邓 Deng Teng Tang 0.6 鄧
曹 Cao Ts'ao Cho 0.6
彭 Peng P'eng Pang 0.5
曾 Zeng Tseng Tsang 0.5
肖 Xiao Hsiao Siu 0.5
田 Tian T'ien Tin 0.5
董 Dong Tung Tung 0.5
潘 Pan P'an Poon 0.4
袁 Yuan Yüan Yuen 0.4
蔡 Cai Ts'ai Choi 0.4
蒋 Jiang Chiang Cheung 0.4 蔣
余 Yu Yü Yu 0.4
杜 Du Tu To 0.4
叶 Ye Yeh Yip 0.4 葉
程 Cheng Ch'eng Ching 0.4
魏 Wei Wei Ngai 0.4
苏 Su Su So 0.4 蘇
吕 Lü Lü Lui 0.3 呂
丁 Ding Ting Ting 0.3
沈 Shen Shen Shum 0.3
姚 Yao Yao Yiu 0.3
卢 Lu Lu Lo 0.3 盧
钟 Zhong Chung Chung 0.3 鍾
邱 Qiu Ch'iu Yau 0.2
方 Fang Fang Fong 0.3
金 Jin Chin Kam 0.3
石 Shi Shih Shek 0.3
欧阳 Ouyang Ou-yang Au-Yeung 0.05 歐陽"""
CN_GIV_TXT = """伟 Wei Wei Wai M 偉
芳 Fang Fang Fong F
娜 Na Na Na F
秀 Xiu Hsiu Sau F
英 Ying Ying Ying F
敏 Min Min Man N
静 Jing Ching Ching F 靜
丽 Li Li Lai F 麗
强 Qiang Ch'iang Keung M 強
磊 Lei Lei Lui M
军 Jun Chün Kwan M 軍
洋 Yang Yang Yeung N
勇 Yong Yung Yung M
艳 Yan Yen Yim F 艷
杰 Jie Chieh Kit M 傑
娟 Juan Chüan Kuen F
涛 Tao T'ao To M 濤
明 Ming Ming Ming N
超 Chao Ch'ao Chiu M
霞 Xia Hsia Ha F
平 Ping P'ing Ping N
刚 Gang Kang Kong M 剛
桂 Gui Kuei Kwai N
华 Hua Hua Wah N 華
建 Jian Chien Kin M
国 Guo Kuo Kwok M 國
文 Wen Wen Man N
玉 Yu Yü Yuk F
兰 Lan Lan Lan F 蘭
梅 Mei Mei Mui F
红 Hong Hung Hung F 紅
海 Hai Hai Hoi M
辉 Hui Hui Fai M 輝
志 Zhi Chih Chi M
小 Xiao Hsiao Siu N
晓 Xiao Hsiao Hiu N 曉
燕 Yan Yen Yin F
春 Chun Ch'un Chun N
宇 Yu Yü Yu M
浩 Hao Hao Ho M
俊 Jun Chün Chun M
鹏 Peng P'eng Pang M 鵬
婷 Ting T'ing Ting F
雪 Xue Hsüeh Suet F
琳 Lin Lin Lam F
慧 Hui Hui Wai F
佳 Jia Chia Kai N
欣 Xin Hsin Yan F
怡 Yi I Yi F
嘉 Jia Chia Ka N
家 Jia Chia Ka N
荣 Rong Jung Wing M 榮
东 Dong Tung Tung M 東
德 De Te Tak M
成 Cheng Ch'eng Shing M
龙 Long Lung Lung M 龍
飞 Fei Fei Fei M 飛
云 Yun Yün Wan N 雲
凤 Feng Feng Fung F 鳳
秋 Qiu Ch'iu Chau F
月 Yue Yüeh Yuet F
珍 Zhen Chen Chun F
振 Zhen Chen Chun M
新 Xin Hsin San N
永 Yong Yung Wing M
庆 Qing Ch'ing Hing M 慶
美 Mei Mei Mei F
玲 Ling Ling Ling F
思 Si Ssu Sze N
子 Zi Tzu Tsz N
清 Qing Ch'ing Ching N
亮 Liang Liang Leung M
斌 Bin Pin Pan M
健 Jian Chien Kin M
丹 Dan Tan Tan F
萍 Ping P'ing Ping F
宁 Ning Ning Ning N 寧
晨 Chen Ch'en San N
金 Jin Chin Kam N
林 Lin Lin Lam N
波 Bo Po Po M
峰 Feng Feng Fung M
琴 Qin Ch'in Kam F
莉 Li Li Lei F
雯 Wen Wen Man F
鑫 Xin Hsin Yam M
博 Bo Po Pok M
瑞 Rui Jui Sui N"""


def _cn_parse(txt, fam):
    out = []
    for line in txt.strip().split('\n'):
        t = line.split()
        if fam:
            out.append(dict(h=t[0], py=t[1], wg=t[2], yue=t[3], w=float(t[4]),
                            tr=t[5] if len(t) > 5 else t[0]))
        else:
            out.append(dict(h=t[0], py=t[1], wg=t[2], yue=t[3], s=t[4],
                            tr=t[5] if len(t) > 5 else t[0]))
    return out


CN_FAM = _cn_parse(CN_FAM_TXT, True)
CN_FAM_W = W(CN_FAM, [x['w'] for x in CN_FAM])
CN_GIV = _cn_parse(CN_GIV_TXT, False)
CN_GIV_W = {s: W([x for x in CN_GIV if x['s'] in (s, 'N')]) for s in 'MF'}
CN_ENG_M = L("Peter, David, Michael, Kevin, Tony, Eric, Jack, Kenneth, Raymond, Vincent, Jason, Alex, William")
CN_ENG_F = L("Mary, Amy, Lily, Linda, Grace, Helen, Jenny, Coco, Cherry, Ivy, Winnie, Joyce, Kelly, Candy, Vivian, Crystal")
CN_ROM_BY_SUB = {'CN': W(['py', 'wg', 'yue'], [92, 5, 3]), 'HK': W(['yue', 'py'], [85, 15]),
                 'TW': W(['wg', 'py'], [80, 20])}


def create_cn(rng, sex, sub, fam):
    fa = fam['fam'] if fam else CN_FAM_W.pick(rng)
    n = 1 if rng.random() < 0.22 else 2
    giv = [CN_GIV_W[sex].pick(rng) for _ in range(n)]
    if n == 2 and giv[0]['h'] == giv[1]['h'] and rng.random() < 0.7:
        giv = giv[:1]
    rom = CN_ROM_BY_SUB[sub].pick(rng)
    eng = None
    if rng.random() < (0.4 if sub == 'HK' else 0.12):
        eng = rng.choice(CN_ENG_F if sex == 'F' else CN_ENG_M)
    join = W(['', ' ', '-'], [80, 14, 6] if rom == 'py' else [15, 35, 50]).pick(rng)
    return dict(sub=sub, fam=fa, giv=giv, rom=rom, eng=eng, join=join,
                lv=rng.choice(['Lyu', 'Lu', 'Lv', 'Lü']))


def _cn_syl(x, rom, nm, ctx):
    s = x[rom]
    if 'ü' in s and rom == 'py':
        s = nm['lv'] if not ctx.c(0.5) else ctx.rng.choice(['Lyu', 'Lu', 'Lv', 'Lü', 'Lue'])
    if "'" in s and ctx.rng.random() < 0.6:
        s = s.replace("'", '')
    return s


CN_ALT_JOIN = W(['', ' ', '-', '-L'], [4, 4, 3, 2])


def render_cn(p, ctx):
    nm = p.nm
    rng = ctx.rng
    others = []
    if ctx.c(0.15):   # Han characters
        trad = nm['sub'] in ('HK', 'TW')
        key = 'tr' if trad else 'h'
        fh = nm['fam'][key]
        gh = ''.join(x[key] for x in nm['giv'])
        r = rng.random()
        if r < 0.85:
            return gh, fh, others
        if r < 0.95:
            return '', fh + gh, others
        return fh + gh, '', others
    rom = nm['rom']
    if ctx.c(0.12):
        rom = rng.choice(['py', 'wg', 'yue'])
    sy = [_cn_syl(x, rom, nm, ctx) for x in nm['giv']]
    j = nm['join'] if rom == nm['rom'] else W(['', ' ', '-'], [6, 2, 2] if rom == 'py' else [1, 4, 5]).pick(rng)
    a = ctx.alt(0.12, CN_ALT_JOIN)
    if a is not None:
        j = a
    if len(sy) == 1:
        g = sy[0]
    elif j == '':
        g = sy[0] + sy[1].lower()
    elif j == '-L':
        g = sy[0] + '-' + sy[1]
    elif j == '-':
        g = sy[0] + '-' + sy[1].lower()
    else:
        g = sy[0] + ' ' + sy[1]
    f = _cn_syl(nm['fam'], rom, nm, ctx)
    if nm['eng']:
        r = rng.random()
        if ctx.c(0.15):
            g = nm['eng']
            if rng.random() < 0.5:
                others.append(' '.join(sy))
        elif r < 0.3:
            others.append(nm['eng'])
        elif ctx.c(0.05):
            g = nm['eng'] + ' ' + g
    if ctx.c(0.04):
        f = f + ' ' + g
        g = ''
    return g, f, others


# ---------------------------------------------------------------------------
# Thailand
# ---------------------------------------------------------------------------
TH_GIV_TXT = """สมชาย Somchai/Somchay M
สมศักดิ์ Somsak/Somsakdi M
สมบัติ Sombat/Sombath M
ประเสริฐ Prasert/Prasoet/Prasurt M
วิชัย Wichai/Vichai/Wichay M
สุริยา Suriya/Suriyah M
อนันต์ Anan/Anant M
กิตติศักดิ์ Kittisak/Kittisakdi M
ณัฐพงศ์ Nattapong/Natthaphong/Nuttapong M
ชัยวัฒน์ Chaiwat/Chaiwath/Chaivat M
สมพงษ์ Sompong/Somphong M
ธนวัฒน์ Thanawat/Tanawat/Thanawath M
วีระพงษ์ Weerapong/Wiraphong/Veerapong M
พรชัย Pornchai/Phonchai/Phornchai M
ศักดิ์ชัย Sakchai/Sakchay M
อภิชาติ Apichat/Aphichat/Apichart M
สุชาติ Suchat/Suchart M
บุญมา Boonma/Bunma M
สุรชัย Surachai/Surachay M
ชาญวิทย์ Chanwit/Charnwit M
วันชัย Wanchai/Vanchai M
ประยุทธ์ Prayut/Prayuth/Prayoot M
สมหมาย Sommai/Sommay M
ธีรพงษ์ Teerapong/Thiraphong M
อำนาจ Amnat/Amnart M
เกียรติศักดิ์ Kiattisak/Kiatisak M
ณัฐวุฒิ Nattawut/Natthawut M
ศุภชัย Supachai/Suphachai M
สมหญิง Somying/Somyingh F
มาลี Malee/Mali F
ศิริพร Siriporn/Siriphon/Siriphorn F
ปราณี Pranee/Prani F
วนิดา Wanida/Vanida F
กนกวรรณ Kanokwan/Kanokwann F
ณัฐยา Nattaya/Natthaya F
สุนิสา Sunisa/Sunissa F
สุภาพร Supaporn/Suphaphon/Suphaporn F
รัตนา Rattana/Ratana F
จินตนา Jintana/Chintana F
พรทิพย์ Pornthip/Phonthip/Porntip F
สุดา Suda/Sooda F
กาญจนา Kanchana/Karnchana/Kanjana F
อรุณี Arunee/Aruni F
ดวงใจ Duangjai/Duangchai F
พิมพ์ชนก Pimchanok/Phimchanok F
วิภาวี Wipawee/Wiphawi/Vipavee F
เสาวนีย์ Saowanee/Saowani F
จิราพร Jiraporn/Chiraphon F
สุกัญญา Sukanya/Sukunya F
รุ่งนภา Rungnapa/Rungnapha F
นารี Naree/Nari F
พัชรี Patcharee/Phatchari F
วารุณี Warunee/Waruni/Varunee F
ชนิดา Chanida/Chaneeda F
อัญชลี Anchalee/Anchali/Unchalee F
ลำดวน Lamduan/Lamduen F
บุษบา Busaba/Butsaba F
นงลักษณ์ Nongluck/Nongluk/Nonglak F
ทองใบ Thongbai/Tongbai F
เพ็ญศรี Pensri/Phensi F
อรอุมา Onuma/Orn-uma/Ornuma F
ปวีณา Paweena/Phawina F
ศิริวรรณ Siriwan/Siriwann F
นิภา Nipa/Nipha F
เยาวลักษณ์ Yaowalak/Yaowaluck F
อุไร Urai/Aurai F"""
TH_FAM_TXT = """แซ่ตั้ง Saetang/Sae-tang/Saetung
แซ่ลิ้ม Saelim/Sae-lim
ศรีสุข Srisuk/Srisook/Sisuk
บุญมี Boonmee/Bunmi/Boonmi
แก้วขาว Kaewkhao/Kaeokhao/Keawkao
ทองดี Thongdee/Thongdi/Tongdee
ใจดี Jaidee/Chaidi/Jaidi
สุขใจ Sukjai/Sookjai/Sukchai
วงศ์สวัสดิ์ Wongsawat/Wongsawad/Vongsawat
สุวรรณรัตน์ Suwannarat/Suwanarat
ศรีสวัสดิ์ Srisawat/Sisawat/Srisawad
บุญเรือง Boonruang/Bunrueang/Boonrueang
แสงทอง Saengthong/Sangthong/Saengtong
ทองคำ Thongkham/Tongkham/Thongkam
จันทร์เพ็ญ Chanpen/Janpen/Chanphen
พรหมมา Promma/Phromma
อินทร์แก้ว Inkaew/Inkaeo
คำแก้ว Khamkaew/Kamkaew/Khamkaeo
ศรีวงศ์ Sriwong/Siwong/Srivong
สมบูรณ์ Somboon/Sombun
เจริญสุข Charoensuk/Jaroensuk/Charoensook
รัตนพันธ์ Rattanaphan/Rattanapan/Ratanapan
ชัยมงคล Chaimongkol/Chaimongkhon
วงศ์ใหญ่ Wongyai/Vongyai
ทองมา Thongma/Tongma
มณีวงศ์ Maneewong/Maniwong
ประเสริฐสุข Prasertsuk/Prasoetsuk
บุญประเสริฐ Boonprasert/Bunprasoet"""
TH_MORPH_TXT = """ศรี Sri/Si/Sree
สุข Suk/Sook
ทอง Thong/Tong
แก้ว Kaew/Kaeo/Keaw
บุญ Boon/Bun
ใจ Jai/Chai
ดี Dee/Di
ชัย Chai/Chay
วงศ์ Wong/Vong
สวัสดิ์ Sawat/Sawad
รัตน Rattana/Ratana
เจริญ Charoen/Jaroen/Charoern
ศักดิ์ Sak/Sakdi
พงษ์ Pong/Phong
กุล Kul/Kool
สุวรรณ Suwan/Suwanna
มณี Manee/Mani
พร Porn/Phon/Phorn
ทิพย์ Thip/Tip
วัฒน์ Wat/Wath
นคร Nakhon/Nakorn
มงคล Mongkol/Mongkhon
คำ Kham/Kam
แสง Saeng/Sang
จันทร์ Chan/Jan
เพ็ญ Pen/Phen
ศิริ Siri/Sirri
ภักดี Pakdee/Phakdi
เทพ Thep/Tep
พันธ์ Phan/Pan
สิทธิ์ Sit/Sith
สุนทร Sunthon/Sunthorn/Soonthorn
ฤทธิ์ Rit/Rith
ประเสริฐ Prasert/Prasoet
สมบูรณ์ Somboon/Sombun
ชาติ Chat/Chart
เดช Det/Dech
วิไล Wilai/Vilai"""
TH_NICK_TXT = """นก Nok N
น้อย Noi/Noy F
เล็ก Lek N
พลอย Ploy/Phloi F
ฝน Fon F
มิ้นท์ Mint F
อ้อม Aom/Om F
แอน Ann/Anne F
บี Bee N
จอย Joy F
พิม Pim/Phim F
นิด Nid/Nit F
ติ๊ก Tik/Tick N
เตย Toey/Toei F
กิฟท์ Gift F
เบียร์ Beer M
ต้น Ton M
แบงค์ Bank M
กอล์ฟ Golf M
บอย Boy M
โอ๊ต Oat M
ตอง Tong N
ใหม่ Mai F
กุ้ง Kung/Goong F
ปลา Pla F
ดาว Dao/Dow F
แนน Nan/Nann F
ปุ้ย Pui F
จุ๋ม Jum/Joom F
แดง Daeng/Dang N
ส้ม Som F
หนึ่ง Neung/Nueng N"""


def _th_parse(txt, with_sex):
    out = []
    for line in txt.strip().split('\n'):
        t = line.split()
        out.append((t[0], t[1].split('/'), t[2] if with_sex else 'N'))
    return out


TH_GIV = _th_parse(TH_GIV_TXT, True)
TH_GIV_W = {s: by_sex(TH_GIV, s, 0.7, 2) for s in 'MF'}
TH_FAM = _th_parse(TH_FAM_TXT, False)
TH_FAM_W = W(TH_FAM, zipf_w(len(TH_FAM), 0.6, 3))
TH_MORPH = _th_parse(TH_MORPH_TXT, False)
TH_NICK = _th_parse(TH_NICK_TXT, True)
TH_NICK_W = {s: by_sex(TH_NICK, s, 0.5, 3) for s in 'MF'}


def _th_compose(rng, k):
    """composed name: list of (thai, variants) morphemes"""
    out = []
    for _ in range(k):
        t = TH_MORPH[rng.randrange(len(TH_MORPH))]
        out.append((t[0], t[1]))
    return out


def create_th(rng, sex, sub, fam):
    if rng.random() < 0.25:
        giv = _th_compose(rng, 2)
    else:
        e = TH_GIV_W[sex].pick(rng)
        giv = [(e[0], e[1])]
    if fam:
        famm = fam['fam']
        fidx = fam['fidx']
    else:
        if rng.random() < 0.45:
            famm = _th_compose(rng, rng.choice([2, 2, 3]))
        else:
            e = TH_FAM_W.pick(rng)
            famm = [(e[0], e[1])]
        fidx = [0 if rng.random() < 0.7 else rng.randrange(len(v)) for _, v in famm]
    gidx = [0 if rng.random() < 0.7 else rng.randrange(len(v)) for _, v in giv]
    nk = TH_NICK_W[sex].pick(rng)
    return dict(giv=giv, gidx=gidx, fam=famm, fidx=fidx, nick=(nk[0], nk[1]))


def _th_lat(morphs, idx, ctx):
    parts = []
    for (th, vs), i in zip(morphs, idx):
        if ctx.c(0.2):
            i = ctx.rng.randrange(len(vs))
        parts.append(vs[i])
    s = ''.join(parts)
    return cap(s.lower()) if len(parts) > 1 else s


def render_th(p, ctx):
    nm = p.nm
    rng = ctx.rng
    others = []
    if ctx.c(0.08):
        g = ''.join(t for t, _ in nm['giv'])
        f = ''.join(t for t, _ in nm['fam'])
        if rng.random() < 0.2:
            others.append(nm['nick'][0])
        return g, f, others
    g = _th_lat(nm['giv'], nm['gidx'], ctx)
    f = _th_lat(nm['fam'], nm['fidx'], ctx)
    nick = rng.choice(nm['nick'][1]) if ctx.c(0.3) else nm['nick'][1][0]
    if ctx.c(0.10):
        if rng.random() < 0.4:
            others.append(g)
        g = nick
    elif rng.random() < 0.25 + 0.1 * ctx.m:
        others.append(nick)
    if ctx.c(0.01):
        g = rng.choice(['Miss ', 'Mrs ', 'Ms. ', 'Nang ']) + g if p.sex == 'F' else 'Mr ' + g
    return g, f, others


# ---------------------------------------------------------------------------
# Arabic names (Syria, Morocco, Iraq, Sudan, Egypt, Algeria, Tunisia, Eritrean Muslims)
# token: (arabic script or '', mashreq/English variants, maghreb/French variants)
# ---------------------------------------------------------------------------
def _ar_parse(txt):
    out = []
    for line in txt.strip().split('\n'):
        a, me, mg = line.split('|')
        me = [NFC(x.strip()) for x in me.split(',') if x.strip()]
        mg = [NFC(x.strip()) for x in mg.split(',') if x.strip()] or me[:1]
        out.append((a.strip(), me, mg))
    return out


AR_M = _ar_parse("""محمد|Mohammed,Muhammad,Mohammad,Mohamed,Mohamad,Muhammed,Mohammod|Mohamed,Mohammed,Mhamed,Mouhamed
أحمد|Ahmed,Ahmad,Achmed,Ahmet|Ahmed,Hmad
علي|Ali,Aly|Ali
حسن|Hassan,Hasan|Hassan,Hacen
حسين|Hussein,Hussain,Husayn,Hossein,Hussien|Houcine,Hussein
عمر|Omar,Umar,Omer|Omar
خالد|Khaled,Khalid,Chaled|Khalid,Khaled
يوسف|Yousef,Youssef,Yusuf,Yousif,Jussuf|Youssef,Youcef,Youssouf
إبراهيم|Ibrahim,Ebrahim,Ibraheem|Brahim,Ibrahim
مصطفى|Mustafa,Mostafa,Moustafa|Mustapha,Moustapha,Mostafa
عبد الله|Abdullah,Abdallah,Abd Allah,Abdulla|Abdellah,Abdallah
محمود|Mahmoud,Mahmud,Mahmood|Mahmoud
سعيد|Said,Saeed,Saed|Said,Saïd
يونس|Younes,Yunus,Younis|Younes,Younous
رشيد|Rashid,Rasheed|Rachid,Rachide
كريم|Karim,Kareem|Karim,Krim
عماد|Imad,Emad|Imad
جمال|Jamal,Gamal,Jamel|Djamel,Jamal
نور الدين|Nour al-Din,Nuraddin,Nour Eddin,Nureddin|Noureddine,Nour Eddine,Nourdine
زكريا|Zakaria,Zakariya,Zakariyya|Zakaria,Zakariae
أيوب|Ayoub,Ayyub,Ayub|Ayoub
حمزة|Hamza,Hamzah|Hamza
بلال|Bilal,Belal|Bilal
أنس|Anas|Anass,Anas
طارق|Tarek,Tariq,Tarik|Tarik,Tarek
فارس|Fares,Faris|Fares
وليد|Walid,Waleed|Oualid,Walid
سامي|Sami,Samy|Sami
عثمان|Othman,Osman,Uthman|Othmane,Otmane,Osmane
صالح|Saleh,Salih,Salah|Salah,Saleh
فراس|Firas,Feras|Firas
حيدر|Haidar,Haider,Hayder|Haidar
عباس|Abbas|Abbes
مهدي|Mahdi,Mehdi|Mehdi
إسماعيل|Ismail,Ismael,Esmail|Smail,Ismail
ياسين|Yasin,Yaseen,Yassin|Yassine,Yacine
أمين|Amin,Ameen|Amine,Lamine
هشام|Hisham,Hesham|Hicham
عادل|Adel,Adil|Adil,Adel
نبيل|Nabil,Nabeel|Nabil
رامي|Rami,Ramy|Rami
ماهر|Maher,Mahir|Maher
باسل|Basel,Bassel,Basil|Bassel
أسامة|Osama,Usama,Ossama|Oussama,Oussema
عمار|Ammar,Amar|Ammar
مراد|Murad,Mourad|Mourad
إدريس|Idris,Idriss,Edris|Driss,Idriss
سفيان|Sufyan,Sofyan|Soufiane,Sofiane
منير|Munir,Mounir|Mounir
جواد|Jawad,Jawwad|Jaouad,Jaouad
عيسى|Issa,Eisa,Isa|Aissa
موسى|Musa,Moussa,Mousa|Moussa""")
AR_F = _ar_parse("""فاطمة|Fatima,Fatma,Fatimah,Fatema|Fatima,Fatiha,Fadma,Fatna
عائشة|Aisha,Aysha,Ayesha,Aishah|Aicha,Aïcha
مريم|Maryam,Mariam,Maryem|Meriem,Meryem,Mariam
خديجة|Khadija,Khadijah,Hadija|Khadija,Khadidja
زينب|Zainab,Zaynab,Zeinab|Zineb,Zaynab
نور|Nour,Noor,Nur|Nour
سارة|Sara,Sarah|Sara
أمينة|Amina,Aminah,Ameena|Amina
حليمة|Halima,Halimah|Halima
سعاد|Suad,Souad,Soad|Souad
نادية|Nadia,Nadiya|Nadia
ليلى|Layla,Leila,Laila,Leyla|Leila
رانيا|Rania,Ranya|Rania
هدى|Huda,Hoda|Houda
سلمى|Salma|Salma,Selma
ياسمين|Yasmin,Yasmeen,Jasmin|Yasmine
إيمان|Iman,Eman|Imane,Iman
رحمة|Rahma,Rahmah|Rahma
وفاء|Wafa,Wafaa|Wafae,Wafa
أسماء|Asma,Asmaa|Asmae,Asmaa
نجاة|Najat,Nagat|Najat
حنان|Hanan|Hanane
دعاء|Doaa,Duaa,Dua|Douae
رشا|Rasha|Racha
سميرة|Samira,Sameera|Samira
كريمة|Karima,Karimah|Karima
لطيفة|Latifa,Latifah|Latifa
سناء|Sanaa,Sana|Sanae,Sana
هبة|Heba,Hiba|Hiba
رقية|Ruqayya,Roqaya,Rukaya|Rokaya,Roukaya
غادة|Ghada|Ghada
شيماء|Shaimaa,Shayma,Shaima|Chaimae,Chaima
إكرام|Ikram|Ikram
جميلة|Jamila,Gamila|Djamila,Jamila
فاطمة الزهراء|Fatima al-Zahra,Fatima Zahra|Fatima Zahra,Fatima-Zahra,Fatimazahra,Fatima Ezzahra
هاجر|Hajar,Hagar|Hajar,Hadjer
سلوى|Salwa|Salwa
لبنى|Lubna|Loubna
نوال|Nawal|Naoual,Nawal
بشرى|Bushra,Boushra|Bouchra
مليكة|Malika,Malikah|Malika
زهرة|Zahra,Zahraa|Zohra,Zahra
رزان|Razan|Razane
بتول|Batoul,Batool|Batoul
ولاء|Walaa,Wala|Walae""")
KU_M = _ar_parse("""|Azad,Azat|Azad
|Dilshad,Dilşad|Dilshad
|Rebwar,Rebar|Rebwar
|Karwan,Kerwan|Karwan
|Shivan,Şivan,Sivan|Shivan
|Hawre,Hawri|Hawre
|Rojhat,Rojhad|Rojhat
|Berzan|Berzan
|Sherzad,Şerzad,Shirzad|Sherzad
|Baran|Baran""")
KU_F = _ar_parse("""|Shirin,Şirin,Sirin|Shirin
|Dilan|Dilan
|Rojin|Rojin
|Avin,Aveen|Avin
|Berivan,Berîvan|Berivan
|Nasrin,Nesrin|Nasrin
|Hêvî,Hevi,Hivi|Hevi
|Zozan|Zozan
|Nazdar|Nazdar
|Jiyan,Zhiyan|Jiyan""")
KU_FAM = _ar_parse("""|Barzani,Barazani|Barzani
|Zebari,Zibari|Zebari
|Talabani,Talebani|Talabani
|Hawrami,Hawramy|Hawrami
|Sindi,Sindy|Sindi
|Berwari,Barwari|Berwari
|Doski,Duski|Doski
|Rekani|Rekani
|Mizuri,Mizouri|Mizuri
|Kurdi,Kurdy|Kurdi""")
# family names: (arabic without article, article?, me variants, mg variants)
AR_FAM_TXT = """خطيب|1|Khatib,Khateeb|Khatib
حلبي|1|Halabi,Halaby|Halabi
شامي|1|Shami,Chami|Chami
زعبي|1|Zoubi,Zubi,Zu'bi,Zoabi|Zoubi
حداد|0|Haddad,Hadad|Haddad
نجار|1|Najjar,Najar,Nadjar|Najjar,Nejjar
جبوري|1|Jubouri,Jabouri,Juboori,Jibouri|Jbouri
تميمي|1|Tamimi,Tamimy|Tamimi
دليمي|1|Dulaimi,Dulaymi,Dulaimy|Doulaimi
عبيدي|1|Obaidi,Ubaydi,Obeidi|Obeidi
شمري|1|Shammari,Shamari|Chammari
كردي|1|Kurdi,Kurdy|Kurdi
علوي|1|Alawi,Alaoui|Alaoui
إدريسي|1|Idrisi,Idrissi|Idrissi
فاسي|1|Fasi,Fassi|Fassi
منصوري|1|Mansouri,Mansuri|Mansouri
تازي|0|Tazi|Tazi
حسيني|1|Husseini,Husayni,Hussaini|Housseini,Husseini
رفاعي|1|Rifai,Refai,Rifaie|Rifai
قاسم|0|Qasim,Kassem,Qassem,Kasem|Kacem,Kassem
حمدان|0|Hamdan|Hamdane
سليمان|0|Suleiman,Sulaiman,Soliman,Suleyman|Slimane,Soulaimane
عمري|1|Omari,Umari|Omari
سعدي|1|Saadi,Sa'adi,Saady|Saadi
راشد|1|Rashed,Rashid|Rached
أحمد|1|Ahmad,Ahmed|Ahmed
علي|1|Ali|Ali
حسن|1|Hassan,Hasan|Hassan
مصري|1|Masri,Masry|Masri
حمصي|1|Homsi,Humsi|Homsi
بغدادي|1|Baghdadi|Baghdadi
موصلي|1|Mousli,Mosuli,Mawsili|Mousli
تكريتي|1|Tikriti|Tikriti
حموي|1|Hamawi,Hamwi|Hamaoui
عزاوي|1|Azzawi,Azawi|Azzaoui
جنابي|1|Janabi,Jenabi|Janabi
بياتي|1|Bayati,Bayaty|Bayati
خزرجي|1|Khazraji|Khazraji
بن علي|0|Ben Ali,Benali|Benali,Ben Ali,Ben-Ali
بنجلون|0|Benjelloun,Ben Jelloun,Bin Jallun|Benjelloun,Ben Jelloun
بناني|0|Bennani,Banani|Bennani
برادة|0|Berrada,Barada|Berrada
طاهري|0|Tahiri,Taheri|Tahiri
شرايبي|0|Chraibi,Shraibi|Chraibi
لحلو|0|Lahlou,Lahlu|Lahlou
عمراني|1|Amrani,Imrani|Amrani,Lamrani
وزاني|1|Wazzani,Ouazzani|Ouazzani
زروالي|0|Zerouali,Zarwali|Zerouali
بوعزة|0|Bouazza,Bu Azza|Bouazza
آيت علي|0|Ait Ali,Aït Ali,Aitali|Ait Ali,Aït Ali,Ait-Ali
بخاري|1|Bukhari,Boukhari|Boukhari
بنسعيد|0|Bensaid,Ben Said|Bensaid,Ben Saïd
بوزيد|0|Bouzid,Bu Zaid|Bouzid
سيد|1|Sayed,Sayyid,Said|Sayed
شريف|1|Sherif,Sharif|Cherif
عثمان|0|Osman,Othman,Uthman|Othmane,Osman
آدم|0|Adam,Adem|Adam
إدريس|0|Idris,Idriss,Edris|Driss,Idriss
موسى|0|Musa,Moussa,Mousa|Moussa
عيسى|0|Issa,Eisa,Isa|Aissa,Issa
حاج|1|Hajj,Haj,Hadj|Hadj
أسعد|1|Asaad,As'ad,Assad|Asaad
خليل|0|Khalil,Khaleel|Khalil
نعيمي|1|Nuaimi,Naimi,Noaimi|Naimi
شيخ|1|Sheikh,Shaikh,Cheikh|Cheikh
كبيسي|1|Kubaisi,Kubeisi|Kubaisi
قرشي|1|Qurashi,Kurashi,Korashi|Kourachi
ساعدي|1|Saadi,Sa'idi|Saidi"""
AR_FAM = []
for _line in AR_FAM_TXT.strip().split('\n'):
    _a, _art, _me, _mg = _line.split('|')
    AR_FAM.append((_a, _art == '1', [NFC(x) for x in _me.split(',')], [NFC(x) for x in _mg.split(',')]))
AR_FAM_MAGHREB = W([x for x in AR_FAM if x[3][0] in ('Alaoui', 'Idrissi', 'Fassi', 'Mansouri', 'Tazi',
                   'Benali', 'Benjelloun', 'Bennani', 'Berrada', 'Tahiri', 'Chraibi', 'Lahlou', 'Amrani',
                   'Ouazzani', 'Zerouali', 'Bouazza', 'Ait Ali', 'Boukhari', 'Bensaid', 'Bouzid', 'Hadj',
                   'Cherif', 'Omari', 'Saidi', 'Kacem', 'Slimane', 'Naimi', 'Cheikh')])
AR_FAM_MASHREQ = W([x for x in AR_FAM if x[3][0] not in ('Alaoui', 'Idrissi', 'Fassi', 'Tazi',
                    'Benali', 'Benjelloun', 'Bennani', 'Berrada', 'Tahiri', 'Chraibi', 'Lahlou',
                    'Ouazzani', 'Zerouali', 'Bouazza', 'Ait Ali', 'Bensaid', 'Bouzid')])
AR_FAM_SUDAN = W([x for x in AR_FAM if x[2][0] in ('Osman', 'Adam', 'Idris', 'Musa', 'Issa', 'Hajj',
                  'Khalil', 'Sheikh', 'Sayed', 'Sherif')])
AR_M_W = W(AR_M, [15] + [x * 10 for x in zipf_w(len(AR_M) - 1, 0.9, 1.5)])
AR_F_W = W(AR_F, zipf_w(len(AR_F), 0.8, 2))
KU_M_W = W(KU_M)
KU_F_W = W(KU_F)
KU_FAM_W = W(KU_FAM)
# Abd al- compounds: (arabic, sun letter?, variants)
ABD_TXT = """رحمن|1|Rahman,Rahmane,Rehman
رحيم|1|Rahim,Raheem
كريم|0|Karim,Kareem,Krim
عزيز|0|Aziz,Azeez
قادر|0|Qadir,Kader,Qader,Kadir
لطيف|1|Latif,Lateef,Latef
حميد|0|Hamid,Hameed
مجيد|0|Majid,Madjid,Majeed
وهاب|0|Wahab,Wahhab
رزاق|1|Razzaq,Razak,Rezak
سلام|1|Salam,Salaam,Slam
جبار|0|Jabbar,Djabbar
غني|0|Ghani,Ghany
حليم|0|Halim,Haleem
حكيم|0|Hakim,Hakeem
ملك|0|Malik,Malek
ناصر|1|Nasser,Naser,Nasir
هادي|0|Hadi,Hady
باسط|0|Basit,Bassit
جليل|0|Jalil,Djalil,Jaleel
فتاح|0|Fattah,Fatah
صمد|1|Samad,Samed"""
ABD = []
for _line in ABD_TXT.strip().split('\n'):
    _a, _s, _v = _line.split('|')
    ABD.append((_a, _s == '1', _v.split(',')))
ABD_W = W(ABD, zipf_w(len(ABD), 0.8, 2))
ABD_FORMS_ME = W(['Abdul{x}', 'Abdul {X}', 'Abd al-{X}', 'Abdel{x}', 'Abdel {X}', 'Abd {X}',
                  'Abd-Al-{X}', 'Abdal{x}', 'Abdoul {X}'], [24, 18, 9, 10, 10, 3, 2, 2, 1])
ABD_FORMS_MG = W(['Abde{S}{x}', 'Abdel{x}', 'Abdel {X}', 'Abd el-{X}', 'Abdoul{x}', 'Abdou {X}'],
                 [35, 25, 20, 8, 5, 5])


def abd_form(ab, form, vi):
    a, sun, vs = ab
    X = vs[vi % len(vs)]
    x = X.lower()
    if '{S}' in form:
        if sun:
            return form.replace('{S}', x[0]).replace('{x}', x)
        return 'Abdel' + x
    if sun and 'al-' in form:
        form = form.replace('al-', 'a' + x[0] + '-')
    return form.replace('{x}', x).replace('{X}', X)


AR_ART_ME = W(['Al-', 'Al ', 'al-', 'El-', 'El ', 'Al', ''], [40, 15, 8, 10, 7, 8, 12])
AR_ART_MG = W(['El ', 'El-', 'El', 'Al ', '', 'Al-'], [40, 15, 10, 8, 20, 7])
MAGHREB = ('MA', 'DZ', 'TN')


def _ar_tok_create(rng, tok, mg):
    vs = tok[2] if mg else tok[1]
    i = 0 if rng.random() < 0.65 else rng.randrange(len(vs))
    return (tok, mg, i)


def _ar_tok_render(t, ctx):
    tok, mg, i = t
    if ctx.c(0.25):
        use_mg = (ctx.rng.random() < 0.7) if ctx.prof == 'fr' else (ctx.rng.random() < 0.25)
        vs = tok[2] if use_mg else tok[1]
        return vs[ctx.rng.randrange(len(vs))]
    vs = tok[2] if mg else tok[1]
    return vs[i]


def _ar_given_create(rng, sex, mg, kurd):
    if kurd and rng.random() < 0.6:
        return ('tok', _ar_tok_create(rng, (KU_F_W if sex == 'F' else KU_M_W).pick(rng), mg))
    if sex == 'M' and rng.random() < 0.12:
        ab = ABD_W.pick(rng)
        form = (ABD_FORMS_MG if mg else ABD_FORMS_ME).pick(rng)
        return ('abd', ab, form, rng.randrange(3) if rng.random() < 0.3 else 0, mg)
    if sex == 'M' and mg and rng.random() < 0.25:
        second = AR_M_W.pick(rng)
        if second[0] != 'محمد':
            return ('mcomp', _ar_tok_create(rng, AR_M[0], True), _ar_tok_create(rng, second, True))
    return ('tok', _ar_tok_create(rng, (AR_F_W if sex == 'F' else AR_M_W).pick(rng), mg))


def _ar_given_render(gv, ctx):
    rng = ctx.rng
    if gv[0] == 'tok':
        return _ar_tok_render(gv[1], ctx)
    if gv[0] == 'abd':
        _, ab, form, vi, mg = gv
        if ctx.c(0.35):
            form = (ABD_FORMS_MG if (ctx.prof == 'fr') ^ (rng.random() < 0.3) else ABD_FORMS_ME).pick(rng)
            vi = rng.randrange(3)
        return abd_form(ab, form, vi)
    _, t1, t2 = gv
    a = _ar_tok_render(t1, ctx)
    b = _ar_tok_render(t2, ctx)
    if ctx.c(0.3):
        return rng.choice([a + '-' + b, b, 'Med ' + b, a + b.lower(), a + ' ' + b])
    return a + ' ' + b


def _ar_given_script(gv):
    if gv[0] == 'tok':
        return gv[1][0][0]
    if gv[0] == 'abd':
        return 'عبد ال' + gv[1][0]
    return gv[1][0][0] + ' ' + gv[2][0][0]


def create_ar(rng, sex, sub, fam):
    mg = sub in MAGHREB
    if fam:
        kurd = fam['kurd']
        father, gfather, fm = fam['father'], fam['gfather'], fam['fam']
    else:
        kurd = sub in ('IQ', 'SY') and rng.random() < 0.15
        father = _ar_given_create(rng, 'M', mg, kurd)
        gfather = _ar_given_create(rng, 'M', mg, kurd)
        r = rng.random()
        no_fam = {'MA': 0.05, 'DZ': 0.05, 'TN': 0.1, 'SY': 0.15, 'IQ': 0.4, 'SD': 0.7,
                  'EG': 0.5, 'ER': 0.8}.get(sub, 0.3)
        if r < no_fam:
            fm = None
        else:
            if kurd and rng.random() < 0.5:
                t = KU_FAM_W.pick(rng)
                fm = ('ku', t, rng.randrange(len(t[1])) if rng.random() < 0.3 else 0)
            else:
                t = (AR_FAM_MAGHREB if mg else AR_FAM_SUDAN if sub in ('SD', 'ER') else AR_FAM_MASHREQ).pick(rng)
                vs = t[3] if mg else t[2]
                art = (AR_ART_MG if mg else AR_ART_ME).pick(rng) if t[1] else ''
                fm = ('ar', t, rng.randrange(len(vs)) if rng.random() < 0.3 else 0, art)
    giv = _ar_given_create(rng, sex, mg, kurd)
    return dict(sub=sub, mg=mg, kurd=kurd, giv=giv, father=father, gfather=gfather, fam=fm)


def _ar_fam_render(fm, ctx):
    rng = ctx.rng
    if fm[0] == 'ku':
        _, t, i = fm
        return t[1][i] if not ctx.c(0.3) else rng.choice(t[1])
    _, t, i, art = fm
    a, has_art, me, mg = t
    vs = mg if art in ('El ', 'El-', 'El') or (not has_art and me[0] in mg) else me
    name = vs[i % len(vs)]
    if ctx.c(0.22):
        pool = mg if (ctx.prof == 'fr') else me
        name = pool[rng.randrange(len(pool))]
    if has_art:
        if ctx.c(0.25):
            art = (AR_ART_MG if ctx.prof == 'fr' else AR_ART_ME).pick(rng)
        low = name.lower()
        if art in ('Al-', 'al-') and ctx.c(0.15):
            for s in ('sh', 'th', 'dh', 't', 'd', 'r', 'z', 's', 'n'):
                if low.startswith(s):
                    art = art[0] + s[0] + '-'
                    break
        if art == 'Al' or art == 'El':
            name = art + name.lower()
        else:
            name = art + name
    return name


def _ar_fam_script(fm):
    if fm[0] == 'ku':
        return ''
    t = fm[1]
    return ('ال' + t[0]) if t[1] else t[0]


def render_ar(p, ctx):
    nm = p.nm
    rng = ctx.rng
    others = []
    fam = nm['fam']
    if ctx.c(0.08) and not nm['kurd']:
        g = _ar_given_script(nm['giv'])
        fs = _ar_fam_script(fam) if fam else ''
        fa = _ar_given_script(nm['father'])
        if not fs:
            return g, fa, ([_ar_given_script(nm['gfather'])] if rng.random() < 0.3 else [])
        if rng.random() < 0.3:
            others.append(fa)
        return g, fs, others
    g = _ar_given_render(nm['giv'], ctx)
    fa = _ar_given_render(nm['father'], ctx)
    gf = _ar_given_render(nm['gfather'], ctx)
    if fam:
        f = _ar_fam_render(fam, ctx)
        a = ctx.alt(0.22, W(['father', 'g_father', 'father_fam'], [10, 8, 4]))
        if a == 'father':
            f = fa
        elif a == 'g_father':
            g = g + ' ' + fa
        elif a == 'father_fam':
            f = fa + ' ' + f
        elif rng.random() < 0.25:
            others.append(fa + (' ' + gf if rng.random() < 0.5 else ''))
    else:
        a = ctx.alt(0.2, W(['gfather', 'both', 'g_father'], [7, 8, 5]))
        if a == 'gfather':
            f = gf
            others.append(fa)
        elif a == 'both':
            f = fa + ' ' + gf
        elif a == 'g_father':
            g = g + ' ' + fa
            f = gf
        else:
            f = fa
            if rng.random() < 0.2:
                others.append(gf)
    # register bug: 'Abdul' left in given, rest pushed to family
    if nm['giv'][0] == 'abd' and ' ' in g and ctx.c(0.04):
        w = g.split(' ', 1)
        g, f = w[0], w[1] + ' ' + f
    return g, f, others


# ---------------------------------------------------------------------------
# Eritrea / Ethiopia (Tigrinya, Amharic, Oromo) - no family names
# ---------------------------------------------------------------------------
ER_TOK_TXT = """ተስፋይ|Tesfay,Tesfaye,Tesfai|M
ዮናስ|Yonas,Yonatan,Jonas|M
ዳዊት|Dawit,Dawitt,Dawid|M
መሓሪ|Mehari,Mhari,Meharie|M
ኪዳነ|Kidane,Kidan,Kidanne|M
ተኽለ|Tekle,Tecle,Teklay|M
ብርሃነ|Berhane,Birhane,Berhan|M
ሃይለ|Haile,Hayle,Hailu|M
ሓጎስ|Hagos,Hagoss,Hagus|M
በርሀ|Berhe,Berhie,Birhe|M
ጸጋይ|Tsegay,Tsegai,Tsegaye|M
ግርማይ|Ghirmay,Girmay,Ghirmai|M
ኣማኑኤል|Amanuel,Emmanuel,Amanueal|M
ሙሴ|Mussie,Musie,Muse|M
ኣብርሃም|Abraham,Abrham,Abreham|M
ዮሃንስ|Yohannes,Yohanes,Johannes|M
ሰሎሞን|Solomon,Salomon,Selomon|M
ኣማን|Aman,Aman|M
ብንያም|Biniam,Biniyam,Binyam|M
ሃብቶም|Habtom,Habtu|M
ሙሉጌታ|Mulugeta,Mulugheta|M
ሰመረ|Semere,Semre|M
ክብሮም|Kibrom,Kiros|M
ሄኖክ|Henok,Enoch,Henock|M
ኤፍረም|Efrem,Ephrem|M
ሮቤል|Robel,Robiel|M
የማነ|Yemane,Yemaneh|M
ወልዱ|Weldu,Woldu,Woldu|M
ዘርኣይ|Zerai,Zeray,Zerei|M
ኣስመሮም|Asmerom,Asmeron|M
ጎይቶም|Goitom,Goytom|M
ናትናኤል|Natnael,Nathanael|M
ሚካኤል|Michael,Mikael,Mikiel|M
ዳንኤል|Daniel,Danel|M
ፍሊሞን|Filmon,Philimon,Filimon|M
ሳሙኤል|Samuel,Samiel|M
ንጉሰ|Negusse,Nigusse,Negussie|M
ኣፈወርቂ|Afewerki,Afwerki|M
ተወልደ|Tewolde,Tewelde|M
ታደሰ|Tadesse,Tadese|M
ግርማ|Girma,Ghirma|M
ጌታቸው|Getachew,Getachaw|M
በቀለ|Bekele,Bekelle|M
ኣበበ|Abebe,Abebbe|M
ከበደ|Kebede,Kebedde|M
ዓለሙ|Alemu,Alemmu|M
ደስታ|Desta,Dessta|N
ሰናይት|Senait,Senayt|F
ሄለን|Helen,Hellen|F
ሰላም|Selam,Salam|F
ሳባ|Saba|F
ሩት|Ruth,Rut|F
ዮርዳኖስ|Yordanos,Yordanus,Jordanos|F
ፌቨን|Feven,Fiven,Feben|F
ጽጋ|Tsega,Tsigga|F
መብራት|Mebrat,Mebrahtu|F
ኣዜብ|Azeb,Aseb|F
ለምለም|Lemlem,Lemelem|F
ሕይወት|Hiwet,Hiwot,Heywet|F
ራሄል|Rahel,Rachel,Raheal|F
ሰምሃር|Semhar,Semhar|F
ሉዋም|Luwam,Luam|F
ኤደን|Eden,Edden|F
ዊንታ|Winta,Wintana|F
ኣልማዝ|Almaz,Almas|F
ትግስቲ|Tigisti,Tigist,Tgisti|F
ትርሓስ|Tirhas,Terhas,Tirhase|F
ኣብርሀት|Abrehet,Abrehat|F
ምሕረት|Mihret,Mehret,Mhret|F
ገነት|Genet,Ghenet|F
ንግስቲ|Nigisti,Negisti|F
ኤልሳ|Elsa,Elssa|F
ሓና|Hanna,Hana|F
መሮን|Meron,Miron|F
ቤተልሄም|Betelhem,Bethlehem,Betlehem|F
ኣስቴር|Aster,Ester|F
ሂሩት|Hirut,Hiruth|F
ቅድስቲ|Kidist,Kiddist|F
ጽዮን|Tsion,Zion,Tsiyon|F
መቅደስ|Mekdes,Meqdes|F
|Chaltu,Caltu|F
|Biftu,Biftuu|F
|Hawi,Hawwi|F
|Tolossa,Tolosa|M
|Gemechu,Gamachu|M
|Lencho,Lenchoo|M
|Obsa,Obsaa|M
|Fayisa,Feyisa|M
|Tolera,Tollera|M"""
ER_TOK = []
for _line in ER_TOK_TXT.strip().split('\n'):
    _g, _v, _s = _line.split('|')
    ER_TOK.append((_g, _v.split(','), _s))
ER_TOK_W = {('ET', s): by_sex(ER_TOK, s, 0.8, 3) for s in 'MF'}
for _s in 'MF':   # Oromo names (no Ge'ez form listed) only for Ethiopians
    ER_TOK_W[('ER', _s)] = by_sex([t for t in ER_TOK if t[0]], _s, 0.8, 3)
ER_PRE = [('ገብረ', ['Gebre', 'Ghebre', 'Gebru']), ('ወልደ', ['Welde', 'Wolde', 'Weldu']),
          ('ሃብተ', ['Habte', 'Habtu']), ('ተስፋ', ['Tesfa', 'Tesfai']), ('ሃይለ', ['Haile', 'Hayle']),
          ('ኪዳነ', ['Kidane', 'Kidan'])]
ER_SUF = [('ሚካኤል', ['Michael', 'Mikael', 'Mikiel']), ('መድህን', ['Medhin', 'Medhn', 'Medhen']),
          ('ማርያም', ['Mariam', 'Maryam', 'Marian']), ('ሥላሴ', ['Selassie', 'Sellassie', 'Silasie']),
          ('ጊዮርጊስ', ['Giorgis', 'Ghiorghis', 'Georgis']), ('እግዚኣብሄር', ['Egziabher', 'Egziabiher']),
          ('ኪዳን', ['Kidan']), ('ዮሃንስ', ['Yohannes', 'Yohanes']), ('ሂወት', ['Hiwet', 'Hiwot']),
          ('ትንሳኤ', ['Tensae', 'Tinsae'])]


def _er_tok_create(rng, sex, ethi):
    if sex == 'M' and rng.random() < 0.3:
        pi = rng.randrange(len(ER_PRE))
        si = rng.randrange(len(ER_SUF))
        if ER_PRE[pi][0] == ER_SUF[si][0]:
            si = 0
        j = W(['', ' ', '-'], [50, 30, 20]).pick(rng)
        return ('cmp', pi, si, 0 if rng.random() < 0.7 else 1, j)
    e = ER_TOK_W[('ET' if ethi else 'ER', sex)].pick(rng)
    return ('tok', e, 0 if rng.random() < 0.75 else rng.randrange(len(e[1])))


def _er_tok_render(t, ctx):
    rng = ctx.rng
    if t[0] == 'tok':
        vs = t[1][1]
        i = t[2]
        if ctx.c(0.22):
            i = rng.randrange(len(vs))
        return vs[i]
    _, pi, si, vi, j = t
    pv = ER_PRE[pi][1]
    sv = ER_SUF[si][1]
    p_ = pv[vi % len(pv)]
    s_ = sv[0]
    if ctx.c(0.3):
        p_ = pv[rng.randrange(len(pv))]
        s_ = sv[rng.randrange(len(sv))]
    if ctx.c(0.3):
        j = rng.choice(['', ' ', '-'])
    if j == '':
        return p_ + s_.lower()
    return p_ + j + s_


def _er_script(t):
    if t[0] == 'tok':
        return t[1][0]
    return ER_PRE[t[1]][0] + ER_SUF[t[2]][0]


def create_er(rng, sex, sub, fam):
    ethi = sub == 'ET'
    if fam:
        father, gfather = fam['father'], fam['gfather']
    else:
        father = _er_tok_create(rng, 'M', ethi)
        gfather = _er_tok_create(rng, 'M', ethi)
    g = _er_tok_create(rng, sex, ethi)
    return dict(sub=sub, g=g, father=father, gfather=gfather)


ER_ALT = W(['gfather', 'both', 'swap', 'g_father'], [4, 6, 5, 3])


def render_er(p, ctx):
    nm = p.nm
    rng = ctx.rng
    others = []
    if ctx.c(0.02) and all(_er_script(x) for x in (nm['g'], nm['father'])):
        return _er_script(nm['g']), _er_script(nm['father']), []
    g = _er_tok_render(nm['g'], ctx)
    fa = _er_tok_render(nm['father'], ctx)
    gf = _er_tok_render(nm['gfather'], ctx)
    a = ctx.alt(0.18, ER_ALT)
    if a == 'gfather':
        f = gf
        others.append(fa)
    elif a == 'both':
        f = fa + ' ' + gf
    elif a == 'swap':
        g, f = fa, g
    elif a == 'g_father':
        g = g + ' ' + fa
        f = gf
    else:
        f = fa
        if rng.random() < 0.2:
            others.append(gf)
    return g, f, others


# ===========================================================================
# persons, records, output
# ===========================================================================
# culture key: (create, render, sub-origin weights, female share, swap factor, share of persons)
CULTURES = {
    'NG': (create_ng, render_ng, W(['NG']), 0.70, 1.6, 15),
    'RO': (create_ro, render_ro, W(['RO', 'MD'], [80, 20]), 0.55, 1.0, 10),
    'BG': (create_sl, render_sl, W(['BG']), 0.55, 1.0, 4),
    'UA': (create_sl, render_sl, W(['UA']), 0.62, 1.0, 7),
    'RU': (create_sl, render_sl, W(['RU']), 0.60, 1.0, 3.5),
    'VN': (create_vn, render_vn, W(['VN']), 0.45, 0.6, 8),
    'CN': (create_cn, render_cn, W(['CN', 'HK', 'TW'], [85, 8, 7]), 0.55, 1.8, 7),
    'TH': (create_th, render_th, W(['TH']), 0.75, 1.2, 4.5),
    'PH': (create_ph, render_ph, W(['PH']), 0.65, 1.0, 3.5),
    'AL': (create_al, render_al, W(['AL', 'MK'], [88, 12]), 0.45, 1.0, 5),
    'AR': (create_ar, render_ar, W(['SY', 'MA', 'IQ', 'SD', 'EG', 'DZ', 'TN', 'ER'],
                                   [30, 28, 20, 7, 7, 5, 3, 4]), 0.30, 1.0, 12),
    'ER': (create_er, render_er, W(['ER', 'ET'], [70, 30]), 0.45, 1.0, 6),
    'PL': (create_pl, render_pl, W(['PL', 'LT'], [75, 25]), 0.40, 1.0, 4.5),
    'LAT': (create_lat, render_lat, W(['CO', 'BR', 'VE'], [45, 47, 8]), 0.62, 1.0, 5.5),
    'WE': (create_we, render_we, W(['DE', 'FR', 'NL', 'GB', 'SE'], [28, 22, 15, 20, 15]), 0.50, 1.0, 3.5),
}
CULT_KEYS = list(CULTURES.keys())
CULT_W = W(CULT_KEYS, [CULTURES[k][5] for k in CULT_KEYS])
PLACEHOLDER_DOB = {'ER': 0.25, 'AR': 0.10, 'NG': 0.08, 'VN': 0.05, 'TH': 0.03, 'CN': 0.02}

# citizenship: sub -> (dual-candidates with weights, dual probability, wrong/neighbour codes)
CIT = {
    'NG': ([('GB', 1), ('IT', 1), ('ES', 0.5), ('IE', 0.3)], 0.03, ['GH', 'CM', 'BJ', 'NE']),
    'RO': ([('MD', 1), ('IT', 0.3), ('ES', 0.3)], 0.04, ['MD', 'BG', 'HU']),
    'MD': ([('RO', 1)], 0.40, ['RO', 'UA', 'RU']),
    'BG': ([('TR', 1), ('MK', 0.3)], 0.05, ['RO', 'MK', 'TR', 'GR']),
    'UA': ([('RU', 1), ('PL', 0.3), ('MD', 0.2)], 0.04, ['RU', 'MD', 'BY', 'PL']),
    'RU': ([('UA', 0.5), ('IL', 0.3), ('DE', 0.3)], 0.04, ['UA', 'BY', 'KZ']),
    'VN': ([('CZ', 0.3), ('DE', 0.3)], 0.02, ['CN', 'LA', 'KH']),
    'CN': ([('HK', 0.5)], 0.01, ['TW', 'HK', 'MO']),
    'HK': ([('GB', 1), ('CN', 2)], 0.20, ['CN', 'TW', 'MO']),
    'TW': ([('CN', 0.3)], 0.02, ['CN', 'HK']),
    'TH': ([('LA', 0.2), ('DE', 0.3)], 0.03, ['LA', 'MM', 'KH']),
    'PH': ([('US', 0.5)], 0.03, ['ID', 'MY']),
    'AL': ([('GR', 1), ('IT', 1)], 0.07, ['MK', 'ME', 'GR', 'RS']),
    'MK': ([('AL', 1), ('BG', 0.5)], 0.10, ['AL', 'BG']),
    'MA': ([('ES', 2), ('FR', 1.5), ('NL', 1), ('BE', 1), ('IT', 0.5)], 0.08, ['DZ', 'TN', 'EH']),
    'DZ': ([('FR', 2)], 0.06, ['MA', 'TN']),
    'TN': ([('FR', 1), ('IT', 0.5)], 0.05, ['DZ', 'LY']),
    'SY': ([('TR', 0.5), ('DE', 0.5), ('SE', 0.3)], 0.04, ['IQ', 'LB', 'JO', 'PS']),
    'IQ': ([('SE', 0.3), ('DE', 0.3)], 0.03, ['SY', 'IR', 'TR']),
    'SD': ([('SS', 1)], 0.02, ['SS', 'ER', 'TD']),
    'EG': ([('IT', 1)], 0.02, ['SD', 'LY']),
    'ER': ([('ET', 1)], 0.03, ['ET', 'SD']),
    'ET': ([('ER', 0.5)], 0.02, ['ER', 'SO', 'SD']),
    'PL': ([('DE', 0.5), ('GB', 0.3)], 0.03, ['LT', 'CZ', 'DE']),
    'LT': ([('PL', 0.3)], 0.02, ['LV', 'PL', 'BY']),
    'BR': ([('PT', 2), ('IT', 1.5)], 0.10, ['PT', 'PY', 'AR']),
    'CO': ([('ES', 2), ('VE', 1)], 0.09, ['VE', 'EC', 'PE']),
    'VE': ([('CO', 2), ('ES', 1)], 0.12, ['CO', 'EC']),
    'DE': ([('TR', 1), ('PL', 0.5)], 0.03, ['AT', 'CH']),
    'AT': ([('DE', 1)], 0.02, ['DE', 'CH']),
    'CH': ([('DE', 1), ('IT', 1)], 0.05, ['DE', 'AT']),
    'FR': ([('DZ', 1), ('MA', 1)], 0.03, ['BE', 'CH']),
    'BE': ([('FR', 1), ('NL', 1)], 0.03, ['FR', 'NL']),
    'NL': ([('BE', 1)], 0.02, ['BE', 'DE']),
    'GB': ([('IE', 1)], 0.04, ['IE']),
    'IE': ([('GB', 1)], 0.06, ['GB']),
    'SE': ([('FI', 1)], 0.02, ['NO', 'DK', 'FI']),
    'NO': ([('SE', 1)], 0.02, ['SE', 'DK']),
    'DK': ([('SE', 1)], 0.02, ['SE', 'NO']),
}
CIT_DUAL_W = {k: W([c for c, _ in v[0]], [w for _, w in v[0]]) for k, v in CIT.items() if v[0]}


class Person:
    __slots__ = ('cid', 'cul', 'sub', 'sex', 'dob', 'cits', 'nm')


D_MIN = datetime.date(1930, 1, 1)
D_MAX = datetime.date(2010, 12, 31)


def rand_day(rng, y):
    n = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
    return datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(n))


def gen_year(rng):
    r = rng.random()
    if r < 0.88:
        return min(max(int(round(rng.gauss(1991, 9))), 1950), 2008)
    if r < 0.98:
        return rng.randint(1955, 1990)
    return rng.randint(1930, 1955)


def gen_dob(rng, cul, y=None):
    if y is None:
        y = gen_year(rng)
    y = min(max(y, 1930), 2010)
    if rng.random() < PLACEHOLDER_DOB.get(cul, 0.02):
        return datetime.date(y, 1, 1)
    return rand_day(rng, y)


def gen_cits(rng, sub):
    if sub in WE_SUB_CIT:
        sub = WE_SUB_CIT[sub].pick(rng)
    first = sub
    info = CIT.get(first)
    if info and info[0] and rng.random() < info[1]:
        second = CIT_DUAL_W[first].pick(rng)
        if second != first:
            return [first, second]
    return [first]


def new_person(cul, rng, sex=None, sub=None, fam_of=None):
    create, _, subs, fshare, _, _ = CULTURES[cul]
    p = Person()
    p.cul = cul
    p.sub = sub or subs.pick(rng)
    p.sex = sex or ('F' if rng.random() < fshare else 'M')
    p.nm = create(rng, p.sex, p.sub, fam_of.nm if fam_of else None)
    if fam_of:
        p.cits = list(fam_of.cits)
        if rng.random() < 0.1:   # twin
            p.dob = fam_of.dob
        else:
            off = rng.choice([-8, -7, -6, -5, -4, -3, -3, -2, -2, -1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8])
            p.dob = gen_dob(rng, cul, fam_of.dob.year + off)
    else:
        p.cits = gen_cits(rng, p.sub)
        p.dob = gen_dob(rng, cul)
    return p


def relative_same_name(p, rng):
    """parent or child with the same name, born 20-35 years apart"""
    off = rng.randint(20, 35)
    y = p.dob.year - off if p.dob.year - off >= 1930 else p.dob.year + off
    if y > 2010 or y < 1930:
        return None
    q = Person()
    q.cul, q.sub, q.sex = p.cul, p.sub, p.sex
    q.nm = p.nm
    q.cits = list(p.cits)
    q.dob = gen_dob(rng, p.cul, y)
    return q


# ---------------------------------------------------------------------------
# record rendering
# ---------------------------------------------------------------------------
DOB_DUP = W(['exact', 'missing', 'year', 'dm', 'digit', 'pm1', 'jan1', 'jul1', 'first', 'days'],
            [70, 7, 6, 3.5, 3.5, 2.5, 4, 1.5, 1.5, 1])
DOB_FIRST = W(['exact', 'missing', 'year', 'dm', 'digit', 'pm1', 'jan1', 'jul1', 'first', 'days'],
              [80, 5, 4, 2, 2, 1.5, 3, 1, 1, 0.5])
EST_OFF = [-2, -1, -1, 0, 0, 0, 0, 1, 1, 2]
DIGIT_POS = (2, 3, 3, 5, 5, 6, 7, 7)


def _ok(d):
    return D_MIN <= d <= D_MAX


def _safe_date(y, mo, da):
    try:
        d = datetime.date(y, mo, da)
    except ValueError:
        return None
    return d if _ok(d) else None


def render_dob(p, ctx):
    rng = ctx.rng
    d = p.dob
    if p.cul == 'ER' and ctx.c(0.015):     # Ethiopian-calendar year
        y = d.year - rng.choice([7, 8])
        if y >= 1930:
            return ('', str(y)) if rng.random() < 0.5 else (datetime.date(y, 1, 1).isoformat(), str(y))
    k = (DOB_FIRST if ctx.first else DOB_DUP).pick(rng)
    nd = None
    if k == 'missing':
        return '', ''
    if k == 'year':
        y = d.year + (rng.choice([-1, 1]) if rng.random() < 0.2 else 0)
        y = min(max(y, 1930), 2010)
        return '', str(y)
    if k == 'dm':
        if d.day <= 12 and d.day != d.month:
            nd = _safe_date(d.year, d.day, d.month)
    elif k == 'digit':
        s = d.strftime('%Y%m%d')
        for _ in range(6):
            pos = DIGIT_POS[rng.randrange(len(DIGIT_POS))]
            old = int(s[pos])
            if rng.random() < 0.6:
                new = (old + rng.choice([-1, 1])) % 10
            else:
                new = rng.randrange(10)
            if new == old:
                continue
            t = s[:pos] + str(new) + s[pos + 1:]
            nd = _safe_date(int(t[:4]), int(t[4:6]), int(t[6:]))
            if nd:
                break
    elif k == 'pm1':
        nd = _safe_date(d.year + rng.choice([-1, 1]), d.month, d.day if not (d.month == 2 and d.day == 29) else 28)
    elif k == 'jan1':
        nd = _safe_date(d.year + rng.choice(EST_OFF), 1, 1)
    elif k == 'jul1':
        nd = _safe_date(d.year + rng.choice(EST_OFF), 7, 1)
    elif k == 'first':
        nd = _safe_date(d.year, d.month, 1)
    elif k == 'days':
        nd = d + datetime.timedelta(days=rng.choice([-3, -2, -1, 1, 2, 3, 10, -10]))
        if not _ok(nd):
            nd = None
    if nd is None:
        nd = d
    return nd.isoformat(), str(nd.year)


def render_cit(p, ctx):
    rng = ctx.rng
    if ctx.c(0.10):
        return ''
    cits = p.cits
    if len(cits) == 2:
        r = rng.random()
        cl = list(cits) if r < 0.45 else [cits[0]] if r < 0.80 else [cits[1]]
    else:
        cl = [cits[0]]
    info = CIT.get(cl[0])
    if info and ctx.c(0.03):
        cl[0] = rng.choice(info[2])
    elif len(cl) == 1 and ctx.c(0.02) and info:
        extra = CIT_DUAL_W[cl[0]].pick(rng) if cl[0] in CIT_DUAL_W else rng.choice(info[2])
        cl.append(extra)
    if len(cl) == 2 and rng.random() < 0.3:
        cl.reverse()
    out = []
    for c in cl:
        if c not in out:
            out.append(c)
    return ';'.join(out)


TYPO_N_DUP = W([0, 1, 2, 3], [84, 12.5, 3, 0.5])
TYPO_N_FIRST = W([0, 1, 2], [94, 5, 1])


def clean(s):
    return ' '.join(s.replace(';', ' ').split()).strip(' -')


def alias_name(p, rng):
    q = new_person(p.cul, rng, sex=p.sex, sub=p.sub)
    g, f, _ = CULTURES[p.cul][1](q, Ctx(rng, 0.0, 'en', True))
    return (g + ' ' + f).strip()


def noise_names(p, ctx, g, f, oth):
    rng = ctx.rng
    m = ctx.m
    if g and f and ctx.c(0.05 * CULTURES[p.cul][4]):
        g, f = f, g
    if g and f:
        r = rng.random()
        if r < 0.015 * m:
            f = (g + ' ' + f) if rng.random() < 0.6 else (f + ' ' + g)
            g = ''
        elif r < 0.025 * m:
            g = (g + ' ' + f) if rng.random() < 0.6 else (f + ' ' + g)
            f = ''
        elif r < 0.040 * m:
            g = ''
        elif r < 0.050 * m:
            f = ''
        elif r < 0.065 * m:
            if ' ' in g:
                a, b = g.rsplit(' ', 1)
                g, f = a, b + ' ' + f
        elif r < 0.080 * m:
            if ' ' in f:
                a, b = f.split(' ', 1)
                g, f = g + ' ' + a, b
    if ctx.c(0.02):
        oth = oth + [alias_name(p, rng)]
    dp = 0.55 if p.cul == 'VN' else 0.45
    if rng.random() < (dp * 0.75 if ctx.first else dp):
        g = strip_dia(g)
        f = strip_dia(f)
        oth = [strip_dia(x) for x in oth]
    elif ctx.c(0.05):
        if rng.random() < 0.5:
            g = strip_dia(g)
        else:
            f = strip_dia(f)
    nt = (TYPO_N_FIRST if ctx.first else TYPO_N_DUP).pick(rng)
    for _ in range(nt):
        lg, lf = len(g), len(f)
        lo = 0.1 * (lg + lf) if oth else 0
        x = rng.random() * (lg + lf + lo)
        if x < lg:
            g = typo(g, rng)
        elif x < lg + lf:
            f = typo(f, rng)
        elif oth:
            i = rng.randrange(len(oth))
            oth = list(oth)
            oth[i] = typo(oth[i], rng)
    r = rng.random()
    up, fup, low = (0.12, 0.16, 0.17) if ctx.first else (0.18, 0.24, 0.255)
    if r < up:
        g, f = g.upper(), f.upper()
        oth = [x.upper() for x in oth]
    elif r < fup:
        f = f.upper()
    elif r < low:
        g, f = g.lower(), f.lower()
    return g, f, oth


def make_record(p, rng, first):
    m = 0.35 if first else 0.4 + 0.9 * rng.random()
    ctx = Ctx(rng, m, PROF.pick(rng), first)
    g0, f0, oth = CULTURES[p.cul][1](p, ctx)
    g, f, oth = noise_names(p, ctx, g0, f0, list(oth))
    g, f = clean(g), clean(f)
    if not g and not f:
        g, f = clean(g0), clean(f0)
        if not g and not f:
            f = 'Unknown'
    seen = [g.lower(), f.lower()]
    o2 = []
    for x in oth:
        x = clean(x)
        if x and x.lower() not in seen:
            seen.append(x.lower())
            o2.append(x)
    bd, by = render_dob(p, ctx)
    sex = p.sex
    if ctx.c(0.08):
        sex = ''
    elif ctx.c(0.01):
        sex = 'M' if sex == 'F' else 'F'
    cit = render_cit(p, ctx)
    return [g, f, ';'.join(o2), bd, by, sex, cit]


K_W = W([1, 2, 3, 4, 5], [55, 25, 11, 6, 3])


def generate(n, seed):
    rng = random.Random(seed)
    rows = []
    cid = 0
    while len(rows) < n:
        cul = CULT_W.pick(rng)
        p = new_person(cul, rng)
        group = [p]
        r = rng.random()
        if r < 0.07:
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                group.append(new_person(cul, rng, sub=p.sub, fam_of=p))
        elif r < 0.075:
            q = relative_same_name(p, rng)
            if q:
                group.append(q)
        for q in group:
            cid += 1
            q.cid = cid
            for j in range(K_W.pick(rng)):
                rows.append((cid, make_record(q, rng, j == 0)))
    rows = rows[:n]
    ids = rng.sample(range(1, 10 ** 7), len(rows))
    out = sorted(zip(ids, rows))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--count', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--output', required=True)
    ap.add_argument('--truth', required=True)
    a = ap.parse_args(argv)
    out = generate(a.count, a.seed)
    with open(a.output, 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['id', 'given_name', 'family_name', 'other_names', 'birth_date', 'birth_year',
                    'sex', 'citizenship'])
        for i, (cid, rec) in out:
            w.writerow(['B%07d' % i] + rec)
    with open(a.truth, 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['id', 'cluster_id'])
        for i, (cid, rec) in out:
            w.writerow(['B%07d' % i, 'P%07d' % cid])
    return 0


if __name__ == '__main__':
    sys.exit(main())

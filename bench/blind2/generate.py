#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Blind benchmark generator #2: synthetic registers of possible victims of human
trafficking (Nordic national anti-trafficking centre model), for testing a
person-deduplication engine on data it was not built on.

    python3 generate.py --count N --seed S --output persons.csv --truth truth.csv

Standard library only.  One random.Random(seed) drives everything; no set or
hash-order iteration, so a seed gives byte-identical files.

persons.csv  id,given_name,family_name,other_names,birth_date,birth_year,sex,citizenship
truth.csv    id,cluster_id          (records of one real person share cluster_id)

All rates below are the generator's own assumptions (estimates), not facts.

POPULATION
----------
* Records per real person (cluster size): 1: 50.5%, 2: 30%, 3: 12%, 4: 4.5%,
  5: 1.8%, 6: 0.8%, 7: 0.3%, 8: 0.1%  ->  ~1.8 records / person, ~0.70 true
  pairs per record (20,000 records ~ 11,000 persons ~ 14,000 pairs).
* Origins (share of persons, %): Nigeria 13.5 (Edo 45 / Igbo 25 / Yoruba 25 /
  "English-only" 5 of those), Romania 10 (20% Roma), Vietnam 7, Thailand 6,
  Ukraine 5, Afghanistan 4, Bulgaria 4 (Bulgarian 55 / Roma 25 / Turkish 20),
  China 3.5 (45% Fujian), Albania 3, Eritrea 3, Philippines 3, Hungary 2.5
  (30% Roma), Russia 2.5, Syria 2.5 (25% Kurdish), Brazil 2.5, Lithuania 2
  (15% Russian speakers), Moldova 2 (30% Russian speakers), Iraq 2 (30% Kurdish),
  Somalia 2, Morocco 2, Uganda 1.8, Kenya 1.8, Dominican Rep. 1.3, Latvia 1.2
  (30% Russian speakers, part of them non-citizens), Mongolia 1.2, Ethiopia 1.2,
  Pakistan 1.2, India 1.2 (10% Sikh), Bangladesh 1.2, Colombia 1.2,
  Venezuela 1.0.
* Share female by origin 20% (Afghanistan) .. 90% (Thailand).  ~8% of
  Brazilian and ~3% of Thai women are trans women (legal sex M, social name in
  other records, sex recorded F/M/X); 0.1% of others are recorded X.
* Names: per-origin name lists with Zipf-like weights (s ~ 0.75-0.9, head-heavy,
  Vietnamese surnames with real shares, Nguyen 38%), plus morphological long-tail
  generators (Slavic -ov/-enko/-chuk, Romanian -escu/-eanu, Lithuanian -auskas,
  Latvian -iņš, Yoruba/Igbo/Edo compounds, Thai compound surnames, Chinese
  two-character given names, Hungarian -i place names, Albanian -aj).
  Namesakes arise naturally (Nguyen Thi Lan, Blessing Osagie, Mohammed Ali).
* Families: 11% of new persons come with relatives: siblings 50% (12% of them
  twins: same birth date; Yoruba twins Taiwo/Kehinde), mother+child 25%,
  father+child 5%, spouses 20%.  Surnames follow the culture: gendered
  (Ivanov/Ivanova, Kazlauskas/Kazlauskaitė/Kazlauskienė, Bērziņš/Bērziņa),
  Spanish double surnames, Filipino mother's surname as middle name,
  patronymic cultures (Eritrea, Ethiopia, Somalia, Afghanistan, Mongolia) share
  the father's/grandfather's name between siblings only.
* Marriage: ~22% of women over 20 have a married name (Nordic husband: Thai 30%,
  Filipino 15%, Dominican 10%, Brazilian 8%, Slavic 6%); Hungarian "-né" forms.
* Working names / aliases: 22% of women from sexual-exploitation-typical origins,
  5% of others.  False identity documents (other name, other birth date, other
  citizenship): 10% Nigeria, 8% Albania/Vietnam/China, 3% others.
* Birth dates: age at first registration 13-17: 13%, 18-24: 40%, 25-34: 32%,
  35-49: 13%, 50-65: 2%; first registration 2006-2025; children 0-15.
  Date not known to the person (estimated): Afghanistan 55%, Somalia 45%,
  Eritrea 35%, Ethiopia 30%, Pakistan 20%, Nigeria/Bangladesh 15%, Uganda/Kenya/
  Iraq 12%, others 2-8%.  Official estimate = 01-01 (65%), 1st of a month (12%),
  07-01 (8%), 31-12 (5%), 15-06 (5%), other (5%), year +-1.  Age-assessed
  minors (35% of 14-19 year olds from asylum origins): immigration uses an
  assessed 01-01 date 1-4 years older; 30% of those claim a later year elsewhere.

REGISTERING ORGANISATIONS (share of records; rates per record)
---------------------------------------------------------------
                 POL   NGO   IMM   MUN   SHL   RET      (police, NGO outreach
  share          22    24    18    10    15    11       on a phone, immigration
  ALL CAPS       35%   5%    60%   15%   5%    45%      copying passports,
  lower case     2%    25%   -     1%    5%    1%       municipality, shelter
  diacritics kept 25%  15%   5%    25%   55%   15%      intake form, return
  Nordic-only    40%   20%   10%   60%   25%   10%      organisation)
  ASCII-folded   30%   65%   30%   10%   20%   45%
  ICAO (ä->ae)   5%    -     55%   5%    -     30%
  passport form  50%   30%   90%   80%   60%   85%  (else other romanisation)
  clerk respell  22%   35%   2%    5%    15%   3%   (Sh->Sj, Y->J, J->Dj, u->ou..)
  typo / field   4.5%  9%    1.5%  2%    3%    2%   (neighbour key, drop, double,
                                                      transpose, insert)
  OCR error      -     -     12%   3%    -     8%   (rn/m, O/0, l/1, cl/d ...)
  MRZ style      -     -     15%   -     -     20%  (caps, ICAO, 39-char cut)
  field cut 20ch -     -     -     30%   -     10%
  original script 1%   3%    1%    -     6%    1%   (+ 2-4% script copy in
                                                      other_names at IMM/SHL/RET)
  given/family swapped 5% 8% 3%   2%    4%    3%   (+12% HU/CN/VN/MN, +20% UG)
  whole name in 1 field 3% 7% 1% 0.5%  2%    1%
  initials       2%    4%    0.5%  1%    1%    0.5%  (J. Okafor, J.O., Joy O.)
  title          1.5%  2%    -     -     1%    1%   (Mrs, Mr, Fru, Hr.)
  placeholder    2%    5%    0.5%  0.2%  1%    0.5%  (unknown, NN, ?, ukendt..)
  family dropped 4%    15%   1%    1%    4%    1%
  nickname used  5%    20%   -     1%    8%    1%   (if the person has one)
  alias in other 40%   30%   10%   5%    25%   10%  (if the person has one)
  alias as name  6%    15%   1%    -     3%    1%
  false identity used by IMM/POL/RET in 40% of records of persons who have one
  maiden name in other_names when the married name is used: 30/10/40/50/40/30%
  date missing   8%    35%   2%    3%    6%    3%
  year only      10%   30%   3%    2%    7%    4%  (NGO: from stated age, so
                                                    often birth year + 1)
  day/month swap 3%    4%    1%    1%    2%    1%
  date digit err 2%    3%    1%    1%    1.5%  1%
  year +-1       2%    3%    1%    1%    2%    1%
  year +-10      0.5%  0.8%  0.3%  0.2%  0.4%  0.3%
  sex missing    4%    15%   1%    0.5%  3%    2%
  sex wrong      1.2%  2%    0.4%  0.3%  0.8%  0.6%   (+0.2% X for unknown)
  citizenship missing 12% 45% 3%  5%    12%   3%
  transit country 4%   5%    1%    1%    3%    2%   (replaces or is added)
  both of dual   30%   10%   60%   50%   30%   50%
  code confusion 0.7% of given codes (NG->NE, CN->CH, MD->MO, LT<->LV, ER<->ET..)

CULTURE-SPECIFIC NAME HANDLING
------------------------------
* Cyrillic names (Russian, Ukrainian, Bulgarian, Mongolian, Russian-speaking
  Moldovans/Latvians/Lithuanians) are held in Cyrillic and transliterated per
  record: ICAO 9303 (Iuliia), BGN (Yuliya), popular English (Yulia), German
  (Julija, Schewtschenko), Swedish (Jelena, Sjevtjenko), French (Ioulia),
  scientific (Žukova), Ukrainian national (Oleksandr, Serhii), Bulgarian
  streamlined (Hristo, Stoyanov), Mongolian passport (Enkhtuyaa).  Each person
  has a documented scheme used by IMM/RET; Ukrainians appear in Russian form
  (Olena -> Elena, Olha -> Olga) in 15-25% of police/NGO records.  Patronymic
  in the given field or other_names 4-12%.
* Vietnamese: Nguyen Thi Lan as {Thi Lan / Nguyen}, {Lan / Nguyen},
  {Lan / Nguyen Thi}, swapped; Thi/Ti, Nguyen/Ngyuen/Nguen.
* Chinese: pinyin joined/spaced/hyphenated, Wade-Giles (Hsiao-ling), tone marks,
  Hokkien/Cantonese surnames for Fujianese (Lin/Lim, Chen/Tan, Huang/Ng/Wong).
* Arabic/Kurdish/Moroccan: many romanisations (Mohammed/Muhammad/Mohamad/
  Mohamed), Al-/El-/al /Al joined/dropped; family name vs father's name vs
  father+grandfather; bin/bint; "Mohammed X" known as X.
* Eritrea/Ethiopia/Somalia/Afghanistan: given + father + grandfather; family
  field = father (50%), father+grandfather (20%), grandfather (8%), in
  other_names (7%), empty (15%, Afghanistan 35%); Somali orthography
  (Maxamed, Cabdi, Xasan), Tigrinya Gebre-/Ghebre-, Italianised Tecle.
* South Asia: "Md"/"Mohd"/"Muhammad" prefix, Kumar/Devi/Singh/Kaur/Begum/
  Khatun/Akter/Bibi as surname stand-ins, father's name as surname, given name
  only (10-30%).
* Spanish double surnames (both 55%, first only 35%, ...), Brazilian
  "da Silva"/"Silva", Filipino middle names and "Ma.", "Dela Cruz"/"Delacruz".
* Thai: Thai script, RTGS vs. popular romanisation (Siriphon/Siriporn),
  nicknames (Noi, Ploy, Lek) for 90% of Thais.
* Mongolian: father's name as surname, genitive (-yn), or father's initial.
"""
import argparse
import bisect
import csv
import datetime
import random
import re
import sys
import time
import unicodedata


# ============================================================================
# small helpers
# ============================================================================

class WP:
    """Weighted picker over a fixed list of (value, weight)."""
    __slots__ = ('vals', 'cum', 'tot')

    def __init__(self, pairs):
        self.vals = [v for v, _ in pairs]
        c = 0.0
        cum = []
        for _, w in pairs:
            c += w
            cum.append(c)
        self.cum = cum
        self.tot = c

    def pick(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        if i >= len(self.vals):
            i = len(self.vals) - 1
        return self.vals[i]


def chance(rng, p):
    return rng.random() < p


def one_of(rng, seq):
    return seq[rng.randrange(len(seq))]


def cap_words(s):
    """Capitalise the first letter of every space/hyphen separated part."""
    out = []
    up = True
    for ch in s:
        if up and ch.isalpha():
            out.append(ch.upper())
            up = False
        else:
            out.append(ch)
        if ch == ' ' or ch == '-':
            up = True
    return ''.join(out)


# ============================================================================
# name tokens and pools
# ============================================================================

class Tok:
    """One name element.

    native : original-script spelling (or None)
    forms  : Latin spellings, forms[0] the standard one (with diacritics)
    lang   : 'ru','uk','bg','mn' for Cyrillic tokens romanised on the fly
    nicks  : short forms / nicknames (same script as the token)
    alt    : a Latin 'western' / Turkish equivalent (Alexander, Ayşe)
    eq     : Russian-language equivalent token of a Ukrainian name
    """
    __slots__ = ('native', 'forms', 'lang', 'nicks', 'alt', 'eq')

    def __init__(self, native=None, forms=(), lang=None, nicks=(), alt=None, eq=None):
        self.native = native
        self.forms = forms
        self.lang = lang
        self.nicks = nicks
        self.alt = alt
        self.eq = eq

    def base(self):
        return self.forms[0] if self.forms else self.native


_LATIN_TOKS = {}


def ltok(s):
    """Latin-only token, cached."""
    t = _LATIN_TOKS.get(s)
    if t is None:
        t = Tok(None, (s,))
        _LATIN_TOKS[s] = t
    return t


_CYR_TOKS = {}


def ctok(native, lang):
    key = (native, lang)
    t = _CYR_TOKS.get(key)
    if t is None:
        t = Tok(native, (), lang)
        _CYR_TOKS[key] = t
    return t


class Pool:
    __slots__ = ('toks', 'cum', 'tot', 'tail', 'ptail')

    def __init__(self, toks, weights, tail=None, ptail=0.0):
        self.toks = toks
        c = 0.0
        cum = []
        for w in weights:
            c += w
            cum.append(c)
        self.cum = cum
        self.tot = c
        self.tail = tail
        self.ptail = ptail

    def pick(self, rng):
        if self.tail is not None and rng.random() < self.ptail:
            return self.tail(rng)
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        if i >= len(self.toks):
            i = len(self.toks) - 1
        return self.toks[i]

    def find(self, base):
        for t in self.toks:
            if t.base() == base:
                return t
        return None


def pool(spec, lang=None, s=0.85, tail=None, ptail=0.0):
    """Parse a pool spec.  Entries separated by ',' or newline:
         [native=]form1|form2[^alt][>russian_eq][~nick1/nick2][*weight]
       For Cyrillic pools (lang given) the entry is the Cyrillic name.
       Without explicit weights, weight = 1/rank**s (Zipf-like, head-heavy)."""
    toks = []
    ws = []
    rank = 0
    for e in spec.replace('\n', ',').split(','):
        e = e.strip()
        if not e:
            continue
        rank += 1
        w = None
        if '*' in e:
            e, ww = e.rsplit('*', 1)
            w = float(ww)
        nicks = ()
        if '~' in e:
            e, nk = e.split('~', 1)
            nicks = tuple(x.strip() for x in nk.split('/') if x.strip())
        eq = None
        if '>' in e:
            e, eqs = e.split('>', 1)
            eq = eqs.strip()
        alt = None
        if '^' in e:
            e, alt = e.split('^', 1)
            alt = alt.strip()
        e = e.strip()
        if lang:
            t = Tok(e, (), lang, nicks, alt)
            if eq:
                t.eq = Tok(eq, (), 'ru', (), alt)
        elif '=' in e:
            nat, fs = e.split('=', 1)
            t = Tok(nat.strip(), tuple(f.strip() for f in fs.split('|')), None, nicks, alt)
        else:
            t = Tok(None, tuple(f.strip() for f in e.split('|')), None, nicks, alt)
        toks.append(t)
        ws.append(w if w is not None else 1.0 / (rank ** s))
    return Pool(toks, ws, tail, ptail)


# ============================================================================
# Cyrillic transliteration
# ============================================================================

def _pm(spec):
    d = {}
    for x in spec.split():
        k, v = x.split(':', 1)
        d[k] = v
    return d


_CYR_BASE = _pm("а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p "
                "р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ:ie ы:y ь: э:e ю:iu я:ia "
                "і:i ї:i є:ie ґ:g ө:o ү:u")

# scheme -> (overrides, iotation mode for е/initial iotated letters, word endings)
_CYR_SCHEMES = {
    'icao': ('', None, {}),
    'bgn': ('ё:yo й:y ъ: ь: ю:yu я:ya є:ye ї:yi', 'y', {}),
    'simple': ('ё:yo й:y ъ: ь: ю:yu я:ya є:ye ї:yi', None, {'ий': 'y', 'ия': 'ia'}),
    'german': ('в:w ж:sch з:s й:j х:ch ц:z ч:tsch ш:sch щ:schtsch ъ: ь: ю:ju я:ja ё:jo '
               'є:je ї:ji', 'j', {'ий': 'i'}),
    'scand': ('ж:zj й:j х:ch ц:ts ч:tj ш:sj щ:sjtj ъ: ь: ю:ju я:ja ё:jo є:je ї:ji', 'j', {}),
    'french': ('ж:j й:i у:ou х:kh ц:ts ч:tch ш:ch щ:chtch ъ: ь: ю:iou я:ia ё:io є:ie ї:i',
               None, {'ий': 'i', 'ия': 'ia'}),
    'iso': ('ж:ž й:j х:ch ц:c ч:č ш:š щ:šč ъ: ь: ю:ju я:ja ё:ë є:je ї:ji э:è', None, {}),
    'ua_nat': ('г:h и:y й:i ю:iu я:ia є:ie ї:i ь: щ:shch', 'ua', {}),
    'bg_str': ('ж:zh й:y х:h щ:sht ъ:a ь:y ю:yu я:ya', None, {}),
    'mn_pass': ('е:ye ё:yo ж:j й:i ө:o ү:u х:kh ы:y ь:i ъ:i ю:yu я:ya', None, {}),
}
_CYR_LANG = {'uk': 'и:y г:h', 'bg': 'ъ:a щ:sht ь:y', 'mn': 'ж:j', 'ru': ''}
_CYR_LANG_SCHEME = {
    ('bg', 'german'): 'щ:scht ь:j',
    ('bg', 'scand'): 'щ:sjt ь:j',
    ('bg', 'french'): 'щ:cht',
    ('bg', 'iso'): 'ъ:ă щ:št ь:j',
    ('bg', 'icao'): 'х:h',
    ('mn', 'bgn'): 'ө:ö ү:ü',
    ('mn', 'german'): 'ө:ö ү:ü ж:dsch',
    ('mn', 'scand'): 'ө:ö ү:ü ж:dj',
    ('mn', 'french'): 'ө:eu ү:u ж:dj',
    ('mn', 'iso'): 'ө:ö ү:ü ж:ž',
    ('mn', 'simple'): 'х:h',
    ('mn', 'icao'): 'ж:zh',
}
_CYR_VOWELS = 'аеёиоуыэюяіїєөүъь'
_UA_INITIAL = {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}
_TR_TABLES = {}
_TR_CACHE = {}
_WORD_SPLIT = re.compile(r'([ \-]+)')


def _tr_table(lang, scheme):
    key = (lang, scheme)
    t = _TR_TABLES.get(key)
    if t is None:
        spec, iot, ends = _CYR_SCHEMES[scheme]
        d = dict(_CYR_BASE)
        d.update(_pm(spec))
        d.update(_pm(_CYR_LANG.get(lang, '')))
        d.update(_pm(_CYR_LANG_SCHEME.get((lang, scheme), '')))
        if lang != 'ru' and iot in ('y', 'j'):
            iot = None
        t = (d, iot, ends)
        _TR_TABLES[key] = t
    return t


def translit(s, lang, scheme):
    key = (s, lang, scheme)
    r = _TR_CACHE.get(key)
    if r is not None:
        return r
    d, iot, ends = _tr_table(lang, scheme)
    out = []
    for w in _WORD_SPLIT.split(s.lower()):
        if not w or w[0] in ' -':
            out.append(w)
            continue
        tail = ''
        for e, rep in ends.items():
            if w.endswith(e) and len(w) > len(e):
                w = w[:-len(e)]
                tail = rep
                break
        buf = []
        prev = ''
        for i, ch in enumerate(w):
            if iot in ('y', 'j') and ch == 'е' and (i == 0 or prev in _CYR_VOWELS):
                buf.append('ye' if iot == 'y' else 'je')
            elif iot == 'ua' and i == 0 and ch in _UA_INITIAL:
                buf.append(_UA_INITIAL[ch])
            else:
                buf.append(d.get(ch, ch))
            prev = ch
        word = ''.join(buf) + tail
        out.append(word[:1].upper() + word[1:])
    r = ''.join(out)
    _TR_CACHE[key] = r
    return r


# ============================================================================
# diacritic folding, case, typos, OCR, clerk respelling
# ============================================================================

_SPECIAL_ASCII = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D',
                  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'þ': 'th', 'Þ': 'TH', 'œ': 'oe', 'Œ': 'OE',
                  'ð': 'd', 'Ð': 'D', 'ʻ': "'", 'ʼ': "'", 'ʹ': ''}
_ICAO_MAP = {'ä': 'ae', 'Ä': 'AE', 'ö': 'oe', 'Ö': 'OE', 'ü': 'ue', 'Ü': 'UE', 'å': 'aa',
             'Å': 'AA', 'ø': 'oe', 'Ø': 'OE', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss'}
_DA_KEEP = 'æøåÆØÅéÉüÜ'
_DA_MAP = {'ä': 'æ', 'Ä': 'Æ', 'ö': 'ø', 'Ö': 'Ø'}
_SV_KEEP = 'åäöÅÄÖéÉüÜ'
_SV_MAP = {'æ': 'ä', 'Æ': 'Ä', 'ø': 'ö', 'Ø': 'Ö'}
_FOLDC = {}
_FOLD_CACHE = {}


def _fold_char(ch):
    r = _FOLDC.get(ch)
    if r is None:
        if ch in _SPECIAL_ASCII:
            r = _SPECIAL_ASCII[ch]
        else:
            dec = unicodedata.normalize('NFKD', ch)
            b = ''.join(c for c in dec if not unicodedata.combining(c))
            r = b if (b and all(ord(c) < 128 for c in b)) else ch
        _FOLDC[ch] = r
    return r


def fold(s, mode):
    if mode == 'keep' or s.isascii():
        return s
    key = (s, mode)
    r = _FOLD_CACHE.get(key)
    if r is not None:
        return r
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif mode == 'da':
            ch = _DA_MAP.get(ch, ch)
            out.append(ch if ch in _DA_KEEP else _fold_char(ch))
        elif mode == 'sv':
            ch = _SV_MAP.get(ch, ch)
            out.append(ch if ch in _SV_KEEP else _fold_char(ch))
        elif mode == 'icao':
            out.append(_ICAO_MAP.get(ch) or _fold_char(ch))
        else:
            out.append(_fold_char(ch))
    r = ''.join(out)
    if len(_FOLD_CACHE) < 400000:
        _FOLD_CACHE[key] = r
    return r


_KB_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
_KB_N = {}
for _r, _row in enumerate(_KB_ROWS):
    for _i, _ch in enumerate(_row):
        _n = []
        if _i > 0:
            _n.append(_row[_i - 1])
        if _i + 1 < len(_row):
            _n.append(_row[_i + 1])
        if _r > 0:
            _up = _KB_ROWS[_r - 1]
            for _j in (_i, _i + 1):
                if 0 <= _j < len(_up):
                    _n.append(_up[_j])
        if _r < 2:
            _dn = _KB_ROWS[_r + 1]
            for _j in (_i - 1, _i):
                if 0 <= _j < len(_dn):
                    _n.append(_dn[_j])
        _KB_N[_ch] = _n


def typo(s, rng):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 3:
        return s
    if chance(rng, 0.85):
        i = letters[1 + rng.randrange(len(letters) - 1)]
    else:
        i = letters[rng.randrange(len(letters))]
    c = s[i]
    op = rng.random()
    if op < 0.33:                                   # neighbouring key
        nb = _KB_N.get(c.lower())
        if not nb:
            return s[:i] + s[i + 1:]
        r = one_of(rng, nb)
        if c.isupper():
            r = r.upper()
        return s[:i] + r + s[i + 1:]
    if op < 0.55:                                   # dropped letter
        return s[:i] + s[i + 1:]
    if op < 0.72:                                   # doubled letter
        return s[:i] + c + s[i:]
    if op < 0.92:                                   # transposition
        if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
            a, b = s[i], s[i + 1]
            if i == 0 and a.isupper():
                a, b = a.lower(), b.upper()
            return s[:i] + b + a + s[i + 2:]
        return s[:i] + s[i + 1:]
    nb = _KB_N.get(c.lower())                       # inserted neighbour
    if not nb:
        return s
    r = one_of(rng, nb)
    if s.isupper():
        r = r.upper()
    return s[:i + 1] + r + s[i + 1:]


_OCR = [('rn', 'm'), ('m', 'rn'), ('O', '0'), ('o', '0'), ('0', 'O'), ('l', '1'), ('I', '1'),
        ('i', 'l'), ('1', 'l'), ('S', '5'), ('B', '8'), ('e', 'c'), ('c', 'e'), ('cl', 'd'),
        ('d', 'cl'), ('vv', 'w'), ('w', 'vv'), ('h', 'b'), ('u', 'ii'), ('n', 'ri'),
        ('E', 'F'), ('G', '6'), ('Z', '2'), ('H', 'N'), ('U', 'V'), ('M', 'N'), ('RN', 'M'),
        ('M', 'RN'), ('Q', 'O'), ('D', 'O'), ('C', 'G')]


def ocr(s, rng):
    cands = [(a, b) for a, b in _OCR if a in s]
    if not cands:
        return s
    a, b = one_of(rng, cands)
    idxs = []
    k = s.find(a)
    while k >= 0:
        idxs.append(k)
        k = s.find(a, k + 1)
    k = one_of(rng, idxs)
    return s[:k] + b + s[k + len(a):]


# clerk writes down what (s)he hears in the conventions of the own language
_RESPELL = {
    'da': [('sh', 'sj'), ('ch', 'tj'), ('^y', 'j'), ('^j', 'dj'), ('w', 'v'), ('ou', 'u'),
           ('ee', 'i'), ('oo', 'u'), ('ph', 'f'), ('th', 't'), ('q', 'k'), ('kh', 'k'),
           ('gh', 'g'), ('z', 's'), ('ie', 'i'), ('c', 'k')],
    'sv': [('sh', 'sj'), ('ch', 'tj'), ('^y', 'j'), ('^j', 'dj'), ('w', 'v'), ('ee', 'i'),
           ('oo', 'o'), ('ph', 'f'), ('x', 'ks'), ('q', 'k'), ('kh', 'k'), ('th', 't'),
           ('z', 's'), ('ou', 'o')],
    'de': [('sh', 'sch'), ('^j', 'dsch'), ('^y', 'j'), ('ch', 'tsch'), ('v', 'w'), ('z', 's'),
           ('ee', 'i'), ('oo', 'u'), ('ou', 'u'), ('c', 'k'), ('ph', 'f'), ('kh', 'ch')],
    'en': [('i', 'ee'), ('u', 'oo'), ('a$', 'ah'), ('ou', 'oo'), ('kh', 'k'), ('q', 'k'),
           ('^j', 'dj'), ('e$', 'ey'), ('y', 'i'), ('ph', 'f'), ('ss', 's'), ('mm', 'm'),
           ('ie', 'y')],
    'fr': [('u', 'ou'), ('sh', 'ch'), ('^j', 'dj'), ('y', 'i'), ('w', 'ou'), ('k', 'c'),
           ('ee', 'i')],
}


def _positions(low, pat):
    anchor_start = pat.startswith('^')
    anchor_end = pat.endswith('$')
    p = pat.strip('^$')
    res = []
    k = low.find(p)
    while k >= 0:
        ok = True
        if anchor_start and not (k == 0 or low[k - 1] in ' -'):
            ok = False
        e = k + len(p)
        if anchor_end and not (e == len(low) or low[e] in ' -'):
            ok = False
        if ok:
            res.append(k)
        k = low.find(p, k + 1)
    return p, res


def respell(s, lang, rng):
    if not s:
        return s
    rules = _RESPELL[lang]
    nrules = 1 if chance(rng, 0.7) else 2
    for _ in range(nrules):
        low = s.lower()
        cands = []
        for pat, rep in rules:
            p, pos = _positions(low, pat)
            if pos:
                cands.append((p, rep, pos))
        if not cands:
            break
        p, rep, pos = one_of(rng, cands)
        k = one_of(rng, pos)
        orig = s[k:k + len(p)]
        if orig[:1].isupper():
            rep = rep.upper() if orig.isupper() and len(orig) > 1 else rep[:1].upper() + rep[1:]
        s = s[:k] + rep + s[k + len(p):]
    return s


def wade_giles(syl):
    """Very rough pinyin -> Wade-Giles for one plain syllable (lower case)."""
    inits = [('zh', 'ch'), ('ch', "ch'"), ('sh', 'sh'), ('z', 'ts'), ('c', "ts'"), ('s', 's'),
             ('j', 'ch'), ('q', "ch'"), ('x', 'hs'), ('r', 'j'), ('b', 'p'), ('p', "p'"),
             ('d', 't'), ('t', "t'"), ('g', 'k'), ('k', "k'"), ('h', 'h'), ('m', 'm'),
             ('f', 'f'), ('n', 'n'), ('l', 'l'), ('y', 'y'), ('w', 'w')]
    ini, wi, fin = '', '', syl
    for a, b in inits:
        if syl.startswith(a):
            ini, wi, fin = a, b, syl[len(a):]
            break
    if fin == 'i' and ini in ('zh', 'ch', 'sh', 'r'):
        fin = 'ih'
    elif fin == 'i' and ini in ('z', 'c', 's'):
        fin = 'u'
    elif fin == 'e' and ini in ('g', 'k', 'h'):
        fin = 'o'
    elif fin == 'e':
        fin = 'eh'
    elif fin == 'ong':
        fin = 'ung'
    elif fin == 'ian':
        fin = 'ien'
    elif fin == 'ie':
        fin = 'ieh'
    elif fin == 'ue' and ini in ('j', 'q', 'x', 'y'):
        fin = 'üeh'
    elif fin == 'ui':
        fin = 'uei'
    if ini == 'y' and fin == 'ou':
        wi, fin = 'y', 'u'
    if ini == 'y' and fin == 'an':
        fin = 'en'
    return wi + fin


# ============================================================================
# NAME POOLS
# (order = frequency rank unless '*weight' is given)
# ============================================================================

# ---------------------------------------------------------------- Nigeria ---
NG_EN_F = pool("""Blessing~Blessy, Joy, Precious, Favour|Favor, Mercy, Gift, Peace, Faith, Esther,
 Happiness, Patience, Success, Glory, Gloria, Princess, Rita, Grace, Mary, Vivian, Stella,
 Juliet, Victoria, Goodness, Loveth|Lovet, Comfort, Sandra, Helen, Jennifer, Christiana,
 Deborah, Janet, Sarah, Rose, Ruth, Elizabeth, Anita, Lucky, Miracle, Divine, Testimony""", s=0.9)
NG_EN_M = pool("""Emmanuel, Godwin, Samuel, Daniel, John, Peter, Friday, Sunday, Kingsley, Prince,
 Lucky, Innocent, Collins, Felix, Victor, Stanley, Monday, Godspower, Michael, Joseph""", s=0.9)
NG_EDO_F = pool("""Osas~Osas, Osasere~Osas, Osaretin~Osas, Ivie, Esohe, Isoken, Eghosa, Osayuki~Osas,
 Ewaen, Itohan~Ito, Omosede~Sede, Eseosa~Esosa, Adesuwa~Suwa, Ekinadose~Ekina, Ifueko, Omoye,
 Nosa, Imuetinyan~Imu, Obehi, Iyobosa, Eki, Enoma, Osato, Efe, Uyi, Osahon, Esosa, Eseosa,
 Idia, Izogie, Ofure, Ehi, Ebehi, Aghogho, Edosa, Osamudiamen~Osas, Uwa, Oghogho""", s=0.8)
NG_EDO_M = pool("""Osagie, Efosa, Osahon, Eghosa, Uyi, Nosa, Osaro, Edosa, Osamede, Ehigie, Aisosa,
 Ogbeide, Ikponmwosa~Ikpon, Osayande, Omoruyi, Ekhator, Iyamu, Ogie""", s=0.8)


def _edo_tail(rng):
    pre = one_of(rng, ['Osa', 'Ose', 'Eghe', 'Osay', 'Ogie', 'Igbin', 'Omo', 'Uy', 'Iye', 'Ehi',
                       'Idah', 'Izev', 'Ekh', 'Ogbe', 'Aig', 'Agbon', 'Uwa', 'Ighod', 'Erha'])
    suf = one_of(rng, ['re', 'ze', 'retin', 'mwen', 'gie', 'osa', 'ruyi', 'regie', 'diamen',
                       'hon', 'obo', 'bor', 'ghosa', 'kpolor', 'nde', 'mwonyi', 'ator', 'ehi',
                       'nuwa', 'bigie', 'osa', 'ahor', 'aro', 'iagbon'])
    return ltok(pre + suf)


NG_EDO_S = pool("""Omoregie, Osagie, Igbinedion, Obasogie, Ehigiator, Edosomwan, Uwaifo, Iyamu, Aigbe,
 Omorogbe, Idahosa, Imade, Osayande, Ogbebor, Igbinosa, Eguavoen, Omoruyi, Irabor, Osaghae,
 Ekhator, Okundaye, Ogbemudia, Egharevba, Aghedo, Oviasu, Obaseki, Iyoha, Ehiorobo, Izevbigie,
 Uwadiae, Ogiemwonyi, Asemota, Erhabor, Agbonlahor, Ighodaro, Eweka, Aimiuwu, Osemwegie,
 Osazuwa, Edobor, Ogbeide, Uzamere, Omokaro, Ogieva, Evbuomwan, Okungbowa, Oriakhi, Ehimwenma""",
               s=0.75, tail=_edo_tail, ptail=0.25)

NG_YO_F = pool("""Funmilayo~Funmi/Funmy, Abimbola~Bimbo, Folake~Fola, Temitope~Tope, Oluwaseun~Seun,
 Olamide~Lami, Omolara~Lara, Adenike~Nike, Oluwakemi~Kemi, Olabisi~Bisi, Yetunde~Yetty/Tunde,
 Titilayo~Titi, Adebola~Bola, Modupe~Dupe, Ayomide~Ayo, Damilola~Dami, Omowunmi~Wunmi,
 Oluwatoyin~Toyin, Bukola~Bukky/Buky, Adeola~Deola, Motunrayo~Tunrayo, Morenike~Reni, Iyabo,
 Taiwo, Kehinde~Kenny, Oyinkansola~Oyin, Eniola~Eni, Simisola~Simi, Ibukun, Busayo~Busi,
 Opeyemi~Ope, Oluwadamilola~Dami, Olayinka~Yinka, Mojisola~Moji, Kikelomo~Kike""", s=0.8)
NG_YO_M = pool("""Adebayo~Bayo, Oluwaseun~Seun, Olumide~Mide, Babatunde~Tunde, Olawale~Wale,
 Adewale~Wale, Oluwatobi~Tobi, Olusegun~Segun, Ayodele~Dele/Ayo, Olakunle~Kunle, Oluwafemi~Femi,
 Gbenga, Kayode~Kay, Babajide~Jide, Dayo, Rasheed|Rashidi, Akeem|Hakeem, Lateef|Latif, Taiwo,
 Kehinde""", s=0.8)


def _yoruba_tail(rng):
    pre = one_of(rng, ['Ade', 'Olu', 'Ola', 'Oye', 'Ogun', 'Oluwa', 'Fola', 'Ayo', 'Ibi', 'Ife',
                       'Aki', 'Oni', 'Owo', 'Oso', 'Aje', 'Ajibo', 'Fasho', 'Ola', 'Ade', 'Abi'])
    suf = one_of(rng, ['yemi', 'bayo', 'wale', 'tunde', 'kunle', 'sanya', 'leye', 'mide', 'seun',
                       'tola', 'femi', 'bisi', 'kemi', 'dayo', 'toyin', 'lola', 'tope', 'jide',
                       'kanmi', 'dele', 'gbenga', 'muyiwa', 'yinka', 'labi', 'niyi', 'wole',
                       'ntola', 'sina', 'banjo', 'dipo'])
    return ltok(pre + suf)


NG_YO_S = pool("""Adeyemi, Ogunleye, Balogun, Adewale, Adeleke, Ogunbanjo, Oyelaran, Adebayo, Afolabi,
 Olaniyan, Ogundipe, Akinola, Bello, Lawal, Oladipo, Adeniyi, Ayodele, Fashola, Oyewole, Ajayi,
 Ogunsola, Olatunji, Akande, Oyebanji, Adeoye, Alabi, Oyeleke, Salami, Oladele, Aina, Ojo,
 Ogundele, Babalola, Olawale, Aderinto, Adegoke, Akintola, Adebisi, Owolabi, Oyebode, Ogunyemi,
 Okunola, Adesina, Oyedele, Adekunle, Ilori, Falana""", s=0.75, tail=_yoruba_tail, ptail=0.25)

NG_IG_F = pool("""Chiamaka~Amaka, Ngozi~Ngo, Chioma~Chi-Chi, Nkechi~Kechi, Ifeoma~Ify, Chinwe,
 Adaeze~Ada, Obiageli~Oby, Uchenna~Uche, Nneka, Chinonso~Nonso, Ebere, Amarachi~Amara,
 Chidinma~Dinma, Ogechi~Oge, Ijeoma~Ije, Chinyere~Chi-Chi, Kelechi~Kele, Ezinne~Ezi,
 Nkiruka~Kiru, Oluchi, Onyinye~Onyi, Chisom, Somtochukwu~Somto, Adanna~Ada, Nneoma,
 Chinenye, Ngozika~Ngozi, Chidimma~Dimma, Uzoamaka~Amaka""", s=0.8)
NG_IG_M = pool("""Chukwuemeka~Emeka, Obinna~Obi, Chinedu~Nedu, Ikenna~Ike, Nnamdi, Uchenna~Uche,
 Chibuike~Chibu, Ifeanyi~Ify, Kelechi, Chidi, Onyekachi~Kachi, Chukwuebuka~Ebuka, Tochukwu~Tochi,
 Okechukwu~Okey, Nonso, Kenechukwu~Kene, Somto, Chijioke~Jioke, Ugochukwu~Ugo""", s=0.8)


def _igbo_tail(rng):
    pre = one_of(rng, ['Chi', 'Chukwu', 'Nwa', 'Nne', 'Obi', 'Onye', 'Uche', 'Eze', 'Ugo', 'Nna',
                       'Ike', 'Oke', 'Ogbo', 'Ama', 'Ani', 'Nwo'])
    suf = one_of(rng, ['ka', 'ma', 'nedu', 'meka', 'di', 'buike', 'nna', 'oma', 'dike', 'nso',
                       'chukwu', 'ji', 'kwe', 'gu', 'ora', 'ke', 'bueze', 'afor', 'anka', 'nwa',
                       'ala', 'ego'])
    return ltok(pre + suf)


NG_IG_S = pool("""Okafor, Okonkwo, Eze, Nwankwo, Obi, Okeke, Nwosu, Onyeka, Okoro, Nwachukwu, Chukwu,
 Okoye, Ezeh, Nwafor, Okwu, Nnadi, Anyanwu, Agu, Ugwu, Onuoha, Nwaogu, Okpara, Ibe, Obiora,
 Ezeani, Mbah, Udeh, Ani, Nwoye, Ogbu, Onwuka, Iwu, Nweke, Okolie, Ekwueme, Ndukwe, Uzor, Emeka,
 Ozoemena, Nwabueze, Ibekwe, Chukwuma, Ogbonna, Okorie, Uchendu""", s=0.75, tail=_igbo_tail,
               ptail=0.25)

# ---------------------------------------------------------------- Romania / Moldova ---
RO_F = pool("""Maria~Mia, Elena~Lena, Ioana~Ioni, Andreea~Andra, Alexandra~Alex/Sandra, Mihaela~Miha,
 Georgiana~Gina, Florentina~Flori/Tina, Nicoleta~Nico, Alina, Cristina~Cristi, Gabriela~Gabi,
 Ana-Maria|Ana Maria|Anamaria~Ana, Roxana~Roxi, Denisa~Deni, Bianca, Larisa, Daniela~Dana,
 Ionela~Nela, Claudia, Adriana, Loredana~Lori, Ramona, Florina~Flori, Mirela, Elisabeta~Eli,
 Lăcrămioara~Lacri, Fănica, Florica, Violeta, Simona~Simi, Diana, Carmen, Raluca, Iuliana~Iuli,
 Oana, Lavinia, Marinela~Nela, Petronela~Nela, Teodora~Teo, Geanina, Narcisa, Beatrice,
 Cosmina, Luminița~Lumi, Mădălina~Mădă, Camelia, Valentina~Vali, Aurelia, Ștefania""", s=0.85)
RO_M = pool("""Ion~Ionică, Ionuț, Andrei, Alexandru~Alex, Gheorghe~Gigi, Constantin~Costel/Costi,
 Mihai, Florin, Marian, Cristian~Cristi, Daniel~Dani, Nicolae~Nicu, Vasile~Vasi, Ștefan~Fane,
 Adrian, Marius, Gabriel~Gabi, Costel, Dumitru~Mitică, Petru, Ciprian, Cosmin, Bogdan, Sorin,
 Nicușor, Viorel, Liviu, Claudiu, Iulian, Valentin~Vali, Cătălin, Răzvan, Ovidiu, Silviu,
 Dorin, Leonard, Fănel, Robert, Alin""", s=0.85)


def _ro_tail(rng):
    root = one_of(rng, ['Drag', 'Vlăd', 'Stoi', 'Pet', 'Nic', 'Mar', 'Gheorgh', 'Mih', 'Rad',
                        'Tud', 'Bucur', 'Dobr', 'Ungur', 'Olt', 'Bălă', 'Cost', 'Călin', 'Pop',
                        'Dum', 'Ior', 'Stăn', 'Nedel', 'Manol', 'Sârb', 'Ghiț', 'Vasil'])
    suf = one_of(rng, ['escu', 'eanu', 'ache', 'oiu', 'aru', 'ilă', 'uță', 'ea', 'oveanu', 'ică'])
    return ltok(root + suf)


RO_S = pool("""Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu,
 Rusu, Mihai, Constantin, Marin, Lazăr, Munteanu, Moldovan, Florea, Dinu, Tudor, Barbu, Nistor,
 Șerban, Ene, Dobre, Neagu, Ion, Lungu, Moraru, Cristea, Toma, Anghel, Dragomir, Vasile,
 Stănescu, Zamfir, Mocanu, Diaconu, Enache, Sandu, Preda, Oprea, Constantinescu, Dumitrescu,
 Voicu, Lupu, Dima, Coman, Ilie, Grigore, Badea, Roman, Cojocaru, Stoian, Petrescu, Ursu,
 Mihăilă, Bălan, Păun, Rădulescu, Stanciu, Nedelcu, Gavrilă, Manea, Iordache, Sârbu""",
            s=0.75, tail=_ro_tail, ptail=0.25)
RO_ROMA_S = pool("""Căldăraru, Stoica, Lingurar, Mihai, Zlătaru, Constantin, Ursaru, Dumitru, Rudaru,
 Florea, Fieraru, Radu, Spoitoru, Stan, Argintaru, Covaci, Lăutaru, Ion, Vătafu, Căpraru,
 Lăcătuș, Boldea, Cărămidaru, Ciurar, Zidaru, Gabor, Varga, Lingurariu""", s=0.75, tail=_ro_tail,
                 ptail=0.15)
MD_F = pool("""Ana, Maria, Natalia|Natalya, Elena|Yelena, Tatiana|Tatyana, Olga, Cristina, Svetlana,
 Ludmila|Lyudmila, Valentina, Irina, Ecaterina|Ekaterina, Victoria|Viktoria, Doina, Nadejda|Nadezhda,
 Mariana, Aliona|Alyona|Alena, Galina, Lilia|Liliya, Veronica, Corina, Daniela, Diana, Angela,
 Inga, Iulia|Yulia, Lucia, Vera, Eugenia|Evghenia""", s=0.85)
MD_M = pool("""Ion, Vasile, Sergiu|Serghei|Sergei, Victor, Andrei, Alexandru, Nicolae, Igor,
 Dumitru|Dmitri, Vladimir, Mihail|Mihai, Gheorghe, Oleg, Vadim, Vitalie|Vitali, Ruslan,
 Iurie|Yuri|Iuri, Dorin, Constantin, Pavel""", s=0.85)
MD_S = pool("""Rusu, Ceban|Cheban|Tceban, Ciobanu, Țurcan|Turcan|Tsurkan, Cebotari|Chebotari|Cebotaru,
 Lungu, Munteanu, Rotari|Rotaru, Cojocaru|Kojokaru, Sandu, Popa, Bivol, Grosu, Bejenari|Bejenaru,
 Guțu|Gutu|Gutsu, Morari|Moraru, Cazacu|Kazaku, Botnari|Botnaru, Cușnir|Cusnir|Kushnir,
 Melnic|Melnik, Railean|Raileanu, Ursu, Sîrbu|Sirbu|Sârbu, Croitoru|Croitor,
 Plămădeală|Plamadeala, Chiriac|Kiriak, Negru, Roșca|Rosca|Roshka, Pascaru, Josan|Jossan, Tabac,
 Ungureanu, Vrabie, Lupașcu|Lupascu, Cucu, Gorea, Pînzari|Panzari, Ciorba, Balan""",
            s=0.75, tail=_ro_tail, ptail=0.12)

# ---------------------------------------------------------------- Hungary ---
HU_F = pool("""Anna~Anni/Panni, Eszter~Eszti, Katalin~Kati, Erzsébet~Erzsi/Böbe, Zsófia~Zsófi,
 Réka, Viktória~Viki, Nikoletta~Niki, Krisztina~Kriszti, Mónika~Móni, Andrea, Tímea~Timi,
 Szilvia~Szilvi, Judit~Jutka, Ágnes~Ági, Edina, Renáta, Dóra~Dóri, Petra, Brigitta~Gitta,
 Vivien, Alexandra~Szandra, Klaudia, Bianka, Fanni, Kitti, Enikő, Ildikó~Ildi, Gyöngyi,
 Csilla, Mária~Mari, Magdolna~Magdi, Melinda~Meli""", s=0.85)
HU_M = pool("""László~Laci, István~Pista, József~Józsi, Zoltán~Zoli, Gábor~Gabi, Attila, Tamás~Tomi,
 Péter~Peti, János~Jani, Sándor~Sanyi, Ferenc~Feri, Norbert~Norbi, Csaba, Róbert~Robi,
 Dávid, Bence, Roland, Zsolt, Krisztián, Árpád""", s=0.85)


def _hu_tail(rng):
    root = one_of(rng, ['Szeged', 'Debrecen', 'Patak', 'Győr', 'Pécs', 'Budai', 'Erdély',
                        'Hegyes', 'Tisza', 'Rác', 'Kun', 'Szent', 'Barat', 'Somogy', 'Zala',
                        'Tolna', 'Bodrog', 'Veszpré', 'Csong', 'Makó', 'Gyula'])
    suf = one_of(rng, ['i', 'i', 'y', 'vári', 'falvi', 'hegyi'])
    return ltok(root + suf)


HU_S = pool("""Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh,
 Papp, Takács, Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szilágyi, Török, Fehér,
 Balázs, Gál, Kis, Szűcs, Kocsis, Pintér, Fodor, Orsós, Sipos, Pásztor, Bogdán, Vass, Jónás,
 Sárközi, Kolompár, Katona, Hajdu, Halász, Lukács, Major, Antal""", s=0.75, tail=_hu_tail,
            ptail=0.2)
HU_ROMA_S = pool("""Lakatos, Oláh, Horváth, Rácz, Sárközi, Orsós, Kolompár, Balogh, Kovács, Farkas,
 Bogdán, Kalányos, Raffael, Sztojka, Csonka, Burai, Rostás, Jakab, Ignác, Szajkó, Daróczi,
 Kanalas, Suha, Budai""", s=0.75)

# ---------------------------------------------------------------- Baltics ---
LT_F = pool("""Ieva, Agnė, Greta, Rūta, Jurgita~Jurga, Kristina~Kristė, Inga, Laura, Justina~Justė,
 Eglė, Vaida, Simona, Giedrė, Aušra, Jolanta~Jolita, Rasa, Dovilė~Dovė, Gintarė, Ingrida,
 Lina, Neringa, Viktorija~Vika, Monika, Gabija, Indrė, Vilma, Daiva, Irena""", s=0.85)
LT_M = pool("""Tomas, Mantas, Darius, Andrius, Jonas, Mindaugas, Paulius, Rolandas, Vytautas~Vytas,
 Tadas, Deividas, Aurimas, Marius, Karolis, Saulius, Dainius, Giedrius, Arūnas""", s=0.85)


def _lt_tail(rng):
    root = one_of(rng, ['Kazl', 'Jank', 'Petr', 'Vasili', 'Žuk', 'Paul', 'Kavali', 'Raman',
                        'Barann', 'Sakal', 'Rimk', 'Mik', 'Dom', 'Bal', 'Jur', 'Stan', 'Grig',
                        'Nork', 'Luk', 'Šim', 'Vaitk', 'Kriv'])
    suf = one_of(rng, ['auskas', 'evičius', 'aitis', 'ūnas', 'ėnas', 'onis', 'inskas', 'us',
                       'as', 'ys'])
    return ltok(root + suf)


LT_S = pool("""Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus,
 Paulauskas, Urbonas, Kavaliauskas, Navickas, Ramanauskas, Savickas, Rimkus, Baranauskas,
 Sakalauskas, Žilinskas, Mockus, Lukoševičius, Jonaitis, Kairys, Vaitkus, Balčiūnas, Adomaitis,
 Kuzmickas, Bielskis, Šimkus, Jakubauskas, Norkus, Grigas""", s=0.75, tail=_lt_tail, ptail=0.25)
LV_F = pool("""Anna, Līga, Ilze, Inese, Kristīne, Laura, Dace, Santa, Elīna, Anete, Marta, Sanita,
 Zane, Evija, Agnese, Linda, Madara, Diāna, Baiba, Inga, Ieva, Kristiāna, Alise""", s=0.85)
LV_M = pool("""Jānis, Andris, Māris, Edgars, Kaspars, Artūrs, Mārtiņš, Raivis, Roberts, Aigars,
 Juris, Gatis, Normunds, Valdis, Dainis, Oskars""", s=0.85)


def _lv_tail(rng):
    root = one_of(rng, ['Bērz', 'Kaln', 'Liep', 'Krūm', 'Zar', 'Kļav', 'Lap', 'Sil', 'Kārkl',
                        'Zāl', 'Ozol', 'Egl', 'Mež', 'Purv', 'Upen', 'Sprog', 'Dimz'])
    suf = one_of(rng, ['iņš', 'iņš', 'ītis', 'ons', 's', 'is', 'kalns'])
    return ltok(root + suf)


LV_S = pool("""Bērziņš, Kalniņš, Ozols, Jansons, Liepiņš, Krūmiņš, Balodis, Zariņš, Vītols,
 Pētersons, Eglītis, Kļaviņš, Lapiņš, Ābols, Siliņš, Vanags, Kārkliņš, Strazds, Zālītis,
 Leimanis, Ozoliņš, Kalējs, Lūsis, Bite, Grīnbergs""", s=0.75, tail=_lv_tail, ptail=0.2)

# ---------------------------------------------------------------- Cyrillic ---
RU_F = pool("""Елена^Helena~Лена, Наталья^Natalie~Наташа, Ольга~Оля, Татьяна^Tatjana~Таня,
 Ирина~Ира, Светлана~Света, Анна~Аня, Мария^Maria~Маша, Екатерина^Katarina~Катя,
 Юлия^Julia~Юля, Анастасия~Настя, Дарья~Даша, Ксения~Ксюша, Алина, Виктория^Victoria~Вика,
 Марина, Оксана, Надежда~Надя, Людмила~Люда, Галина~Галя, Валентина~Валя, Евгения~Женя,
 Кристина, Полина, Алёна, Яна, Вера, Любовь~Люба, Лариса, Софья~Соня, Олеся, Жанна""",
              lang='ru', s=0.85)
RU_M = pool("""Александр^Alexander~Саша/Шура, Сергей~Серёжа, Дмитрий~Дима, Андрей~Андрюша,
 Алексей~Лёша, Максим~Макс, Иван~Ваня, Евгений~Женя, Николай~Коля, Владимир~Вова/Володя,
 Михаил^Michael~Миша, Артём, Денис, Игорь, Роман~Рома, Павел~Паша, Олег, Виктор, Юрий~Юра,
 Антон""", lang='ru', s=0.85)


def _ru_tail(rng):
    root = one_of(rng, ['Бел', 'Голуб', 'Горб', 'Греб', 'Дуб', 'Жук', 'Зим', 'Кал', 'Клим', 'Коз',
                        'Крав', 'Круп', 'Лаз', 'Лис', 'Мак', 'Мал', 'Мор', 'Нос', 'Пан', 'Сав',
                        'Сем', 'Сид', 'Сок', 'Стар', 'Тит', 'Фед', 'Хом', 'Чуб', 'Шап', 'Щерб',
                        'Юр', 'Яков', 'Гуса', 'Бог', 'Бор', 'Воро', 'Дроз', 'Кудр', 'Ломак'])
    suf = one_of(rng, ['ов', 'ов', 'ев', 'ин', 'ов', 'енков', 'ицкий', 'ский', 'анов', 'унов'])
    return ctok(root + suf, 'ru')


RU_S = pool("""Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков,
 Фёдоров, Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов,
 Николаев, Орлов, Андреев, Макаров, Никитин, Захаров, Зайцев, Соловьёв, Борисов, Яковлев,
 Григорьев, Романов, Воробьёв, Сергеев, Кузьмин, Фролов, Александров, Дмитриев, Королёв""",
             lang='ru', s=0.75, tail=_ru_tail, ptail=0.25)

UA_F = pool("""Олена>Елена~Лена, Наталія>Наталья~Наташа, Юлія>Юлия~Юля, Тетяна>Татьяна~Таня,
 Оксана~Ксана, Ірина>Ирина~Іра, Анна~Аня, Марія>Мария~Маша, Вікторія>Виктория~Віка,
 Катерина>Екатерина~Катя, Світлана>Светлана~Світла, Людмила~Люда, Галина~Галя,
 Олександра>Александра~Саша, Дарина>Дарья~Даша, Анастасія>Анастасия~Настя, Ольга~Оля,
 Валентина~Валя, Надія>Надежда~Надя, Христина>Кристина, Яна, Софія>София~Соня, Інна>Инна,
 Аліна>Алина, Мирослава~Мирося, Лілія>Лилия, Василина, Уляна>Ульяна""", lang='uk', s=0.85)
UA_M = pool("""Олександр>Александр^Alexander~Саша, Сергій>Сергей, Андрій>Андрей, Володимир>Владимир~Вова,
 Дмитро>Дмитрий~Діма, Іван>Иван~Ваня, Микола>Николай~Коля, Юрій>Юрий~Юра, Олег, Віталій>Виталий,
 Богдан, Тарас, Василь>Василий~Вася, Петро>Пётр~Петя, Михайло>Михаил~Миша, Максим, Віктор>Виктор,
 Ігор>Игорь, Роман, Євген>Евгений~Женя""", lang='uk', s=0.85)


def _ua_tail(rng):
    root = one_of(rng, ['Бондар', 'Ковал', 'Ткач', 'Кравч', 'Мельнич', 'Бойч', 'Гонч', 'Кузьм',
                        'Мартин', 'Роман', 'Карп', 'Онищ', 'Левч', 'Савч', 'Павл', 'Шевч', 'Гриц',
                        'Дорош', 'Кость', 'Ярош', 'Семен', 'Остап', 'Яцен', 'Марущ', 'Панас'])
    suf = one_of(rng, ['енко', 'енко', 'енко', 'ук', 'юк', 'ко', 'ишин', 'ський', 'ець', 'ак'])
    return ctok(root + suf, 'uk')


UA_S = pool("""Шевченко, Бондаренко, Коваленко, Ткаченко, Кравченко, Мельник, Бойко, Коваль,
 Олійник>Олейник, Шевчук, Поліщук>Полищук, Лисенко>Лысенко, Савченко, Руденко, Марченко, Петренко,
 Кравчук, Мороз, Павленко, Литвиненко, Клименко, Ковальчук, Кравець, Гончаренко, Кузьменко,
 Мартинюк, Романенко, Карпенко, Онищенко, Левченко, Мазур, Ткачук, Савчук, Тимошенко, Бондар,
 Козак, Приходько, Гаврилюк, Іваненко>Иваненко""", lang='uk', s=0.75, tail=_ua_tail, ptail=0.25)

BG_F = pool("""Мария~Мими, Иванка~Ванче, Елена~Елка, Йорданка~Данче, Пенка, Десислава~Деси,
 Гергана~Геri, Цветелина~Цвети, Николета~Ники, Виктория~Вики, Силвия~Сиси, Петя, Радка,
 Светла, Даниела~Дани, Анелия~Ани, Теодора~Теди, Ивелина~Ива, Надежда~Надя, Красимира~Краси,
 Стефка, Росица~Роси, Валентина~Вали, Веселина~Веси, Мирослава~Мира, Симона, Габриела~Габи,
 Емилия~Еми, Йоана, Християна, Кристина, Ралица""".replace('Геri', 'Гери'), lang='bg', s=0.85)
BG_M = pool("""Георги~Гошо, Иван~Ванко, Димитър~Митко, Николай~Ники, Петър~Пешо, Христо~Ицо,
 Тодор~Тошо, Стоян~Стоянчо, Йордан~Данчо, Васил~Васко, Стефан~Стефчо, Атанас~Наско,
 Красимир~Краси, Пламен, Данаил, Асен, Валентин~Вальо, Емил, Ангел, Борис""", lang='bg', s=0.85)


def _bg_tail(rng):
    root = one_of(rng, ['Благо', 'Велич', 'Генч', 'Дел', 'Жел', 'Зах', 'Кир', 'Лал', 'Мар',
                        'Нед', 'Паун', 'Рад', 'Слав', 'Тан', 'Цон', 'Чол', 'Шоп', 'Ян', 'Вълч',
                        'Гроз', 'Драг', 'Кън', 'Пен', 'Сто', 'Бонч'])
    suf = one_of(rng, ['ев', 'ов', 'ев', 'ов', 'ски', 'чев', 'инов', 'анов'])
    return ctok(root + suf, 'bg')


BG_S = pool("""Иванов, Георгиев, Димитров, Петров, Николов, Христов, Стоянов, Тодоров, Илиев,
 Василев, Атанасов, Петков, Ангелов, Маринов, Йорданов, Колев, Попов, Стефанов, Михайлов,
 Костов, Кръстев, Добрев, Симеонов, Русев, Янков, Славов, Асенов, Радев, Стойчев, Лазаров,
 Митев, Костадинов, Методиев, Кирилов""", lang='bg', s=0.75, tail=_bg_tail, ptail=0.25)
BG_ROMA_F = pool("""Мариана, Сийка, Елвира, Емилия, Джулия, Златка, Силвия, Ирина, Галя, Румяна,
 Кристина, Анита, Моника, Ванеса, Мирела, Сабина, Фатме, Сезен, Невена, Росица""", lang='bg',
                 s=0.85)
BG_ROMA_M = pool("""Асен, Ангел, Ахмед, Салим, Расим, Кирил, Методи, Емил, Христо, Янко, Марин,
 Юлиян, Сашо, Любомир""", lang='bg', s=0.85)
BG_ROMA_S = pool("""Асенов, Ахмедов, Алиев, Юсеинов, Салиев, Кирилов, Костадинов, Методиев,
 Христов, Мустафов, Демиров, Исмаилов, Янков, Маринов, Ангелов, Любенов, Рашидов, Стефанов,
 Благоев, Неделчев""", lang='bg', s=0.75)
BG_TR_F = pool("""Айше^Ayşe, Фатме^Fatma, Емине^Emine, Зейнеб^Zeynep, Хатидже^Hatice, Гюлтен^Gülten,
 Севгюл^Sevgül, Нурие^Nuriye, Мелек^Melek, Айтен^Ayten, Сабрие^Sabriye, Шукрие^Şükriye,
 Гюлай^Gülay, Джемиле^Cemile, Небие^Nebiye, Сибел^Sibel, Есра^Esra""", lang='bg', s=0.85)
BG_TR_M = pool("""Ахмед^Ahmet, Мехмед^Mehmet, Хасан^Hasan, Хюсеин^Hüseyin, Мустафа^Mustafa,
 Исмаил^İsmail, Сабри^Sabri, Али^Ali, Осман^Osman, Ибрям^İbrahim, Юсуф^Yusuf, Салих^Salih,
 Ерол^Erol, Невзат^Nevzat, Ердоган^Erdoğan""", lang='bg', s=0.85)
BG_TR_S = pool("""Ахмедов^Ahmet, Мехмедов^Mehmet, Хасанов^Hasan, Алиев^Ali, Мустафов^Mustafa,
 Юсуфов^Yusuf, Салиев^Salih, Ибрямов^İbrahim, Исмаилов^İsmail, Хюсеинов^Hüseyin, Османов^Osman,
 Емурлов^Emurla, Шукриев^Şükrü, Реджебов^Recep, Халилов^Halil, Кадиров^Kadir, Юмеров^Ömer""",
                lang='bg', s=0.75)

MN_F = pool("""Энхтуяа, Оюунчимэг~Оюука, Сарангэрэл~Сараа, Мөнхзул, Наранцэцэг~Нараа, Болормаа,
 Алтанцэцэг~Алтаа, Цэцэгмаа, Уранчимэг, Дулмаа, Ариунаа, Хулан, Номин, Анужин, Золзаяа~Золоо,
 Энхжаргал~Жаргал, Оюунгэрэл, Түвшинжаргал, Мөнхтуяа, Батцэцэг, Сэлэнгэ, Гэрэлмаа, Одгэрэл,
 Оюунбилэг, Сувд, Солонго, Ундрах, Хонгорзул, Бямбасүрэн~Бямбаа, Нарангэрэл""", lang='mn', s=0.8)
MN_M = pool("""Батбаяр~Бат, Бат-Эрдэнэ~Бат, Ганбаатар~Ганаа, Отгонбаяр, Мөнхбат, Төмөр, Баатар,
 Ганзориг, Батжаргал, Эрдэнэбаатар, Болд, Пүрэвдорж, Дорж, Ганбат, Батсайхан, Энхбаяр,
 Баярсайхан, Цогтбаатар, Сүхбаатар, Гантулга, Тэмүүжин, Билгүүн, Мөнхбаяр, Очир, Лхагвасүрэн,
 Энхболд, Ганхуяг, Жаргалсайхан, Нямдорж, Түмэнбаяр""", lang='mn', s=0.8)

# ---------------------------------------------------------------- Albania ---
AL_F = pool("""Anisa, Ardita, Arbana, Besjana|Besiana, Blerta, Denisa, Elira, Enkelejda|Enkeleida~Enki,
 Entela, Eriona|Erjona, Fatjona|Fationa, Jonida|Ionida, Klaudia|Klaudja, Kristina|Kristjana,
 Mirela, Rovena, Silvana, Valbona, Xhoana|Joana|Dzhoana, Dorina, Elda, Ermira, Bora, Arjola|Ariola,
 Alketa, Migena, Manjola|Maniola, Eglantina|Eglantine, Juliana|Xhuliana, Marsela|Marcela,
 Ornela, Sidorela, Xhesika|Jesika|Xhessika, Fjoralba|Fioralba, Lindita, Drita, Shpresa, Mimoza""",
            s=0.85)
AL_M = pool("""Arben, Besnik, Dritan, Erion, Fatmir, Gentian~Genti, Ilir, Klodian~Klodi, Kujtim,
 Artan, Altin, Ervin, Gëzim|Gezim, Xhevdet|Jevdet|Dzhevdet, Agron, Bledar, Arjan, Flamur, Endrit,
 Ardit, Elton, Erald, Mario, Alban""", s=0.85)


def _al_tail(rng):
    root = one_of(rng, ['Hox', 'Gjok', 'Mark', 'Prel', 'Ded', 'Lek', 'Pal', 'Zef', 'Ndr', 'Gjon',
                        'Kol', 'Nik', 'Bajr', 'Rexh', 'Sel', 'Hal', 'Mem', 'Ram', 'Lul', 'Tah'])
    suf = one_of(rng, ['aj', 'aj', 'i', 'ollari', 'ushi', 'ja', 'iu', 'ani', 'ja'])
    return ltok(root + suf)


AL_S = pool("""Hoxha|Hoxhaj|Hodza|Hoxa, Shehu|Sheu|Shehaj, Gjoka|Gjokaj|Djoka, Dervishi|Dervishaj|Dervish,
 Kola|Kolaj, Leka|Lekaj, Marku|Markaj|Marko, Prifti|Priftaj, Çela|Cela|Chela, Muça|Muca|Mucha,
 Dedja|Dedaj, Gjini|Gjinaj|Djini, Kapllani|Kaplani, Hysa|Hysaj|Hisa, Brahimi|Brahimaj|Ibrahimi,
 Basha|Bashaj, Krasniqi|Krasnici|Krasniki|Krasnichi, Berisha|Berishaj, Gashi|Gashaj, Rama|Ramaj,
 Zeneli|Zenelaj, Halili|Halilaj, Mema|Memaj, Duka|Dukaj, Lika|Likaj, Kuqi|Kuci|Kuchi,
 Çoku|Coku|Choku, Bajrami|Bajramaj|Bajram, Sula|Sulaj, Xhafa|Xhafaj|Dzhafa|Jafa, Topalli|Topali,
 Shkurti|Shkurtaj, Meta|Metaj, Kurti|Kurtaj, Haxhiu|Hadziu|Haxhi, Murati|Murataj, Hasani|Hasanaj,
 Llazi|Lazi, Qosja|Kosja|Cosja, Tafa|Tafaj""", s=0.75, tail=_al_tail, ptail=0.15)

# ---------------------------------------------------------------- Vietnam ---
VN_S = pool("""Nguyễn|Nguyen|Ngyuen|Nguen|Nguyn|Nuyen|Ngueyn*38, Trần|Tran|Tranh*11, Lê|Le|Lee*9.5,
 Phạm|Pham|Fam*7, Hoàng|Hoang|Hoan*3, Huỳnh|Huynh|Huyn*2, Phan|Phang*4.5, Vũ|Vu|Vuu*2.2,
 Võ|Vo*1.7, Đặng|Dang|Dhang*2.1, Bùi|Bui|Boui*2, Đỗ|Do|Doh*1.4, Hồ|Ho*1.3, Ngô|Ngo*1.3,
 Dương|Duong|Duang*1, Lý|Ly|Lee*0.5, Đào|Dao*0.4, Đoàn|Doan*0.4, Trịnh|Trinh*0.4,
 Lương|Luong*0.3, Mai*0.3, Tạ|Ta*0.2, Cao*0.2, Chu*0.2, La*0.1, Quách|Quach*0.1""")
VN_MID_F = pool("""Thị|Thi|Ti|Thy*85, Ngọc|Ngoc*4, Thanh*3, Thu*2, Kim*2, Mỹ|My*1.5, Hồng|Hong*1.5,
 Minh*1""")
VN_MID_M = pool("""Văn|Van|Vann*70, Đức|Duc*6, Minh*6, Quang*4, Hữu|Huu*4, Thanh*4, Ngọc|Ngoc*2,
 Công|Cong*2, Xuân|Xuan*2""")
VN_F = pool("""Lan, Hương|Huong|Houng, Hoa, Linh, Trang, Thảo|Thao, Ngọc|Ngoc, Huyền|Huyen, Hạnh|Hanh,
 Mai, Phương|Phuong|Phoung, Nhung, Thu, Hà|Ha, Yến|Yen, Oanh, Dung, Hằng|Hang, Thúy|Thuy|Thuý,
 Nga, Vân|Van, Loan, Hiền|Hien, Nhàn|Nhan, Liên|Lien, Diệp|Diep, Tâm|Tam, Quyên|Quyen,
 Xuân|Xuan, Giang, Hồng|Hong, Anh, Chi, Ly, My, Nhi, Vy|Vi, Thủy|Thuy""", s=0.75)
VN_M = pool("""Hùng|Hung, Dũng|Dung, Nam, Tuấn|Tuan, Minh, Long, Sơn|Son, Hải|Hai, Quân|Quan,
 Cường|Cuong, Huy, Đức|Duc, Phúc|Phuc, Tùng|Tung, Thắng|Thang, Hoàng|Hoang, Hiếu|Hieu, Trung,
 Thành|Thanh, Tài|Tai, Khoa, Bình|Binh, Kiên|Kien, Duy, Việt|Viet, Tiến|Tien, Vinh, An""", s=0.75)

# ---------------------------------------------------------------- China ---
# hanzi=pinyin|WadeGiles|dialect forms...
CN_S = pool("""王=Wang|Ong|Wong*10, 李=Li|Lee|Lei*10, 张=Zhang|Chang|Teo|Cheung*9, 刘=Liu|Lau|Lao*7,
 陈=Chen|Tan|Chan|Chin*7, 杨=Yang|Yeo|Yeung*4, 黄=Huang|Ng|Wong|Hwang*3.5, 赵=Zhao|Chao|Chiu*3,
 吴=Wu|Goh|Ng|Woo*3, 周=Zhou|Chou|Chew|Chow*2.5, 徐=Xu|Hsu|Tsui*2, 孙=Sun|Suen*2, 马=Ma|Mah*2,
 朱=Zhu|Chu*2, 胡=Hu|Woo*1.8, 郭=Guo|Kuo|Kwok|Koay*1.5, 林=Lin|Lim|Lam*1.5, 何=He|Ho*1.5,
 高=Gao|Kao|Ko*1.4, 郑=Zheng|Cheng|Tay|Teh*1.3, 谢=Xie|Hsieh|Chia|Tse*1.1, 罗=Luo|Lo|Law*1.2,
 叶=Ye|Yeh|Yap|Yip*0.9, 翁=Weng|Ong|Yung*0.3, 曾=Zeng|Tseng|Tsang*0.8, 潘=Pan|Phua|Poon*0.7,
 邱=Qiu|Chiu|Khoo|Yau*0.6, 蔡=Cai|Tsai|Chua|Choi*0.8, 许=Xu|Hsu|Koh|Hui*0.9, 江=Jiang|Chiang|Kang*0.6,
 洪=Hong|Hung|Ang*0.4, 庄=Zhuang|Chuang|Chng*0.3, 卓=Zhuo|Cho|Toh*0.1, 施=Shi|Shih|Sy*0.2,
 游=You|Yu|Iu*0.2""")
# Fujian ranking of the same surnames (index into CN_S.toks by pinyin)
CN_FJ_ORDER = [('林', 8), ('陈', 10), ('黄', 6), ('郑', 4), ('吴', 3), ('张', 3), ('李', 3), ('王', 3),
               ('许', 2), ('蔡', 2), ('庄', 1.5), ('翁', 1.2), ('杨', 1.5), ('刘', 1.5), ('洪', 1.2),
               ('叶', 1), ('邱', 0.8), ('卓', 0.5), ('施', 0.6), ('游', 0.6), ('郭', 1), ('曾', 0.8),
               ('谢', 0.8), ('江', 0.6), ('周', 0.8)]
CN_GF = """丽=lì,娜=nà,静=jìng,敏=mǐn,燕=yàn,芳=fāng,婷=tíng,霞=xiá,红=hóng,梅=méi,玲=líng,秀=xiù,
英=yīng,华=huá,萍=píng,琴=qín,雪=xuě,小=xiǎo,艳=yàn,慧=huì,兰=lán,月=yuè,春=chūn,晓=xiǎo,佳=jiā,
欣=xīn,颖=yǐng,琳=lín,凤=fèng,美=měi,金=jīn,桂=guì,菊=jú,莉=lì,倩=qiàn,雅=yǎ"""
CN_GM = """伟=wěi,强=qiáng,军=jūn,磊=lěi,勇=yǒng,杰=jié,涛=tāo,明=míng,超=chāo,斌=bīn,辉=huī,建=jiàn,
国=guó,平=píng,志=zhì,文=wén,海=hǎi,东=dōng,龙=lóng,林=lín,鹏=péng,飞=fēi,峰=fēng,金=jīn,成=chéng,
永=yǒng,华=huá,俊=jùn,浩=hào,宇=yǔ"""


def _syl_list(spec, s=0.7):
    items = []
    for e in spec.replace('\n', ',').split(','):
        e = e.strip()
        if e:
            hz, py = e.split('=')
            items.append((hz, py))
    return WP([(it, 1.0 / (i + 1) ** s) for i, it in enumerate(items)])


CN_GF_WP = _syl_list(CN_GF)
CN_GM_WP = _syl_list(CN_GM)

# ---------------------------------------------------------------- Thailand ---
TH_F = pool("""สมศรี=Somsi|Somsri|Somsree, ศิริพร=Siriphon|Siriporn|Siripon, มาลี=Mali|Malee|Malie,
 กันยา=Kanya|Kanyaa, พรทิพย์=Phonthip|Pornthip|Porntip, สุดา=Suda|Sudaa, วนิดา=Wanida|Vanida,
 นิตยา=Nittaya|Nitaya, จินตนา=Chintana|Jintana, รัตนา=Rattana|Ratana, สุภาพร=Suphaphon|Supaporn|Suphaporn,
 สุนิสา=Sunisa|Sunissa, กรรณิการ์=Kannika|Kanika, ปราณี=Prani|Pranee, อรวรรณ=Orawan|Orawun,
 ดวงใจ=Duangchai|Duangjai, จุฑามาศ=Chuthamat|Juthamas|Jutamas, รุ่งนภา=Rungnapha|Rungnapa,
 เสาวนีย์=Saowani|Saowanee, ยุพิน=Yuphin|Yupin, กนกวรรณ=Kanokwan|Kanokwun, สุกัญญา=Sukanya|Sukkanya,
 อรุณี=Aruni|Arunee, วิไล=Wilai|Vilai, ทองใบ=Thongbai|Tongbai, พิมพ์ชนก=Phimchanok|Pimchanok,
 ชุติมา=Chutima|Chuthima, ธิติมา=Thitima|Titima, วรรณา=Wanna|Wannaa, ศศิธร=Sasithon|Sasitorn,
 อัญชลี=Anchali|Anchalee|Unchalee, นงลักษณ์=Nongluk|Nonglak, บุษบา=Butsaba|Bussaba|Busaba,
 ลำดวน=Lamduan|Lumduan, สมพร=Somphon|Somporn, เพ็ญศรี=Phensi|Pensri|Phensri,
 วันเพ็ญ=Wanphen|Wanpen, บุญเรือน=Bunruean|Boonruen, ประภา=Praphan|Prapa|Prapha""", s=0.8)
TH_M = pool("""สมชาย=Somchai|Somchay, สมศักดิ์=Somsak|Somsuk, ประเสริฐ=Prasoet|Prasert,
 วิชัย=Wichai|Vichai, สุรชัย=Surachai|Surachay, ธนพล=Thanaphon|Tanapol|Thanapol, อนุชา=Anucha,
 ชัยวัฒน์=Chaiwat|Chaiwath, ณัฐพล=Natthaphon|Nattapon|Nattaphol, บุญมี=Bunmi|Boonmee,
 สมบัติ=Sombat|Sombut, ประยุทธ=Prayut|Prayuth, วีระ=Wira|Weera|Veera, อำนาจ=Amnat|Amnaj""", s=0.8)
_TH_MORPH = [('ศรี', 'Si', 'Sri'), ('สุข', 'suk', 'sook'), ('ทอง', 'thong', 'tong'),
             ('แก้ว', 'kaeo', 'kaew'), ('บุญ', 'bun', 'boon'), ('วงศ์', 'wong', 'wong'),
             ('ชัย', 'chai', 'chai'), ('พร', 'phon', 'porn'), ('สวัสดิ์', 'sawat', 'sawad'),
             ('มณี', 'mani', 'manee'), ('รัตน์', 'rat', 'rat'), ('ดี', 'di', 'dee'),
             ('มา', 'ma', 'ma'), ('จันทร์', 'chan', 'jan'), ('เพ็ญ', 'phen', 'pen'),
             ('แสง', 'saeng', 'sang'), ('คำ', 'kham', 'kam'), ('อินทร์', 'in', 'in'),
             ('ศักดิ์', 'sak', 'sak'), ('สม', 'som', 'som'), ('เจริญ', 'charoen', 'charoen'),
             ('สิทธิ์', 'sit', 'sit'), ('ภักดี', 'phakdi', 'pakdee'), ('นาค', 'nak', 'nak'),
             ('เงิน', 'ngoen', 'ngern'), ('เพชร', 'phet', 'pet'), ('มั่น', 'man', 'mun'),
             ('ยืน', 'yuen', 'yuen'), ('สาย', 'sai', 'sai'), ('ใจ', 'chai', 'jai')]


def _th_tail(rng):
    a = one_of(rng, _TH_MORPH)
    b = one_of(rng, _TH_MORPH)
    while b is a:
        b = one_of(rng, _TH_MORPH)
    rtgs = (a[1] + b[1]).capitalize()
    pop = (a[2] + b[2]).capitalize()
    key = 'th:' + a[0] + b[0]
    t = _LATIN_TOKS.get(key)
    if t is None:
        forms = (rtgs, pop) if rtgs != pop else (rtgs,)
        t = Tok(a[0] + b[0], forms)
        _LATIN_TOKS[key] = t
    return t


TH_S = pool("""ศรีสุข=Sisuk|Srisuk|Srisook, วงศ์สวัสดิ์=Wongsawat|Wongsawad, แสงทอง=Saengthong|Sangthong|Saengtong,
 บุญมา=Bunma|Boonma, สุขสวัสดิ์=Suksawat|Suksawad|Sooksawat, ทองดี=Thongdi|Thongdee|Tongdee,
 แก้วมณี=Kaeomani|Kaewmanee|Kaewmani, จันทร์เพ็ญ=Chanphen|Janpen|Chanpen, พรหมมา=Phromma|Promma,
 ศรีวงศ์=Siwong|Sriwong, บุญเรือง=Bunrueang|Boonruang|Boonrueang, สมบูรณ์=Sombun|Somboon|Somboun,
 เพชรรัตน์=Phetcharat|Petcharat, ชัยมงคล=Chaimongkhon|Chaimongkol, ใจดี=Chaidi|Jaidee|Chaidee,
 รัตนพันธ์=Rattanaphan|Ratanapan, คำแก้ว=Khamkaeo|Kamkaew|Khamkaew, ทองมา=Thongma|Tongma,
 ศรีทอง=Sithong|Srithong, สายทอง=Saithong|Saitong, ปัญญาดี=Panyadi|Panyadee, สีดา=Sida|Seeda,
 อินทรวงศ์=Inthrawong|Intharawong|Intarawong, ชาญชัย=Chanchai|Chanchay, บุญยืน=Bunyuen|Boonyuen,
 ทองสุข=Thongsuk|Tongsook, มณีวงศ์=Maniwong|Maneewong, ศรีสวัสดิ์=Sisawat|Srisawat, วงศ์ใหญ่=Wongyai""",
            s=0.7, tail=_th_tail, ptail=0.4)
TH_NICK = pool("""น้อย=Noi|Noy, นก=Nok, เล็ก=Lek, พลอย=Ploy|Phloi, จอย=Joy, หนิง=Ning, พิม=Pim|Phim,
 ฝน=Fon|Fhon, บี=Bee|Bi, แนน=Nan|Nann, ใหม่=Mai, น้อง=Nong, ออม=Aom|Orm, กุ้ง=Kung|Koong,
 ติ๊ก=Tik|Tic, ไก่=Kai|Gai, ปลา=Pla|Plaa, นิด=Nid|Nit, อ้อย=Oy|Oi, แหม่ม=Mam|Maem, กิ๊ฟ=Gift|Kif,
 ต่าย=Tai|Tay, แอน=Ann|Aen, เกด=Ked|Kate, ปุ๋ย=Pui|Puy, เจี๊ยบ=Jiab|Jeab, ตุ๊ก=Tuk|Took""", s=0.6)

# ---------------------------------------------------------------- Philippines ---
PH_F = pool("""Maria|Ma.|Ma~Mia, Mary Grace~Grace, Mary Joy~Joy, Jocelyn~Lyn, Marilyn~Lyn, Rowena~Weng,
 Lorna~Len-Len, Marites~Tess, Rosalie~Rose, Jennifer~Jen, Mylene~Mye, Analyn~Ana, Rhea, Cherry,
 Gemma, Lovely~Love, Precious, Kristine~Tin-Tin, Angelica~Gel, Jonalyn~Jona, Rosemarie~Rose,
 Maricel~Cel, Gina, Liza, Evelyn~Lyn, Arlene, Josephine~Jo, Teresita~Tess, Lolita~Lita, Girlie,
 Jinky, Joy, Rachelle~Cha, Aileen|Ailyn, Janeth|Janet, Charisse~Cha, Marjorie~Marj""", s=0.85)
PH_M = pool("""Jose~Jun/Pepe, Juan~Jun, Rodrigo~Digong, Ramon~Mon, Mark Anthony~Mark, John Paul~JP,
 Reynaldo~Rey, Romeo~Romy, Rolando~Roland, Ricardo~Carding, Danilo~Danny, Jomar, Jerome, Arnel,
 Rogelio~Jun, Renato~Rene, Joel~Bong, Ariel, Jayson, Michael~Mike""", s=0.85)
PH_S = pool("""Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada, Castillo,
 Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Salazar, Mercado,
 Dela Cruz|De la Cruz|Delacruz|Dela cruz, Del Rosario|Delrosario|Del rosario, De Leon|Deleon|De leon,
 Dimaculangan, Macaraeg, Manalo, Pangilinan, Dizon, Lacson, Soriano, Domingo, Gonzales, Fernandez,
 Aguilar, Lopez, Perez, Morales, Santiago, Pascual, Valdez, Gutierrez, Tolentino, Magbanua,
 Ilagan, Panganiban, Sison, Lim, Tan, Villareal|Villarreal, Cabrera, Dumalagan, Buenaventura""",
            s=0.75)
PH_NICK_F = ['Baby', 'Girlie', 'Neneng', 'Bing', 'Che', 'Mimi', 'Joy', 'Lyn', 'Weng', 'Len-Len',
             'Tin-Tin', 'Cha', 'Tess', 'Jinky']
PH_NICK_M = ['Jun', 'Bong', 'Boy', 'Jojo', 'Jun-Jun', 'Nonoy', 'Dodong', 'Toto']

# ---------------------------------------------------------------- East Africa ---
UG_GF = pool("""Grace, Sarah, Esther, Florence~Flo, Harriet, Brenda, Sharon, Annet|Annette, Prossy|Proscovia,
 Juliet, Winnie, Betty, Agnes, Doreen, Mary, Rose, Ruth, Fiona, Shamim, Aisha|Aisha, Resty,
 Justine, Jane, Immaculate~Immy, Scovia, Rebecca, Margaret~Maggie, Joan|Joanne, Sylvia,
 Hadijah|Hadija, Zaina""", s=0.85)
UG_GM = pool("""John, Joseph, Moses, Ronald, Brian, Isaac, Patrick, Paul, Peter, Richard, Robert,
 Godfrey, Henry, Hassan, Ivan, Emmanuel, Denis""", s=0.85)
UG_SF = pool("""Nakato, Namukasa, Nabukenya, Nansubuga, Nalwoga, Namatovu, Nakimuli, Nakintu, Nambi,
 Namuli, Nassali|Nasali, Nakawunde, Nalubega, Nabirye, Namutebi, Nakazibwe, Nantongo, Nanyonga,
 Najjuma|Najuma, Nabwire, Nakayiza, Akello|Akelo, Atim, Auma, Apio, Acen|Achen, Adong,
 Ainembabazi, Kyomuhendo, Tumusiime, Natukunda, Atuhaire, Kansiime|Kansime, Ninsiima|Ninsima,
 Kobusingye, Asiimwe|Asiime, Mbabazi, Nyakato""", s=0.8)
UG_SM = pool("""Mukasa, Ssemwanga|Semwanga, Kato, Ssali|Sali, Okello|Okelo, Musoke, Kigozi, Lubega,
 Tumwine, Byaruhanga, Mugisha, Ssebunya|Sebunya, Kizito, Wasswa|Waswa, Kaggwa|Kagwa,
 Ssekandi|Sekandi, Opio, Ojok, Mwesigwa, Tumusiime, Ochieng, Muwanga, Lwanga""", s=0.8)
KE_GF = pool("""Mary, Faith, Mercy, Caroline, Purity, Esther, Joyce, Lucy, Jane, Ann|Anne, Cynthia,
 Winnie, Eunice, Beatrice, Lilian|Lillian, Naomi, Sharon, Diana, Nancy, Rose, Susan, Margaret,
 Grace, Irene, Judith""", s=0.85)
KE_GM = pool("""John, Peter, James, Joseph, David, Daniel, Samuel, Stephen, Kennedy, Brian, Dennis,
 Paul, Geoffrey, Evans, Collins""", s=0.85)
KE_TRAD_F = pool("""Wanjiku, Wambui, Njeri, Akinyi, Atieno, Achieng|Achieng', Awino, Chebet, Jepkoech,
 Kemunto, Wanjiru, Muthoni, Nyambura, Wairimu, Moraa, Kerubo, Nekesa, Nafula, Mwende, Mutheu,
 Anyango, Adhiambo, Jeptoo, Cherono, Wangari, Njoki""", s=0.8)
KE_S = pool("""Mwangi, Kamau, Otieno, Ochieng, Odhiambo, Onyango, Kiprop, Kipchoge, Njoroge, Kariuki,
 Maina, Wafula, Wanyama, Omondi, Owino, Korir, Rotich, Kimani, Mutua, Musyoka, Nyaga, Ndungu,
 Kiptoo, Barasa, Juma, Hassan, Ouma, Oduor, Macharia, Gitau, Karanja, Chege""", s=0.75)

# ---------------------------------------------------------------- Horn of Africa ---
ER_F = pool("""ሳባ=Saba, ሄለን=Helen|Hellen|Heleni, ሜሮን=Meron|Miron, ሃና=Hana|Hanna, ሩት=Ruth|Rut,
 ጽጌ=Tsige|Tsega|Tsigie, ምሕረት=Mihret|Mehret|Mehrit|Mhret, ለምለም=Lemlem|Lamlam, ሰላም=Selam|Salam,
 ትርሓስ=Tirhas|Terhas|Tirhass, ኣስመረት=Asmeret|Asmerat|Azmeret, ፍረወይኒ=Freweini|Fireweini|Frewini,
 ኣብረሀት=Abrehet|Abrehat|Abriehet, ሕይወት=Hiwet|Hiwot|Hewet, ዮርዳኖስ=Yordanos|Jordanos,
 ጸሓይ=Tsehay|Tsehai|Tsehaye, ኤልሳ=Elsa, ሉላ=Lula, ሳሮን=Saron|Sharon, ሰናይት=Senait|Senayt|Sennait,
 ኣዜብ=Azeb|Aseb, ገነት=Genet|Ghenet, ራሄል=Rahel|Rachel, ቤተልሄም=Betelhem|Bethlehem|Betlehem,
 ትዕግስቲ=Tigisti|Tegisti, መሰረት=Meseret|Meserete, ኣልማዝ=Almaz|Elmaz, ወይኒ=Weini|Weyni|Woini,
 ሉዋም=Luwam|Luam, ሳምራዊት=Samrawit|Semrawit, ኪዳን=Kidan|Kiddan, ብርኽቲ=Brikti|Birikti|Berhti,
 ኣክበረት=Akberet|Akbret, ፊዮሪ=Fiori|Fyori, ስምረት=Simret|Semret|Smret, ሃይማኖት=Haimanot|Haymanot,
 Amna|Amina, Fatna|Fatma, Zahra|Zahara""", s=0.75)
ER_M = pool("""ተስፋይ=Tesfay|Tesfai|Tesfaye|Tesfa, ሃይለ=Haile|Hayle|Haila,
 ገብረሚካኤል=Gebremichael|Ghebremichael|Gebremikael|Gebre Michael|Ghebremicael,
 ገብረመድህን=Gebremedhin|Ghebremedhin|Gebre Medhin|Gebremedhn, ገብረየሱስ=Gebreyesus|Ghebreyesus|Gebre Yesus,
 ዮሃንስ=Yohannes|Yohanes|Johannes|Yohannis, ተኽለ=Tekle|Tecle|Tekele, ኣብርሃም=Abraham|Abrham|Abreham,
 ኢሳያስ=Isaias|Isayas|Esayas, ሰለሙን=Solomon|Selomon|Salomon, ዳዊት=Dawit|David, ሚካኤል=Mikael|Michael,
 መሓሪ=Mehari|Mihari|Meharie, ብርሃነ=Berhane|Birhane|Brhane, ተወልደ=Tewelde|Tewolde|Teweldé,
 ክብሮም=Kibrom|Kubrom|Kbrom, ፍስሃ=Fisaha|Fesseha|Fissaha|Fiseha, ኪዳነ=Kidane|Kidana, ወልዱ=Weldu|Woldu|Waldu,
 ገረዝጊሄር=Gerezgiher|Gherezghiher, ኣማኑኤል=Amanuel|Emanuel, ሃብተ=Habte|Hapte, ዘርኢ=Zerai|Zerei|Zeray,
 ኣስፍሃ=Asfaha|Asfeha, ሃብቶም=Habtom|Habtu, ሙሴ=Musie|Mussie|Muse, ወልደማርያም=Woldemariam|Weldemariam|Wolde Mariam,
 ሓጎስ=Hagos|Hagus, ገብሩ=Gebru|Ghebru, ንጉሰ=Negusse|Nigusse|Negussie, ተኽላይ=Teklay|Teklai|Tecclai,
 ኣርኣያ=Araya|Araia, ተስፋማርያም=Tesfamariam|Tesfamaryam|Tesfa Mariam, ሰመረ=Semere|Semera,
 ኣፈወርቂ=Afewerki|Afwerki|Afeworki, ሳሙኤል=Samuel, ዮናስ=Yonas|Jonas, ኤርምያስ=Ermias|Ermyas|Eremias,
 ዓወት=Awet|Awate, Idris|Idriss, Saleh|Salih, Osman|Usman""", s=0.75)
ET_F = pool("""ትዕግስት=Tigist|Tigest, መቅደስ=Meqdes|Mekdes|Mekdess, ህይወት=Hiwot|Hiwet, ቤተልሄም=Betelhem|Bethlehem,
 ሰብለ=Seble|Sable, ፍቅርተ=Fikirte|Fikerte|Fkrte, ማርታ=Marta|Martha, ወርቅነሽ=Workinesh|Worknesh|Werknesh,
 ብዙነሽ=Bizunesh|Bezunesh, ሰላማዊት=Selamawit|Selamavit, ሄለን=Helen, ሃና=Hana|Hanna, ራሄል=Rahel|Rachel,
 ሜሮን=Meron, ትርሓስ=Tirhas, ገነት=Genet, አልማዝ=Almaz, መሰረት=Meseret, ዘነበች=Zenebech|Zenebetch,
 ብርቱካን=Birtukan|Bertukan, ፋሲካ=Fasika|Fassika, ሳራ=Sara|Sarah, ኤደን=Eden|Edén, ሊዲያ=Lidia|Lydia,
 Amina|Amna, Zeyneba|Zeynaba""", s=0.75)
ET_M = pool("""አበበ=Abebe, ከበደ=Kebede|Kebbede, ጌታቸው=Getachew|Getachow|Getacho, ሙሉጌታ=Mulugeta|Mulugetta,
 ተፈራ=Tefera|Teferra, አለሙ=Alemu|Alemo, በቀለ=Bekele|Beqele, ወልደ=Wolde|Welde, ደምሴ=Demisse|Demise,
 ለማ=Lemma|Lema, ይልማ=Yilma|Yelma, ታምራት=Tamrat|Tamirat, ሞገስ=Moges|Mogess, ተስፋዬ=Tesfaye|Tesfaie,
 ግርማ=Girma|Germa, ታደሰ=Tadesse|Tadese|Taddese, ካሳ=Kassa|Kasa, በየነ=Beyene|Biyene, መኮንን=Mekonnen|Mekonen,
 ሃይሉ=Hailu|Haylu, ደረጀ=Dereje, ሽፈራው=Shiferaw|Shferaw, ፍቃዱ=Fekadu|Fikadu, ዮሃንስ=Yohannes|Yohanes,
 ሰለሞን=Solomon|Selomon, ዳዊት=Dawit, Mohammed|Mohamed, Ahmed|Ahmad""", s=0.75)

SO_F = pool("""Fadumo|Faadumo|Fatuma|Fatima, Hodan|Hoodan, Ayan|Ayaan, Hibo|Hibaaq|Hibaq,
 Sahra|Sahro|Zahra, Halima|Xaliimo|Haliimo|Halimo, Maryan|Maryam|Mariam, Nimco|Nimo|Nimca,
 Ifrah|Ifra, Asha|Caasha|Aasha|Aisha, Deqa|Deeqa|Deka, Hawa|Xaawo|Hawo, Ubah|Ubax|Ubaah,
 Sagal|Saagal, Amina|Aamina|Amiina, Khadra|Khadro|Kadra, Suad|Sucaad|Suaad, Idil|Iidil,
 Fartun|Fartuun, Safiya|Safiyo|Safia, Qamar|Kamar|Gamar, Ilhan|Ilhaan, Muna, Naima|Nacima,
 Shukri, Ladan, Sumaya|Sumayo, Hamdi|Xamdi, Layla|Leyla|Laila""", s=0.8)
SO_M = pool("""Mohamed|Maxamed|Mohammed|Mahamed|Mohamad, Abdi|Cabdi, Ali|Cali, Ahmed|Axmed|Ahmad,
 Hassan|Xasan|Hasan, Hussein|Xuseen|Husein, Omar|Cumar|Umar, Yusuf|Yuusuf|Yousuf,
 Ibrahim|Ibraahim, Ismail|Ismaaciil|Ismacil, Abdullahi|Cabdullaahi|Abdulahi, Osman|Cismaan|Usman,
 Farah|Faarax, Aden|Aadan|Adan, Jama|Jaamac|Jamac, Warsame, Nur|Nuur|Noor,
 Mohamud|Maxamuud|Mahmoud|Mohamoud, Siad|Siyaad|Siyad, Guled|Guuleed, Shire|Shiire,
 Abdirahman|Cabdiraxmaan|Abdurahman, Abdikadir|Cabdulqaadir|Abdulkadir|Abdiqadir,
 Said|Saciid|Saeed, Dirie|Diiriye, Hirsi|Xirsi, Muse|Muuse|Musa, Isse|Ciise|Issa, Samatar,
 Egal|Cigaal|Igal, Abdiaziz|Cabdicasiis, Bashir|Bashiir, Yasin|Yaasiin, Mukhtar|Mukhtaar,
 Awil|Cawil, Elmi|Cilmi""", s=0.8)

# ---------------------------------------------------------------- Afghanistan ---
AF_F = pool("""فاطمه=Fatima|Fatema|Fatimah, زهرا=Zahra|Zahara|Sahra, مریم=Maryam|Mariam|Mariyam,
 معصومه=Masooma|Masuma|Masoomeh|Massoma, نسیمه=Nasima|Nasimah|Naseema, پروانه=Parwana|Parvaneh|Parvana,
 شبنم=Shabnam|Schabnam|Shabnum, فرشته=Fereshta|Freshta|Fereshteh|Frishta, سیما=Sima|Seema,
 زرغونه=Zarghona|Zarghuna|Zarguna, ملالی=Malalai|Malali, نازنین=Nazanin|Nazaneen, گلالی=Gulalai|Gulali,
 رویا=Roya|Rooya, لیلا=Laila|Leila|Layla, مرسل=Mursal|Morsal, محبوبه=Mahbooba|Mahbuba|Mahboba,
 سهیلا=Sohaila|Suhaila|Soheila, خدیجه=Khadija|Khadijah, حبیبه=Habiba|Habibah, فرزانه=Farzana|Farzaneh,
 صدف=Sadaf, بی بی گل=Bibi Gul|Bibigul, شکیلا=Shakila|Shakeela, عزیزه=Aziza|Azizah""", s=0.8)
AF_M = pool("""محمد=Mohammad|Mohammed|Muhammad|Mohamad|Mohammed, احمد=Ahmad|Ahmed|Ahmat, علی=Ali,
 عبدالله=Abdullah|Abdulla, حمید=Hamid|Hameed, رحیم=Rahim|Raheem, کریم=Karim|Kareem,
 واحد=Wahid|Waheed|Vahid, نصیر=Nasir|Naseer|Nassir, حبیب=Habib|Habeeb, جواد=Jawad|Javad,
 مصطفی=Mustafa|Mostafa, حسن=Hassan|Hasan, حسین=Hussain|Hussein|Hossein|Husain, غلام=Ghulam|Gholam|Gulam,
 گل=Gul|Gol, ذبیح الله=Zabiullah|Zabihullah|Zabiulla|Sabiullah, سمیع الله=Samiullah|Samiulla|Sami Ullah,
 رحمت الله=Rahmatullah|Rahmatulla|Rahmat Ullah, نقیب الله=Naqibullah|Naqibulla|Nakibullah,
 میرویس=Mirwais|Mirwaiz|Mirways, شفیق=Shafiq|Shafik|Schafiq, جمشید=Jamshid|Jamsheed|Dschamschid,
 فرید=Farid|Fareed, رشید=Rashid|Rasheed, سید=Sayed|Sayyed|Said|Sajed, عبدالرحمن=Abdul Rahman|Abdulrahman|Abdurahman,
 عبدالکریم=Abdul Karim|Abdulkarim, عصمت الله=Esmatullah|Ismatullah|Asmatullah, امید=Omid|Umid,
 نبی=Nabi|Nabee, عارف=Arif|Aref""", s=0.8)
AF_S = pool("""احمدی=Ahmadi|Ahmady|Achmadi, محمدی=Mohammadi|Muhammadi|Mohamadi, رحیمی=Rahimi|Rahimy,
 کریمی=Karimi|Karimy, حسینی=Hussaini|Hosseini|Husseini|Hosaini, سلطانی=Sultani|Soltani,
 نوری=Noori|Nuri|Nouri, حکیمی=Hakimi|Hakimy, امیری=Amiri|Ameeri, حیدری=Haidari|Heidari|Haydari,
 رضایی=Rezaei|Rezai|Rezaie, جعفری=Jafari|Jafary|Jaafari, سادات=Sadat|Saadat, پوپل=Popal,
 احمدزی=Ahmadzai|Ahmadzay, ستانکزی=Stanikzai|Stanekzai, وردک=Wardak|Vardak, صافی=Safi,
 نیازی=Niazi|Niyazi, درانی=Durrani|Durani, بارکزی=Barakzai|Barakzay, خان=Khan, مومند=Mohmand|Momand,
 شینواری=Shinwari|Shinwary, یوسفزی=Yousufzai|Yusufzai|Yousafzai, شریفی=Sharifi|Sharify,
 عزیزی=Azizi|Azizy, حبیبی=Habibi, نظری=Nazari|Nazary, قادری=Qaderi|Kaderi|Qadiri, صمدی=Samadi,
 هاشمی=Hashimi|Hashemi""", s=0.75)

# ---------------------------------------------------------------- South Asia ---
IN_F = pool("""प्रिया=Priya|Preeya, पूजा=Pooja|Puja, अंजलि=Anjali|Anjalee|Anjli, सुनीता=Sunita|Suneeta|Sunitha,
 रेखा=Rekha|Reka, नेहा=Neha, कविता=Kavita|Kavitha|Kawita, लक्ष्मी=Lakshmi|Laxmi|Lakshmy|Laksmi,
 गीता=Geeta|Gita|Geetha, सीता=Sita|Seeta|Seetha, रानी=Rani|Ranee, काजल=Kajal|Kajol, सपना=Sapna|Sapana,
 मीना=Meena|Mina, आशा=Asha|Aasha, राधा=Radha, मनीषा=Manisha|Maneesha, सविता=Savita|Sawita|Savitha,
 अनीता=Anita|Aneeta, ममता=Mamta|Mamata, पिंकी=Pinki|Pinky, रीना=Reena|Rina, सोनी=Soni|Sony,
 गुड़िया=Gudiya|Gudia, कुसुम=Kusum, ज्योति=Jyoti|Jyothi|Joti, रूपा=Rupa|Roopa""", s=0.8)
IN_M = pool("""राहुल=Rahul, अमित=Amit, राज=Raj, सुनील=Sunil|Suneel, अनिल=Anil, रमेश=Ramesh, सुरेश=Suresh,
 विजय=Vijay|Vijai|Wijay, संजय=Sanjay|Sanjai, रवि=Ravi|Rawi, दीपक=Deepak|Dipak, मनोज=Manoj,
 राजेश=Rajesh, मुकेश=Mukesh, अजय=Ajay|Ajai, संतोष=Santosh|Santhosh, राम=Ram, श्याम=Shyam|Shiam""",
            s=0.8)
IN_S = pool("""शर्मा=Sharma|Sarma, यादव=Yadav|Jadav, गुप्ता=Gupta, पटेल=Patel, दास=Das, वर्मा=Verma|Varma,
 मिश्रा=Mishra|Misra, चौहान=Chauhan|Chouhan, ठाकुर=Thakur, पासवान=Paswan, मंडल=Mandal|Mondal,
 राय=Rai|Roy, साहू=Sahu, महतो=Mahato|Mahto, प्रसाद=Prasad|Prashad, चौधरी=Chaudhary|Choudhary""", s=0.75)
IN_STAND = {'F': Tok('देवी', ('Devi', 'Debi')), 'M': Tok('कुमार', ('Kumar', 'Kumaar'))}
SIKH_F = pool("""गुरप्रीत=Gurpreet|Gurprit, हरप्रीत=Harpreet|Harprit, मनप्रीत=Manpreet|Manprit,
 जसप्रीत=Jaspreet|Jasprit, अमनदीप=Amandeep|Amandip, रमनदीप=Ramandeep, सिमरन=Simran, नवनीत=Navneet""",
              s=0.8)
SIKH_M = pool("""गुरप्रीत=Gurpreet|Gurprit, हरप्रीत=Harpreet, मनप्रीत=Manpreet, जसविंदर=Jaswinder|Jasvinder,
 कुलदीप=Kuldeep|Kuldip, सुखविंदर=Sukhwinder|Sukhvinder, अमरजीत=Amarjit|Amarjeet""", s=0.8)
SIKH_S = pool("""गिल=Gill, संधू=Sandhu, सिद्धू=Sidhu, ढिल्लों=Dhillon|Dhillo, ग्रेवाल=Grewal, बराड़=Brar""")
SIKH_STAND = {'F': Tok('कौर', ('Kaur', 'Kour')), 'M': Tok('सिंह', ('Singh', 'Sing'))}

BD_F = pool("""ফাতেমা=Fatema|Fatima, আয়েশা=Ayesha|Aysha|Aesha, নাসরিন=Nasrin|Nasreen, শিরিন=Shirin|Shireen,
 রিনা=Rina|Reena, রোকেয়া=Rokeya|Rokeia|Rukeya, শাহানা=Shahana, পারভীন=Parvin|Parveen,
 সালমা=Salma, রেহানা=Rehana|Rihana, জেসমিন=Jesmin|Jasmin|Jasmine, তাসলিমা=Taslima|Tasleema,
 সুমাইয়া=Sumaiya|Sumaya, মরিয়ম=Moriom|Mariam|Maryam, হাসিনা=Hasina|Haseena, রাবেয়া=Rabeya|Rabeia|Rabia,
 শিল্পী=Shilpi|Silpi, লিপি=Lipi, মিতু=Mitu|Mithu, পপি=Popy|Poppy|Popi, সুমি=Sumi, মুন্নি=Munni|Muni,
 নাজমা=Najma|Nazma, কুলসুম=Kulsum|Kulsoom""", s=0.8)
BD_M = pool("""রফিকুল=Rafiqul|Rafikul, শফিকুল=Shafiqul|Shafikul, আমিনুল=Aminul, কামাল=Kamal, জামাল=Jamal,
 আলমগীর=Alamgir|Alomgir, শহিদুল=Shahidul|Sahidul, মিজানুর=Mizanur|Mizanoor, হাবিবুর=Habibur,
 সোহেল=Sohel|Shohel|Suhel, রুবেল=Rubel, শাহিন=Shahin|Shaheen, রনি=Rony|Roni, আব্দুল=Abdul|Abdool,
 জাহিদ=Zahid|Jahid, মাসুদ=Masud|Masood, সাইফুল=Saiful|Shaiful""", s=0.8)
BD_S = pool("""ইসলাম=Islam, হোসেন=Hossain|Hosen|Hussain|Hossen, রহমান=Rahman|Rehman, উদ্দিন=Uddin|Udin|Uddeen,
 আহমেদ=Ahmed|Ahmad, মিয়া=Miah|Mia|Mian, সরকার=Sarker|Sarkar, চৌধুরী=Chowdhury|Choudhury|Chowdhuri,
 শেখ=Sheikh|Shaikh|Sk, মন্ডল=Mondal|Mandal, বিশ্বাস=Biswas|Bishwas, খান=Khan, আলী=Ali|Aly,
 দাস=Das, রায়=Roy|Ray""", s=0.75)
BD_STAND_F = pool("""বেগম=Begum|Begom|Bagum*4, খাতুন=Khatun|Khatoon|Katun*3, আক্তার=Akter|Akhter|Aktar|Akhtar*4""")
BD_MD = Tok('মোহাম্মদ', ('Md', 'Md.', 'Mohammad', 'Mohammed', 'Muhammad', 'Mohd', 'MD'))

PK_F = pool("""عائشہ=Ayesha|Aisha|Aysha, فاطمہ=Fatima|Fatimah, ثنا=Sana|Sanaa, صائمہ=Saima|Saimah,
 نازیہ=Nazia|Naziya, شازیہ=Shazia|Shaziya, رابعہ=Rabia|Rabiya, بشریٰ=Bushra, آمنہ=Amna|Aamna|Amina,
 کرن=Kiran|Keran, سعدیہ=Sadia|Saadia|Sadiya, زینب=Zainab|Zaynab, حنا=Hina|Heena, عظمیٰ=Uzma|Uzmah,
 اسماء=Asma|Asmaa, نادیہ=Nadia, رخسانہ=Rukhsana|Ruksana, پروین=Parveen|Parvin, ثمینہ=Samina|Sameena,
 نسرین=Nasreen|Nasrin""", s=0.8)
PK_M = pool("""عمران=Imran, بلال=Bilal, عثمان=Usman|Osman, احمد=Ahmed|Ahmad, حمزہ=Hamza, فیصل=Faisal|Faysal,
 کاشف=Kashif, طارق=Tariq|Tarik, زاہد=Zahid, شاہد=Shahid, آصف=Asif|Aasif, وقاص=Waqas|Wakas,
 عدنان=Adnan, ارشد=Arshad, نوید=Naveed|Navid, علی=Ali, عرفان=Irfan, سلمان=Salman""", s=0.8)
PK_S = pool("""خان=Khan, احمد=Ahmed|Ahmad, علی=Ali, حسین=Hussain|Hussein|Husain, شاہ=Shah, بٹ=Butt|Bhatt,
 ملک=Malik, اختر=Akhtar|Akhter, اقبال=Iqbal|Ikbal, قریشی=Qureshi|Kureshi, چوہدری=Chaudhry|Chaudhary|Choudhry,
 رضا=Raza|Reza, اسلم=Aslam, انور=Anwar|Anwer, جاوید=Javed|Javaid|Jawed, محمود=Mahmood|Mehmood|Mahmud,
 رشید=Rashid|Rasheed, صدیقی=Siddiqui|Siddiqi|Sidiqui, مرزا=Mirza, شیخ=Sheikh|Shaikh, اعوان=Awan,
 عباسی=Abbasi""", s=0.75)
PK_STAND_F = Tok('بی بی', ('Bibi', 'Bibie', 'Bi Bi'))
PK_MUH = Tok('محمد', ('Muhammad', 'Mohammad', 'Mohammed', 'Muhammed', 'Mohd', 'M.'))

# ---------------------------------------------------------------- Arabic (Levant/Iraq) ---
AR_F = pool("""فاطمة=Fatima|Fatma|Fatemah|Fatimah|Fatme, زينب=Zainab|Zeinab|Zaynab|Zeynab,
 مريم=Maryam|Mariam|Meryem|Mariem, نور=Nour|Noor|Nur, سارة=Sara|Sarah|Sarra, آية=Aya|Ayah|Aia,
 رشا=Rasha|Racha, هبة=Hiba|Heba|Hibah, رنا=Rana, لينا=Lina|Leena, أمل=Amal|Amel, هدى=Huda|Hoda|Houda,
 ليلى=Layla|Leila|Laila|Leyla, ريم=Reem|Rim, شهد=Shahad|Chahad|Shahd, رقية=Ruqaya|Roqaya|Rukaya|Ruqayya,
 ياسمين=Yasmin|Yasmine|Jasmin|Yasmeen, دعاء=Duaa|Doaa|Dua|Douaa, إسراء=Israa|Esraa|Isra|Esra,
 آلاء=Alaa|Ala, سمر=Samar, غادة=Ghada|Gada, روان=Rawan|Rawaan, خديجة=Khadija|Khadidja|Hadija,
 عائشة=Aisha|Aicha|Aysha|Ayesha, بشرى=Bushra|Boushra|Bouchra, حنان=Hanan|Hanane, دلال=Dalal,
 سعاد=Suad|Souad|Soad, منى=Mona|Muna|Mouna, نادية=Nadia|Nadiya|Nadja, سلمى=Salma|Selma,
 وفاء=Wafaa|Wafa, جميلة=Jamila|Djamila|Jameela, أسماء=Asmaa|Asma|Asmae, زهراء=Zahraa|Zahra,
 تبارك=Tabarak, ضحى=Duha|Doha|Dhuha, نسرين=Nisreen|Nesrin|Nasrin""", s=0.8)
AR_M = pool("""محمد=Mohammed|Muhammad|Mohamed|Mohamad|Mohammad|Muhammed|Mohamd|Mouhamad,
 أحمد=Ahmed|Ahmad|Ahmet|Achmed, علي=Ali|Aly, حسن=Hassan|Hasan|Hassen, حسين=Hussein|Hussain|Husein|Hossein,
 عمر=Omar|Umar|Omer, خالد=Khaled|Khalid|Chaled|Haled, محمود=Mahmoud|Mahmud|Mahmood|Mahmut,
 مصطفى=Mustafa|Mostafa|Moustafa|Mustapha, إبراهيم=Ibrahim|Ebrahim|Ibraheem|Brahim,
 يوسف=Yousef|Youssef|Yusuf|Yousif|Jusuf|Yosef, عبد الله=Abdullah|Abdallah|Abdulla|Abdellah|Abd Allah,
 عبد الرحمن=Abdulrahman|Abdelrahman|Abdul Rahman|Abdurrahman|Abderrahmane, ياسر=Yasser|Yaser|Jasser,
 صالح=Saleh|Salih|Salah, جمال=Jamal|Gamal|Djamal, كريم=Karim|Kareem, سمير=Samir|Sameer,
 وليد=Walid|Waleed, بلال=Bilal|Belal, حمزة=Hamza|Hamzah, سعيد=Said|Saeed|Sayed, عدنان=Adnan,
 جاسم=Jasim|Jassim|Jasem, كاظم=Kadhim|Kazem|Kazim|Kathim, عباس=Abbas|Abas, حيدر=Haidar|Hayder|Haider,
 فراس=Firas|Feras, ماجد=Majid|Majed|Maged, رامي=Rami|Ramy, طارق=Tariq|Tarek|Tarik, زياد=Ziad|Ziyad|Zyad,
 ناصر=Nasser|Naser|Nasir, قاسم=Qasim|Kassem|Qassem|Kasim, عمار=Ammar|Amar, سلمان=Salman|Selman""",
            s=0.8)
AR_S = pool("""الأحمد=Al-Ahmad|Al Ahmad|Alahmad|El-Ahmad, الحسن=Al-Hassan|Al Hasan|Alhassan,
 الخطيب=Al-Khatib|Al Khatib|Alkhatib|El-Khatib|Khatib, العلي=Al-Ali|Al Ali|Alali, حداد=Haddad|Hadad,
 حمدان=Hamdan, خليل=Khalil|Khaleel|Chalil, الجبوري=Al-Jubouri|Al-Jaburi|Aljabouri|Al Jubori,
 العبيدي=Al-Obaidi|Al-Ubaidi|Alobaidi|Al Obeidi, الدليمي=Al-Dulaimi|Al-Dulaymi|Aldulaimi,
 التميمي=Al-Tamimi|Altamimi|Al Tamimi, الشمري=Al-Shammari|Al-Shamari|Alshammari,
 الهاشمي=Al-Hashimi|Al-Hashemi|Alhashimi, منصور=Mansour|Mansur|Mansoor, ناصر=Nasser|Naser,
 عبود=Abboud|Abbud|Aboud, قاسم=Kassem|Qasim|Kasem, درويش=Darwish|Darwich, المصري=Al-Masri|Almasri|El-Masri,
 الحلبي=Al-Halabi|Halabi|Alhalabi, الزعبي=Al-Zoubi|Al-Zuabi|Alzoubi|Zoubi, الحسين=Al-Hussein|Alhussein,
 العمر=Al-Omar|Alomar, السعدي=Al-Saadi|Alsaadi, الربيعي=Al-Rubaie|Al-Rubaiee|Alrubaie,
 الكردي=Al-Kurdi|Kurdi|Alkurdi, صباغ=Sabbagh|Sabagh, خوري=Khoury|Khouri|Khuri, عثمان=Othman|Osman,
 عيسى=Issa|Isa|Eissa, الموسوي=Al-Musawi|Al-Moussawi|Almusawi, الساعدي=Al-Saedi|Alsaedi,
 النعيمي=Al-Nuaimi|Al-Naimi|Alnuaimi, الحمد=Al-Hamad|Alhamad, شيخو=Sheikho|Shekho""", s=0.75)
KU_F = pool("""بەریڤان=Berivan|Berîvan|Beriwan, ڕۆژین=Rojin|Rozhin, شیلان=Shilan|Şîlan, ژیان=Jiyan|Zhiyan|Jian,
 دیلان=Dilan, زۆزان=Zozan, نەورۆز=Newroz|Nowruz|Nevroz, ئاڤین=Avin|Avîn|Awin, ڕوناهی=Ronahi,
 ڤیان=Viyan|Vian|Wian, هێلین=Helin|Hêlîn, بەهار=Bahar|Behar, شیرین=Shirin|Şîrîn|Sirin,
 ڕووناک=Runak|Ronak, گولستان=Gulistan|Gulîstan, کاژاڵ=Kajal|Kazhal, نازدار=Nazdar, سۆزان=Sozan|Suzan,
 هاوژین=Hawzhin|Hawjin, ئەڤین=Evin|Evîn""", s=0.8)
KU_M = pool("""ئازاد=Azad, ڕێبوار=Rebwar|Rêbwar|Rebuar, کاروان=Karwan|Kervan, دلشاد=Dilshad|Dilşad,
 شۆڕش=Shorsh|Şoreş, هێمن=Hemin|Hêmin, شێروان=Sherwan|Şêrwan|Schirwan, ئارام=Aram, کاوە=Kawa|Kawe,
 ڕێزان=Rezan, دیار=Diyar|Dijar, سۆران=Soran, باران=Baran, زانا=Zana, هۆگر=Hogir, سەرهەد=Serhad|Serhat,
 بەختیار=Bakhtiyar|Bakhtiar|Bextiyar, ئاسۆ=Aso, هەژار=Hazhar|Hejar""", s=0.8)
KU_S = pool("""بارزانی=Barzani|Barazani, تاڵەبانی=Talabani|Talebani, هەورامی=Hawrami|Hewrami|Horami,
 زێباری=Zebari|Zibari, دۆسکی=Doski|Duski, میزووری=Mizuri|Mizouri, جاف=Jaff|Caf|Jaf, بابان=Baban,
 بۆتانی=Botani|Bohtani, شێخانی=Shexani|Sheikhani, بەرواری=Berwari|Barwari, سوورچی=Surchi|Sourchi""",
            s=0.7)

# ---------------------------------------------------------------- Morocco ---
MA_F = pool("""فاطمة الزهراء=Fatima Zahra|Fatima-Zahra|Fatimazahra|Fatima Ezzahra, خديجة=Khadija|Khadidja|Khadiga,
 فتيحة=Fatiha|Fatiha, نعيمة=Naima|Naïma|Naeema, مليكة=Malika|Malica, سميرة=Samira|Sameera,
 زينب=Zineb|Zainab|Zeineb, حنان=Hanane|Hanan, سهام=Siham|Sihame, لبنى=Loubna|Lubna, مريم=Meryem|Maryam|Mariam,
 سكينة=Soukaina|Soukayna|Sukaina|Sakina, إكرام=Ikram|Ikrame, هاجر=Hajar|Hajjar|Hagar, إيمان=Imane|Iman|Imen,
 نادية=Nadia, سلمى=Salma, هدى=Houda|Huda, أسماء=Asmae|Asmaa|Asma, لطيفة=Latifa|Latefa,
 رشيدة=Rachida|Rashida, كريمة=Karima, وفاء=Wafae|Wafaa, نجاة=Najat|Nejat, سعاد=Souad|Suad,
 عائشة=Aicha|Aisha, فاطمة=Fatima|Fatma""", s=0.8)
MA_M = pool("""محمد=Mohamed|Mohammed|Mohamad|Muhammad, يوسف=Youssef|Youssouf|Yusuf|Yousef, سعيد=Said|Saïd|Saeed,
 رشيد=Rachid|Rashid|Rasheed, عبد القادر=Abdelkader|Abdulkader|Abdel Kader, عبد الله=Abdellah|Abdallah|Abdullah,
 حسن=Hassan|Hasan, مصطفى=Mustapha|Mustafa|Moustapha, أحمد=Ahmed|Ahmad, عمر=Omar|Omer, كريم=Karim,
 حميد=Hamid, مهدي=Mehdi|Mahdi, ياسين=Yassine|Yasin|Yassin, هشام=Hicham|Hisham|Hichem, خالد=Khalid|Khaled,
 نور الدين=Noureddine|Nour Eddine|Nureddin, عبد الرحيم=Abderrahim|Abdelrahim|Abdurrahim,
 إدريس=Driss|Idris|Idriss, إبراهيم=Brahim|Ibrahim, مراد=Mourad|Murad, أمين=Amine|Amin|Ameen""", s=0.8)
MA_S = pool("""العمراني=El Amrani|Amrani|El-Amrani|Al Amrani, العلوي=Alaoui|El Alaoui|Alawi, بناني=Bennani|Benani,
 الإدريسي=El Idrissi|Idrissi|El-Idrissi|Al Idrisi, بنعلي=Benali|Ben Ali|Bin Ali, التازي=Tazi|Ettazi,
 برادة=Berrada|Berada, الشرايبي=Chraibi|Chraïbi|Shraibi, الفاسي=El Fassi|Fassi|Elfassi,
 بوزيد=Bouzid|Buzid, بنجلون=Benjelloun|Ben Jelloun|Benjelun, الوردي=El Ouardi|Ouardi|El Wardi,
 حدو=Haddou|Hadou, آيت علي=Ait Ali|Aït Ali|Ait-Ali, والي=Ouali|Wali, بوخريص=Boukhris|Bukhris,
 المنصوري=El Mansouri|Mansouri|Al Mansouri, لحلو=Lahlou|Lahlu, الزياني=Ziani|Zayani,
 السعيدي=Saidi|Essaidi|Es-Saidi, بلحاج=Belhaj|Belhadj|Bel Hadj, الناصري=Naciri|Nasiri|En-Naciri,
 الشرقاوي=Cherkaoui|Cherqaoui|Sharqawi, الحمداوي=El Hamdaoui|Hamdaoui, الوزاني=Ouazzani|El Ouazzani|Wazzani,
 بنموسى=Benmoussa|Ben Moussa|Benmusa, الرحماني=Rahmani|Errahmani, البقالي=El Bakkali|Bakkali|Baqali,
 الطاهري=Tahiri|Ettahiri, بوعزة=Bouazza|Bouaza""", s=0.75)

# ---------------------------------------------------------------- Latin America ---
BR_F = pool("""Maria, Ana~Aninha, Juliana~Ju, Fernanda~Nanda, Patrícia~Paty, Aline, Camila~Mila, Bruna,
 Amanda, Jéssica|Jessica, Letícia~Lelê, Gabriela~Gabi, Larissa, Vanessa~Nessa, Adriana~Dri,
 Daniela~Dani, Luana, Thaís|Thais|Taís, Tatiane|Tatiana~Tati, Priscila|Priscilla~Pri, Raquel,
 Francisca~Chica, Antônia|Antonia, Rafaela~Rafa, Beatriz~Bia, Kelly|Keli, Débora|Debora, Sabrina,
 Kátia|Katia, Maria Eduarda~Duda, Ana Paula, Maria José~Zezé, Ana Carolina~Carol""", s=0.85)
BR_M = pool("""José~Zé, João, Antônio|Antonio~Tonho, Francisco~Chico, Carlos~Cacá, Paulo, Pedro, Lucas,
 Luiz|Luís|Luis, Marcos, Gabriel~Biel, Rafael~Rafa, Daniel, Marcelo, Bruno, Eduardo~Edu, Felipe|Filipe,
 Rodrigo~Digo, Thiago|Tiago""", s=0.85)
BR_S = pool("""da Silva|Silva|Da Silva|DaSilva, dos Santos|Santos|Dos Santos, Oliveira|de Oliveira,
 Souza|Sousa|de Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa|da Costa, Ribeiro,
 Martins, Carvalho|de Carvalho, Almeida|de Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa,
 Rocha, Dias, Nascimento|do Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas,
 Cardoso, Ramos, Gonçalves|Goncalves, Santana, Teixeira, Araújo|Araujo, Cavalcanti|Cavalcante,
 Conceição|da Conceição, Batista, Moura, Pinto, Monteiro, Correia""", s=0.75)
ES_F = pool("""María|Maria, Luz Marina, Luz Dary|Luz Dari, Diana, Paola, Carolina~Caro, Natalia~Nati,
 Andrea, Daniela~Dani, Valentina~Vale, Yuliana|Juliana, Yeimi|Jeimy|Yeimy, Leidy|Lady|Leydi,
 Jennifer|Yennifer|Yénifer|Jenifer, Katherine|Katerine|Katerin|Catherine~Kathe, Claudia, Sandra,
 Marisol, Yesenia|Jesenia, Dayana|Dayanna, Yurany|Yurani, Angie, Johana|Yohana|Johanna, Erika|Érica,
 Mayerli|Mayerly, Ingrid, Ana María|Ana Maria, Luisa Fernanda, Gabriela~Gabi, Alejandra~Aleja,
 Marcela, Paula Andrea, Stefany|Estefanía|Stefanny, Adriana, Mariela, Yuleisy""", s=0.85)
ES_M = pool("""Juan Carlos, Luis, Carlos, Jorge, José Luis, Andrés, Jhon|John|Jon, Jhonatan|Jonathan|Yonatan,
 Wilson, Edwin, Fredy|Freddy, Yeison|Jeison, Brayan|Brian|Bryan, Cristian|Christian, Duván|Duvan,
 Juan David, Luis Alberto, José Gregorio, Miguel Ángel, Alexander""", s=0.85)
ES_S = pool("""García, Rodríguez, Martínez, López, González, Hernández, Pérez, Sánchez, Ramírez, Torres,
 Gómez, Díaz, Moreno, Jiménez, Muñoz, Rojas, Vargas, Castro, Ortiz, Gutiérrez, Suárez, Herrera,
 Álvarez, Ospina, Cárdenas, Restrepo, Giraldo, Quintero, Mejía, Osorio, Zapata, Castaño, Londoño,
 Arango, Valencia, Correa, Bermúdez, Rondón, Briceño, Contreras, Sulbarán, Carrasquel, Mendoza,
 Romero, Rivas, Medina, Guerrero, Silva, Peña, Aguilar, Morales, Villamizar, Salazar, Bolívar""",
            s=0.75)
DO_F = pool("""Yokasta|Yocasta|Jocasta, Yaneris|Yanerys|Janeris, Yesenia|Jesenia, Yuberkis|Yuberky|Juberkis,
 Ana Mercedes, Altagracia|Alta Gracia~Tata, Yudelka|Yudelca, Yohanna|Johanna|Yojana, Carolin|Carolina,
 Miguelina, Esmeralda, Massiel|Masiel|Maciel, Yafreisy|Yafreisi|Jafreisy, Wendy|Wendi, Rosanna|Rosana,
 Francia, Dulce María|Dulce Maria, Mildred, Yinet|Yineth, Scarlin|Scarlet, Yulissa|Julisa, Nairobi,
 Yomaira|Yomayra, Dahiana|Dayana, Anyelina|Angelina, María|Maria, Leidy|Lady""", s=0.85)
DO_M = pool("""Juan, José, Ramón, Francisco~Frank, Ángel, Rafael~Fello, Miguel, Luis, Wilkin|Wilkins,
 Yefri|Jefry|Yeffry, Enmanuel|Emmanuel|Emanuel, Franklin|Franklyn, Wander, Yunior|Junior|Younior,
 Elvin, Deivi|Deivy, Starlin|Starling, Robinson, Anderson, Yoel|Joel""", s=0.85)
DO_S = pool("""Rodríguez, Pérez, Martínez, Reyes, Santana, De la Cruz|Delacruz|De La Cruz|Cruz, Jiménez,
 Peña, Mejía, Féliz|Feliz, Encarnación, Familia, Rosario, Núñez, Almonte, Castillo, Medina,
 De los Santos|De Los Santos|Santos, Mateo, Polanco, Paulino, Tavárez|Tavarez|Tavares,
 Batista|Bautista, Ventura, Ureña, Brito, García, Hernández, Díaz, Sánchez, Ramírez, Gómez,
 Vásquez|Vasquez|Vazquez, Guzmán, Morel, Cuevas, Del Rosario, Pichardo, Abreu, Tejada|Tejeda,
 Valdez, Soriano, Guerrero""", s=0.75)

# ---------------------------------------------------------------- Nordic / misc ---
NORDIC_S = pool("""Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen|Sorensen,
 Rasmussen, Jørgensen|Jorgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen,
 Poulsen, Johansen, Møller|Moller|Moeller, Mortensen, Andersson, Johansson, Karlsson, Nilsson,
 Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Lindberg,
 Lindström|Lindstrom, Lindqvist, Berg, Holm, Lund, Dahl, Bergström, Sandberg, Åberg|Aaberg, Ström""",
                s=0.7)
WORK_F = ['Jessica', 'Bella', 'Angel', 'Candy', 'Sweety', 'Princess', 'Nikki', 'Lola', 'Vicky',
          'Diana', 'Sabrina', 'Tina', 'Monica', 'Natasha', 'Sasha', 'Linda', 'Kim', 'Amy', 'Lily',
          'Coco', 'Mimi', 'Baby', 'Sunny', 'Stella', 'Jenny', 'Anna', 'Maria', 'Chantal', 'Destiny',
          'Naomi', 'Barbie', 'Cindy', 'Kelly', 'Sofia', 'Paris', 'Crystal', 'Diamond', 'Ruby',
          'Lisa', 'Jasmine', 'Lucy', 'Mia', 'Precious', 'Sandra', 'Vanessa', 'Nina', 'Honey']
WORK_M = ['Big Boy', 'Prince', 'Bobo', 'Ice', 'King', 'Boss', 'Alex', 'Tony', 'Mike', 'Sam',
          'Jimmy', 'Johnny', 'Rocky', 'Chris']
TITLES_F = ['Mrs', 'Mrs.', 'Ms', 'Miss', 'Fru', 'Frk.', 'Madam', 'Mme']
TITLES_M = ['Mr', 'Mr.', 'Hr.', 'Herr', 'Mister']
PLACEHOLDERS = WP([('unknown', 10), ('Unknown', 8), ('UNKNOWN', 5), ('NN', 8), ('N.N.', 4), ('?', 6),
                   ('??', 2), ('ukendt', 4), ('Ukendt', 3), ('okänd', 3), ('Okänd', 2), ('XXX', 3),
                   ('-', 4), ('x', 2), ('N/A', 2), ('ikke oplyst', 1), ('uppgift saknas', 1),
                   ('Unbekannt', 1), ('NO NAME', 1), ('FNU', 2), ('LNU', 2)])

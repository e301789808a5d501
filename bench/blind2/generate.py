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
* Records per real person (cluster size): 1: 51%, 2: 30%, 3: 11.8%, 4: 4.4%,
  5: 1.7%, 6: 0.7%, 7: 0.25%, 8: 0.08%  ->  ~1.8 records / person, ~0.71 true
  pairs per record (20,000 records ~ 11,100 persons ~ 14,000-14,500 pairs).
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
  stray whitespace (leading/trailing/double space): 0.4% of records
  hyphenated given names split/joined/cut 35%; two given names hyphenated 6%

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
NG_EN_F = pool("""Blessing~Blessy, Joy, Precious~Presh, Favour|Favor, Mercy, Gift, Peace, Faith, Esther,
 Happiness~Happy, Patience~Pat, Success, Glory, Gloria~Glo, Princess, Rita, Grace, Mary, Vivian~Viv,
 Stella, Juliet~Julie, Victoria~Vicky/Tori, Goodness, Loveth|Lovet, Comfort, Sandra~Sandy, Helen,
 Jennifer~Jenny/Jenni, Christiana~Tina/Chris, Deborah~Debbie/Debby, Janet, Sarah, Rose, Ruth,
 Elizabeth~Liz/Lizzy/Betty, Anita, Lucky, Miracle, Divine, Testimony""", s=0.9)
NG_EN_M = pool("""Emmanuel~Emma/Manny, Godwin, Samuel~Sam/Sammy, Daniel~Dan/Danny, John~Johnny, Peter~Pete,
 Friday, Sunday, Kingsley~King, Prince, Lucky, Innocent~Inno, Collins, Felix, Victor~Vic,
 Stanley~Stan, Monday, Godspower, Michael~Mike, Joseph~Joe""", s=0.9)
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
UG_GF = pool("""Grace, Sarah, Esther, Florence~Flo, Harriet~Hattie, Brenda, Sharon, Annet|Annette,
 Prossy|Proscovia, Juliet~Julie, Winnie, Betty, Agnes, Doreen, Mary, Rose, Ruth, Fiona, Shamim,
 Aisha|Aysha, Resty, Justine, Jane, Immaculate~Immy, Scovia, Rebecca~Becky, Margaret~Maggie/Peggy,
 Joan|Joanne, Sylvia~Sylvie, Hadijah|Hadija, Zaina""", s=0.85)
UG_GM = pool("""John~Johnny, Joseph~Joe, Moses, Ronald~Ron, Brian, Isaac, Patrick~Pat, Paul, Peter,
 Richard~Rick, Robert~Bob/Rob, Godfrey~Geoff, Henry, Hassan, Ivan, Emmanuel~Emma, Denis""", s=0.85)
UG_SF = pool("""Nakato, Namukasa, Nabukenya, Nansubuga, Nalwoga, Namatovu, Nakimuli, Nakintu, Nambi,
 Namuli, Nassali|Nasali, Nakawunde, Nalubega, Nabirye, Namutebi, Nakazibwe, Nantongo, Nanyonga,
 Najjuma|Najuma, Nabwire, Nakayiza, Akello|Akelo, Atim, Auma, Apio, Acen|Achen, Adong,
 Ainembabazi, Kyomuhendo, Tumusiime, Natukunda, Atuhaire, Kansiime|Kansime, Ninsiima|Ninsima,
 Kobusingye, Asiimwe|Asiime, Mbabazi, Nyakato""", s=0.8)
UG_SM = pool("""Mukasa, Ssemwanga|Semwanga, Kato, Ssali|Sali, Okello|Okelo, Musoke, Kigozi, Lubega,
 Tumwine, Byaruhanga, Mugisha, Ssebunya|Sebunya, Kizito, Wasswa|Waswa, Kaggwa|Kagwa,
 Ssekandi|Sekandi, Opio, Ojok, Mwesigwa, Tumusiime, Ochieng, Muwanga, Lwanga""", s=0.8)
KE_GF = pool("""Mary, Faith, Mercy, Caroline~Carol, Purity, Esther, Joyce, Lucy, Jane, Ann|Anne,
 Cynthia~Cindy, Winnie, Eunice, Beatrice~Bea, Lilian|Lillian~Lily, Naomi, Sharon, Diana, Nancy,
 Rose, Susan~Sue/Susie, Margaret~Maggie, Grace, Irene, Judith~Judy""", s=0.85)
KE_GM = pool("""John, Peter, James~Jim, Joseph~Joe, David~Dave, Daniel~Dan, Samuel~Sam, Stephen~Steve,
 Kennedy~Ken, Brian, Dennis, Paul, Geoffrey~Geoff, Evans, Collins""", s=0.85)
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
AR_M = pool("""محمد=Mohammed|Muhammad|Mohamed|Mohamad|Mohammad|Muhammed|Mohamd|Mouhamad|Mehmet,
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


# ============================================================================
# CULTURES
# st = naming structure; g2 = share with a second given name; marry = share of
# married women using the husband's surname; nick = share with a nickname in use
# ============================================================================

CULT = {
    'ng_edo': dict(st='std', gf=NG_EDO_F, gm=NG_EDO_M, sur=NG_EDO_S, en=(NG_EN_F, NG_EN_M),
                   pen=0.45, g2=0.2, marry=0.7, nick=0.35),
    'ng_yo': dict(st='std', gf=NG_YO_F, gm=NG_YO_M, sur=NG_YO_S, en=(NG_EN_F, NG_EN_M),
                  pen=0.35, g2=0.25, marry=0.7, nick=0.45),
    'ng_ig': dict(st='std', gf=NG_IG_F, gm=NG_IG_M, sur=NG_IG_S, en=(NG_EN_F, NG_EN_M),
                  pen=0.35, g2=0.25, marry=0.7, nick=0.45),
    'ng_en': dict(st='std', gf=NG_EN_F, gm=NG_EN_M, sur=NG_EDO_S, en=(NG_EN_F, NG_EN_M),
                  pen=1.0, g2=0.1, marry=0.7, nick=0.2),
    'ro': dict(st='std', gf=RO_F, gm=RO_M, sur=RO_S, g2=0.2, marry=0.9, nick=0.25),
    'ro_roma': dict(st='std', gf=RO_F, gm=RO_M, sur=RO_ROMA_S, g2=0.1, marry=0.7, nick=0.35),
    'md': dict(st='std', gf=MD_F, gm=MD_M, sur=MD_S, g2=0.05, marry=0.9, nick=0.1),
    'md_ru': dict(st='cyr', lang='ru', gf=RU_F, gm=RU_M, sur=RU_S, g2=0.0, marry=0.9, nick=0.3),
    'hu': dict(st='std', gf=HU_F, gm=HU_M, sur=HU_S, g2=0.1, marry=0.8, nick=0.25, fg=True,
               swap=0.12),
    'hu_roma': dict(st='std', gf=HU_F, gm=HU_M, sur=HU_ROMA_S, g2=0.05, marry=0.7, nick=0.3,
                    fg=True, swap=0.12),
    'lt': dict(st='lt', gf=LT_F, gm=LT_M, sur=LT_S, g2=0.05, marry=0.9, nick=0.15),
    'lv': dict(st='lv', gf=LV_F, gm=LV_M, sur=LV_S, g2=0.05, marry=0.9, nick=0.1),
    'ru': dict(st='cyr', lang='ru', gf=RU_F, gm=RU_M, sur=RU_S, g2=0.0, marry=0.9, nick=0.35,
               nordic=0.06),
    'ru_lv': dict(st='cyr', lang='ru', gf=RU_F, gm=RU_M, sur=RU_S, g2=0.0, marry=0.9, nick=0.3),
    'ru_lt': dict(st='cyr', lang='ru', gf=RU_F, gm=RU_M, sur=RU_S, g2=0.0, marry=0.9, nick=0.3),
    'ua': dict(st='cyr', lang='uk', gf=UA_F, gm=UA_M, sur=UA_S, g2=0.0, marry=0.9, nick=0.35,
               nordic=0.06),
    'bg': dict(st='cyr', lang='bg', gf=BG_F, gm=BG_M, sur=BG_S, g2=0.0, marry=0.85, nick=0.3),
    'bg_roma': dict(st='cyr', lang='bg', gf=BG_ROMA_F, gm=BG_ROMA_M, sur=BG_ROMA_S, g2=0.0,
                    marry=0.6, nick=0.2),
    'bg_tr': dict(st='cyr', lang='bg', gf=BG_TR_F, gm=BG_TR_M, sur=BG_TR_S, g2=0.0, marry=0.8,
                  nick=0.05),
    'mn': dict(st='mn', lang='mn', gf=MN_F, gm=MN_M, g2=0.0, marry=0.0, nick=0.3, fg=True,
               swap=0.12),
    'al': dict(st='std', gf=AL_F, gm=AL_M, sur=AL_S, g2=0.03, marry=0.8, nick=0.1),
    'vn': dict(st='vn', gf=VN_F, gm=VN_M, sur=VN_S, g2=0.0, marry=0.0, nick=0.1, fg=True,
               swap=0.12),
    'cn': dict(st='cn', sur=CN_S, g2=0.0, marry=0.0, nick=0.0, fg=True, swap=0.12),
    'cn_fj': dict(st='cn', sur=CN_S, g2=0.0, marry=0.0, nick=0.0, fg=True, swap=0.12, fj=True),
    'th': dict(st='std', gf=TH_F, gm=TH_M, sur=TH_S, g2=0.0, marry=0.5, nickpool=TH_NICK,
               nick=0.9, nordic=0.3),
    'ph': dict(st='ph', gf=PH_F, gm=PH_M, sur=PH_S, g2=0.15, marry=0.9, nick=0.5, nordic=0.15),
    'ug': dict(st='ug', gf=UG_GF, gm=UG_GM, g2=0.08, marry=0.3, nick=0.1, swap=0.2),
    'ke': dict(st='ke', gf=KE_GF, gm=KE_GM, sur=KE_S, g2=0.0, marry=0.6, nick=0.05, swap=0.05),
    'er': dict(st='patr', gf=ER_F, gm=ER_M, g2=0.0, marry=0.0, nick=0.05),
    'et': dict(st='patr', gf=ET_F, gm=ET_M, g2=0.0, marry=0.0, nick=0.05),
    'so': dict(st='patr', gf=SO_F, gm=SO_M, g2=0.0, marry=0.0, nick=0.05),
    'af': dict(st='patr', gf=AF_F, gm=AF_M, sur=AF_S, famp=0.45, g2=0.0, marry=0.0, nick=0.02,
               moh=0.25),
    'ar_lev': dict(st='arab', gf=AR_F, gm=AR_M, sur=AR_S, famp=0.85, g2=0.05, marry=0.0,
                   nick=0.05, moh=0.2),
    'ar_iq': dict(st='arab', gf=AR_F, gm=AR_M, sur=AR_S, famp=0.6, g2=0.03, marry=0.0, nick=0.05,
                  moh=0.15, iraq=True),
    'ku': dict(st='arab', gf=KU_F, gm=KU_M, gf2=AR_F, gm2=AR_M, sur=KU_S, famp=0.35, g2=0.0,
               marry=0.0, nick=0.05),
    'ma': dict(st='arab', gf=MA_F, gm=MA_M, sur=MA_S, famp=0.97, g2=0.0, marry=0.0, nick=0.05,
               moh=0.15),
    'pk': dict(st='sa', gf=PK_F, gm=PK_M, sur=PK_S, realp_f=0.5, realp_m=0.85, stand_f=PK_STAND_F,
               stand_m=None, moh_tok=PK_MUH, moh=0.4, marry=0.3, nick=0.05),
    'in': dict(st='sa', gf=IN_F, gm=IN_M, sur=IN_S, realp_f=0.55, realp_m=0.65,
               stand_f=IN_STAND['F'], stand_m=IN_STAND['M'], marry=0.5, nick=0.05),
    'sikh': dict(st='sa', gf=SIKH_F, gm=SIKH_M, sur=SIKH_S, realp_f=0.4, realp_m=0.5,
                 stand_f=SIKH_STAND['F'], stand_m=SIKH_STAND['M'], marry=0.5, nick=0.05),
    'bd': dict(st='sa', gf=BD_F, gm=BD_M, sur=BD_S, realp_f=0.3, realp_m=0.92, stand_pool_f=BD_STAND_F,
               stand_m=None, moh_tok=BD_MD, moh=0.6, marry=0.2, nick=0.1),
    'br': dict(st='br', gf=BR_F, gm=BR_M, sur=BR_S, g2=0.3, marry=0.5, nick=0.3, nordic=0.08),
    'es': dict(st='es', gf=ES_F, gm=ES_M, sur=ES_S, g2=0.1, marry=0.05, nick=0.2),
    'do': dict(st='es', gf=DO_F, gm=DO_M, sur=DO_S, g2=0.1, marry=0.05, nick=0.2, nordic=0.1),
}


class Origin:
    __slots__ = ('cc', 'w', 'pF', 'subs', 'kind', 'sexexp', 'unknown', 'falsep', 'transit',
                 'falsecit', 'assess')

    def __init__(self, cc, w, pF, subs, kind, sexexp, unknown, falsep, transit, falsecit, assess):
        self.cc = cc
        self.w = w
        self.pF = pF
        self.subs = WP(subs)
        self.kind = kind
        self.sexexp = sexexp
        self.unknown = unknown
        self.falsep = falsep
        self.transit = transit
        self.falsecit = falsecit
        self.assess = assess


#     cc   weight  pF   subcultures                                 kind      sexexp unknown-date false-doc
#     transit countries                       false-document citizenships        age-assessed
ORIGINS = [
    Origin('NG', 13.5, 0.85, [('ng_edo', 45), ('ng_ig', 25), ('ng_yo', 25), ('ng_en', 5)], 'other',
           True, 0.15, 0.10, ['IT', 'ES', 'LY', 'NE', 'GH', 'FR'], ['GH', 'SL', 'LR', 'IT', 'ES', 'GB', 'CM', 'ZA'], True),
    Origin('RO', 10.0, 0.65, [('ro', 80), ('ro_roma', 20)], 'eu', True, 0.03, 0.01,
           ['GB', 'DE', 'ES', 'IT', 'SE', 'NO'], ['BG', 'MD'], False),
    Origin('VN', 7.0, 0.45, [('vn', 1)], 'other', True, 0.05, 0.08,
           ['RU', 'CZ', 'FR', 'GB', 'PL', 'DE'], ['CN', 'JP', 'KR', 'CZ', 'TW'], True),
    Origin('TH', 6.0, 0.90, [('th', 1)], 'other', True, 0.03, 0.03, ['MY', 'DE', 'GB'], ['MY', 'LA'], False),
    Origin('UA', 5.0, 0.60, [('ua', 1)], 'other', True, 0.02, 0.03, ['PL', 'DE', 'RO', 'CZ', 'MD'],
           ['PL', 'LT', 'RO', 'CZ'], False),
    Origin('AF', 4.0, 0.20, [('af', 1)], 'asylum', False, 0.55, 0.03, ['IR', 'TR', 'GR', 'PK', 'BG', 'RS'],
           ['IR', 'PK', 'TJ'], True),
    Origin('BG', 4.0, 0.65, [('bg', 55), ('bg_roma', 25), ('bg_tr', 20)], 'eu', True, 0.03, 0.01,
           ['GB', 'DE', 'ES', 'GR', 'TR', 'NL'], ['RO', 'MK'], False),
    Origin('CN', 3.5, 0.65, [('cn', 55), ('cn_fj', 45)], 'other', True, 0.05, 0.08,
           ['RU', 'TH', 'FR', 'IT', 'ES'], ['JP', 'KR', 'SG', 'MY', 'HK', 'TW'], False),
    Origin('AL', 3.0, 0.60, [('al', 1)], 'other', True, 0.03, 0.08, ['GR', 'IT', 'GB', 'BE', 'FR'],
           ['GR', 'IT', 'BG', 'MK', 'ME'], True),
    Origin('ER', 3.0, 0.50, [('er', 1)], 'asylum', False, 0.35, 0.03, ['SD', 'ET', 'LY', 'IT', 'EG'],
           ['ET', 'SD'], True),
    Origin('PH', 3.0, 0.75, [('ph', 1)], 'other', True, 0.03, 0.03, ['AE', 'SA', 'HK', 'MY', 'QA'],
           ['ID', 'MY'], False),
    Origin('HU', 2.5, 0.70, [('hu', 70), ('hu_roma', 30)], 'eu', True, 0.03, 0.01,
           ['AT', 'DE', 'GB', 'CH', 'NL'], ['RO', 'SK'], False),
    Origin('RU', 2.5, 0.70, [('ru', 1)], 'other', True, 0.02, 0.03, ['FI', 'EE', 'PL', 'DE', 'TR'],
           ['UA', 'BY', 'LV', 'KZ'], False),
    Origin('SY', 2.5, 0.45, [('ar_lev', 75), ('ku', 25)], 'asylum', False, 0.08, 0.03,
           ['TR', 'LB', 'JO', 'GR'], ['IQ', 'LB', 'TR', 'JO'], True),
    Origin('BR', 2.5, 0.70, [('br', 1)], 'other', True, 0.02, 0.03, ['PT', 'ES', 'IT'], ['PT', 'IT'], False),
    Origin('LT', 2.0, 0.60, [('lt', 85), ('ru_lt', 15)], 'eu', True, 0.02, 0.01, ['GB', 'NO', 'DE', 'IE'],
           ['LV', 'PL'], False),
    Origin('MD', 2.0, 0.70, [('md', 70), ('md_ru', 30)], 'other', True, 0.03, 0.03,
           ['RO', 'IT', 'RU', 'UA'], ['RO', 'UA', 'RU'], False),
    Origin('IQ', 2.0, 0.45, [('ar_iq', 70), ('ku', 30)], 'asylum', False, 0.12, 0.03,
           ['TR', 'GR', 'IR', 'BY'], ['SY', 'IR', 'KW'], True),
    Origin('SO', 2.0, 0.50, [('so', 1)], 'asylum', False, 0.45, 0.03, ['ET', 'KE', 'YE', 'LY', 'TR'],
           ['KE', 'DJ', 'ET'], True),
    Origin('MA', 2.0, 0.50, [('ma', 1)], 'other', True, 0.05, 0.03, ['ES', 'FR', 'DZ', 'NL', 'BE'],
           ['DZ', 'FR', 'ES', 'TN'], True),
    Origin('UG', 1.8, 0.80, [('ug', 1)], 'other', True, 0.12, 0.03, ['KE', 'AE', 'SA', 'TR'],
           ['KE', 'TZ', 'RW'], False),
    Origin('KE', 1.8, 0.80, [('ke', 1)], 'other', True, 0.12, 0.03, ['AE', 'SA', 'QA', 'UG'],
           ['UG', 'TZ'], False),
    Origin('DO', 1.3, 0.85, [('do', 1)], 'other', True, 0.03, 0.03, ['ES', 'IT', 'PR', 'US'],
           ['ES', 'VE', 'PR'], False),
    Origin('LV', 1.2, 0.60, [('lv', 70), ('ru_lv', 30)], 'eu', True, 0.02, 0.01, ['GB', 'IE', 'NO', 'DE'],
           ['LT', 'EE'], False),
    Origin('MN', 1.2, 0.75, [('mn', 1)], 'other', True, 0.03, 0.03, ['CN', 'RU', 'KR', 'TR'],
           ['CN', 'KR', 'KZ'], False),
    Origin('ET', 1.2, 0.60, [('et', 1)], 'asylum', False, 0.30, 0.03, ['SD', 'SA', 'YE', 'LY', 'KE'],
           ['ER', 'KE'], True),
    Origin('PK', 1.2, 0.30, [('pk', 1)], 'other', False, 0.20, 0.03, ['IR', 'TR', 'GR', 'AE'],
           ['IN', 'AF'], True),
    Origin('IN', 1.2, 0.40, [('in', 90), ('sikh', 10)], 'other', False, 0.08, 0.03,
           ['AE', 'QA', 'MY', 'IT', 'PT'], ['NP', 'BD'], False),
    Origin('BD', 1.2, 0.35, [('bd', 1)], 'other', False, 0.15, 0.03, ['AE', 'QA', 'MY', 'IT', 'PT'],
           ['IN', 'MM'], True),
    Origin('CO', 1.2, 0.80, [('es', 1)], 'other', True, 0.02, 0.03, ['ES', 'EC', 'PE'], ['VE', 'ES'], False),
    Origin('VE', 1.0, 0.80, [('es', 1)], 'other', True, 0.02, 0.03, ['CO', 'ES'], ['CO', 'ES'], False),
]
ORIGIN_WP = WP([(o, o.w) for o in ORIGINS])

# ISO 3166-1 alpha-2 codes that may appear; all are in Java's Locale.getISOCountries()
CONFUSE = {'NG': 'NE', 'CN': 'CH', 'MD': 'MO', 'LT': 'LV', 'LV': 'LT', 'ER': 'ET', 'ET': 'ER',
           'IQ': 'IR', 'SO': 'SD', 'AL': 'AM', 'UA': 'RU', 'RO': 'RU', 'MN': 'MO', 'SY': 'SI',
           'PH': 'PK', 'BG': 'BE', 'AF': 'AM', 'MA': 'MG', 'CO': 'CA', 'DO': 'DM'}

ORG_BASE = {'POL': 22, 'NGO': 24, 'IMM': 18, 'MUN': 10, 'SHL': 15, 'RET': 11}
ORG_WP = {
    'other': WP(list(ORG_BASE.items())),
    'eu': WP([('POL', 26), ('NGO', 26), ('IMM', 6), ('MUN', 14), ('SHL', 15), ('RET', 13)]),
    'asylum': WP([('POL', 14), ('NGO', 14), ('IMM', 32), ('MUN', 14), ('SHL', 14), ('RET', 12)]),
}

_F = lambda *pairs: WP(pairs)  # noqa: E731
ORGS = {
    'POL': dict(std=0.50, caps=0.35, lower=0.02,
                fold=_F(('keep', 25), ('nordic', 40), ('ascii', 30), ('icao', 5)),
                respell=0.22, typo=0.045, ocr=0.0, native=0.01, native_other=0.0, swap=0.05,
                onefield=0.03, initials=0.02, title=0.015, placeholder=0.02, given_only=0.04,
                nick=0.05, alias_other=0.40, alias_name=0.06, all_given=0.6, maiden=0.3,
                trunc=0.0, mrz=0.0, d_missing=0.08, d_yearonly=0.10, d_swap=0.03, d_typo=0.02,
                d_year1=0.02, d_year10=0.005, by_also=0.5, s_missing=0.04, s_wrong=0.012,
                c_missing=0.12, c_transit=0.04, c_dual=0.3, alt=0.06, eq=0.25,
                cyr=_F(('bgn', 35), ('simple', 25), ('scand', 15), ('german', 10), ('icao', 10), ('iso', 5)),
                clerk=_F(('da', 45), ('sv', 35), ('en', 10), ('de', 10))),
    'NGO': dict(std=0.30, caps=0.05, lower=0.25,
                fold=_F(('keep', 15), ('nordic', 20), ('ascii', 65)),
                respell=0.35, typo=0.09, ocr=0.0, native=0.03, native_other=0.0, swap=0.08,
                onefield=0.07, initials=0.04, title=0.02, placeholder=0.05, given_only=0.15,
                nick=0.20, alias_other=0.30, alias_name=0.15, all_given=0.3, maiden=0.1,
                trunc=0.0, mrz=0.0, d_missing=0.35, d_yearonly=0.30, d_swap=0.04, d_typo=0.03,
                d_year1=0.03, d_year10=0.008, by_also=0.8, s_missing=0.15, s_wrong=0.02,
                c_missing=0.45, c_transit=0.05, c_dual=0.1, alt=0.10, eq=0.25,
                cyr=_F(('simple', 40), ('bgn', 20), ('scand', 15), ('german', 10), ('french', 5), ('icao', 10)),
                clerk=_F(('en', 40), ('da', 25), ('sv', 20), ('fr', 10), ('de', 5))),
    'IMM': dict(std=0.90, caps=0.60, lower=0.0,
                fold=_F(('keep', 5), ('nordic', 10), ('ascii', 30), ('icao', 55)),
                respell=0.02, typo=0.015, ocr=0.12, native=0.01, native_other=0.04, swap=0.03,
                onefield=0.01, initials=0.005, title=0.0, placeholder=0.005, given_only=0.01,
                nick=0.0, alias_other=0.10, alias_name=0.01, all_given=0.9, maiden=0.4,
                trunc=0.0, mrz=0.15, d_missing=0.02, d_yearonly=0.03, d_swap=0.01, d_typo=0.01,
                d_year1=0.01, d_year10=0.003, by_also=0.3, s_missing=0.01, s_wrong=0.004,
                c_missing=0.03, c_transit=0.01, c_dual=0.6, alt=0.02, eq=0.05,
                cyr=_F(('icao', 50), ('bgn', 30), ('simple', 20)),
                clerk=_F(('da', 50), ('sv', 50))),
    'MUN': dict(std=0.80, caps=0.15, lower=0.01,
                fold=_F(('keep', 25), ('nordic', 60), ('ascii', 10), ('icao', 5)),
                respell=0.05, typo=0.02, ocr=0.03, native=0.0, native_other=0.0, swap=0.02,
                onefield=0.005, initials=0.01, title=0.0, placeholder=0.002, given_only=0.01,
                nick=0.01, alias_other=0.05, alias_name=0.0, all_given=0.8, maiden=0.5,
                trunc=0.3, mrz=0.0, d_missing=0.03, d_yearonly=0.02, d_swap=0.01, d_typo=0.01,
                d_year1=0.01, d_year10=0.002, by_also=0.6, s_missing=0.005, s_wrong=0.003,
                c_missing=0.05, c_transit=0.01, c_dual=0.5, alt=0.05, eq=0.1,
                cyr=_F(('scand', 40), ('icao', 40), ('bgn', 20)),
                clerk=_F(('da', 55), ('sv', 45))),
    'SHL': dict(std=0.60, caps=0.05, lower=0.05,
                fold=_F(('keep', 55), ('nordic', 25), ('ascii', 20)),
                respell=0.15, typo=0.03, ocr=0.0, native=0.06, native_other=0.03, swap=0.04,
                onefield=0.02, initials=0.01, title=0.01, placeholder=0.01, given_only=0.04,
                nick=0.08, alias_other=0.25, alias_name=0.03, all_given=0.6, maiden=0.4,
                trunc=0.0, mrz=0.0, d_missing=0.06, d_yearonly=0.07, d_swap=0.02, d_typo=0.015,
                d_year1=0.02, d_year10=0.004, by_also=0.5, s_missing=0.03, s_wrong=0.008,
                c_missing=0.12, c_transit=0.03, c_dual=0.3, alt=0.05, eq=0.15,
                cyr=_F(('simple', 35), ('bgn', 25), ('icao', 20), ('scand', 10), ('german', 10)),
                clerk=_F(('da', 40), ('sv', 35), ('en', 25))),
    'RET': dict(std=0.85, caps=0.45, lower=0.01,
                fold=_F(('keep', 15), ('nordic', 10), ('ascii', 45), ('icao', 30)),
                respell=0.03, typo=0.02, ocr=0.08, native=0.01, native_other=0.02, swap=0.03,
                onefield=0.01, initials=0.005, title=0.01, placeholder=0.005, given_only=0.01,
                nick=0.01, alias_other=0.10, alias_name=0.01, all_given=0.85, maiden=0.3,
                trunc=0.1, mrz=0.2, d_missing=0.03, d_yearonly=0.04, d_swap=0.01, d_typo=0.01,
                d_year1=0.01, d_year10=0.003, by_also=0.3, s_missing=0.02, s_wrong=0.006,
                c_missing=0.03, c_transit=0.02, c_dual=0.5, alt=0.03, eq=0.1,
                cyr=_F(('icao', 45), ('bgn', 30), ('simple', 25)),
                clerk=_F(('en', 50), ('da', 25), ('sv', 25))),
}

CYR_DOC = {
    'ru': WP([('icao', 55), ('bgn', 20), ('french', 10), ('simple', 15)]),
    'uk': WP([('ua_nat', 80), ('icao', 10), ('bgn', 10)]),
    'bg': WP([('bg_str', 85), ('bgn', 15)]),
    'mn': WP([('mn_pass', 90), ('bgn', 10)]),
}
LANG_SCHEME = {'uk': 'ua_nat', 'bg': 'bg_str', 'mn': 'mn_pass'}

CLUSTER_SIZES = WP([(1, 51.0), (2, 30.0), (3, 11.8), (4, 4.4), (5, 1.7), (6, 0.7), (7, 0.25),
                    (8, 0.08)])
AGE_WP = WP([((13, 17), 13), ((18, 24), 40), ((25, 34), 32), ((35, 49), 13), ((50, 65), 2)])
FAMILY_RATE = 0.11
FAMILY_KIND = WP([('sib', 50), ('mother_child', 25), ('father_child', 5), ('spouse', 20)])
OFFDATE_STYLE = WP([('0101', 65), ('first', 12), ('0701', 8), ('3112', 5), ('1506', 5), ('other', 5)])


# ============================================================================
# PERSONS
# ============================================================================

def mk(rng, tok):
    """Attach the person's documented spelling (index into tok.forms)."""
    n = len(tok.forms)
    if n > 1 and not chance(rng, 0.65):
        return (tok, rng.randrange(n))
    return (tok, 0)


def cyr_fem(s, lang):
    if lang == 'bg':
        if s.endswith('ски'):
            return s[:-1] + 'а'
        if s.endswith(('ов', 'ев', 'ин')):
            return s + 'а'
        return s
    if lang == 'uk':
        if s.endswith(('ський', 'цький')):
            return s[:-2] + 'а'
    if s.endswith(('ский', 'цкий')):
        return s[:-2] + 'ая'
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    return s


def cyr_patronymic(f, lang, sex):
    fem = sex == 'F'
    if lang == 'bg':
        if f.endswith('ър'):
            stem, suf = f[:-2] + 'р', 'ов'
        elif f.endswith(('й', 'и')):
            stem, suf = f[:-1], 'ев'
        elif f.endswith('а'):
            stem, suf = f[:-1], 'ов'
        else:
            stem, suf = f, 'ов'
        return stem + suf + ('а' if fem else '')
    if lang == 'uk':
        if f == 'Микола':
            return 'Миколаївна' if fem else 'Миколайович'
        if f.endswith('й'):
            return f[:-1] + ('ївна' if fem else 'йович')
        if f.endswith('о'):
            return f[:-1] + ('івна' if fem else 'ович')
        if f.endswith('ь'):
            return f[:-1] + ('івна' if fem else 'ьович')
        return f + ('івна' if fem else 'ович')
    if f == 'Дмитрий':
        return 'Дмитриевна' if fem else 'Дмитриевич'
    if f.endswith('ий'):
        return f[:-2] + ('ьевна' if fem else 'ьевич')
    if f.endswith('й') or f.endswith('ь'):
        return f[:-1] + ('евна' if fem else 'евич')
    if f.endswith('а'):
        return f[:-1] + ('ична' if fem else 'ич')
    f = f.replace('ё', 'е')
    return f + ('овна' if fem else 'ович')


def lt_form(s, married):
    for end, maid in (('ius', 'iūtė'), ('as', 'aitė'), ('is', 'ytė'), ('ys', 'ytė'), ('us', 'ūtė')):
        if s.endswith(end):
            return s[:-len(end)] + ('ienė' if married else maid)
    return s


def lv_fem(s):
    if s.endswith('ons'):
        return s[:-1] + 'e'
    if s.endswith('is'):
        return s[:-2] + 'e'
    if s.endswith('š') or s.endswith('s'):
        return s[:-1] + 'a'
    return s


def gender_sur(tok, C, sex, married=False):
    if sex != 'F' or tok is None:
        return tok
    st = C['st']
    if tok.lang:
        f = cyr_fem(tok.native, tok.lang)
        return tok if f == tok.native else ctok(f, tok.lang)
    if st == 'lt':
        return ltok(lt_form(tok.forms[0], married))
    if st == 'lv':
        return ltok(lv_fem(tok.forms[0]))
    return tok


def cn_given(rng, sex):
    wp = CN_GF_WP if sex == 'F' else CN_GM_WP
    n = 1 if chance(rng, 0.2) else 2
    syls = [wp.pick(rng) for _ in range(n)]
    hz = ''.join(s[0] for s in syls)
    key = 'zh:' + hz
    t = _LATIN_TOKS.get(key)
    if t is None:
        toned = [s[1] for s in syls]
        plain = [fold(s, 'ascii') for s in toned]
        joined = ''.join(plain).capitalize()
        spaced = ' '.join(x.capitalize() for x in plain)
        hyph = '-'.join(plain).capitalize()
        wg = '-'.join(wade_giles(x) for x in plain).capitalize()
        wg2 = wg.replace("'", '')
        tone = ''.join(toned).capitalize()
        t = Tok(hz, (joined, spaced, hyph, wg, wg2, tone))
        _LATIN_TOKS[key] = t
    return t


CN_FJ_WP = WP([(CN_S.toks[[t.native for t in CN_S.toks].index(hz)], w) for hz, w in CN_FJ_ORDER])


class Person:
    def __init__(self, o, cul, sex):
        self.o = o
        self.cul = cul
        self.C = CULT[cul]
        self.st = self.C['st']
        self.lang = self.C.get('lang')
        self.sex = sex
        self.given = []
        self.drop_first = False
        self.family = []
        self.middle = None
        self.patr = None
        self.father = None
        self.gfather = None
        self.standin = None
        self.nick = None
        self.alias = None
        self.married = None
        self.social = None
        self.trans = False
        self.sex_x = False
        self.false = None
        self.bdate = None
        self.known = True
        self.offdate = None
        self.assessed = None
        self.claimed = None
        self.cit = []
        self.transit = []
        self.cyr_doc = None
        self.all_native = False
        self.first_year = 2015
        self.hokkien = False
        self.br_two = False


def pick_given(rng, C, sex, st):
    """Returns (list of Tok, drop_first)."""
    if st == 'cn':
        return [cn_given(rng, sex)], False
    gp = C['gf'] if sex == 'F' else C['gm']
    if 'gf2' in C and chance(rng, 0.3):
        gp = C['gf2'] if sex == 'F' else C['gm2']
    toks = []
    if 'en' in C and chance(rng, C['pen']):
        toks.append(C['en'][0 if sex == 'F' else 1].pick(rng))
        if chance(rng, 0.3):
            toks.append(gp.pick(rng))
    else:
        toks.append(gp.pick(rng))
        if chance(rng, C.get('g2', 0.0)):
            t2 = gp.pick(rng)
            if t2 is not toks[0]:
                toks.append(t2)
    drop = False
    if sex == 'M' and C.get('moh', 0) and chance(rng, C['moh']):
        mt = C.get('moh_tok') or C['gm'].toks[0]
        if toks[0] is not mt:
            toks.insert(0, mt)
            drop = True
    if len(toks) > 1 and toks[1] is toks[0]:
        toks.pop()
    return toks, drop


def new_sur(rng, C, sex):
    st = C['st']
    if st == 'ug':
        return (UG_SF if sex == 'F' else UG_SM).pick(rng)
    if C.get('fj'):
        return CN_FJ_WP.pick(rng)
    return C['sur'].pick(rng)


def rand_date(rng, year):
    year = max(1920, min(2025, year))
    d0 = datetime.date(year, 1, 1).toordinal()
    n = 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    return datetime.date.fromordinal(d0 + rng.randrange(n))


def offdate(rng, year, style=None):
    year = max(1920, min(2025, year))
    style = style or OFFDATE_STYLE.pick(rng)
    if style == '0101':
        return datetime.date(year, 1, 1)
    if style == 'first':
        return datetime.date(year, rng.randint(1, 12), 1)
    if style == '0701':
        return datetime.date(year, 7, 1)
    if style == '3112':
        return datetime.date(year, 12, 31)
    if style == '1506':
        return datetime.date(year, 6, 15)
    return rand_date(rng, year)


def make_person(rng, o, cul, sex, bdate, sh, first_year, husband_sh=None, force_married=False):
    """sh: dict shared with siblings ('fam','mfam','father','gfather',...)."""
    p = Person(o, cul, sex)
    C = p.C
    st = p.st
    p.first_year = first_year
    gt, p.drop_first = pick_given(rng, C, sex, st)
    if cul == 'ng_yo' and sh.get('twin_names'):
        gt = [sh['twin_names'].pop(0)] + gt[1:]
    p.given = [mk(rng, t) for t in gt]
    lang = p.lang

    # ---- family / father / grandfather
    if st in ('std', 'cyr', 'lt', 'lv', 'ph', 'ke', 'vn', 'cn', 'es', 'br'):
        if 'fam' not in sh:
            sh['fam'] = new_sur(rng, C, 'M')
        base = sh['fam']
        if st == 'es':
            if 'mfam' not in sh:
                m = new_sur(rng, C, 'F')
                sh['mfam'] = m if m is not base else new_sur(rng, C, 'F')
            p.family = [mk(rng, base), mk(rng, sh['mfam'])]
        elif st == 'br':
            if 'mfam' not in sh:
                sh['mfam'] = new_sur(rng, C, 'F')
            if 'br_two' not in sh:
                sh['br_two'] = chance(rng, 0.6)
            if sh['br_two'] and sh['mfam'] is not base:
                p.family = [mk(rng, sh['mfam']), mk(rng, base)]
            else:
                p.family = [mk(rng, base)]
        else:
            p.family = [mk(rng, gender_sur(base, C, sex))]
        if cul == 'cn_fj' and chance(rng, 0.15):
            p.hokkien = True
            t = p.family[0][0]
            p.family = [(t, min(2, len(t.forms) - 1))]
        if st == 'ph':
            if 'mfam' not in sh:
                sh['mfam'] = new_sur(rng, C, 'F')
            p.middle = mk(rng, sh['mfam'])
        elif st == 'ke':
            p.middle = mk(rng, KE_TRAD_F.pick(rng) if sex == 'F' else KE_S.pick(rng))
        elif st == 'vn':
            p.middle = mk(rng, (VN_MID_F if sex == 'F' else VN_MID_M).pick(rng))
    elif st == 'ug':
        p.family = [mk(rng, new_sur(rng, C, sex))]
    if st in ('cyr', 'mn', 'patr', 'arab', 'sa'):
        if 'father' not in sh:
            f = C['gm'].pick(rng)
            if f in gt:
                f = C['gm'].pick(rng)
            sh['father'] = f
        p.father = mk(rng, sh['father'])
        if st in ('patr', 'arab'):
            if 'gfather' not in sh:
                g = C['gm'].pick(rng)
                sh['gfather'] = g if g is not sh['father'] else C['gm'].pick(rng)
            p.gfather = mk(rng, sh['gfather'])
        if st in ('patr', 'arab', 'sa'):
            if 'fam' not in sh:
                if st == 'sa':
                    fp = C['realp_f'] if sex == 'F' else C['realp_m']
                else:
                    fp = C.get('famp', 0.0)
                sh['fam'] = C['sur'].pick(rng) if ('sur' in C and chance(rng, fp)) else None
            if sh['fam'] is not None:
                p.family = [mk(rng, sh['fam'])]
        if st == 'cyr' and lang in ('ru', 'uk', 'bg'):
            p.patr = (ctok(cyr_patronymic(sh['father'].native, lang, sex), lang), 0)
        if st == 'sa':
            if sex == 'F':
                if 'stand_pool_f' in C:
                    p.standin = mk(rng, C['stand_pool_f'].pick(rng))
                elif C.get('stand_f') is not None:
                    p.standin = mk(rng, C['stand_f'])
            elif C.get('stand_m') is not None:
                p.standin = mk(rng, C['stand_m'])

    # ---- marriage
    age0 = first_year - bdate.year
    if sex == 'F':
        hb = None
        nordic = False
        if husband_sh is not None:
            hb = husband_sh.get('fam')
            if st == 'sa' and cul == 'pk':
                hb = husband_sh.get('given')
        elif force_married or (age0 >= 20 and chance(rng, 0.22)):
            if chance(rng, C.get('nordic', 0.02)):
                hb = NORDIC_S.pick(rng)
                nordic = True
            elif st == 'sa' and cul == 'pk':
                hb = C['gm'].pick(rng)
            elif 'sur' in C and st not in ('patr', 'mn'):
                hb = new_sur(rng, C, 'M')
        sh['husband_fam'] = hb
        if hb is not None and chance(rng, 0.7 if nordic else C.get('marry', 0.0)):
            if nordic:
                p.married = mk(rng, hb)
            elif st == 'lt':
                p.married = (ltok(lt_form(hb.forms[0], True)), 0)
            elif cul in ('hu', 'hu_roma'):
                b = hb.forms[0]
                r = rng.random()
                if r < 0.5 or not p.family:
                    p.married = (ltok(b), 0)
                elif r < 0.75:
                    p.married = (ltok(b + 'né'), 0)
                else:
                    p.married = (ltok(b + 'né ' + p.family[0][0].forms[0]), 0)
            else:
                p.married = mk(rng, gender_sur(hb, C, 'F', True))
    else:
        sh['given'] = gt[-1]

    # ---- nickname, alias, trans
    if 'nickpool' in C:
        if chance(rng, C['nick']):
            p.nick = mk(rng, C['nickpool'].pick(rng))
    elif st == 'ph' and chance(rng, 0.3):
        p.nick = (ltok(one_of(rng, PH_NICK_F if sex == 'F' else PH_NICK_M)), 0)
    else:
        g0 = p.given[-1 if p.drop_first else 0][0]
        if g0.nicks and chance(rng, C.get('nick', 0.2)):
            nk = one_of(rng, g0.nicks)
            p.nick = (ctok(nk, g0.lang) if g0.lang else ltok(nk), 0)
    if chance(rng, (0.22 if sex == 'F' else 0.06) if o.sexexp else 0.05):
        p.alias = (ltok(one_of(rng, WORK_F if sex == 'F' else WORK_M)), 0)
    if sex == 'F' and ((cul == 'br' and chance(rng, 0.08)) or (cul == 'th' and chance(rng, 0.03))):
        p.trans = True
        p.social = p.given[0]
        p.given = [mk(rng, C['gm'].pick(rng))]
        p.married = None
    elif chance(rng, 0.001):
        p.sex_x = True

    # ---- dates
    p.bdate = bdate
    if chance(rng, o.unknown):
        p.known = False
        p.offdate = offdate(rng, bdate.year + one_of(rng, (-1, 0, 0, 0, 1)))
    if o.assess and 14 <= age0 <= 19 and chance(rng, 0.35):
        p.assessed = datetime.date(bdate.year - rng.randint(1, 4), 1, 1)
        if chance(rng, 0.3):
            p.claimed = bdate.year + rng.randint(1, 3)

    # ---- citizenship
    cc = o.cc
    cit = [cc]
    if cc == 'AL':
        r = rng.random()
        if r < 0.08:
            cit = ['MK']
        elif r < 0.13:
            cit = ['RS']
        elif r < 0.15:
            cit = ['ME']
    if cul == 'md' or cul == 'md_ru':
        if chance(rng, 0.35):
            cit.append('RO')
    elif cul == 'bg_tr' and chance(rng, 0.25):
        cit.append('TR')
    elif cul == 'ru_lv' and chance(rng, 0.4):
        cit = [] if chance(rng, 0.7) else ['RU']
    elif cul == 'ku' and cc == 'SY' and chance(rng, 0.1):
        cit = []
    elif cc == 'BR' and chance(rng, 0.06):
        cit.append(one_of(rng, ['PT', 'IT']))
    elif cc == 'VE' and chance(rng, 0.12):
        cit.append(one_of(rng, ['CO', 'ES']))
    elif cc == 'CO' and chance(rng, 0.03):
        cit.append('ES')
    elif cc == 'DO' and chance(rng, 0.03):
        cit.append('ES')
    elif cc == 'ER' and chance(rng, 0.03):
        cit.append('ET')
    elif cc == 'HU' and chance(rng, 0.03):
        cit.append('RO')
    elif cc in ('RU', 'UA') and chance(rng, 0.03):
        cit.append('UA' if cc == 'RU' else 'RU')
    p.cit = cit
    n_tr = 1 if chance(rng, 0.7) else 2
    p.transit = [one_of(rng, o.transit) for _ in range(n_tr)]
    if lang:
        p.cyr_doc = CYR_DOC[lang].pick(rng)

    # ---- false identity
    if chance(rng, o.falsep):
        fg, _ = pick_given(rng, C, sex, st)
        if st in ('patr', 'mn'):
            ff = C['gm'].pick(rng)
        elif st == 'ug':
            ff = new_sur(rng, C, sex)
        elif 'sur' in C:
            ff = gender_sur(new_sur(rng, C, 'M'), C, sex)
        else:
            ff = None
        shift = rng.randint(1, 6)
        fb = bdate.replace(year=bdate.year - shift) if not (bdate.month == 2 and bdate.day == 29) \
            else datetime.date(bdate.year - shift, 2, 28)
        if chance(rng, 0.5):
            fb = rand_date(rng, bdate.year - shift)
        p.false = dict(given=[mk(rng, fg[0])], family=[mk(rng, ff)] if ff is not None else [],
                       bdate=fb, cit=one_of(rng, o.falsecit) if chance(rng, 0.7) else cc)

    # ---- native script available for all parts?
    toks = [t for t, _ in p.given] + [t for t, _ in p.family]
    for x in (p.father, p.gfather, p.middle):
        if x is not None:
            toks.append(x[0])
    p.all_native = all(t.native is not None for t in toks)
    return p


def age_date(rng, first_year):
    lo, hi = AGE_WP.pick(rng)
    return rand_date(rng, first_year - rng.randint(lo, hi))


def make_group(rng):
    o = ORIGIN_WP.pick(rng)
    cul = o.subs.pick(rng)
    C = CULT[cul]
    fy = rng.randint(2006, 2025)

    def sx():
        return 'F' if chance(rng, o.pF) else 'M'

    def fy2():
        return min(2025, fy + rng.randint(0, 2))

    if not chance(rng, FAMILY_RATE):
        return [make_person(rng, o, cul, sx(), age_date(rng, fy), {}, fy)]
    kind = FAMILY_KIND.pick(rng)
    if kind == 'sib':
        sh = {}
        n = 2 if chance(rng, 0.8) else 3
        twins = chance(rng, 0.12)
        if twins and cul == 'ng_yo':
            sh['twin_names'] = [NG_YO_F.find('Taiwo'), NG_YO_F.find('Kehinde')]
        bd0 = age_date(rng, fy)
        out = []
        for i in range(n):
            if i == 0 or (twins and i == 1):
                bd = bd0
            else:
                y = bd0.year + one_of(rng, (-1, 1)) * rng.randint(1, 8)
                y = min(y, fy - 1)
                bd = rand_date(rng, y)
            out.append(make_person(rng, o, cul, sx(), bd, sh, fy if i == 0 else fy2()))
        return out
    if kind in ('mother_child', 'father_child'):
        psex = 'F' if kind == 'mother_child' else 'M'
        page = rng.randint(24, 48)
        pbd = rand_date(rng, fy - page)
        shp = {}
        parent = make_person(rng, o, cul, psex, pbd, shp, fy,
                             force_married=(psex == 'F' and chance(rng, 0.6)))
        cage = rng.randint(0, min(17, page - 16))
        cbd = rand_date(rng, fy - cage)
        st = C['st']
        if psex == 'M':
            shc = {'fam': shp.get('fam'), 'father': parent.given[-1][0] if st in ('cyr', 'mn', 'patr', 'arab', 'sa') else None,
                   'gfather': shp.get('father')}
            if shc['fam'] is None:
                shc.pop('fam')
            if shc['gfather'] is None:
                shc.pop('gfather')
            if shc['father'] is None:
                shc.pop('father')
            if st == 'ug':
                shc = {}
        else:
            shc = {}
            hf = shp.get('husband_fam')
            if st in ('std', 'cyr', 'lt', 'lv', 'ph', 'ke', 'vn', 'cn', 'es', 'br', 'arab', 'sa'):
                if hf is not None and st != 'sa':
                    shc['fam'] = hf
                elif chance(rng, 0.5) and 'fam' in shp and shp['fam'] is not None:
                    shc['fam'] = shp['fam']
            if st in ('es', 'br', 'ph') and shp.get('fam') is not None:
                shc['mfam'] = shp['fam']
        child = make_person(rng, o, cul, 'F' if chance(rng, 0.6) else 'M', cbd, shc, fy2())
        return [parent, child]
    # spouses
    hbd = rand_date(rng, fy - rng.randint(20, 45))
    wbd = rand_date(rng, hbd.year + rng.randint(0, 8))
    shh = {}
    husband = make_person(rng, o, cul, 'M', hbd, shh, fy)
    wife = make_person(rng, o, cul, 'F', wbd, {}, fy, husband_sh=shh)
    return [husband, wife]


# ============================================================================
# RECORD RENDERING
# ============================================================================

class Ctx:
    __slots__ = ('rng', 'org', 'pr', 'p', 'native', 'use_doc', 'scheme', 'eq', 'clerk', 'alt')


def make_ctx(rng, org, p):
    pr = ORGS[org]
    c = Ctx()
    c.rng = rng
    c.org = org
    c.pr = pr
    c.p = p
    c.native = p.all_native and chance(rng, pr['native'])
    c.use_doc = chance(rng, pr['std'])
    c.scheme = None
    c.eq = False
    if p.lang:
        s = pr['cyr'].pick(rng)
        if p.lang in LANG_SCHEME and chance(rng, 0.3):
            s = LANG_SCHEME[p.lang]
        c.scheme = s
        c.eq = p.lang == 'uk' and chance(rng, pr['eq'])
    c.clerk = pr['clerk'].pick(rng)
    c.alt = pr['alt']
    if p.cul == 'bg_tr' and 'TR' in p.cit and org in ('IMM', 'RET'):
        c.alt = 0.6
    return c


def R(pt, c):
    """Render one name token for this record."""
    if pt is None:
        return ''
    tok, di = pt
    if c.native and tok.native:
        return tok.native
    if tok.lang:
        if c.eq and tok.eq is not None:
            tok = tok.eq
            scheme = c.scheme if c.scheme in ('icao', 'bgn', 'simple', 'german', 'scand', 'french',
                                              'iso') else 'simple'
        else:
            scheme = c.p.cyr_doc if (c.use_doc and c.p.cyr_doc) else c.scheme
            if scheme is None:
                scheme = CYR_DOC[tok.lang].pick(c.rng)
        if tok.alt and c.rng.random() < c.alt:
            return tok.alt
        if scheme in ('ua_nat', 'bg_str', 'mn_pass') and LANG_SCHEME.get(tok.lang) != scheme:
            scheme = 'icao'
        return translit(tok.native, tok.lang, scheme)
    forms = tok.forms
    if len(forms) == 1:
        return forms[0]
    if c.use_doc:
        return forms[di]
    if c.rng.random() < 0.4:
        return forms[0]
    return forms[c.rng.randrange(len(forms))]


def native_full(p):
    g = ' '.join(t.native for t, _ in p.given if t.native)
    f = ' '.join(t.native for t, _ in p.family if t.native)
    if p.st == 'cn':
        return f + g
    if p.st in ('vn', 'mn') or p.C.get('fg'):
        return (f + ' ' + g).strip()
    parts = [g]
    if p.father is not None and p.father[0].native and p.st in ('patr', 'arab'):
        parts.append(p.father[0].native)
    if f:
        parts.append(f)
    return ' '.join(x for x in parts if x)


def given_str(p, c, g=None):
    g = p.given if g is None else g
    rng = c.rng
    if len(g) > 1:
        if chance(rng, c.pr['all_given']):
            if p.drop_first and chance(rng, 0.3):
                return R(g[1], c)
            return ' '.join(R(t, c) for t in g)
        if p.drop_first and chance(rng, 0.6):
            return R(g[1], c)
        return R(g[0], c)
    return R(g[0], c)


def with_married(p, c, fam, others):
    """Married vs maiden name handling for the family field."""
    if p.married is None or not chance(c.rng, 0.6):
        return fam
    m = R(p.married, c)
    r = c.rng.random()
    if r < 0.06 and fam:
        return fam + '-' + m if chance(c.rng, 0.5) else m + '-' + fam
    if r < 0.10 and fam:
        return fam + ' ' + m
    if fam and chance(c.rng, c.pr['maiden']):
        others.append(fam)
    return m


_ART = re.compile(r'^(Al|El|al|el| Al|AL)[- ]')


def article_variant(s, rng):
    m = _ART.match(s)
    if not m:
        return s
    rest = s[m.end():]
    r = rng.random()
    if r < 0.55:
        return s
    if r < 0.65:
        return 'Al ' + rest
    if r < 0.75:
        return 'Al' + rest.lower()
    if r < 0.83:
        return 'El-' + rest
    if r < 0.95:
        return rest
    return 'al-' + rest


def mn_genitive(tok):
    s = tok.native
    if s[-1] in 'аэиоуөүяеё':
        return s + 'гийн'
    if s[-1] == 'н':
        return s + 'ы'
    if any(ch in s for ch in 'эөүи'):
        return s + 'ийн'
    return s + 'ын'


def build_names(p, c):
    """Returns (given, family, others) before generic corruption."""
    rng = c.rng
    pr = c.pr
    st = p.st
    others = []
    giv = given_str(p, c)
    fam = ''
    if st in ('std', 'ug', 'lt', 'lv', 'cyr'):
        fam = R(p.family[0], c) if p.family else ''
        if st == 'cyr' and p.patr is not None:
            pp = 0.12 if c.org in ('IMM', 'MUN') else 0.04
            r = rng.random()
            if r < pp:
                giv = giv + ' ' + R(p.patr, c)
            elif r < pp + 0.05:
                others.append(R(p.patr, c))
            elif r < pp + 0.06 and p.lang == 'bg':
                fam = R(p.patr, c)
        fam = with_married(p, c, fam, others)
    elif st == 'es':
        s1, s2 = R(p.family[0], c), R(p.family[1], c)
        both = 0.8 if c.org == 'IMM' else 0.55
        r = rng.random()
        if r < both:
            fam = s1 + ' ' + s2
        elif r < both + 0.30:
            fam = s1
        elif r < both + 0.34:
            fam = s2
        elif r < both + 0.38:
            fam = s1 + '-' + s2
        elif r < both + 0.39:
            fam = s1 + ' y ' + s2
        else:
            fam = s1
            others.append(s2)
        fam = with_married(p, c, fam, others)
    elif st == 'br':
        parts = [R(t, c) for t in p.family]
        if len(parts) > 1:
            r = rng.random()
            fam = ' '.join(parts) if r < 0.5 else (parts[-1] if r < 0.9 else parts[0])
        else:
            fam = parts[0]
        fam = with_married(p, c, fam, others)
    elif st == 'ph':
        if p.married is not None and chance(rng, 0.6):
            fam = R(p.married, c)
            mid = R(p.family[0], c)
        else:
            fam = R(p.family[0], c)
            mid = R(p.middle, c)
        r = rng.random()
        if r < 0.15:
            giv = giv + ' ' + mid
        elif r < 0.23:
            fam = mid + ' ' + fam
        elif r < 0.28:
            others.append(mid)
        elif r < 0.38 and mid:
            giv = giv + ' ' + mid[0] + '.'
    elif st == 'ke':
        trad = R(p.middle, c)
        fam = with_married(p, c, R(p.family[0], c), others)
        r = rng.random()
        if r < 0.30:
            giv = giv + ' ' + trad
        elif r < 0.42:
            fam = trad
        elif r < 0.50:
            fam = trad + ' ' + fam
    elif st == 'vn':
        F, M, G = R(p.family[0], c), R(p.middle, c), giv
        r = rng.random()
        if c.org in ('IMM', 'RET') and r < 0.7:
            giv, fam = M + ' ' + G, F
        elif r < 0.45:
            giv, fam = M + ' ' + G, F
        elif r < 0.75:
            giv, fam = G, F
        elif r < 0.82:
            giv, fam = G, F + ' ' + M
        elif r < 0.90:
            giv, fam = F, M + ' ' + G
        elif r < 0.95:
            giv, fam = F + ' ' + M, G
        else:
            giv, fam = G + ' ' + M, F
    elif st == 'cn':
        F = R(p.family[0], c)
        r = rng.random()
        if c.native:
            if r < 0.6:
                fam = F
            else:
                giv, fam = '', F + giv
        elif r < 0.8:
            fam = F
        elif r < 0.92:
            giv, fam = F, giv
        elif r < 0.96:
            giv, fam = '', F + ' ' + giv
        else:
            giv, fam = giv + ' ' + F, ''
    elif st == 'mn':
        Fa = R(p.father, c)
        r = rng.random()
        if r < 0.55:
            fam = Fa
        elif r < 0.70:
            gtok = (ctok(mn_genitive(p.father[0]), 'mn'), 0)
            fam = R(gtok, c)
        elif r < 0.80:
            fam = Fa[:1] + '.'
        elif r < 0.88:
            giv = Fa[:1] + '. ' + giv
        else:
            fam = ''
    elif st == 'patr':
        Fa, Gf = R(p.father, c), R(p.gfather, c)
        if p.family and chance(rng, 0.5):
            fam = R(p.family[0], c)
            if chance(rng, 0.1):
                others.append(Fa)
        else:
            empty = 0.35 if p.cul == 'af' else 0.15
            r = rng.random()
            if r < 0.50:
                fam = Fa
            elif r < 0.70:
                fam = Fa + ' ' + Gf
            elif r < 0.78:
                fam = Gf
            elif r < 0.85:
                others.append(Fa + ' ' + Gf)
            elif r < 0.85 + empty:
                fam = ''
            else:
                fam = Fa
    elif st == 'arab':
        Fa, Gf = R(p.father, c), R(p.gfather, c)
        Fm = article_variant(R(p.family[0], c), rng) if p.family else ''
        fem = p.sex == 'F'
        if p.cul == 'ma':
            bin_w = one_of(rng, ('bent', 'bint')) if fem else one_of(rng, ('ben', 'ould', 'walad', 'bin'))
        elif p.cul == 'ku':
            bin_w = ''
        else:
            bin_w = 'bint' if fem else one_of(rng, ('bin', 'ibn', 'bin', 'ibn', 'walad'))
        r = rng.random()
        if Fm:
            fg = 0.15 if p.C.get('iraq') else 0.08
            if r < 0.55:
                fam = Fm
            elif r < 0.70:
                fam = Fa
            elif r < 0.80:
                fam = Fa + ' ' + Fm
            elif r < 0.80 + fg:
                fam = Fa + ' ' + Gf
            elif r < 0.83 + fg:
                fam = (bin_w + ' ' + Fa).strip()
            elif r < 0.87 + fg:
                giv, fam = giv + ' ' + Fa, Fm
            else:
                fam = ''
        else:
            if r < 0.55:
                fam = Fa
            elif r < 0.80:
                fam = Fa + ' ' + Gf
            elif r < 0.85:
                fam = (bin_w + ' ' + Fa).strip()
            elif r < 0.90:
                fam = Gf
            else:
                fam = ''
    elif st == 'sa':
        opts = []
        if p.married is not None and chance(rng, 0.6):
            opts.append(('married', 0.7))
        if p.family:
            opts.append(('real', 0.6))
        if p.standin is not None:
            opts.append(('stand', 0.25 if p.family else 0.55))
        opts.append(('father', 0.07 if p.family else 0.15))
        opts.append(('empty', 0.08 if p.family else 0.25))
        kind = WP(opts).pick(rng)
        if kind == 'married':
            fam = R(p.married, c)
            if chance(rng, c.pr['maiden']) and p.family:
                others.append(R(p.family[0], c))
        elif kind == 'real':
            fam = R(p.family[0], c)
            if p.standin is not None and p.sex == 'M' and chance(rng, 0.25):
                giv = giv + ' ' + R(p.standin, c)
        elif kind == 'stand':
            fam = R(p.standin, c)
        elif kind == 'father':
            fam = R(p.father, c)
    return giv, fam, others


def initials(s, dots=True):
    ws = [w for w in re.split(r'[ \-]+', s) if w]
    if not ws:
        return s
    if dots:
        return ' '.join(w[0] + '.' for w in ws)
    return ''.join(w[0] for w in ws)


def corrupt(p, c, giv, fam, others):
    rng = c.rng
    pr = c.pr
    native = c.native
    # nickname / working name / social name
    if p.nick is not None and chance(rng, pr['nick']):
        full = giv
        giv = R(p.nick, c)
        if chance(rng, 0.3):
            fam = ''
        elif chance(rng, 0.15):
            others.append(full)
    if p.alias is not None:
        if chance(rng, pr['alias_name']):
            if chance(rng, 0.3):
                others.append(giv)
            giv = R(p.alias, c)
            if chance(rng, 0.5):
                fam = ''
        elif chance(rng, pr['alias_other']):
            others.append(R(p.alias, c))
    if p.trans:
        sg = R(p.social, c)
        if chance(rng, 0.5):
            if chance(rng, 0.3):
                others.append(giv)
            giv = sg
        elif chance(rng, 0.4):
            others.append(sg)
    if p.cul == 'bg_tr' and chance(rng, 0.08):
        a = [t.alt for t, _ in p.given[:1] + p.family[:1] if t.alt]
        if a:
            others.append(' '.join(a))
    if (p.all_native and not native and chance(rng, pr['native_other'])):
        nf = native_full(p)
        if nf:
            others.append(nf)

    if not native:
        if '-' in giv and chance(rng, 0.35):
            r = rng.random()
            a, b = giv.split('-', 1)
            giv = a + ' ' + b if r < 0.5 else (a + b.lower() if r < 0.75 else a)
        elif ' ' in giv and chance(rng, 0.06):
            giv = giv.replace(' ', '-', 1)
        if '-' in fam and chance(rng, 0.25):
            fam = fam.replace('-', ' ' if chance(rng, 0.6) else '')
        if chance(rng, pr['respell']):
            giv = respell(giv, c.clerk, rng)
            if chance(rng, 0.5):
                fam = respell(fam, c.clerk, rng)
        if chance(rng, pr['typo']):
            giv = typo(giv, rng)
            if chance(rng, 0.1):
                giv = typo(giv, rng)
        if chance(rng, pr['typo']):
            fam = typo(fam, rng)
        if others and chance(rng, pr['typo']):
            i = rng.randrange(len(others))
            others[i] = typo(others[i], rng)

    # structural habits
    if fam and giv and chance(rng, pr['given_only']):
        fam = ''
    if chance(rng, pr['swap'] + p.C.get('swap', 0.0)):
        giv, fam = fam, giv
    if (giv or fam) and chance(rng, pr['onefield']):
        if p.C.get('fg') and chance(rng, 0.5):
            full = (fam + ' ' + giv).strip()
        else:
            full = (giv + ' ' + fam).strip()
        if chance(rng, 0.6):
            giv, fam = full, ''
        else:
            giv, fam = '', full
    if not native and giv and chance(rng, pr['initials']):
        r = rng.random()
        dots = chance(rng, 0.7)
        if r < 0.6 and fam:
            giv = initials(giv, dots)
        elif r < 0.75 and fam:
            giv, fam = initials(giv, dots) + ' ' + fam, ''
        elif r < 0.85:
            giv, fam = initials(giv, True).replace(' ', '') + (fam[:1] + '.' if fam else ''), ''
        elif fam:
            fam = fam[:1] + '.'
    if not native and chance(rng, pr['title']):
        female = (p.sex == 'F') != chance(rng, 0.05)
        t = one_of(rng, TITLES_F if female else TITLES_M)
        r = rng.random()
        if r < 0.5 or not fam:
            giv = (t + ' ' + giv).strip()
        elif r < 0.8:
            giv = t
        else:
            fam = t + ' ' + fam
    if chance(rng, pr['placeholder']):
        ph = PLACEHOLDERS.pick(rng)
        if giv and (not fam or chance(rng, 0.8)):
            fam = ph
        elif fam:
            giv = ph

    # diacritics, truncation, case, OCR
    if not native:
        mode = pr['fold'].pick(rng)
        if mode == 'nordic':
            mode = 'sv' if c.clerk == 'sv' else 'da'
        if mode == 'keep' and p.cul == 'vn' and c.org != 'SHL' and chance(rng, 0.6):
            mode = 'ascii'
        if mode == 'keep' and p.cul in ('ro', 'ro_roma', 'md') and chance(rng, 0.3):
            tr = str.maketrans('șțȘȚ', 'şţŞŢ')
            giv, fam = giv.translate(tr), fam.translate(tr)
        giv, fam = fold(giv, mode), fold(fam, mode)
        others = [fold(x, mode) for x in others]
    mrz = not native and chance(rng, pr['mrz'])
    if mrz:
        giv = fold(giv.upper(), 'icao').replace('-', ' ').replace("'", '').replace('.', '')
        fam = fold(fam.upper(), 'icao').replace('-', ' ').replace("'", '').replace('.', '')
        if len(fam) > 37:
            fam = fam[:37].rstrip()
        if len(fam) + 2 + len(giv) > 39:
            giv = giv[:max(1, 37 - len(fam))].rstrip()
        others = [x.upper() for x in others]
    else:
        if chance(rng, pr['trunc']):
            lim = 20 if chance(rng, 0.6) else 25
            giv, fam = giv[:lim].rstrip(), fam[:lim].rstrip()
        r = rng.random()
        if r < pr['caps']:
            giv, fam = giv.upper(), fam.upper()
            others = [x.upper() for x in others]
        elif r < pr['caps'] + pr['lower']:
            giv, fam = giv.lower(), fam.lower()
            others = [x.lower() for x in others]
    if not native and chance(rng, pr['ocr']):
        if chance(rng, 0.5):
            giv = ocr(giv, rng)
        else:
            fam = ocr(fam, rng)
    if chance(rng, 0.004):                          # stray whitespace
        r = rng.random()
        if r < 0.4 and giv:
            giv = giv + ' '
        elif r < 0.7 and fam:
            fam = ' ' + fam
        else:
            giv = giv.replace(' ', '  ', 1)
    if not giv.strip():
        giv = ''
    if not fam.strip():
        fam = ''
    if not giv and not fam:
        giv = R(p.given[0], c) or 'NN'
    # other names: dedupe, drop the ones equal to the main fields
    seen = [giv.strip().lower(), fam.strip().lower()]
    oth = []
    for x in others:
        x = x.replace(';', ' ').strip()
        k = x.lower()
        if x and k not in seen:
            seen.append(k)
            oth.append(x)
    return giv, fam, ';'.join(oth[:4])


D_MIN = datetime.date(1900, 1, 1)
D_MAX = datetime.date(2026, 12, 1)
_MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _mdays(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return _MDAYS[m - 1]


def _with_year(d, y):
    return datetime.date(y, d.month, min(d.day, _mdays(y, d.month)))


def render_date(p, c, use_false, rec_year):
    rng = c.rng
    pr = c.pr
    org = c.org
    if chance(rng, pr['d_missing']):
        return '', ''
    if use_false:
        d = p.false['bdate']
    elif p.assessed is not None and org in ('IMM', 'MUN', 'RET') and chance(rng, 0.75):
        d = p.assessed
    elif p.claimed is not None and org in ('NGO', 'POL', 'SHL') and chance(rng, 0.6):
        d = _with_year(p.bdate, p.claimed) if p.known else offdate(rng, p.claimed)
    elif not p.known:
        if org in ('IMM', 'MUN', 'RET') and chance(rng, 0.8):
            d = p.offdate
        else:
            d = offdate(rng, p.bdate.year + one_of(rng, (-2, -1, -1, 0, 0, 0, 0, 1, 1, 2)))
    else:
        d = p.bdate
    if chance(rng, pr['d_yearonly']):
        y = d.year
        if org == 'NGO' and chance(rng, 0.6):
            # year computed from the age the person states
            if chance(rng, d.timetuple().tm_yday / 366.0):
                y += 1
        y = max(1900, min(2026, y))
        if org in ('IMM', 'MUN') and chance(rng, 0.4):
            d = datetime.date(y, 1, 1)
        else:
            return '', str(y)
    y, m, dd = d.year, d.month, d.day
    if dd <= 12 and dd != m and chance(rng, pr['d_swap']):
        m, dd = dd, m
    if chance(rng, pr['d_typo']):
        r = rng.random()
        if r < 0.3 and dd >= 10 and dd % 10 != 0 and int(str(dd)[::-1]) <= 31:
            dd = int(str(dd)[::-1])
        elif r < 0.55:
            ys = str(y)
            y = int(ys[:2] + ys[3] + ys[2])
        elif r < 0.8:
            dd = max(1, dd + one_of(rng, (-1, 1, -10, 10)))
        else:
            m = max(1, min(12, m + one_of(rng, (-1, 1))))
    if chance(rng, pr['d_year1']):
        y += one_of(rng, (-1, 1))
    if chance(rng, pr['d_year10']):
        y += one_of(rng, (-10, 10))
    nd = d
    if 1900 <= y <= 2026 and 1 <= m <= 12:
        dd = min(max(dd, 1), _mdays(y, m))
        nd = datetime.date(y, m, dd)
        if nd < D_MIN or nd > D_MAX:
            nd = d
    by = str(nd.year) if chance(rng, pr['by_also']) else ''
    return nd.isoformat(), by


_TRANS_SEX = WP([('F', 50), ('M', 35), ('X', 15)])


def render_sex(p, c):
    rng = c.rng
    pr = c.pr
    if chance(rng, pr['s_missing']):
        return ''
    if p.trans:
        s = _TRANS_SEX.pick(rng)
    elif p.sex_x:
        s = 'X' if chance(rng, 0.7) else p.sex
    else:
        s = p.sex
    if s != 'X' and chance(rng, pr['s_wrong'] * (1.0 if p.o.kind == 'eu' else 1.5)):
        s = 'M' if s == 'F' else 'F'
    elif chance(rng, 0.002):
        s = 'X'
    return s


def render_cit(p, c, use_false):
    rng = c.rng
    pr = c.pr
    if chance(rng, pr['c_missing']):
        return ''
    if use_false and chance(rng, 0.8):
        cits = [p.false['cit']]
    else:
        cits = list(p.cit)
        if not cits:
            if chance(rng, 0.25):
                cits = [p.o.cc]
            else:
                return ''
        if len(cits) > 1 and not chance(rng, pr['c_dual']):
            cits = [cits[0]] if chance(rng, 0.7) else [cits[1]]
        if chance(rng, pr['c_transit']):
            t = one_of(rng, p.transit)
            if chance(rng, 0.6):
                cits = [t]
            elif t not in cits:
                cits.append(t)
    if chance(rng, 0.007):
        cits[0] = CONFUSE.get(cits[0], cits[0])
    if len(cits) > 1 and chance(rng, 0.5):
        cits.reverse()
    out = []
    for x in cits:
        if x not in out:
            out.append(x)
    return ';'.join(out)


def gen_record(p, rng, j):
    org = ORG_WP[p.o.kind].pick(rng)
    rec_year = p.first_year if j == 0 else min(2025, p.first_year + rng.randint(0, 6))
    c = make_ctx(rng, org, p)
    use_false = p.false is not None and org in ('IMM', 'POL', 'RET') and chance(rng, 0.4)
    if use_false:
        f = p.false
        c.native = False
        giv = R(f['given'][0], c)
        fam = R(f['family'][0], c) if f['family'] else ''
        others = []
        if org == 'POL' and chance(rng, 0.25):
            others.append((R(p.given[-1], c) + ' ' + (R(p.family[0], c) if p.family else '')).strip())
    else:
        giv, fam, others = build_names(p, c)
        if p.false is not None and org == 'POL' and chance(rng, 0.2):
            f = p.false
            others.append((R(f['given'][0], c) + ' ' + (R(f['family'][0], c) if f['family'] else '')).strip())
    giv, fam, oth = corrupt(p, c, giv, fam, others)
    bd, by = render_date(p, c, use_false, rec_year)
    sex = render_sex(p, c)
    cit = render_cit(p, c, use_false)
    return '\x1f'.join((giv, fam, oth, bd, by, sex, cit))


# ============================================================================
# MAIN
# ============================================================================

def generate(n, seed, out_path, truth_path):
    rng = random.Random(seed)
    rows = []
    remaining = n
    cid = 0
    while remaining > 0:
        for p in make_group(rng):
            if remaining <= 0:
                break
            k = min(CLUSTER_SIZES.pick(rng), remaining)
            cid += 1
            tag = '\x1f' + str(cid)
            for j in range(k):
                rows.append(gen_record(p, rng, j) + tag)
            remaining -= k
    rng.shuffle(rows)
    width = max(6, len(str(n)))
    with open(out_path, 'w', encoding='utf-8', newline='') as fo, \
            open(truth_path, 'w', encoding='utf-8', newline='') as ft:
        wo = csv.writer(fo)
        wt = csv.writer(ft)
        wo.writerow(['id', 'given_name', 'family_name', 'other_names', 'birth_date', 'birth_year',
                     'sex', 'citizenship'])
        wt.writerow(['id', 'cluster_id'])
        for i in range(len(rows)):
            parts = rows[i].split('\x1f')
            rows[i] = None
            rid = 'R%0*d' % (width, i + 1)
            wo.writerow([rid] + parts[:7])
            wt.writerow([rid, 'C%d' % int(parts[7])])
    return cid


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--count', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--output', required=True)
    ap.add_argument('--truth', required=True)
    a = ap.parse_args(argv)
    if a.count < 0:
        ap.error('--count must be >= 0')
    t0 = time.time()
    persons = generate(a.count, a.seed, a.output, a.truth)
    sys.stderr.write('%d records, %d persons, %.1fs\n' % (a.count, persons, time.time() - t0))


if __name__ == '__main__':
    main()

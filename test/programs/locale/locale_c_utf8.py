# The _locale module and locale.py in the C.UTF-8 locale the environment (LANG=C.UTF-8) gives at
# start: setlocale queries, localeconv, the locale data C and C.UTF-8 share, code point collation,
# gettext without catalogs, open()'s default encoding, locale.py's formatting, argument errors.
import _locale
import io
import locale
import os
import tempfile

print(_locale.__doc__, _locale.Error, locale.Error is _locale.Error, locale.Error.__module__)
# (glibc's _DATE_FMT is left out: the oracle's C library has none.)
print(sorted((k, v) for k, v in vars(_locale).items() if isinstance(v, int) and k != '_DATE_FMT'))
print(sorted(k for k, v in vars(_locale).items() if callable(v) and not k.startswith('_') and k != 'Error'))

# The categories at start: LC_CTYPE from the environment, the others C.
print([locale.setlocale(c) for c in (locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME,
                                     locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES)])
print(locale.getencoding(), locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(_locale.nl_langinfo(_locale.CODESET), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(io.text_encoding(None), io.text_encoding('latin-1'))

conv = locale.localeconv()
print(list(conv.items()))

for name in ['DAY_1', 'DAY_7', 'ABDAY_1', 'ABDAY_4', 'MON_1', 'MON_12', 'ABMON_5', 'ABMON_9',
             'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'T_FMT', 'D_FMT', 'AM_STR', 'PM_STR',
             'T_FMT_AMPM', 'ERA']:
    print(name, repr(_locale.nl_langinfo(getattr(_locale, name))))

# Collation: code point order, and strxfrm is the string itself.
words = ['b', 'B', 'a', 'é', 'e', 'Z', '\U0001f600', '\uffff', '', 'ab', 'a b']
print(sorted(words, key=locale.strxfrm))
print(sorted(words, key=__import__('functools').cmp_to_key(locale.strcoll)))
print([locale.strcoll(x, y) for x, y in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('a', 'ab'), ('', ''), ('\U0001f600', '\uffff')]])
print(repr(locale.strxfrm('aé\uffff')), repr(locale.strxfrm('')))

# gettext without message catalogs: the message itself.
print(_locale.gettext('hello'), _locale.dgettext(None, 'a'), _locale.dgettext('dom', 'b'),
      _locale.dcgettext(None, 'c', locale.LC_MESSAGES), _locale.textdomain(None))

# open() without an encoding uses the locale's.
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'w') as f:
        print(f.encoding, f.errors)
        f.write('héllo')
    with open(p) as f:
        print(f.encoding, f.read())
    with open(p, encoding='locale') as f:
        print(f.encoding)
    with open(p, encoding='latin-1') as f:
        f.reconfigure(encoding='locale')
        print(f.encoding)
    with open(p, 'rb') as b:
        t = io.TextIOWrapper(b)
        print(t.encoding)
        t.detach()

# locale.py's formatting in the C locale: no grouping, '.' as the decimal point.
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%.2f', 1234567.891, grouping=True))
print(locale.format_string('%s and %d', ('x', 12345), grouping=True), locale.format_string('%(a)05d', {'a': 42}))
print(locale.str(3.25), locale.atof('1234.5'), locale.atoi('987'), locale.delocalize('1234.5'), locale.localize('1234.5', grouping=True))
print(format(1234567, 'n'), format(1234567.25, 'n'), format(-0.000012345, 'n'), '{:n}'.format(10**20))
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)
print(locale.normalize('C.UTF-8'), locale.normalize('en_US'), locale.normalize('C'))
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.setlocale(locale.LC_CTYPE))

# Argument errors come from the argument conversions, not the C library.
for f, args in [(_locale.setlocale, ('x',)), (_locale.setlocale, (0, 1)), (_locale.setlocale, (0.5,)),
                (_locale.setlocale, (2**40,)), (_locale.setlocale, (0, 'C\0')),
                (_locale.strcoll, (1, 'a')), (_locale.strcoll, ('a', 1)), (_locale.strcoll, ('a',)),
                (_locale.strcoll, ('a\0', 'b')), (_locale.strxfrm, (b'a',)), (_locale.strxfrm, ('a\0b',)),
                (_locale.nl_langinfo, ('x',)), (_locale.nl_langinfo, (0,)), (_locale.nl_langinfo, (2**40,)),
                (_locale.nl_langinfo, (-1,)), (_locale.localeconv, (1,)), (_locale.getencoding, (1,)),
                (_locale.gettext, (1,)), (_locale.gettext, ('a\0',)), (_locale.dgettext, (1, 'x')),
                (_locale.dgettext, ('x', 1)), (_locale.dcgettext, ('a', 'b', 'c')),
                (_locale.textdomain, (1,)), (_locale.bindtextdomain, ('', None)),
                (_locale.bindtextdomain, ('a', 1)), (_locale.bind_textdomain_codeset, ('a', 1)),
                (_locale.bind_textdomain_codeset, (1, None)), (io.text_encoding, (None, 'x'))]:
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

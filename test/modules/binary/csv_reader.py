# csv.reader on tricky input: quoting, escapes, embedded newlines, whitespace, strict mode, the
# QUOTE_* styles, field_size_limit, line_num, and its errors.
import csv, io

def rows(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = []
        for row in r:
            out.append(row)
        return out, r.line_num
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

samples = [
    'a,b,c\r\n1,2,3\r\n', 'a,b\n"x, y",z\n', '"quoted ""inner"" quotes",plain\n', 'a,"multi\nline",b\n',
    ',,\n', '\n\n', 'a\r\rb\n', '"unterminated,field\n', 'a,b,', ' a, b , c\n', '"a"b,c\n', '"a" ,b\n',
    'a\\,b,c\n', '"a\\"b",c\n', 'x\ry\n', 'a,b\r', '1,2.5,-3e4,abc,"5"\n', ',"",x\n', 'é,ü,"€"\n', '😀,"😀"\n',
    '\ta\tb\n', 'a;b;c\n', 'a|"b|c"|d\n', '"a"\n', '"""",x\n', 'a,b\nc', '"a\r\nb"\r\nc\r\n', 'a\x00b,c\n',
]
variants = [
    {}, {'delimiter': ';'}, {'skipinitialspace': True}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
    {'quoting': csv.QUOTE_NONE}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONNUMERIC},
    {'quoting': csv.QUOTE_STRINGS}, {'quoting': csv.QUOTE_NOTNULL}, {'strict': True}, {'quotechar': "'"},
    {'delimiter': '|'}, {'dialect': 'excel-tab'}, {'dialect': 'unix'}, {'quotechar': None},
]
for s in samples:
    for kw in variants:
        print(repr(s), kw, rows(s, **kw))

r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter, type(r).__name__)
print(list(csv.reader([])), list(csv.reader(['']))
      , list(csv.reader(iter(['x,y']))))
for bad in ([b'a,b'], [1], 5, None):
    try:
        print(list(csv.reader(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
print(rows('0123456789,ab\n'), rows('01234567890,ab\n'), rows('"0123456789"x\n'))
csv.field_size_limit(131072)
for bad in ('x', 2**80, 1.5, True):
    try:
        csv.field_size_limit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    csv.reader()
except TypeError as e:
    print('TypeError', e)
try:
    csv.reader([], 'nope')
except csv.Error as e:
    print('Error', e)
try:
    csv.reader([], foo=1)
except TypeError as e:
    print('TypeError', e)

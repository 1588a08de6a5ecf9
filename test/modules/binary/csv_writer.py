# csv.writer: quoting of every kind of field under each QUOTE_* style, escapes, lineterminators,
# DictWriter, and the writer's errors.
import csv, io

class Num:
    def __float__(self): return 1.5
    def __str__(self): return 'num'

fields = ['plain', 'with space', 'comma,inside', 'quote"inside', 'new\nline', 'cr\rhere', '', None, 0, 1.5, -2,
          True, 3+4j, b'bytes', 'semi;colon', "single'quote", 'back\\slash', 'tab\there', ' lead', 'trail ', 'é€😀',
          Num()]
variants = [
    {}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
    {'quoting': csv.QUOTE_STRINGS}, {'quoting': csv.QUOTE_NOTNULL}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
    {'delimiter': ';'}, {'lineterminator': '\n'}, {'quotechar': "'"}, {'delimiter': '\t', 'quotechar': '|'},
    {'lineterminator': 'X'}, {'delimiter': ' ', 'skipinitialspace': True},
]
for kw in variants:
    for f in fields:
        out = io.StringIO()
        w = csv.writer(out, **kw)
        try:
            w.writerow([f, 'x'])
            w.writerow([f])
            print(kw, repr(f) if not isinstance(f, Num) else 'Num()', repr(out.getvalue()))
        except Exception as e:
            print(kw, repr(f) if not isinstance(f, Num) else 'Num()', type(e).__name__, e)
for kw in variants:
    for row in ([], [''], [None], ['', ''], [None, None], ['a', '']):
        out = io.StringIO()
        try:
            r = csv.writer(out, **kw).writerow(row)
            print(kw, row, repr(out.getvalue()), r)
        except Exception as e:
            print(kw, row, type(e).__name__, e)
out = io.StringIO()
w = csv.writer(out)
print(w.writerows([[1, 2], ['a', 'b'], (x for x in 'cd')]), repr(out.getvalue()), w.dialect.lineterminator)
for bad in (5, None, [[1], 5]):
    try:
        w.writerow(bad) if bad != [[1], 5] else w.writerows(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    csv.writer(5)
except TypeError as e:
    print(e)
try:
    csv.writer(out, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print(e)
out = io.StringIO()
dw = csv.DictWriter(out, ['name', 'value'], extrasaction='ignore')
dw.writeheader()
dw.writerows([{'name': 'a', 'value': 1, 'other': 2}, {'name': 'b,c'}])
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO(out.getvalue()))))
print(list(csv.DictReader(io.StringIO('k,v\n1,2,3\n4\n'), restkey='rest', restval='?')))
# Round trips through every dialect.
data = [['a', 'b,c', 'd"e', 'f\ng', '', ' h '], ['1', '2', '3', '4', '5', '6']]
for name in csv.list_dialects():
    out = io.StringIO()
    csv.writer(out, dialect=name).writerows(data)
    print(name, repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue(), newline=''), dialect=name)) == data)

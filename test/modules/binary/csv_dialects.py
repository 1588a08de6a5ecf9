# _csv.Dialect construction and validation, the registry and csv.Dialect subclasses.
import csv, _csv

def t(label, f):
    try:
        r = f()
        if isinstance(r, _csv.Dialect):
            r = (r.delimiter, r.quotechar, r.escapechar, r.doublequote, r.skipinitialspace, r.strict, r.quoting, r.lineterminator)
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)

t('default', lambda: _csv.Dialect())
t('excel', lambda: _csv.Dialect('excel'))
t('excel-tab', lambda: _csv.Dialect('excel-tab'))
t('unix', lambda: _csv.Dialect(csv.unix_dialect))
t('override', lambda: _csv.Dialect('excel', delimiter=';', quoting=csv.QUOTE_ALL))
for kw in ({'delimiter': ''}, {'delimiter': 'ab'}, {'delimiter': 1}, {'delimiter': None}, {'delimiter': '\n'}, {'delimiter': ' '},
           {'quotechar': ''}, {'quotechar': None}, {'quotechar': None, 'quoting': csv.QUOTE_ALL}, {'quotechar': 5},
           {'escapechar': 'ab'}, {'escapechar': ','}, {'escapechar': '"'}, {'escapechar': ' ', 'skipinitialspace': True},
           {'quotechar': ' '}, {'quotechar': ' ', 'skipinitialspace': True}, {'quotechar': ','}, {'quoting': 6},
           {'quoting': -1}, {'quoting': '1'}, {'quoting': True}, {'quoting': 2**40}, {'quoting': csv.QUOTE_NONE},
           {'lineterminator': 5}, {'lineterminator': ''}, {'lineterminator': ';', 'delimiter': ';'},
           {'lineterminator': 'ab', 'quotechar': 'b'}, {'doublequote': 0}, {'strict': []}, {'skipinitialspace': 'yes'},
           {'delimiter': '😀'}, {'foo': 1}):
    t(kw, lambda: _csv.Dialect(**kw))
t('too many', lambda: _csv.Dialect('excel', ',', True, None, '\r\n', '"', 0, False, False, 1))
t('positional', lambda: _csv.Dialect('excel', ';'))
t('both', lambda: _csv.Dialect('excel', dialect='excel'))
d = _csv.Dialect(delimiter=';')
t('reuse', lambda: _csv.Dialect(d) is d)
t('reuse excel', lambda: _csv.Dialect('excel') is _csv.Dialect('excel'))
for attr in ('delimiter', 'strict'):
    try:
        setattr(d, attr, 'x')
    except AttributeError as e:
        print('set', attr, e)
t('pickle', lambda: d.__reduce__())
t('pickle_ex', lambda: d.__reduce_ex__(2))
class MyDialect(_csv.Dialect):
    pass
md = MyDialect(delimiter='|')
print(type(md).__name__, md.delimiter, isinstance(md, _csv.Dialect))
t('pickle sub', lambda: md.__reduce_ex__(2))
t('from obj', lambda: _csv.Dialect(type('X', (), {'delimiter': ':', 'quoting': 1})()))

print(sorted(csv.list_dialects()))
csv.register_dialect('mine', delimiter='|', quoting=csv.QUOTE_ALL)
csv.register_dialect('mine2', 'excel', escapechar='\\')
print(sorted(csv.list_dialects()), csv.get_dialect('mine').delimiter, csv.get_dialect('mine2').escapechar)
t('get', lambda: csv.get_dialect('nope'))
t('unregister', lambda: csv.unregister_dialect('nope'))
csv.unregister_dialect('mine')
print(sorted(csv.list_dialects()))
t('register bad name', lambda: csv.register_dialect(5))
t('register bad arg', lambda: csv.register_dialect('x', delimiter=5))
t('register no args', lambda: csv.register_dialect())
t('get unhashable', lambda: csv.get_dialect([]))

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
t('subclass', lambda: _csv.Dialect(Semi()))
class Bad(csv.Dialect):
    delimiter = ';;'
t('bad subclass', lambda: Bad())
t('abstract', lambda: csv.Dialect())

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(_csv.Error.__mro__, _csv.Error.__module__, _csv.__doc__, type(_csv._dialects).__name__, _csv.Reader, _csv.Writer)
print(sorted(n for n in dir(_csv) if not n.startswith('__')))

# Pickler and Unpickler objects: dump/load to files, memo reuse, persistent ids, dispatch tables,
# reducer_override, copyreg registrations, and the errors (with their notes) pickling raises.
import pickle
import copyreg
import io
import copy


class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __repr__(self):
        return f'Record({self.key!r}, {self.value!r})'

    def __eq__(self, other):
        return isinstance(other, Record) and (self.key, self.value) == (other.key, other.value)


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record) and obj.key.startswith('db:'):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def __init__(self, f, db):
        super().__init__(f)
        self.db = db

    def persistent_load(self, pid):
        if isinstance(pid, str):
            # Protocol 0 writes str(pid).
            print('protocol 0 id:', pid)
            pid = ('Record', pid.split("'")[3])
        kind, key = pid
        return self.db[key]


db = {'db:1': Record('db:1', 'from the database')}
for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Record('local', 1), db['db:1'], db['db:1']])
    print(proto, f.getvalue().hex())
    f.seek(0)
    got = DBUnpickler(f, db).load()
    print(got, got[1] is db['db:1'])

# Several pickles through one Pickler share its memo until clear_memo().
f = io.BytesIO()
p = pickle.Pickler(f, 2)
obj = ['same']
p.dump(obj)
p.dump(obj)
p.clear_memo()
p.dump(obj)
print(f.getvalue().hex())
f.seek(0)
u = pickle.Unpickler(f)
first = u.load()
second = u.load()
third = u.load()
print(first, second, third, first is second, first is third)


# A dispatch table on the Pickler, and copyreg's global one.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius


def reduce_temperature(t):
    return (Temperature, (t.celsius + 0,))


f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Temperature] = reduce_temperature
p.dump(Temperature(21))
print(f.getvalue().hex(), pickle.loads(f.getvalue()).celsius)

copyreg.pickle(Temperature, lambda t: (Temperature, (t.celsius * 2,)))
print(pickle.loads(pickle.dumps(Temperature(5), 2)).celsius)
del copyreg.dispatch_table[Temperature]


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Record:
            return (str, ('Record was here',))
        return NotImplemented


f = io.BytesIO()
Overriding(f, 4).dump([Record, Record('k', 'v')])
print(f.getvalue().hex())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    # The instance's class was pickled through the override too: NEWOBJ gets a str.
    print('UnpicklingError', e)
f = io.BytesIO()
Overriding(f, 4).dump([Record, {'k': 'v'}])
print(pickle.loads(f.getvalue()))

# copy and deepcopy go through __reduce_ex__ as well.
r = Record('k', [1, 2])
c = copy.copy(r)
d = copy.deepcopy(r)
print(c == r, c.value is r.value, d == r, d.value is r.value)


def local_function():
    def inner():
        pass
    return inner


class Unpicklable:
    def __reduce__(self):
        raise TypeError('not today')


cases = [
    local_function(),
    [1, local_function()],
    {'key': Unpicklable()},
    Record('k', Unpicklable()),
    (lambda: None),
    io.StringIO('x'),
]
for value in cases:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(value, proto)
        except Exception as e:
            msg = str(e)
            if ' at 0x' in msg:
                msg = msg[:msg.index(' at 0x')]
            print(proto, type(e).__name__, msg, getattr(e, '__notes__', None))

for blob in [b'', b'\x80\x05', b'(', b'N)', b'\x80\x09N.', b'c\n', b'cbuiltins\nnope\n.', b'Vx\n\x94h\x05.']:
    try:
        print(pickle.loads(blob))
    except Exception as e:
        print(type(e).__name__, e)

# Struct sequences: sys.version_info, float_info, int_info, flags, thread_info; their tuple behaviour
import sys
vi = sys.version_info
print(type(vi).__name__, vi[:2], vi.major, vi.minor, vi.micro >= 0, vi.releaselevel, len(vi), vi >= (3, 14), vi[:3] < (4,))
print(vi == tuple(vi), isinstance(vi, tuple), vi.count(3), vi.index(vi.minor))
print(type(sys.float_info).__name__, sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.epsilon, sys.float_info.radix, sys.float_info.rounds)
print(repr(sys.float_info))
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(type(sys.flags).__name__, len(sys.flags) > 10, sys.flags.optimize, sys.flags.verbose, sys.flags.bytes_warning, sys.flags.int_max_str_digits, type(sys.flags.dev_mode).__name__)
for t in (type(sys.version_info), type(sys.float_info), type(sys.flags), type(sys.int_info)):
    print(t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__module__)
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
fi = type(sys.float_info)
try:
    sys.float_info.max = 1
except AttributeError as e:
    print('AttributeError', e)
print(sys.float_info[0] == sys.float_info.max, sys.float_info[-1], sys.float_info[1:3])
print(hash(vi) == hash(tuple(vi)), vi.__reduce__()[0].__name__)
print(sorted(k for k in dir(vi) if not k.startswith('_')))
print(sys.thread_info.name is None or isinstance(sys.thread_info.name, str), len(sys.thread_info))

# Seeded random %-formats and format specs over ints, floats and strings.
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
values = [0, 1, -1, 7, -42, 255, 65, 10**20, -2**70, True, 0.0, -0.0, 1.5, -2.25, 3.14159, 1e-7, 1e22, float('inf'), float('nan'),
          'abc', '', 'é\U0001f600', 'x' * 12]
flags = ['', '-', '+', ' ', '#', '0']
convs = 'diouxXeEfFgGcsra%'
checksum = 0
for i in range(4000):
    fl = ''.join(flags[rnd(6)] for _ in range(rnd(3)))
    w = ['', '1', '5', '12', '*'][rnd(5)]
    p = ['', '.0', '.2', '.7', '.*'][rnd(5)]
    c = convs[rnd(len(convs))]
    fmt = '<%' + fl + w + p + c + '>'
    v = values[rnd(len(values))]
    args = []
    if w == '*':
        args.append([-8, 0, 3, 9][rnd(4)])
    if p == '.*':
        args.append([-1, 0, 2, 5][rnd(4)])
    args.append(v)
    try:
        r = fmt % tuple(args)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    line = ascii((i, fmt, args, r))
    if i % 50 == 0:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if i % 1000 == 999:
        print('checksum', i, checksum)
fills = ['', '*', '0', ' ', '\U0001f600', '{']
aligns = ['', '<', '>', '^', '=']
for i in range(2000):
    spec = ''
    if rnd(2):
        spec += fills[rnd(len(fills))] + aligns[1 + rnd(4)]
    elif rnd(2):
        spec += aligns[rnd(5)]
    spec += ['', '+', '-', ' '][rnd(4)] + ['', 'z'][rnd(2)] + ['', '#'][rnd(2)] + ['', '0'][rnd(2)] + ['', '7', '13'][rnd(3)]
    spec += ['', ',', '_'][rnd(3)] + ['', '.0', '.3'][rnd(3)] + ['', 's', 'd', 'x', 'f', 'e', '%', 'g', 'n', 'c', 'b'][rnd(11)]
    v = values[rnd(len(values))]
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    try:
        r2 = ('{:' + spec.replace('{', '{{') + '}').format(v)
    except Exception as e:
        r2 = type(e).__name__ + ': ' + str(e)
    line = ascii((i, spec, v, r, r2 == r))
    if i % 40 == 0:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if i % 500 == 499:
        print('checksum', i, checksum)

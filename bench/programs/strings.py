# str work: building, splitting, joining, searching, formatting, slicing.
def run():
    parts = []
    for i in range(60000):
        parts.append('item%d=%s' % (i, i * 3))
    text = ';'.join(parts)
    fields = text.split(';')
    total = 0
    for f in fields:
        key, _, value = f.partition('=')
        if key.startswith('item1') and value.endswith('3'):
            total += int(value)
    upper = text.upper().replace('ITEM', 'x')
    found = 0
    pos = upper.find('x1')
    while pos != -1 and found < 5000:
        found += 1
        pos = upper.find('x1', pos + 1)
    lines = []
    for i in range(60000):
        lines.append(f'{i:>6} {i * 1.5:.2f} {str(i)[::-1]}')
    return total, found, len(upper), lines[-1], sum(len(s) for s in lines)

print(run())

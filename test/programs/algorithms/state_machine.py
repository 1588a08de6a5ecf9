# a generator-based state machine and a table-driven tokenizer
def traffic_light():
    state = "green"
    while True:
        cmd = yield state
        if cmd == "reset":
            state = "red"
            continue
        state = {"green": "yellow", "yellow": "red", "red": "green"}[state]
light = traffic_light()
print([next(light)] + [light.send(None) for _ in range(4)] + [light.send("reset"), next(light)])
def parse_csv_line(line):
    fields, cur, state = [], [], "start"
    for ch in line + "\n":
        if state == "start":
            if ch == '"':
                state = "quoted"
            elif ch in ",\n":
                fields.append("")
            else:
                cur.append(ch)
                state = "plain"
        elif state == "plain":
            if ch in ",\n":
                fields.append("".join(cur))
                cur, state = [], "start"
            else:
                cur.append(ch)
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                cur.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                cur.append('"')
                state = "quoted"
            elif ch in ",\n":
                fields.append("".join(cur))
                cur, state = [], "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote")
    return fields
for line in ['a,b,c', '"quoted, comma",x', '"say ""hi""",,end', '', 'single']:
    print(repr(line), parse_csv_line(line))
try:
    parse_csv_line('"bad"x')
except ValueError as e:
    print(type(e).__name__, e)
import csv, io
print(list(csv.reader(io.StringIO('a,b\n"x, y",z\n'))), list(csv.DictReader(io.StringIO("k,v\n1,2\n"))))
out = io.StringIO()
csv.writer(out).writerows([["a", "b c", 'q"t'], [1, 2.5, None]])
print(repr(out.getvalue()))

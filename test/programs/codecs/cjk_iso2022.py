for enc, s in [('iso2022_jp','日本語abc¥ｱ'),('iso2022_jp','日本語\n'),('iso2022_jp_1','丂日本'),('iso2022_jp_2','日本語한국어中文'),('iso2022_jp_ext','ｱｲ日本'),('iso2022_kr','한국어 abc\n한'),('iso2022_jp_2004','日本'),('iso2022_jp_3','日本')]:
    try:
        b = s.encode(enc); print(enc, b, b.decode(enc) == s, b.decode(enc))
    except Exception as e: print(enc, type(e).__name__, e)
for enc, b in [('iso2022_jp', b'\x1b$B'), ('iso2022_jp', b'\x1b(Jab\\~'), ('iso2022_jp_2', b'\x1b.A\x1bNa'), ('iso2022_jp_2', b'\x1b.F\x1bNa'), ('iso2022_jp', b'\x1b%zab'), ('iso2022_kr', b'\x1b$)C\x0e\x24\x54\x0f'), ('iso2022_jp', b'\x1b$B\x21')]:
    try: print(enc, repr(b.decode(enc)))
    except Exception as e: print(enc, type(e).__name__, e)
    print(repr(b.decode(enc, 'replace')))

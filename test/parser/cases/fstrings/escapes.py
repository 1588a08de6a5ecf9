f"\x41{x}\u00e9\N{EM DASH}"
f"\{x}"
f"a\d{x}"

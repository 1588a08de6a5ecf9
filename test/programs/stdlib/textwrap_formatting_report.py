# formatting a report: textwrap, str methods, format specs and alignment in a realistic layout
import textwrap
entries = [
    ("Introduction", "This document describes the layout engine and the various options that control wrapping and alignment.", 3),
    ("Configuration", "Options are read from a file; every option has a sensible default and may be overridden.", 12),
    ("Appendix", "Short.", 105),
]
width = 50
print("=" * width)
print("Table of Contents".center(width))
print("=" * width)
for title, _, page in entries:
    dots = "." * (width - len(title) - len(str(page)) - 2)
    print(f"{title} {dots} {page}")
print("-" * width)
for i, (title, body, page) in enumerate(entries, 1):
    print(f"{i}. {title.upper()}")
    print(textwrap.indent(textwrap.fill(body, width - 4), "    "))
print(textwrap.shorten(entries[0][1], 40, placeholder=" [...]"))

"abc"; 'abc'; """abc"""; \'\'\'abc\'\'\'
"\n\t\r\\\'\"\a\b\f\v\0\07\101\x41\u00e9\U0001F600"
"\N{EM DASH}\N{LATIN SMALL LETTER E WITH ACUTE}\N{em dash}"
"line1\
line2"
r"\n\d" R"\x" b"\x00\xff\n" rb"\x" Rb"\d" bR"\\" BR"x"
u"unicode" U"unicode"
"a" "b" 'c'
b"a" b"b"
"""multi
line""" "more"

# string constants, textwrap, and str.format helpers
import string, textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords("hello   world  again"), string.capwords("a-b c-d", "-"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill("A short line that will be wrapped neatly at twenty characters.", 20))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.shorten("tiny", 10))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\ny\n\nz", "> ")), repr(textwrap.indent("x\n\ny", "+ ", lambda l: True)))
w = textwrap.TextWrapper(width=15, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.wrap("supercalifragilisticexpialidocious is a word"))
print(textwrap.wrap("", 10), textwrap.wrap("a\tb", 10, expand_tabs=True), textwrap.wrap("one two", 3))

# Notes in reports: add_note, odd __notes__ values, notes whose str() fails.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def one_note():
    e = ValueError("v")
    e.add_note("a note")
    raise e


def many_notes():
    e = KeyError("k")
    for i in range(3):
        e.add_note(f"note {i}")
    e.add_note("multi\nline\n")
    e.add_note("")
    raise e


def tuple_notes():
    e = TypeError("t")
    e.__notes__ = ("tuple", "notes")
    raise e


def str_notes():
    e = TypeError("t")
    e.__notes__ = "a string"
    raise e


def int_notes():
    e = TypeError("t")
    e.__notes__ = 42
    raise e


class BadNote:
    def __str__(self):
        raise RuntimeError("no")


def bad_note():
    e = TypeError("t")
    e.__notes__ = [BadNote(), 7, "fine"]
    raise e


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no")


def bad_notes_repr():
    e = TypeError("t")
    e.__notes__ = BadRepr()
    raise e


class NotesProperty(Exception):
    @property
    def __notes__(self):
        raise ValueError("cannot get notes")


def notes_property():
    raise NotesProperty("p")


def note_then_reraise():
    try:
        raise ValueError("inner")
    except ValueError as e:
        e.add_note("added while handling")
        raise


def note_errors():
    e = ValueError()
    try:
        e.add_note(1)
    except TypeError as x:
        print(x)
    e.__notes__ = ()
    try:
        e.add_note("x")
    except TypeError as x:
        print(x)
    print(e.__notes__)


for f in [one_note, many_notes, tuple_notes, str_notes, int_notes, bad_note, bad_notes_repr,
          notes_property, note_then_reraise]:
    show(f)
note_errors()

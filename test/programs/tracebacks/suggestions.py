# "Did you mean" in reports: NameError, AttributeError, ImportError; forgotten stdlib imports.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


counter = 0


def global_typo():
    return countr + 1


def local_typo():
    value = 1
    return valeu


def builtin_typo():
    return lenn([])


def forgot_import():
    return math.pi


def forgot_import_with_suggestion():
    maths = 1
    return math.pi


class Config:
    def __init__(self):
        self.verbose = True
        self._hidden = 1

    def read(self):
        return verbose

    def read_attr(self):
        return self.verbos

    def read_hidden(self):
        return self._hiden


def attr_typo():
    return Config().verbos


def attr_hidden_outside():
    return Config()._hiden


def attr_no_match():
    return Config().xyzzy


def module_attr():
    import os
    return os.pathh


def import_from_typo():
    from collections import namedtupl


def import_missing_module():
    import no_such_module_at_all


class Slotted:
    __slots__ = ("alpha",)


def slot_unset():
    return Slotted().alpha


def slot_typo():
    return Slotted().alpah


def long_name():
    return this_is_a_very_long_name_that_is_longer_than_forty_characters


def del_local():
    x = 1
    del x
    return x


def free_var():
    def inner():
        return y
    inner()
    y = 1


def manual_name_error():
    raise NameError("custom", name="prnt")


def manual_attribute_error():
    raise AttributeError("custom", name="upperr", obj="abc")


for f in [global_typo, local_typo, builtin_typo, forgot_import, forgot_import_with_suggestion,
          lambda: Config().read(), lambda: Config().read_attr(), lambda: Config().read_hidden(),
          attr_typo, attr_hidden_outside, attr_no_match, module_attr, import_from_typo,
          import_missing_module, slot_unset, slot_typo, long_name, del_local, free_var,
          manual_name_error, manual_attribute_error]:
    show(f)

prnt("end")

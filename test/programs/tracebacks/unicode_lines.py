# Markers under lines with wide and non-ASCII characters (display width counts East Asian wide
# characters twice; columns are UTF-8 byte offsets in the code object).
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def cjk():
    名前 = {"键": 1}
    return 名前["キー"] + 1


def emoji():
    s = "🐍🐍"
    return s + 1


def accents():
    café = 1
    return café / 0


def wide_call():
    def 関数(x):
        return x["値"]
    return 関数({"ключ": 1})


def mixed():
    x = "日本語" ; return x.nope


show(cjk)
show(emoji)
show(accents)
show(wide_call)
show(mixed)

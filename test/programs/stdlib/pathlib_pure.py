# pathlib pure paths (no filesystem access): joining, parts, suffixes, relative_to, with_name, matching
from pathlib import PurePosixPath as P, PureWindowsPath as W
p = P("/usr/local/lib/python3.14/site-packages/pkg/module.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[2], p.parts[:3], p.anchor, p.is_absolute())
print(p.with_name("other.py"), p.with_suffix(".zip"), p.with_stem("renamed"), p.relative_to("/usr/local"), P("a") / "b" / "c.txt")
print(P("a/b/../c").parts, P("/a//b/./c"), P("docs/*.md").match("*.md"), P("src/x.py").match("src/*.py"), P("x.py").full_match("*.py") if hasattr(P, "full_match") else "")
try:
    p.relative_to("/etc")
except ValueError as e:
    print(type(e).__name__, e)
w = W("C:\\Users\\Ann\\file.TXT")
print(w.drive, w.root, w.name, w.suffix, w.parent, w.as_posix(), str(W("c:/a") / "b"), W("C:/A") == W("c:/a"))
print(sorted([P("b"), P("a/c"), P("a")]), P("/").name == "", P("").parts, str(P(".")), P("a/b").is_relative_to("a"))

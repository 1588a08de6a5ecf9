# small pure-Python stdlib modules: urllib.parse, html, shlex, fnmatch, difflib, reprlib, graphlib, colorsys, calendar
import urllib.parse as up, html, shlex, fnmatch, difflib, reprlib, graphlib, colorsys, calendar
u = up.urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(up.parse_qs("a=1&a=2&b=x%20y"), up.urlencode({"k": "v w", "n": 1}), up.quote("a b/c?"), up.unquote("%E2%98%83"), up.urljoin("http://a/b/c", "../d"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&gt; &#9731; &eacute;"))
print(shlex.split('cmd --opt "quoted arg" \'single\' esc\\ aped'), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.txt"))
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"], "old", "new")))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"b"}, "d": {"a"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0])
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3])
print(calendar.month(2024, 2))

# many ways to build the same string agree: join, format, %, f-strings, concatenation, str.format_map, Template
from string import Template
name, n, price = "widget", 3, 2.5
variants = [
    "%s x%d @ %.2f" % (name, n, price),
    "{} x{} @ {:.2f}".format(name, n, price),
    "{name} x{n} @ {price:.2f}".format(name=name, n=n, price=price),
    "{name} x{n} @ {price:.2f}".format_map({"name": name, "n": n, "price": price}),
    f"{name} x{n} @ {price:.2f}",
    name + " x" + str(n) + " @ " + format(price, ".2f"),
    " ".join([name, f"x{n}", "@", f"{price:.2f}"]),
    Template("$name x$n @ $p").substitute(name=name, n=n, p=f"{price:.2f}"),
]
print(variants[0], len(set(variants)) == 1)
print("%-10s|%10s|" % ("left", "right"), "{:<10}|{:>10}|".format("left", "right"), f"{'left':<10}|{'right':>10}|")
print("%5.1f%%" % 99.5, "{:5.1f}%".format(99.5), f"{99.5:5.1f}%", "{:.1%}".format(0.995))
print("%x %X %o %e %g" % (255, 255, 8, 1e-5, 1e-5), "{:x} {:X} {:o} {:e} {:g}".format(255, 255, 8, 1e-5, 1e-5))

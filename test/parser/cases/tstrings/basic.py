t"hello"
t"{x}"
t"a {x!r} b {y:>10} c {z!s:{w}}"
t"{x=}"
t"{x = !r:>{w}}"
t"{ x + y }"
t"{{literal}} {x}"
tr"raw \n {x}"
T"{x}" t"{y}"
t"""multi
{x}
line"""

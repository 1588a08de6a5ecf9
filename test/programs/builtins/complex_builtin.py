# complex(): construction, attributes, arithmetic, formatting, and errors
z = complex(3, -4)
print(z, z.real, z.imag, z.conjugate(), abs(z), z * z, z / 2, z ** 2, -z, +z, z == 3 - 4j, repr(complex(0, -0.0)), complex("1e1+2.5j"))
print(complex(1.5), complex("(2)"), complex(True), complex(" 3j "), complex(-0.0, 0.0), complex(1, 0) == 1, hash(complex(2, 0)) == hash(2))
print(f"{z}", f"{z:.2f}", f"{z:>15}", format(1j, ""), format(complex(1, 2), "e"), str(complex(1e20, -1e-20)), repr(complex(float("inf"), float("nan"))))
for bad in [lambda: complex("1+2"), lambda: complex("j2"), lambda: complex(None), lambda: complex("1", "2"), lambda: z < z, lambda: int(z), lambda: float(z), lambda: z // 1, lambda: z % 2, lambda: complex("")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(divmod.__name__, pow(1j, 4), (1 + 1j) ** 0.5, 0j ** 0, 1j.imag, (2 + 3j).__getnewargs__())

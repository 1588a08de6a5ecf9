# complex() with complex-valued parts: still accepted in 3.14, with a DeprecationWarning each.
print(complex(1j, 1), complex(1, 1j), complex(1j, 1j), complex(real=2j), complex(1 + 2j, 3 + 4j))

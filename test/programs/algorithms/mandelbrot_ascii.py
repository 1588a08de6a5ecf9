# an ASCII Mandelbrot set: complex arithmetic in a tight loop, deterministic output
width, height, max_iter = 60, 20, 40
chars = " .:-=+*#%@"
for row in range(height):
    y = 1.2 - row * 2.4 / (height - 1)
    line = []
    for col in range(width):
        x = -2.1 + col * 3.0 / (width - 1)
        c = complex(x, y)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < max_iter:
            z = z * z + c
            n += 1
        line.append(chars[min(n * len(chars) // max_iter, len(chars) - 1)])
    print("".join(line).rstrip())

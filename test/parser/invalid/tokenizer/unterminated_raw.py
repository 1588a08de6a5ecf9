r = r'abc\'

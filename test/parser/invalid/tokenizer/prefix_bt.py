x = tB'abc'

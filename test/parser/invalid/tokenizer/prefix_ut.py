x = Ut'abc'

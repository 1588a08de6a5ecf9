def f(**k, /): pass

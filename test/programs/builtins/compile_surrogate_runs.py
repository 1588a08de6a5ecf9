# compile(), exec() and eval() of a str encode it to UTF-8 first: lone surrogates raise
# UnicodeEncodeError, a run of them reported as one error (start, end, message).
for src in ('x = "\udc80"', 'x = "\udc80\udc81"', '\ud800', 'y = 1  # \udcff\udcfe\udcfd', 'ok = 1'):
    for f in (compile, exec, eval):
        try:
            if f is compile:
                f(src, 's', 'exec')
            else:
                f(src, {})
            print(f.__name__, 'ok')
        except UnicodeEncodeError as e:
            print(f.__name__, e.start, e.end, e)
        except SyntaxError as e:
            print(f.__name__, 'SyntaxError', e.msg)

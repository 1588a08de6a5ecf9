# parse: mode=eval
lambda x: x if x else (yield)

# parse: mode=eval
x = 1

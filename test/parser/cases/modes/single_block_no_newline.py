# parse: mode=single
class C:
  if 0: yield
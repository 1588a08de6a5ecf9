# parse: mode=single

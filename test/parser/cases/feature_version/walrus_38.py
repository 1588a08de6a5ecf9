# parse: feature_version=7
if (x := 1): pass

# parse: feature_version=11
type X = int

# parse: feature_version=9
match x:
    case 1: pass

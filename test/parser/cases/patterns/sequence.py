match seq:
    case []:
        pass
    case ():
        pass
    case [a, *rest]:
        pass
    case (a, *_, b):
        pass
    case a, b, *c:
        pass
    case *a, b:
        pass
    case [a,]:
        pass
    case (a,):
        pass
    case [[a, b], (c, d), *e]:
        pass

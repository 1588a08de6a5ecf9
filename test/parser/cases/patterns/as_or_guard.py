match value:
    case [1, 2] as whole if whole:
        pass
    case (1 | 2 | 3) as n:
        pass
    case {"k": (a | b) as c}:
        pass
    case Point(x=1) as pt if (y := pt.x):
        pass

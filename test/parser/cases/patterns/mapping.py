match m:
    case {}:
        pass
    case {"a": 1, "b": [x, y], **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, "k": v,}:
        pass
    case {Color.RED: x, None: y, -1: z, 1+2j: w}:
        pass

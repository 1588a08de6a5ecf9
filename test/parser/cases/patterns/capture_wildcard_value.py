match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case _:
        pass
    case Color.RED | a.b.c.d:
        pass
    case (x):
        pass

match x:
    case 1 | -2 | 3.5 | -4.5e3 | 1j | -2j | 1 + 2j | -1 - 2.5j:
        pass
    case "s" | b"b" | "a" "b" | f"f":
        pass
    case None | True | False:
        pass

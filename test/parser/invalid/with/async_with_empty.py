async with:
    pass

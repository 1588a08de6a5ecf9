# parse: type_comments
x = []  # type: list[int]
for i in range(3):  # type: int
    pass
with open(f) as g:  # type: IO
    pass
async def h():
    async for a in b:  # type: int
        pass
    async with c as d:  # type: int
        pass
import os  # type: ignore
y = 1  # type: ignore[attr-defined]

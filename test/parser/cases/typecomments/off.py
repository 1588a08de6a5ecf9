x = []  # type: list[int]
import os  # type: ignore

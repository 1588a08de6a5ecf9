x = f"{import os}"

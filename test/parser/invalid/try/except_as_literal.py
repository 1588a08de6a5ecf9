try:
    pass
except A as 1:
    pass

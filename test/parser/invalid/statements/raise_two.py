raise A B

# caret markers under a line with wide (non-ASCII) characters
names = {"café": 1, "日本": 2}
print(names["café"])
total = names["日本"] + names["中文"]

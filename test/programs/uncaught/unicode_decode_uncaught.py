# an uncaught UnicodeDecodeError: the message names the codec, byte and position
data = "naïve".encode("utf-8")
print(data)
print(data.decode("ascii"))

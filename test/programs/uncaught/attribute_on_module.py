# an uncaught AttributeError on a module with a suggestion
import string
print(string.ascii_letters[:3])
print(string.ascii_lower)

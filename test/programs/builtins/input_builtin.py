# stdin: first line
# stdin: second line with spaces   
# stdin: 42
# stdin: 
# stdin: last
# input() reads stdin lines; the prompt goes to stdout; EOFError at the end
a = input()
print(repr(a))
b = input("prompt> ")
print(repr(b))
n = int(input())
print(n * 2)
empty = input("")
print(repr(empty))
print(repr(input()))
try:
    input("eof? ")
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(input.__name__, input.__doc__.splitlines()[0])

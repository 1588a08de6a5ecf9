# global statement: STORE_GLOBAL / LOAD_GLOBAL / DELETE_GLOBAL from functions
counter = 0

def bump(n=1):
    global counter
    counter += n
    return counter

print(bump(), bump(5), counter)

def make_new():
    global brand_new
    brand_new = "created in function"

make_new()
print(brand_new)

def remove():
    global brand_new
    del brand_new

remove()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)

def remove_again():
    global brand_new
    del brand_new

try:
    remove_again()
except NameError as e:
    print(type(e).__name__, e)

def reader():
    return counter * 2

counter = 21
print(reader())

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def global_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter

print(global_in_nested(), counter)
print('counter' in globals(), 'brand_new' in globals())

# os.reload_environ() rereads the process environment (posix._create_environ).
import os
os.environ['test_env'] = 'python_value'
os.putenv("test_env", "new_value")
print(os.environ['test_env'], os.environb[b'test_env'])
os.reload_environ()
print(os.environ['test_env'], os.environb[b'test_env'])
os.unsetenv('test_env')
print(os.environ['test_env'])
os.reload_environ()
print('test_env' in os.environ, b'test_env' in os.environb)

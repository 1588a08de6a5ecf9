class A[T: int = bool]: pass
class B[*Ts = *tuple[int, str]]: pass
class C[**P = [int]]: pass
def f[T = list[int], U = T](): pass

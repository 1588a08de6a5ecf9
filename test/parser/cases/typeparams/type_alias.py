type X = int
type Y[T] = list[T]
type Z[T: (int, str) = int, *Ts = *tuple[int, ...], **P = ...] = Callable[P, tuple[T, *Ts]]
type A[T,] = T
type
type.x = 1

#### lines-big-jumps
def f(a):
    if a:











































































































































































































































































































        return 1
    return 2
x = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199]
def g():
    y = 1











































































































































































































































































































    return y
#### lines-long-loop
def f(xs):
    for x in xs:











































































































































































































































































































        print(x)
    return xs
#### lines-backwards
def f(xs):
    for x in xs:
        if x:
            continue
        print(x)
    while xs:
        xs.pop()
    return (
        xs
        + 1)
#### lines-async
async def f(it):
    async for x in it:
        if x is None:
            break
        print(x)
    async with g() as h:
        await h
#### lines-branches
def f(a, b):
    if a is None:
        return 0
    if b is not None and a:
        return 1
    x = [i for i in a if i]
    return x if b else not a
#### lines-no-location
def f():
    try:
        pass
    finally:
        g()
    with h():
        pass
#### lines-long-function
def f(v):
    v = v + 0 if v else v * 0
    v = v + 1 if v else v * 1
    v = v + 2 if v else v * 2
    v = v + 3 if v else v * 3
    v = v + 4 if v else v * 4
    v = v + 5 if v else v * 5
    v = v + 6 if v else v * 6
    v = v + 7 if v else v * 7
    v = v + 8 if v else v * 8
    v = v + 9 if v else v * 9
    v = v + 10 if v else v * 10
    v = v + 11 if v else v * 11
    v = v + 12 if v else v * 12
    v = v + 13 if v else v * 13
    v = v + 14 if v else v * 14
    v = v + 15 if v else v * 15
    v = v + 16 if v else v * 16
    v = v + 17 if v else v * 17
    v = v + 18 if v else v * 18
    v = v + 19 if v else v * 19
    v = v + 20 if v else v * 20
    v = v + 21 if v else v * 21
    v = v + 22 if v else v * 22
    v = v + 23 if v else v * 23
    v = v + 24 if v else v * 24
    v = v + 25 if v else v * 25
    v = v + 26 if v else v * 26
    v = v + 27 if v else v * 27
    v = v + 28 if v else v * 28
    v = v + 29 if v else v * 29
    v = v + 30 if v else v * 30
    v = v + 31 if v else v * 31
    v = v + 32 if v else v * 32
    v = v + 33 if v else v * 33
    v = v + 34 if v else v * 34
    v = v + 35 if v else v * 35
    v = v + 36 if v else v * 36
    v = v + 37 if v else v * 37
    v = v + 38 if v else v * 38
    v = v + 39 if v else v * 39
    v = v + 40 if v else v * 40
    v = v + 41 if v else v * 41
    v = v + 42 if v else v * 42
    v = v + 43 if v else v * 43
    v = v + 44 if v else v * 44
    v = v + 45 if v else v * 45
    v = v + 46 if v else v * 46
    v = v + 47 if v else v * 47
    v = v + 48 if v else v * 48
    v = v + 49 if v else v * 49
    v = v + 50 if v else v * 50
    v = v + 51 if v else v * 51
    v = v + 52 if v else v * 52
    v = v + 53 if v else v * 53
    v = v + 54 if v else v * 54
    v = v + 55 if v else v * 55
    v = v + 56 if v else v * 56
    v = v + 57 if v else v * 57
    v = v + 58 if v else v * 58
    v = v + 59 if v else v * 59
    v = v + 60 if v else v * 60
    v = v + 61 if v else v * 61
    v = v + 62 if v else v * 62
    v = v + 63 if v else v * 63
    v = v + 64 if v else v * 64
    v = v + 65 if v else v * 65
    v = v + 66 if v else v * 66
    v = v + 67 if v else v * 67
    v = v + 68 if v else v * 68
    v = v + 69 if v else v * 69
    v = v + 70 if v else v * 70
    v = v + 71 if v else v * 71
    v = v + 72 if v else v * 72
    v = v + 73 if v else v * 73
    v = v + 74 if v else v * 74
    v = v + 75 if v else v * 75
    v = v + 76 if v else v * 76
    v = v + 77 if v else v * 77
    v = v + 78 if v else v * 78
    v = v + 79 if v else v * 79
    v = v + 80 if v else v * 80
    v = v + 81 if v else v * 81
    v = v + 82 if v else v * 82
    v = v + 83 if v else v * 83
    v = v + 84 if v else v * 84
    v = v + 85 if v else v * 85
    v = v + 86 if v else v * 86
    v = v + 87 if v else v * 87
    v = v + 88 if v else v * 88
    v = v + 89 if v else v * 89
    v = v + 90 if v else v * 90
    v = v + 91 if v else v * 91
    v = v + 92 if v else v * 92
    v = v + 93 if v else v * 93
    v = v + 94 if v else v * 94
    v = v + 95 if v else v * 95
    v = v + 96 if v else v * 96
    v = v + 97 if v else v * 97
    v = v + 98 if v else v * 98
    v = v + 99 if v else v * 99
    v = v + 100 if v else v * 100
    v = v + 101 if v else v * 101
    v = v + 102 if v else v * 102
    v = v + 103 if v else v * 103
    v = v + 104 if v else v * 104
    v = v + 105 if v else v * 105
    v = v + 106 if v else v * 106
    v = v + 107 if v else v * 107
    v = v + 108 if v else v * 108
    v = v + 109 if v else v * 109
    v = v + 110 if v else v * 110
    v = v + 111 if v else v * 111
    v = v + 112 if v else v * 112
    v = v + 113 if v else v * 113
    v = v + 114 if v else v * 114
    v = v + 115 if v else v * 115
    v = v + 116 if v else v * 116
    v = v + 117 if v else v * 117
    v = v + 118 if v else v * 118
    v = v + 119 if v else v * 119
    return v

café = 1
ñ = café + 2
ｘ = 3
ℌ = 4
数 = "日本語"
x = "é" + 'ü' + "😀" ; y = 1
def 関数(引数=数): return 引数
print(数, 关, 😀) if 0 else None

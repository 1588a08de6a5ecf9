x = 𝐍one

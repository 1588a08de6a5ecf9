x = f"\N{NO SUCH THING} {a}"

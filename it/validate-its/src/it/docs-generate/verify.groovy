evaluate(new File(templateDir, 'expect.groovy'))
expectClean()
def readme = new File(basedir, 'README.md').text
assert readme.contains('<!-- mcp:tools:begin') && readme.contains('<!-- mcp:tools:end -->')
assert readme.contains('### `forecast`') && readme.contains('| `days` | integer | no | Days ahead |')
assert readme.contains('| `WEATHER_API_KEY` | no | yes | API key of the weather service |')
true

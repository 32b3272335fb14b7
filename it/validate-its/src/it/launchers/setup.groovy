evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.launchers: no Windows launcher
new File(basedir, 'src/mcp-standin/bin/weather.cmd').delete()
assert !new File(basedir, 'src/mcp-standin/bin/weather.cmd').exists()
true

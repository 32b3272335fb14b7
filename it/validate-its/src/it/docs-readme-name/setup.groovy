evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly docs.readme: a README whose Claude Desktop example uses another server name
edit('README.md') { it.replace('"weather": {', '"weather-server": {') }
true

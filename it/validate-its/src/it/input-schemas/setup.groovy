evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly security.input-schemas: a tool argument without a description (documented in the README, so only the schema is wrong)
edit('src/main/java/dev/example/weather/WeatherServer.java') { it.replace('//@TOOLS@', '@Tool(description = "Looks a city up", readOnly = true) public String lookup(String city) { return city; }') }
edit('README.md') { it + '\n### `lookup`\n\n`city`: a city\n' }
true

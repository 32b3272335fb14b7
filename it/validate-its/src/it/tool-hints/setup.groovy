evaluate(new File(templateDir, 'copy.groovy'))
// warns in exactly security.tool-hints: touch may change things and says nothing; purge says it is destructive
edit('src/main/java/dev/example/weather/WeatherServer.java') {
    it.replace('//@TOOLS@', '@Tool(description = "Touches a file") public String touch(@Arg(description = "The file") String file) { return file; } '
            + '@Tool(description = "Purges the cache", destructive = true) public String purge() { return "purged"; }')
}
edit('README.md') { it + '\n### `touch`\n\n`file`: the file\n\n### `purge`\n\nPurges the cache.\n' }
true

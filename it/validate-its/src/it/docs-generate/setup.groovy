evaluate(new File(templateDir, 'copy.groovy'))
// a README without the tools section: mcp:docs writes it, and then docs.tools passes
edit('README.md') { it.substring(0, it.indexOf('## Tools')) }
true

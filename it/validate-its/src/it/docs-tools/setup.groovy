evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly docs.tools: a README that does not document the tool echo
edit('README.md') { it.replace('### `echo`', '### Echo') }
true

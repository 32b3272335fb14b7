evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly docs.readme: a README without a troubleshooting section
edit('README.md') { it.replaceAll(/(?s)## Troubleshooting.*?(?=## Tools)/, '') }
true

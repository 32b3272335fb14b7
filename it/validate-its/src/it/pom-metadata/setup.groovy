evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly packaging.pom-metadata: no <licenses> in the POM
edit('pom.xml') { it.replaceAll(/(?s)<licenses>.*?<\/licenses>/, '') }
true

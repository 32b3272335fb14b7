evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly packaging.java-release: source/target instead of a declared release
edit('pom.xml') { it.replace('<maven.compiler.release>17</maven.compiler.release>', '<maven.compiler.source>17</maven.compiler.source><maven.compiler.target>17</maven.compiler.target>') }
true

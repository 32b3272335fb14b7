evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.version-help: --help that exits 3
beforeRun('if (java.util.Arrays.asList(args).contains("--help")) { System.err.println("no help here"); System.exit(3); }')
true

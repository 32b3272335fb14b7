def log = new File(basedir, 'build.log').text
assert log.contains('<skipChecks>: the entry for ux.launchers has no <reason>; say why the check does not apply')
true

def log = new File(basedir, 'build.log').text
assert log.contains('Checked 4 files (35 entries): 19 errors, 1 warning, 2 infos')
assert log.contains('19 digest finding(s) at or above error (at most 0 allowed); see the findings above and the reports written (not failing: digest.failOnViolation=false)')
assert new File(basedir, 'target/digest-reports/digest.sarif').isFile()
assert log.contains('BUILD SUCCESS')
return true

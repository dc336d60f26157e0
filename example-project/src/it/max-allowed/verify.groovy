def log = new File(basedir, 'build.log').text
assert (log =~ /error DG110 duplicate-author/).count == 2
assert log.contains('Checked 1 file (2 entries): 2 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
return true

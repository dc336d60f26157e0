def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Maven is offline (-o): links are checked offline only')
assert !log.contains('Checking 3 distinct link(s) online')
assert !(log =~ /DG20[3458]/).find()
assert log.contains('Checked 1 file (1 entry): 0 errors, 0 warnings, 0 infos')
return true

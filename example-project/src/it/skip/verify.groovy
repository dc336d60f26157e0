def log = new File(basedir, 'build.log').text
assert log.contains('Skipping digest:check (digest.skip=true)')
assert !log.contains('DG110')
assert !new File(basedir, 'target/digest-reports').exists()
return true
